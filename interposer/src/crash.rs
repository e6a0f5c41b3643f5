//! The fatal-signal handler: when the application dies of `SIGSEGV`, `SIGABRT`, `SIGBUS`,
//! `SIGFPE` or `SIGILL` (typically after ignoring a build the interposer failed), the record
//! is written once more, naming the signal, and the signal then takes its course: the action
//! there was before (the default: the process dies of that signal, with a core dump if
//! enabled), so the exit status still says what happened.
//!
//! Async-signal safety: the handler allocates nothing, takes no lock and calls no OpenCL. It
//! writes the latest record [`crate::persist`] serialized ([`publish`]) with `open`, `write`,
//! `fsync`, `close` and `rename` (all async-signal-safe), patching the signal number into the
//! `"signal": null` it left. What it writes is therefore what was known at the last build or
//! kernel-time collection, not at the crash itself: kernel times since then are lost.
//!
//! A snapshot replaced by a newer one is freed unless the handler has started, in which case
//! it is left alone for good (the handler may be reading it from another thread).
//!
//! Other handlers: the one a signal had before is kept and the signal is passed on to it
//! after the record is written. Runtimes install handlers of their own later (PoCL's LLVM
//! does on its first build; LLVM's handler swallows a `SIGABRT` from `abort()`), so
//! [`reinstall`] (after every write of the record) puts this handler back in front, keeping
//! the newcomer as the one to pass on to. A signal that comes back to this handler goes to
//! the default action, so handlers passing it to each other cannot loop; an application that
//! handles `SIGSEGV` as part of its normal work (a garbage collector) wants
//! `VISABENCH_SIGNALS=0`.

use std::ffi::{c_int, c_void, CString};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering::SeqCst};
use std::sync::OnceLock;

/// The signals the handler catches.
pub const SIGNALS: [c_int; 5] = [
    libc::SIGSEGV,
    libc::SIGABRT,
    libc::SIGBUS,
    libc::SIGFPE,
    libc::SIGILL,
];

/// What the serialized record holds while no signal is known; the handler overwrites `null`.
const PLACEHOLDER: &str = "\"signal\": null";

/// A serialized record ready for the handler.
#[derive(Debug)]
pub struct Snapshot {
    json: Vec<u8>,
    /// Byte offset of the `null` of [`PLACEHOLDER`].
    signal_at: Option<usize>,
}

impl Snapshot {
    /// The serialized record `json` ([`interposer_record::record::Record::to_json`]).
    pub fn new(json: &str) -> Snapshot {
        Snapshot {
            json: json.as_bytes().to_vec(),
            signal_at: json.find(PLACEHOLDER).map(|i| i + PLACEHOLDER.len() - 4),
        }
    }
}

/// The files the handler writes: the record and a scratch file next to it.
#[derive(Debug)]
pub struct Files {
    record: CString,
    scratch: CString,
}

impl Files {
    /// The files for `record` (absolute, as the scratch file must be in its directory).
    pub fn new(record: &Path) -> Option<Files> {
        let name = record.file_name()?.to_string_lossy();
        let scratch = record.with_file_name(format!(".{name}.signal-{}.tmp", std::process::id()));
        Some(Files {
            record: CString::new(record.as_os_str().as_bytes()).ok()?,
            scratch: CString::new(scratch.as_os_str().as_bytes()).ok()?,
        })
    }
}

static LATEST: AtomicPtr<Snapshot> = AtomicPtr::new(null_mut());
/// Set once the handler has started: snapshots and saved actions are never freed after that.
static READING: AtomicBool = AtomicBool::new(false);
/// Set by the first thread that enters the handler.
static HANDLING: AtomicBool = AtomicBool::new(false);
static FILES: OnceLock<Files> = OnceLock::new();
/// The action each of [`SIGNALS`] had before the handler was (last) put in front of it.
static PREVIOUS: [AtomicPtr<libc::sigaction>; SIGNALS.len()] =
    [const { AtomicPtr::new(null_mut()) }; SIGNALS.len()];

/// Frees `old` (from `Box::into_raw`) unless the handler may be reading it.
fn retire<T>(old: *mut T) {
    // (SeqCst: if the handler read `old`, its READING store came before the swap that
    // retired it, so this load sees it.)
    if !old.is_null() && !READING.load(SeqCst) {
        // SAFETY: `old` came from `Box::into_raw`, is no longer published and no handler can
        // be reading it.
        drop(unsafe { Box::from_raw(old) });
    }
}

/// Makes `json` what the handler writes.
pub fn publish(json: &str) {
    let new = Box::into_raw(Box::new(Snapshot::new(json)));
    retire(LATEST.swap(new, SeqCst));
}

/// Installs the handler for [`SIGNALS`]; it writes the record to `record`.
pub fn install(record: &Path) {
    let Some(files) = Files::new(record) else {
        eprintln!(
            "{}: record {}: no signal handler for this file name",
            crate::TAG,
            record.display()
        );
        return;
    };
    if FILES.set(files).is_ok() {
        reinstall();
    }
}

/// Puts the handler back in front of any handler installed since (the OpenCL runtime's
/// compiler, LLVM, installs its own when it first builds a program), keeping that one as the
/// action to pass the signal on to. Does nothing before [`install`].
pub fn reinstall() {
    if FILES.get().is_none() {
        return;
    }
    let ours = on_fatal as *const () as libc::sighandler_t;
    for (slot, &sig) in PREVIOUS.iter().zip(&SIGNALS) {
        // SAFETY: a zeroed sigaction is a valid out-parameter; a null new action only reads.
        let mut current: libc::sigaction = unsafe { std::mem::zeroed() };
        if unsafe { libc::sigaction(sig, std::ptr::null(), &mut current) } != 0
            || current.sa_sigaction == ours
        {
            continue;
        }
        retire(slot.swap(Box::into_raw(Box::new(current)), SeqCst));
        // SAFETY: a zeroed sigaction with the handler, its flags and a filled mask is valid.
        let mut act: libc::sigaction = unsafe { std::mem::zeroed() };
        act.sa_sigaction = ours;
        act.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
        // SAFETY: `act.sa_mask` is a valid sigset; the handler is a plain function that stays
        // loaded (a preloaded library is never unloaded).
        unsafe {
            libc::sigemptyset(&mut act.sa_mask);
            for &s in &SIGNALS {
                libc::sigaddset(&mut act.sa_mask, s);
            }
            libc::sigaction(sig, &act, std::ptr::null_mut());
        }
    }
}

extern "C" fn on_fatal(sig: c_int, info: *mut libc::siginfo_t, _ctx: *mut c_void) {
    if HANDLING.swap(true, SeqCst) {
        // Again (another thread, or the signal came back through the handler passed on to):
        // the default action, so that handlers passing the signal on cannot loop.
        die(sig);
        return;
    }
    READING.store(true, SeqCst);
    let snapshot = LATEST.load(SeqCst);
    if let (Some(files), false) = (FILES.get(), snapshot.is_null()) {
        // SAFETY: published snapshots are never freed once READING is set.
        if write_snapshot(files, unsafe { &*snapshot }, sig) {
            say_written(files, sig);
        }
    }
    take_course(sig, info);
}

/// The default action, re-raised: pending until the handler returns (the signal is blocked
/// meanwhile), then the process dies of it.
fn die(sig: c_int) {
    // SAFETY: zeroed is a valid sigaction (SIG_DFL, no flags); sigaction and raise are
    // async-signal-safe.
    unsafe {
        let mut dfl: libc::sigaction = std::mem::zeroed();
        dfl.sa_sigaction = libc::SIG_DFL;
        libc::sigaction(sig, &dfl, std::ptr::null_mut());
        libc::raise(sig);
    }
}

/// Restores the signal's previous action and lets it act: the default action re-raised
/// ([`die`]); another handler re-raised when the signal was sent (`raise`, `abort`, `kill`),
/// while for a fault returning re-executes the faulting instruction, which reaches that
/// handler with the real fault's details; an ignored signal stays ignored.
fn take_course(sig: c_int, info: *mut libc::siginfo_t) {
    let previous = SIGNALS
        .iter()
        .position(|&s| s == sig)
        .map(|i| PREVIOUS[i].load(SeqCst))
        .filter(|p| !p.is_null())
        // SAFETY: saved actions are never freed once READING is set.
        .map(|p| unsafe { *p });
    let Some(action) = previous.filter(|a| a.sa_sigaction != libc::SIG_DFL) else {
        die(sig);
        return;
    };
    // SAFETY: `info` is the kernel's siginfo for this delivery (or null).
    let sent = info.is_null() || unsafe { (*info).si_code } <= 0;
    // SAFETY: sigaction and raise are async-signal-safe; `action` is a valid sigaction.
    unsafe {
        libc::sigaction(sig, &action, std::ptr::null_mut());
        if sent && action.sa_sigaction != libc::SIG_IGN {
            libc::raise(sig);
        }
    }
}

/// Writes all of `bytes` to `fd`; false on an error.
fn write_all(fd: c_int, mut bytes: &[u8]) -> bool {
    while !bytes.is_empty() {
        // SAFETY: `bytes` is readable for its length.
        let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if n < 0 {
            // (reads errno; no allocation)
            if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return false;
        }
        bytes = &bytes[n as usize..];
    }
    true
}

/// `sig` in decimal, left-aligned in four bytes (the width of `null`), spaces after.
fn signal_digits(sig: c_int) -> [u8; 4] {
    let mut out = [b' '; 4];
    let mut v = sig.clamp(0, 9999) as u32;
    let mut digits = [0u8; 4];
    let mut n = 0;
    loop {
        digits[n] = b'0' + (v % 10) as u8;
        n += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for (o, d) in out.iter_mut().zip(digits[..n].iter().rev()) {
        *o = *d;
    }
    out
}

/// Writes `snapshot`, with `"signal": sig`, to the scratch file and renames it over the record.
/// Only async-signal-safe calls.
pub fn write_snapshot(files: &Files, snapshot: &Snapshot, sig: c_int) -> bool {
    // SAFETY: a NUL-terminated path; the flags and mode are plain values.
    let fd = unsafe {
        libc::open(
            files.scratch.as_ptr(),
            libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC | libc::O_CLOEXEC,
            0o666 as libc::c_uint,
        )
    };
    if fd < 0 {
        return false;
    }
    let json = &snapshot.json[..];
    let ok = match snapshot.signal_at {
        Some(at) if at + 4 <= json.len() => {
            write_all(fd, &json[..at])
                && write_all(fd, &signal_digits(sig))
                && write_all(fd, &json[at + 4..])
        }
        _ => write_all(fd, json),
    };
    // SAFETY: `fd` is open; both paths are NUL-terminated.
    unsafe {
        let synced = libc::fsync(fd) == 0;
        libc::close(fd);
        if ok && synced && libc::rename(files.scratch.as_ptr(), files.record.as_ptr()) == 0 {
            return true;
        }
        libc::unlink(files.scratch.as_ptr());
    }
    false
}

/// One stderr line: `visabench-interposer: fatal signal N: record written to FILE`.
fn say_written(files: &Files, sig: c_int) {
    let digits = signal_digits(sig);
    let len = digits.iter().position(|&b| b == b' ').unwrap_or(4);
    let _ = write_all(2, crate::TAG.as_bytes())
        && write_all(2, b": fatal signal ")
        && write_all(2, &digits[..len])
        && write_all(2, b": record written to ")
        && write_all(2, files.record.as_bytes())
        && write_all(2, b"\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use interposer_record::record::Record;

    #[test]
    fn signal_numbers_fill_the_width_of_null() {
        assert_eq!(&signal_digits(6), b"6   ");
        assert_eq!(&signal_digits(11), b"11  ");
        assert_eq!(&signal_digits(0), b"0   ");
    }

    #[test]
    fn the_handler_writes_the_snapshot_with_the_signal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        let record = Record {
            format: interposer_record::record::FORMAT.into(),
            command: vec!["./app".into(), "\"signal\": null".into()],
            ..Default::default()
        };
        let snapshot = Snapshot::new(&record.to_json());
        let files = Files::new(&path).unwrap();
        assert!(write_snapshot(&files, &snapshot, libc::SIGSEGV));
        let back = Record::read(&path).unwrap();
        assert_eq!(back.signal, Some(11));
        assert_eq!(back.command, record.command, "strings are left alone");
        assert!(!back.complete);
        // The scratch file is gone: only the record is left.
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
        // A snapshot without the placeholder is written as it is.
        let plain = Snapshot::new("{\"format\": \"x\"}");
        assert!(write_snapshot(&files, &plain, libc::SIGABRT));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "{\"format\": \"x\"}"
        );
    }

    #[test]
    fn published_snapshots_replace_each_other() {
        publish("{\"a\": 1}");
        publish("{\"a\": 2}");
        let latest = LATEST.load(SeqCst);
        // SAFETY: nothing frees the latest snapshot.
        assert_eq!(unsafe { &(*latest).json }, b"{\"a\": 2}");
    }
}
