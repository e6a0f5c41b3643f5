//! `VISABENCH_READS=DIR`: every buffer the application reads back is saved, so that runs of
//! one application along different paths can be compared buffer by buffer (`visabench apps`
//! does). The bytes go to `DIR/read-NNNNN.bin` (written atomically), their size and digest to
//! the record's `reads`, in the order the reads completed.
//!
//! A blocking `clEnqueueReadBuffer` is complete when it returns. A non-blocking one is taken
//! at the application's next `clFinish` (of any queue) or at exit, whichever comes first;
//! an application that waits for the read's event alone (`clWaitForEvents`) and then changes
//! the host memory before either would be saved late — none of Rodinia's study apps does that
//! (all six read blocking).

use crate::{config, state};
use interposer_record::record::ReadRecord;
use std::sync::Mutex;
use visabench_core::digest::digest;

/// Non-blocking reads waiting for the next `clFinish`: host address and size.
static DEFERRED: Mutex<Vec<(usize, usize)>> = Mutex::new(Vec::new());

/// Whether reads are being saved at all.
pub fn enabled() -> bool {
    config().reads_dir.is_some()
}

/// A read of `size` bytes into `ptr` was enqueued successfully.
///
/// # Safety
/// `ptr` must be the application's destination of that read, valid for `size` bytes for
/// as long as OpenCL requires it to be (until the read completes).
pub unsafe fn enqueued(ptr: *const u8, size: usize, blocking: bool) {
    if ptr.is_null() || size == 0 {
        return;
    }
    if blocking {
        // SAFETY: a blocking read has completed: the bytes are the application's, readable.
        unsafe { save(ptr, size, false) };
    } else {
        DEFERRED
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((ptr as usize, size));
    }
}

/// Saves the non-blocking reads enqueued so far (at `clFinish` and at exit).
pub fn flush_deferred() {
    let taken = std::mem::take(&mut *DEFERRED.lock().unwrap_or_else(|e| e.into_inner()));
    for (ptr, size) in taken {
        // SAFETY: the application's destination of a read that `clFinish` has completed.
        unsafe { save(ptr as *const u8, size, true) };
    }
}

/// Saves `size` bytes at `ptr` as the next read.
///
/// # Safety
/// `ptr` must be valid for reading `size` bytes.
unsafe fn save(ptr: *const u8, size: usize, deferred: bool) {
    let Some(dir) = &config().reads_dir else {
        return;
    };
    // SAFETY: the caller's contract.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, size) };
    let mut s = state();
    let index = s.record.reads.len();
    let file = ReadRecord::file_name(index);
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| visabench_core::files::write_atomic(&dir.join(&file), bytes));
    let (file, error) = match written {
        Ok(()) => (file, None),
        Err(e) => (
            String::new(),
            Some(format!("{}: {e}", dir.join(&file).display())),
        ),
    };
    s.record.reads.push(ReadRecord {
        index,
        bytes: size as u64,
        digest: format!("{:016x}", digest(bytes)),
        file,
        deferred,
        error,
    });
    s.changes.any = true;
}
