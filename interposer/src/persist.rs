//! Keeping the record on disk while the application runs, so that an application that dies
//! (a crash after a build the interposer failed, a driver crash, a kill) still leaves one.
//!
//! The record is written atomically (`visabench_core::files::write_atomic`: scratch file,
//! `fsync`, rename), so a reader never sees half a file:
//!
//! * after every program build (routed, failed, native, linked): always. Builds are few, and a
//!   build is where an application under test most often goes wrong;
//! * after a collection of kernel times (`clFinish`, every 1024 launches), at most once per
//!   [`INTERVAL`], except that a kernel's first timed launch is always written. Serializing
//!   and syncing a record with up to 100 000 times per kernel at every `clFinish` of an
//!   iterative application would cost its host thread far more than the launches it measures;
//!   once a second bounds that cost and what a crash can lose;
//! * at exit, with `complete: true` (every launch accounted for);
//! * from the fatal-signal handler ([`crate::crash`]), which writes the latest of these with
//!   the signal's number.
//!
//! Records written before exit say `complete: false`.

use crate::config::Config;
use crate::{config, crash, state, TAG};
use interposer_record::record::{self, Record};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, TryLockError};
use std::time::{Duration, Instant};

/// The shortest time between two writes for kernel times alone.
pub const INTERVAL: Duration = Duration::from_secs(1);

/// Why the record is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A program was built (or failed to build).
    Build,
    /// Kernel times were collected.
    Times,
    /// The process exits.
    Exit,
}

/// What changed in the tables since the record was last written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Anything (a launch counted, a time added).
    pub any: bool,
    /// A kernel got its first time.
    pub first_time: bool,
}

/// Whether a write is due, `since` the last one (`None`: none yet).
pub fn due(why: Why, changes: Changes, since: Option<Duration>) -> bool {
    match why {
        Why::Build | Why::Exit => true,
        Why::Times => changes.first_time || (changes.any && since.is_none_or(|d| d >= INTERVAL)),
    }
}

/// The record of the tables with this run's settings and the time of writing.
pub fn assemble(mut record: Record, c: &Config, complete: bool) -> Record {
    record.format = record::FORMAT.into();
    record.pid = std::process::id();
    record.command = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    record.path = c.path_name();
    record.mode = c.mode.as_str().into();
    record.strict = c.strict;
    record.complete = complete;
    record.signal = None;
    record.written_unix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    record
}

/// Writes the record if one is due. Never call it with the state locked. It never panics
/// (a bug here must not change what a build does).
pub fn persist(why: Why) {
    let _ = std::panic::catch_unwind(|| write_if_due(why));
}

fn write_if_due(why: Why) {
    // One writer at a time, so an older record never replaces a newer one. (The time of the
    // last write.) Kernel times do not wait for another thread's write: the next collection
    // brings them.
    static LAST: Mutex<Option<Instant>> = Mutex::new(None);
    static FAILED: AtomicBool = AtomicBool::new(false);
    let mut last = match LAST.try_lock() {
        Ok(l) => l,
        Err(TryLockError::Poisoned(e)) => e.into_inner(),
        Err(TryLockError::WouldBlock) if why == Why::Times => return,
        Err(TryLockError::WouldBlock) => LAST.lock().unwrap_or_else(|e| e.into_inner()),
    };
    let record = {
        let mut s = state();
        if !due(why, s.changes, last.map(|t| t.elapsed())) {
            return;
        }
        s.changes = Changes::default();
        s.record.clone()
    };
    let c = config();
    let json = assemble(record, c, why == Why::Exit).to_json();
    crash::publish(&json);
    // A build may have made the runtime's compiler install signal handlers of its own.
    crash::reinstall();
    *last = Some(Instant::now());
    match record::write_json(&c.record, json.as_bytes()) {
        Ok(()) if why == Why::Exit && c.verbose => {
            eprintln!("{TAG}: record written to {}", c.record.display());
        }
        Ok(()) => {}
        // Said once while running, and again at exit.
        Err(e) if why == Why::Exit || !FAILED.swap(true, Ordering::Relaxed) => {
            eprintln!("{TAG}: cannot write the record: {e}");
        }
        Err(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_always_write_and_times_at_most_once_an_interval() {
        let nothing = Changes::default();
        let some = Changes {
            any: true,
            first_time: false,
        };
        let first = Changes {
            any: true,
            first_time: true,
        };
        let soon = Some(Duration::from_millis(10));
        let later = Some(INTERVAL);
        assert!(due(Why::Build, nothing, soon));
        assert!(due(Why::Exit, nothing, soon));
        assert!(!due(Why::Times, nothing, later), "nothing new");
        assert!(!due(Why::Times, some, soon));
        assert!(due(Why::Times, some, later));
        assert!(due(Why::Times, some, None), "nothing written yet");
        assert!(due(Why::Times, first, soon), "a kernel's first time");
    }

    #[test]
    fn assembled_records_carry_the_settings_and_whether_they_are_final() {
        let (c, _) =
            Config::from_lookup(|k| (k == "VISABENCH_PATH").then(|| "llvm".to_string()), 1);
        let r = assemble(Record::default(), &c, false);
        assert_eq!(
            (r.format.as_str(), r.path.as_str(), r.mode.as_str()),
            (record::FORMAT, "llvm", "route")
        );
        assert_eq!(r.pid, std::process::id());
        assert!(!r.complete && r.signal.is_none() && r.written_unix > 0);
        assert!(assemble(r, &c, true).complete);
    }
}
