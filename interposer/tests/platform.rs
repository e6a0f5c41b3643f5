//! `VISABENCH_PLATFORM`: an application (`testapp/platforms.c`, which asks for platforms the
//! ways real applications do) sees only the platforms named, and with none named nothing of
//! the machine's platforms is reachable, not even through the loader's default. On a machine
//! with one platform (PoCL in CI) this checks "all visible" and "none visible"; choosing
//! among several is the unit tests' (`platform::tests`). Skipped, with a message, where
//! there is no OpenCL platform.

mod common;

use anyhow::Result;
use common::{compile_app, opencl_present, run, test_app};

/// The `platforms` application's answers, one line per question, without the interposer.
fn plain(app: &std::path::Path) -> Result<String> {
    let out = std::process::Command::new(app)
        .env_remove("LD_PRELOAD")
        .output()?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn a_matching_name_or_vendor_leaves_the_platform_visible() -> Result<()> {
    let dir = tempfile::tempdir()?;
    if !opencl_present(dir.path(), "a_matching_name_or_vendor…")? {
        return Ok(());
    }
    let app = compile_app(dir.path(), "platforms")?;
    let before = plain(&app)?;
    let first = before
        .lines()
        .find_map(|l| l.strip_prefix("first rc 0 got "))
        .and_then(|l| l.split_once(" name ").map(|(_, n)| n.to_string()))
        .unwrap_or_default();
    assert!(!first.is_empty(), "{before}");
    // The first platform's name, as typed by someone else: part of it, other case.
    let want = first
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_uppercase();
    let run = run(dir.path(), &app, &[], &[("VISABENCH_PLATFORM", &want)])?;
    let out = run.output();
    assert_eq!(run.code, Some(0), "{out}");
    let count = |text: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix("count "))
            .and_then(|l| l.split_whitespace().next()?.parse::<u32>().ok())
    };
    let all = count(&before).unwrap_or(0);
    let seen = count(&run.stdout).unwrap_or(0);
    assert!(seen >= 1 && seen <= all, "{out}");
    assert!(run.stdout.contains(&format!("name {first}")), "{out}");
    assert!(run.stdout.contains("null-platform rc 0"), "{out}");
    assert!(run.stdout.contains("from-type rc 0 context yes"), "{out}");
    assert!(!run.stderr.contains("matches no"), "{out}");

    // The test application runs as usual on the platform chosen.
    let multi = test_app(dir.path())?;
    run_multiprog(dir.path(), &multi, &want)
}

fn run_multiprog(dir: &std::path::Path, app: &std::path::Path, want: &str) -> Result<()> {
    let r = run(dir, app, &[], &[("VISABENCH_PLATFORM", want)])?;
    r.passed()?;
    Ok(())
}

#[test]
fn no_match_hides_every_platform_and_says_which_there_are() -> Result<()> {
    let dir = tempfile::tempdir()?;
    if !opencl_present(dir.path(), "no_match_hides_every_platform…")? {
        return Ok(());
    }
    let app = compile_app(dir.path(), "platforms")?;
    let before = plain(&app)?;
    let run = run(
        dir.path(),
        &app,
        &[],
        &[("VISABENCH_PLATFORM", "no-platform-is-called-this")],
    )?;
    let out = run.output();
    assert_eq!(run.code, Some(0), "{out}");
    // CL_PLATFORM_NOT_FOUND_KHR, as the loader answers with no platform at all.
    assert!(run.stdout.contains("count 0 rc -1001"), "{out}");
    assert!(run.stdout.contains("first rc -1001 got 0 name -"), "{out}");
    // Neither the loader's default platform nor a context from type reach a hidden one.
    assert!(
        run.stdout.contains("null-platform rc -32 devices 0"),
        "{out}"
    );
    assert!(run.stdout.contains("from-type rc -32 context no"), "{out}");
    let lines: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("VISABENCH_PLATFORM"))
        .collect();
    assert_eq!(lines.len(), 1, "one line: {out}");
    assert!(
        lines[0].contains("`no-platform-is-called-this` matches no OpenCL platform"),
        "{out}"
    );
    // It names the platforms there are.
    for name in before
        .lines()
        .filter_map(|l| l.strip_prefix("first rc 0 got "))
        .filter_map(|l| l.split_once(" name ").map(|(_, n)| n))
    {
        assert!(lines[0].contains(name), "{out}");
    }
    Ok(())
}
