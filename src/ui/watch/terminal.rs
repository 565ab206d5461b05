//! The terminal in raw mode on the alternate screen, and restoring it on every way out:
//! a normal return, an error (the guard is dropped), a panic (the hook restores first).

use std::io::{self, Write};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::terminal::{self, ClearType};
use crossterm::{cursor, execute, queue, style::Print};

/// Set while the terminal is in our modes, so restoring happens exactly once.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Owns the screen while watch mode runs; dropping it gives the terminal back.
pub struct Terminal {
    /// The lines on screen now, to rewrite only the ones that change (no flicker).
    shown: Vec<String>,
    size: (u16, u16),
}

impl Terminal {
    pub fn enter() -> io::Result<Terminal> {
        install_panic_hook();
        terminal::enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        let entered = execute!(
            io::stdout(),
            terminal::EnterAlternateScreen,
            terminal::DisableLineWrap,
            cursor::Hide,
            terminal::Clear(ClearType::All)
        );
        if let Err(err) = entered {
            restore();
            return Err(err);
        }
        Ok(Terminal {
            shown: Vec::new(),
            size: current_size((80, 24)),
        })
    }

    /// Columns and rows.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// Call on a resize event: the next draw repaints everything.
    pub fn resized(&mut self) {
        self.size = current_size(self.size);
        self.shown.clear();
        let _ = execute!(io::stdout(), terminal::Clear(ClearType::All));
    }

    /// Shows `lines` (already cut to the width), rewriting only the rows that changed.
    pub fn draw(&mut self, lines: &[String]) -> io::Result<()> {
        // Given back already (a panic elsewhere, or the process is ending): draw nothing.
        if !ACTIVE.load(Ordering::SeqCst) {
            return Ok(());
        }
        let mut out = io::stdout().lock();
        queue!(out, terminal::BeginSynchronizedUpdate)?;
        let rows = lines.len().max(self.shown.len());
        for row in 0..rows {
            let new = lines.get(row);
            if new == self.shown.get(row) {
                continue;
            }
            let y = u16::try_from(row).unwrap_or(u16::MAX);
            queue!(out, cursor::MoveTo(0, y))?;
            let used = new.map_or(0, |line| console::measure_text_width(line));
            if let Some(line) = new {
                queue!(out, Print(line))?;
            }
            // On a full line the cursor sits on the last cell, which clearing would erase.
            if used < usize::from(self.size.0) {
                queue!(out, terminal::Clear(ClearType::UntilNewLine))?;
            }
        }
        queue!(out, terminal::EndSynchronizedUpdate)?;
        out.flush()?;
        self.shown = lines.to_vec();
        Ok(())
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        restore();
    }
}

/// The terminal's size; a pty that was never given one reports 0×0.
fn current_size(fallback: (u16, u16)) -> (u16, u16) {
    match terminal::size() {
        Ok((columns, rows)) if columns > 0 && rows > 0 => (columns, rows),
        _ => fallback,
    }
}

/// Leaves the alternate screen, shows the cursor and turns raw mode off; safe to call twice.
fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let _ = execute!(
            io::stdout(),
            terminal::EnableLineWrap,
            cursor::Show,
            terminal::LeaveAlternateScreen
        );
        let _ = terminal::disable_raw_mode();
    }
}

/// A panic message printed on the alternate screen in raw mode would vanish or be garbled:
/// restore the terminal first, then let the usual hook print it.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}
