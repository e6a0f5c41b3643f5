//! Path profiles (`tgsi@PROFILE`) and finishing levels (`--jit-opt-level`) through the
//! commands, as the built binary: one resolver for every command, errors that name what is
//! valid, and levels that say so once where the device's compiler does not take them.
#![cfg(feature = "compile")]

use std::path::Path;
use std::process::{Command, Output};

fn visabench(args: &[&str], cache: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_visabench"))
        .env_remove(harness::workloads::TEST_WORKLOADS_VAR)
        .env("VISABENCH_CACHE", cache)
        .args(args)
        .output()
        .expect("run visabench")
}

fn text(o: &Output) -> String {
    format!(
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

const FMA: &str = "__kernel void k(__global float *a, __global const float *b) {\n\
                   size_t i = get_global_id(0);\n  a[i] = fma(a[i], b[i], 2.0f);\n}\n";

#[test]
fn compile_takes_a_profile_and_the_profile_changes_the_code() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("fma.cl");
    std::fs::write(&f, FMA).unwrap();
    let f = f.to_str().unwrap();
    let tgsi = |path: &str| {
        let o = visabench(&["compile", f, "--path", path, "--emit", "tgsi"], d.path());
        assert!(o.status.success(), "{path}: {}", text(&o));
        String::from_utf8(o.stdout).unwrap()
    };
    let modern = tgsi("tgsi");
    assert!(
        modern.contains("FMA ") && !modern.contains("MAD "),
        "{modern}"
    );
    let mad = tgsi("tgsi@modern+fma-as-mad");
    assert!(mad.contains("MAD ") && !mad.contains("FMA "), "{mad}");
    // The 2019 profile with the switch off again keeps the FMA.
    let back = tgsi("tgsi-2019@trillium2019-no-fma-as-mad");
    assert!(back.contains("FMA "), "{back}");
    // And the artifact is PTX that the profile names.
    let o = visabench(
        &["compile", f, "--path", "tgsi@modern+fma-as-mad"],
        d.path(),
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains(".entry k("));
}

#[test]
fn bad_profiles_and_levels_name_what_is_valid() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("fma.cl");
    std::fs::write(&f, FMA).unwrap();
    let f = f.to_str().unwrap();
    let o = visabench(&["compile", f, "--path", "tgsi@fermi"], d.path());
    assert!(!o.status.success());
    assert!(
        text(&o).contains("profiles: modern, trillium2019"),
        "{}",
        text(&o)
    );
    let o = visabench(&["compile", f, "--path", "tgsi@modern+warp"], d.path());
    assert!(!o.status.success());
    assert!(text(&o).contains("switches: pointers32"), "{}", text(&o));
    let o = visabench(&["compile", f, "--path", "native@modern"], d.path());
    assert!(!o.status.success());
    assert!(text(&o).contains("takes no profile"), "{}", text(&o));
    let out = d.path().join("r");
    let o = visabench(
        &[
            "run",
            "--workloads",
            "vadd",
            "--size",
            "tiny",
            "--jit-opt-level",
            "0,7",
        ],
        d.path(),
    );
    assert!(!o.status.success());
    assert!(
        text(&o).contains("valid: default, 0, 1, 2, 3"),
        "{}",
        text(&o)
    );
    let o = visabench(
        &[
            "bundle",
            "--workloads",
            "vadd",
            "--paths",
            "tgsi@nope",
            "--out",
            out.to_str().unwrap(),
        ],
        d.path(),
    );
    assert!(!o.status.success());
    assert!(
        text(&o).contains("unknown tgsi profile `nope`"),
        "{}",
        text(&o)
    );
    assert!(!out.exists(), "a failed bundle left {}", out.display());
}

/// A run with a profiled path and levels on whatever OpenCL device the machine has: on PoCL
/// the levels do not apply (said once, recorded in env.json) and a PTX path cannot build, but
/// every row is there, named as asked, with its level.
#[test]
fn run_takes_profiled_paths_and_levels() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("run");
    let o = visabench(
        &[
            "run",
            "--workloads",
            "vadd",
            "--size",
            "tiny",
            "--paths",
            "native,tgsi@modern+temps32",
            "--jit-opt-level",
            "default,0",
            "--reps",
            "6",
            "--warmup",
            "1",
            "--out",
            out.to_str().unwrap(),
        ],
        d.path(),
    );
    let Ok(r) = harness::results::read(&out) else {
        let t = text(&o);
        assert!(t.contains("no OpenCL"), "{t}");
        eprintln!("SKIPPED run_takes_profiled_paths_and_levels: no OpenCL device\n{t}");
        return;
    };
    let w = &r.workloads[0];
    let names: Vec<(String, Option<u8>)> = w
        .paths
        .iter()
        .map(|p| (p.path.clone(), p.jit_opt_level))
        .collect();
    let nvidia = r.env.device_vendor.to_ascii_lowercase().contains("nvidia");
    if nvidia {
        assert_eq!(r.jit_opt_levels, [None, Some(0)]);
        assert_eq!(names.len(), 4, "{names:?}");
    } else {
        // Said once, and recorded.
        let t = text(&o);
        assert_eq!(t.matches("do not apply").count(), 1, "{t}");
        assert!(r
            .env
            .jit_opt_note
            .as_deref()
            .unwrap_or("")
            .contains("do not apply"));
        assert_eq!(r.env.jit_opt_levels, ["default"]);
        assert_eq!(
            names,
            [
                ("native".to_string(), None),
                ("tgsi@modern+temps32".to_string(), None)
            ]
        );
        let native = &w.paths[0];
        assert_eq!(native.status, harness::results::Status::Ok, "{}", text(&o));
        let tgsi = &w.paths[1];
        assert_eq!(tgsi.status, harness::results::Status::BuildFailed);
        assert!(tgsi
            .message
            .as_deref()
            .unwrap_or("")
            .contains("only NVIDIA's OpenCL loads PTX"));
    }
    let csv = std::fs::read_to_string(out.join("results.csv")).unwrap();
    assert!(
        csv.starts_with("workload,kernel,path,jit_opt_level,status,"),
        "{csv}"
    );
    assert!(csv.contains(",tgsi@modern+temps32,default,"), "{csv}");
    let timing = std::fs::read_to_string(out.join("timing.txt")).unwrap();
    assert!(
        timing.contains("vadd: verify") && timing.contains("run: "),
        "{timing}"
    );
}

/// A bundle with the ablation records what each ablation path varies, and its levels.
#[test]
fn bundle_with_the_ablation_and_levels() {
    let d = tempfile::tempdir().unwrap();
    let b = d.path().join("b");
    let o = visabench(
        &[
            "bundle",
            "--workloads",
            "vadd",
            "--size",
            "tiny",
            "--paths",
            "native,tgsi,tgsi-2019",
            "--ablation",
            "--jit-opt-level",
            "default,0",
            "--out",
            b.to_str().unwrap(),
        ],
        d.path(),
    );
    assert!(o.status.success(), "{}", text(&o));
    let m = harness::bundle::load(&b).unwrap();
    assert_eq!(m.levels(), [None, Some(0)]);
    let ab = m.ablations();
    assert_eq!(ab.len(), 50, "{:?}", ab.keys());
    let a = &ab["tgsi@modern+scalar-memory"];
    assert_eq!(
        (a.of.as_str(), a.switch.as_str(), a.on),
        ("tgsi", "scalar-memory", true)
    );
    let r = &ab["tgsi@trillium2019-no-pointers32"];
    assert_eq!((r.of.as_str(), r.on), ("tgsi-2019", false));
    // Artifacts have file-system-safe names.
    let e = m.workloads[0].path("tgsi@modern+scalar-memory").unwrap();
    let rel = e.artifact.as_deref().expect("compiled");
    assert!(!rel.contains('@') && !rel.contains('+'), "{rel}");
    assert!(b.join(rel).exists());
}
