//! Keys: read on their own thread (so none is lost while a check runs) and turned into
//! actions, depending on what the screen shows.

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tokio::sync::mpsc::UnboundedSender;

/// What the terminal sends us.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    Resize,
}

/// Reads terminal events until the receiver is gone or the terminal closes.
pub fn spawn_reader(tx: UnboundedSender<Input>) {
    let reader = move || {
        loop {
            let input = match event::read() {
                Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => Input::Key(key),
                Ok(Event::Resize(..)) => Input::Resize,
                Ok(_) => continue,
                Err(_) => return,
            };
            if tx.send(input).is_err() {
                return;
            }
        }
    };
    // Without the thread there are no keys; quitting still works through signals.
    let _ = std::thread::Builder::new()
        .name("keys".into())
        .spawn(reader);
}

/// Esc followed at once by a key reaches us as Alt+key: give back both presses.
pub fn split_alt(key: KeyEvent) -> Vec<KeyEvent> {
    if !key.modifiers.contains(KeyModifiers::ALT) {
        return vec![key];
    }
    let mut plain = key;
    plain.modifiers.remove(KeyModifiers::ALT);
    vec![KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE), plain]
}

/// What the screen is showing, which decides what a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exercise,
    List,
    /// Typing a search in the list.
    Search,
    ConfirmReset,
    CheckAll,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Hint,
    Next,
    List,
    Rerun,
    Reset,
    CheckAll,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Choose,
    Back,
    Filter(Filter),
    Yes,
    No,
    /// Start typing a search (`/` in the list).
    Search,
    /// A character of the search.
    Type(char),
    /// Delete the last character of the search.
    Erase,
}

/// Which exercises the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    All,
    Done,
    Pending,
}

pub fn action(mode: Mode, key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    // Raw mode turns Ctrl-C into a key, not a signal: it must still quit, everywhere.
    if ctrl && matches!(key.code, KeyCode::Char('c' | 'C')) {
        return Some(Action::Quit);
    }
    if ctrl {
        return None;
    }
    if mode == Mode::ConfirmReset {
        // Anything but `y` keeps the learner's files: resetting must be deliberate.
        return Some(
            if key.code == KeyCode::Char('y') || key.code == KeyCode::Char('Y') {
                Action::Yes
            } else {
                Action::No
            },
        );
    }
    if mode == Mode::Search {
        // Every character is part of the search; Enter keeps it, Esc drops it.
        return match key.code {
            KeyCode::Enter => Some(Action::Choose),
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Backspace => Some(Action::Erase),
            KeyCode::Up => Some(Action::Up),
            KeyCode::Down => Some(Action::Down),
            KeyCode::Char(c) => Some(Action::Type(c)),
            _ => None,
        };
    }
    if let Some(moved) = movement(key.code) {
        return Some(moved);
    }
    let char = match key.code {
        KeyCode::Char(c) => Some(c.to_ascii_lowercase()),
        _ => None,
    };
    match mode {
        Mode::Exercise => match char {
            Some('q') => Some(Action::Quit),
            Some('h') => Some(Action::Hint),
            Some('n') => Some(Action::Next),
            Some('l') => Some(Action::List),
            Some('r') => Some(Action::Rerun),
            Some('x') => Some(Action::Reset),
            Some('c') => Some(Action::CheckAll),
            _ => None,
        },
        Mode::List => match (key.code, char) {
            (KeyCode::Enter, _) => Some(Action::Choose),
            (KeyCode::Esc, _) | (_, Some('l')) => Some(Action::Back),
            (_, Some('q')) => Some(Action::Quit),
            (_, Some('a')) => Some(Action::Filter(Filter::All)),
            (_, Some('d')) => Some(Action::Filter(Filter::Done)),
            (_, Some('p')) => Some(Action::Filter(Filter::Pending)),
            (_, Some('/')) => Some(Action::Search),
            (_, Some('r')) => Some(Action::Reset),
            (_, Some('k')) => Some(Action::Up),
            (_, Some('j')) => Some(Action::Down),
            _ => None,
        },
        Mode::ConfirmReset | Mode::Search => None,
        Mode::CheckAll => match (key.code, char) {
            (KeyCode::Esc | KeyCode::Enter, _) => Some(Action::Back),
            (_, Some('q')) => Some(Action::Quit),
            (_, Some('c' | 'r')) => Some(Action::CheckAll),
            _ => None,
        },
    }
}

fn movement(code: KeyCode) -> Option<Action> {
    Some(match code {
        KeyCode::Up => Action::Up,
        KeyCode::Down => Action::Down,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Home => Action::Top,
        KeyCode::End => Action::Bottom,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn ctrl_c_quits_in_every_mode() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in [
            Mode::Exercise,
            Mode::List,
            Mode::Search,
            Mode::ConfirmReset,
            Mode::CheckAll,
        ] {
            assert_eq!(action(mode, ctrl_c), Some(Action::Quit), "{mode:?}");
        }
    }

    #[test]
    fn letters_mean_what_the_screen_offers() {
        assert_eq!(
            action(Mode::Exercise, key(KeyCode::Char('h'))),
            Some(Action::Hint)
        );
        assert_eq!(
            action(Mode::Exercise, key(KeyCode::Char('C'))),
            Some(Action::CheckAll)
        );
        assert_eq!(
            action(Mode::List, key(KeyCode::Char('d'))),
            Some(Action::Filter(Filter::Done))
        );
        assert_eq!(action(Mode::List, key(KeyCode::Esc)), Some(Action::Back));
        assert_eq!(
            action(Mode::List, key(KeyCode::Enter)),
            Some(Action::Choose)
        );
        assert_eq!(action(Mode::Exercise, key(KeyCode::Char('z'))), None);
    }

    #[test]
    fn esc_then_a_key_is_two_presses() {
        let alt_h = KeyEvent::new(KeyCode::Char('h'), KeyModifiers::ALT);
        assert_eq!(
            split_alt(alt_h),
            vec![key(KeyCode::Esc), key(KeyCode::Char('h'))]
        );
        assert_eq!(split_alt(key(KeyCode::Up)), vec![key(KeyCode::Up)]);
    }

    #[test]
    fn a_search_takes_every_letter() {
        assert_eq!(
            action(Mode::List, key(KeyCode::Char('/'))),
            Some(Action::Search)
        );
        assert_eq!(
            action(Mode::List, key(KeyCode::Char('r'))),
            Some(Action::Reset)
        );
        // `q` and `r` are letters of the search, not quit and reset.
        assert_eq!(
            action(Mode::Search, key(KeyCode::Char('q'))),
            Some(Action::Type('q'))
        );
        assert_eq!(
            action(Mode::Search, key(KeyCode::Char('R'))),
            Some(Action::Type('R'))
        );
        assert_eq!(
            action(Mode::Search, key(KeyCode::Backspace)),
            Some(Action::Erase)
        );
        assert_eq!(action(Mode::Search, key(KeyCode::Esc)), Some(Action::Back));
        assert_eq!(
            action(Mode::Search, key(KeyCode::Enter)),
            Some(Action::Choose)
        );
    }

    #[test]
    fn only_y_confirms_a_reset() {
        assert_eq!(
            action(Mode::ConfirmReset, key(KeyCode::Char('y'))),
            Some(Action::Yes)
        );
        assert_eq!(
            action(Mode::ConfirmReset, key(KeyCode::Enter)),
            Some(Action::No)
        );
        assert_eq!(
            action(Mode::ConfirmReset, key(KeyCode::Down)),
            Some(Action::No)
        );
    }
}
