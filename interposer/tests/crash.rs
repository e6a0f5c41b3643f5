//! The record survives an application that crashes (`testapp/crashapp.c`: it builds one
//! program, then dies of SIGSEGV or SIGABRT, as applications do that ignore a failed build):
//! it was written after the build, the fatal-signal handler writes it once more naming the
//! signal, and the process still dies of that signal. Runs on whatever OpenCL device the
//! machine has (PoCL in CI); skipped, with a message, where there is none.

mod common;

use anyhow::{Context as _, Result};
use common::{built, compile_app, kernel, opencl_present, run};
use interposer_record::record::Outcome;
use interposer_record::replay::program_key;

/// The program `crashapp` builds, as its source and options give its key.
const SOURCE: &str =
    "__kernel void crash_probe(__global int *v) {\n    v[get_global_id(0)] = CRASH_VALUE;\n}\n";
const OPTIONS: &str = "-DCRASH_VALUE=7";

#[test]
fn a_crash_after_a_failed_strict_build_leaves_a_record_naming_the_build() -> Result<()> {
    let dir = tempfile::tempdir()?;
    if !opencl_present(dir.path(), "a_crash_after_a_failed_strict_build…")? {
        return Ok(());
    }
    let app = compile_app(dir.path(), "crashapp")?;
    let run = run(
        dir.path(),
        &app,
        &["segv"],
        &[
            ("VISABENCH_PATH", "no-such-path"),
            ("VISABENCH_STRICT", "1"),
        ],
    )?;
    let out = run.output();
    assert_eq!(run.signal, Some(libc::SIGSEGV), "{out}");
    assert!(run.stdout.contains("build returned -11"), "{out}");
    assert!(
        run.stderr
            .contains("visabench-interposer: fatal signal 11: record written to"),
        "{out}"
    );
    let r = run.record.as_ref().context("no record after the crash")?;
    assert_eq!((r.signal, r.complete, r.strict), (Some(11), false, true));
    let programs = built(r);
    assert_eq!(programs.len(), 1, "{:#?}", r.programs);
    let p = programs[0];
    let key = program_key(SOURCE, OPTIONS);
    assert_eq!(
        (p.key.as_str(), p.outcome, p.builds),
        (key.as_str(), Outcome::Failed, 1)
    );
    assert_eq!(p.name, format!("crashapp:{key}"));
    assert_eq!(p.options, OPTIONS);
    assert!(
        p.error
            .as_deref()
            .is_some_and(|e| e.contains("no-such-path")),
        "{p:#?}"
    );
    Ok(())
}

#[test]
fn an_abort_after_a_timed_launch_keeps_the_launch_in_the_record() -> Result<()> {
    let dir = tempfile::tempdir()?;
    if !opencl_present(dir.path(), "an_abort_after_a_timed_launch…")? {
        return Ok(());
    }
    let app = compile_app(dir.path(), "crashapp")?;
    let run = run(dir.path(), &app, &["abort", "launch"], &[])?;
    let out = run.output();
    assert_eq!(run.signal, Some(libc::SIGABRT), "{out}");
    assert!(run.stdout.contains("launch returned 0"), "{out}");
    let r = run.record.as_ref().context("no record after abort()")?;
    assert_eq!((r.signal, r.complete), (Some(6), false));
    assert_eq!(built(r)[0].outcome, Outcome::Routed);
    // The kernel's first time was written when clFinish collected it.
    let k = kernel(r, "crash_probe");
    assert_eq!((k.launches, k.timed), (1, 1), "{k:#?}");
    assert!(k.total_ns > 0);
    Ok(())
}

/// Without the signal handler the record written after the build is still there (with no
/// signal), and the crash is the application's own.
#[test]
fn without_the_handler_the_record_of_the_build_survives() -> Result<()> {
    let dir = tempfile::tempdir()?;
    if !opencl_present(dir.path(), "without_the_handler_the_record…")? {
        return Ok(());
    }
    let app = compile_app(dir.path(), "crashapp")?;
    let run = run(
        dir.path(),
        &app,
        &["segv"],
        &[
            ("VISABENCH_PATH", "no-such-path"),
            ("VISABENCH_STRICT", "1"),
            ("VISABENCH_SIGNALS", "0"),
        ],
    )?;
    let out = run.output();
    assert_eq!(run.signal, Some(libc::SIGSEGV), "{out}");
    assert!(!run.stderr.contains("fatal signal"), "{out}");
    let r = run.record.as_ref().context("no record after the crash")?;
    assert_eq!((r.signal, r.complete), (None, false));
    assert_eq!(built(r)[0].outcome, Outcome::Failed);
    Ok(())
}
