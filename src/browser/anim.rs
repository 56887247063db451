//! A requestAnimationFrame loop that runs a step function until it says stop.
use gloo::render::{request_animation_frame, AnimationFrame};
use std::cell::RefCell;
use std::rc::Rc;

type Step = Box<dyn FnMut(f64) -> bool>;

/// One animation at a time per owner; starting a new one replaces the old.
#[derive(Clone, Default)]
pub struct Animator {
    frame: Rc<RefCell<Option<AnimationFrame>>>,
    step: Rc<RefCell<Option<Step>>>,
}

impl Animator {
    /// Run `step(timestamp_ms)` every frame while it returns true.
    pub fn run(&self, step: impl FnMut(f64) -> bool + 'static) {
        *self.step.borrow_mut() = Some(Box::new(step));
        self.schedule();
    }

    pub fn stop(&self) {
        self.frame.borrow_mut().take();
        self.step.borrow_mut().take();
    }

    fn schedule(&self) {
        let this = self.clone();
        let handle = request_animation_frame(move |ts| {
            let keep = match this.step.borrow_mut().as_mut() {
                Some(step) => step(ts),
                None => false,
            };
            if keep {
                this.schedule();
            } else {
                this.step.borrow_mut().take();
                this.frame.borrow_mut().take();
            }
        });
        *self.frame.borrow_mut() = Some(handle);
    }
}
