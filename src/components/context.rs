//! Per-timeline state shared by the components of one host (no global state: each mount
//! creates its own).
use crate::browser::{anim::Animator, dom};
use crate::content::prepared::Prepared;
use crate::core::command::{reduce, Command, TimelineState};
use crate::core::i18n::{locale, Lang, Locale};
use crate::core::layout::{layout_keeping, Placed};
use crate::core::metrics::{Metrics, StageRows};
use crate::core::view::View;
use leptos::prelude::*;
use std::rc::Rc;

#[derive(Clone, Copy)]
pub struct Ctx {
    pub data: StoredValue<Rc<Prepared>, LocalStorage>,
    pub state: RwSignal<TimelineState>,
    pub animator: StoredValue<Animator, LocalStorage>,
    pub height_px: RwSignal<f64>,
    pub metrics: Metrics,
    /// Media id shown full screen.
    pub image: RwSignal<Option<String>>,
    pub reduced_motion: bool,
    /// Set when a press turned into a drag, so the click that follows does nothing.
    pub suppress_click: RwSignal<bool>,
    /// Focus the card heading after the next open (keyboard users).
    pub focus_card: RwSignal<bool>,
    /// Where the open card starts covering the stage (px from its top), when it is a bottom
    /// sheet over the stage rather than a panel beside it.
    pub covered_from_px: RwSignal<Option<f64>>,
    pub layout: Memo<Vec<Placed>>,
    /// Narrow views of `state`, so text only re-renders when the language changes and markers
    /// only when the open event changes, not on every frame of a zoom.
    pub lang_memo: Memo<Lang>,
    pub open: Memo<Option<usize>>,
    pub width_px: Memo<f64>,
    /// Input commands waiting for the next animation frame (see `queue`).
    pending: StoredValue<Vec<Command>>,
    frame: StoredValue<Option<gloo::render::AnimationFrame>, LocalStorage>,
}

impl Ctx {
    pub fn new(data: Rc<Prepared>, state: TimelineState) -> Ctx {
        let coarse = dom::coarse_pointer();
        let metrics = Metrics::for_device(coarse, dom::large_touch_screen());
        let state = RwSignal::new(state);
        let height_px = RwSignal::new(480.0);
        let data = StoredValue::new_local(data);
        // The stage size the last layout was made for.
        let laid_out_for = StoredValue::new((0.0_f64, 0_usize));
        let layout = Memo::new(move |previous: Option<&Vec<Placed>>| {
            let (view, width_px, pinned) = state.with(|s| (s.view, s.width_px, s.open));
            let (lanes, era_rows) = data.with_value(|d| (d.file.lanes.len(), d.era_row_count));
            let rows = metrics.stage_rows(era_rows, lanes, height_px.get()).rows;
            // Events that had a labelled marker last frame keep it when they still fit (so
            // titles do not jump during a zoom). A new stage size starts afresh: the first real
            // layout, after the stand-in size, is then the one the first-paint sketch drew.
            let same_stage = laid_out_for.get_value() == (width_px, rows);
            laid_out_for.set_value((width_px, rows));
            let keep: crate::core::layout::Kept = previous
                .filter(|_| same_stage)
                .map(|p| {
                    p.iter()
                        .filter_map(|p| match p.kind {
                            crate::core::layout::PlacedKind::Event { index } => Some(index),
                            _ => None,
                        })
                        .collect()
                })
                .unwrap_or_default();
            let params = metrics.layout_params(lanes, rows, pinned);
            data.with_value(|d| layout_keeping(&d.index, &view.scale(width_px), &params, &keep))
        });
        Ctx {
            data,
            state,
            animator: StoredValue::new_local(Animator::default()),
            height_px,
            metrics,
            image: RwSignal::new(None),
            reduced_motion: dom::prefers_reduced_motion(),
            suppress_click: RwSignal::new(false),
            focus_card: RwSignal::new(false),
            covered_from_px: RwSignal::new(None),
            layout,
            lang_memo: Memo::new(move |_| state.with(|s| s.lang)),
            open: Memo::new(move |_| state.with(|s| s.open)),
            width_px: Memo::new(move |_| state.with(|s| s.width_px)),
            pending: StoredValue::new(Vec::new()),
            frame: StoredValue::new_local(None),
        }
    }

    /// Apply a command at once (language, close, resize: changes that should not glide).
    /// A resize leaves a running glide alone; anything else the user does replaces it.
    pub fn dispatch(&self, cmd: Command) {
        if !matches!(cmd, Command::Resize { .. }) {
            self.animator.with_value(|a| a.stop());
        }
        self.apply([cmd]);
    }

    /// Run commands through the reducer as one state change, leaving any animation running
    /// (the animations themselves use this for each of their frames).
    pub fn apply(&self, cmds: impl IntoIterator<Item = Command>) {
        self.data.with_value(|d| {
            self.state.update(|s| {
                for cmd in cmds {
                    *s = reduce(s, cmd, &d.times);
                }
            })
        });
    }

    /// Queue a command from continuous input (wheel, drag, pinch). Everything queued during one
    /// frame is applied together just before it is drawn: one state change and one DOM update
    /// per frame however many events arrive, and no layout forced between events.
    pub fn queue(&self, cmd: Command) {
        self.animator.with_value(|a| a.stop());
        self.pending.update_value(|p| p.push(cmd));
        if self.frame.with_value(|f| f.is_some()) {
            return;
        }
        let this = *self;
        let handle = gloo::render::request_animation_frame(move |_| {
            this.frame.set_value(None);
            this.apply(
                this.pending
                    .try_update_value(std::mem::take)
                    .unwrap_or_default(),
            );
        });
        self.frame.set_value(Some(handle));
    }

    /// Apply a command, gliding the view to its result (buttons, keys), unless motion is reduced.
    pub fn dispatch_smooth(&self, cmd: Command) {
        let before = self.state.get_untracked();
        let after = self.data.with_value(|d| reduce(&before, cmd, &d.times));
        if self.reduced_motion || before.view == after.view {
            self.animator.with_value(|a| a.stop());
            self.state.set(after);
            return;
        }
        let target = after.view;
        self.state.set(TimelineState {
            view: before.view,
            ..after
        });
        self.glide(before.view, target);
    }

    fn glide(&self, from: View, to: View) {
        let state = self.state;
        let start_ms = dom::now_ms();
        let duration_ms = 240.0;
        self.animator.with_value(|a| {
            a.run(move |_| {
                let t = ((dom::now_ms() - start_ms) / duration_ms).clamp(0.0, 1.0);
                let e = 1.0 - (1.0 - t).powi(3);
                // Interpolate the span in log space so zooming feels even.
                let span =
                    (from.span_days.ln() + (to.span_days.ln() - from.span_days.ln()) * e).exp();
                let center = from.center_days() + (to.center_days() - from.center_days()) * e;
                state.update(|s| s.view = View::new(center - span / 2.0, span));
                t < 1.0
            })
        });
    }

    pub fn lang(&self) -> Lang {
        self.lang_memo.get()
    }

    pub fn loc(&self) -> &'static Locale {
        locale(self.lang())
    }

    /// Localised content text in the current language, falling back to the content default.
    pub fn text(&self, t: &crate::content::Text) -> String {
        let lang = self.lang();
        self.data
            .with_value(|d| t.in_lang(lang.code(), d.fallback_code()).to_string())
    }

    /// How the stage's height is shared out (see `Metrics::stage_rows`).
    fn stage_rows(&self) -> StageRows {
        let height = self.height_px.get();
        self.data.with_value(|d| {
            self.metrics
                .stage_rows(d.era_row_count, d.file.lanes.len(), height)
        })
    }

    pub fn rows(&self) -> usize {
        self.stage_rows().rows
    }

    /// Rows of era labels: up to three when the stage has room for them above every lane, else
    /// one (phones, and windows only as tall as the lanes need).
    pub fn era_label_rows(&self) -> usize {
        self.stage_rows().era_label_rows
    }

    /// Bottom of the axis: the lanes start here unless shifted (below).
    pub fn axis_bottom_px(&self) -> f64 {
        self.metrics.axis_bottom_px(self.era_label_rows())
    }

    /// Top of the first lane: the axis bottom, moved up by `lane_shift_px`.
    pub fn lanes_top_px(&self) -> f64 {
        self.axis_bottom_px() - self.lane_shift_px()
    }

    /// With the card as a bottom sheet over the stage, the lanes move up so that the open
    /// event's lane starts just below the axis, where the sheet does not hide it.
    pub fn lane_shift_px(&self) -> f64 {
        let (Some(covered), Some(i)) = (self.covered_from_px.get(), self.open.get()) else {
            return 0.0;
        };
        let lane = self
            .data
            .with_value(|d| d.lane_of.get(i).copied().unwrap_or(0));
        let lane_h = self.lane_height_px();
        let lane_top = self.axis_bottom_px() + lane as f64 * lane_h;
        // Visible enough: its label and first row of markers are above the sheet.
        let needs = self.metrics.first_row_px();
        if lane_top + needs <= covered {
            0.0
        } else {
            lane as f64 * lane_h
        }
    }

    /// The least height the stage needs (see `Metrics::min_stage_px`).
    pub fn min_stage_px(&self) -> f64 {
        self.data.with_value(|d| {
            self.metrics
                .min_stage_px(d.era_row_count, d.file.lanes.len())
        })
    }

    pub fn lane_height_px(&self) -> f64 {
        self.metrics.lane_px(self.rows())
    }
}
