//! Input normalisation, pure: wheel deltas, keys and pointer gestures become commands.
use super::command::{Command, KEY_PAN_FRACTION, ZOOM_STEP};

/// Wheel `deltaMode` values.
pub const DELTA_PIXEL: u32 = 0;
pub const DELTA_LINE: u32 = 1;
pub const DELTA_PAGE: u32 = 2;
/// Pixels a pointer must travel before a press becomes a drag (so taps still click).
pub const DRAG_THRESHOLD_PX: f64 = 5.0;
/// Two taps closer than this in time and space are a double tap.
pub const DOUBLE_TAP_MS: f64 = 320.0;
pub const DOUBLE_TAP_PX: f64 = 30.0;

/// One wheel event, with what the browser reported.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Wheel {
    pub delta_x: f64,
    pub delta_y: f64,
    pub delta_mode: u32,
    pub ctrl: bool,
    pub shift: bool,
    /// Pointer position as a fraction of the viewport width.
    pub x_frac: f64,
    pub width_px: f64,
}

/// Wheel: vertical scroll zooms at the pointer, ctrl+wheel (trackpad pinch) zooms faster,
/// horizontal scroll or shift+wheel pans.
pub fn wheel_command(w: &Wheel) -> Command {
    let unit = match w.delta_mode {
        DELTA_LINE => 16.0,
        DELTA_PAGE => w.width_px.max(1.0),
        _ => 1.0,
    };
    let (dx, dy) = (w.delta_x * unit, w.delta_y * unit);
    if w.shift && !w.ctrl {
        // Shift+wheel: the dominant axis pans (browsers may already swap it to deltaX).
        let d = if dx.abs() > dy.abs() { dx } else { dy };
        return Command::Pan { dx_px: -d };
    }
    if dx.abs() > dy.abs() && !w.ctrl {
        return Command::Pan { dx_px: -dx };
    }
    // Trackpad pinch arrives as ctrl+wheel with small deltas: zoom harder per pixel.
    let per_px = if w.ctrl { 0.01 } else { 0.002 };
    let factor = (-dy.clamp(-600.0, 600.0) * per_px).exp();
    Command::ZoomAt {
        factor,
        anchor_frac: w.x_frac.clamp(0.0, 1.0),
    }
}

/// Keyboard: + and - zoom at the centre, arrows pan, Home/0 go to the default view.
pub fn key_command(key: &str, shift: bool) -> Option<Command> {
    let pan = if shift {
        KEY_PAN_FRACTION * 4.0
    } else {
        KEY_PAN_FRACTION
    };
    match key {
        "+" | "=" | "Add" => Some(Command::ZoomAt {
            factor: ZOOM_STEP,
            anchor_frac: 0.5,
        }),
        "-" | "_" | "Subtract" => Some(Command::ZoomAt {
            factor: 1.0 / ZOOM_STEP,
            anchor_frac: 0.5,
        }),
        "ArrowLeft" => Some(Command::PanFraction(pan)),
        "ArrowRight" => Some(Command::PanFraction(-pan)),
        "Home" => Some(Command::Home),
        "0" => Some(Command::Whole),
        "Escape" => Some(Command::Close),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pointer {
    id: i32,
    x: f64,
    y: f64,
}

/// What a gesture produced on release.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Release {
    /// Horizontal velocity for inertia (px per ms), when the pointer was dragging.
    pub fling_px_per_ms: Option<f64>,
    /// Double tap at this x (px) of the viewport.
    pub double_tap_x: Option<f64>,
    /// The press moved: the click that follows must not open anything.
    pub was_drag: bool,
}

/// Pointer gestures: one pointer drags (pans), two pointers pinch (zoom at the midpoint).
#[derive(Debug, Clone, Default)]
pub struct Gesture {
    pointers: Vec<Pointer>,
    press: Option<(f64, f64)>,
    dragging: bool,
    pinch_dist: Option<f64>,
    /// Midpoint of the two fingers at the previous pinch step (x, px).
    pinch_mid_x: f64,
    velocity: f64,
    last_t_ms: f64,
    last_tap: Option<(f64, f64)>,
}

impl Gesture {
    pub fn down(&mut self, id: i32, x: f64, y: f64, t_ms: f64) {
        self.pointers.retain(|p| p.id != id);
        self.pointers.push(Pointer { id, x, y });
        if self.pointers.len() == 1 {
            self.press = Some((x, y));
            self.dragging = false;
            self.velocity = 0.0;
        }
        self.pinch_dist = self.distance();
        self.pinch_mid_x = self.mid_x();
        self.last_t_ms = t_ms;
    }

    pub fn is_dragging(&self) -> bool {
        self.dragging || self.pointers.len() > 1
    }

    /// A pointer moved; returns the commands to apply (pan or zoom).
    pub fn moved(&mut self, id: i32, x: f64, y: f64, t_ms: f64, width_px: f64) -> Vec<Command> {
        let Some(pos) = self.pointers.iter().position(|p| p.id == id) else {
            return Vec::new();
        };
        let prev = self.pointers[pos];
        self.pointers[pos] = Pointer { id, x, y };
        if self.pointers.len() >= 2 {
            return self.pinch(width_px);
        }
        if !self.dragging {
            let (px, py) = self.press.unwrap_or((x, y));
            if (x - px).hypot(y - py) < DRAG_THRESHOLD_PX {
                return Vec::new();
            }
            self.dragging = true;
        }
        let dx = x - prev.x;
        let dt = (t_ms - self.last_t_ms).max(1.0);
        // Smoothed velocity so one jittery sample does not decide the fling.
        self.velocity = 0.7 * (dx / dt) + 0.3 * self.velocity;
        self.last_t_ms = t_ms;
        vec![Command::Pan { dx_px: dx }]
    }

    fn distance(&self) -> Option<f64> {
        match self.pointers.as_slice() {
            [a, b, ..] => Some((a.x - b.x).hypot(a.y - b.y).max(1.0)),
            _ => None,
        }
    }

    fn mid_x(&self) -> f64 {
        match self.pointers.as_slice() {
            [a, b, ..] => (a.x + b.x) / 2.0,
            [a] => a.x,
            [] => 0.0,
        }
    }

    /// The content under the fingers follows them: a date at old x moves to
    /// `mid_now + (x - mid_before) * factor`, which is a pan by the midpoint's movement and then
    /// a zoom anchored at the new midpoint. Exact, so the content does not drift as each finger's
    /// move arrives as its own event.
    fn pinch(&mut self, width_px: f64) -> Vec<Command> {
        let (Some(prev), Some(now)) = (self.pinch_dist, self.distance()) else {
            return Vec::new();
        };
        let mid_x = self.mid_x();
        let pan = Command::Pan {
            dx_px: mid_x - self.pinch_mid_x,
        };
        self.pinch_dist = Some(now);
        self.pinch_mid_x = mid_x;
        self.dragging = true;
        let zoom = Command::ZoomAt {
            factor: now / prev,
            anchor_frac: (mid_x / width_px.max(1.0)).clamp(0.0, 1.0),
        };
        vec![pan, zoom]
    }

    /// A pointer was released (or cancelled).
    pub fn up(&mut self, id: i32, t_ms: f64, is_touch: bool) -> Release {
        let Some(pos) = self.pointers.iter().position(|p| p.id == id) else {
            return Release::default();
        };
        let p = self.pointers.remove(pos);
        let was_drag = self.dragging;
        let mut release = Release {
            was_drag,
            ..Release::default()
        };
        if !self.pointers.is_empty() {
            // Pinch ended with one finger still down: continue as a drag from here.
            self.pinch_dist = None;
            self.press = Some((self.pointers[0].x, self.pointers[0].y));
            return release;
        }
        let recent = t_ms - self.last_t_ms < 80.0;
        if was_drag && recent && self.velocity.abs() > 0.05 {
            release.fling_px_per_ms = Some(self.velocity.clamp(-4.0, 4.0));
        }
        if is_touch && !was_drag {
            match self.last_tap {
                Some((t, x)) if t_ms - t < DOUBLE_TAP_MS && (p.x - x).abs() < DOUBLE_TAP_PX => {
                    release.double_tap_x = Some(p.x);
                    self.last_tap = None;
                }
                _ => self.last_tap = Some((t_ms, p.x)),
            }
        }
        self.dragging = false;
        self.press = None;
        release
    }
}
