//! Build progress on stderr for `verify` and `check-all`.

use std::sync::Mutex;

use indicatif::{ProgressBar, ProgressStyle};

use crate::checks::progress::{Event, Sink};

/// Shows build steps on a spinner line (stderr, only on a terminal).
pub struct Printer {
    bar: Option<ProgressBar>,
    last: Mutex<String>,
}

impl Printer {
    pub fn new(enabled: bool) -> Self {
        let bar = (enabled && console::Term::stderr().is_term()).then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg}").expect("a valid template"),
            );
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bar
        });
        Printer {
            bar,
            last: Mutex::new(String::new()),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Sink for Printer {
    fn send(&self, event: Event) {
        let Some(bar) = &self.bar else { return };
        let message = match event {
            Event::BuildStep {
                step,
                total,
                instruction,
            } => format!("building: step {step}/{total}  {instruction}"),
            Event::Result(result) => format!("checked {}", result.check),
            _ => return,
        };
        if let Ok(mut last) = self.last.lock() {
            *last = message.clone();
        }
        bar.set_message(message);
    }
}
