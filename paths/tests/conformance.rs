//! Registry conformance: every registered path, on every workload. A path gets these checks by
//! being registered (`path_registry::paths`), and so does every ablation variant a path offers
//! (`Path::ablation`), on the study's benchmarks.
//!
//! * the path compiles the workload, or refuses it with `PathError::Unsupported` naming the
//!   construct (never another error, never a panic);
//! * an artifact of kind PTX is accepted by `ptxas -arch=sm_90` (skipped, with a message, when
//!   ptxas is not installed), an OpenCL C artifact is the source itself;
//! * the stages it reports are the ones it declares, ending with the artifact.

use visabench_core::{ArtifactKind, BuildOptions, CompileRequest, Path, PathError, Target};

fn request<'a>(w: &dyn kernels::Workload, options: &'a BuildOptions) -> CompileRequest<'a> {
    let (file_name, source) = w.source();
    CompileRequest {
        file_name,
        source,
        options,
        target: Target::default(),
    }
}

/// `ptxas -arch=sm_90` on `ptx`: `None` when ptxas is missing, else its verdict.
fn ptxas(ptx: &str) -> Option<Result<(), String>> {
    match test_support::ptxas_accepts(ptx) {
        Ok(()) => Some(Ok(())),
        Err(test_support::PtxasError::Missing(_)) => None,
        Err(e) => Some(Err(e.to_string())),
    }
}

/// Checks `path` on `workloads`; returns the failures, one line each.
fn conform(path: &dyn Path, workloads: &[&dyn kernels::Workload]) -> Vec<String> {
    let mut failures = Vec::new();
    let mut unchecked = false;
    for w in workloads {
        let options = BuildOptions::parse(&w.build_options(kernels::Size::Tiny))
            .expect("workload options parse");
        let req = request(*w, &options);
        let at = |what: String| format!("{} · {}: {what}", path.name(), w.name());
        match path.compile(&req) {
            Ok(c) => {
                let names: Vec<&str> = c.stages.iter().map(|s| s.name.as_str()).collect();
                if names != path.stages() {
                    failures.push(at(format!(
                        "stages {names:?}, declared {:?}",
                        path.stages()
                    )));
                }
                if c.stages.last().map(|s| &s.text) != Some(&c.artifact) {
                    failures.push(at("the last stage is not the artifact".into()));
                }
                if c.kind != path.hands() {
                    failures.push(at(format!(
                        "hands {:?}, declared {:?}",
                        c.kind,
                        path.hands()
                    )));
                }
                match c.kind {
                    ArtifactKind::OpenClSource => {
                        if c.artifact != req.source {
                            failures.push(at("the OpenCL C artifact is not the source".into()));
                        }
                    }
                    ArtifactKind::Ptx => match ptxas(&c.artifact) {
                        None => unchecked = true,
                        Some(Ok(())) => {}
                        Some(Err(e)) => failures.push(at(format!(
                            "ptxas: {}",
                            e.lines().take(3).collect::<Vec<_>>().join(" | ")
                        ))),
                    },
                }
            }
            Err(PathError::Unsupported { construct, .. }) => {
                if construct.trim().is_empty() {
                    failures.push(at("Unsupported without a construct".into()));
                }
            }
            Err(e) => failures.push(at(format!("not a documented refusal: {e}"))),
        }
    }
    if unchecked {
        eprintln!(
            "{}: ptxas not installed, PTX not checked (run scripts/setup)",
            path.name()
        );
    }
    failures
}

#[test]
fn every_registered_path_on_every_workload() {
    let workloads = kernels::registry();
    let mut failures = Vec::new();
    for p in path_registry::paths() {
        failures.extend(conform(p.as_ref(), &workloads));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_ablation_variant_on_the_study() {
    let study: Vec<&dyn kernels::Workload> = kernels::registry()
        .into_iter()
        .filter(|w| w.in_study())
        .collect();
    let mut failures = Vec::new();
    for a in path_registry::ablation() {
        let p = path_registry::resolve(&a.name).expect("an ablation path resolves");
        assert_eq!(p.name(), a.name);
        failures.extend(conform(p.as_ref(), &study));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `compile --kernel` through the trait: a path that selects kernels keeps only the one asked
/// for and names the program's kernels for one it lacks; every path compiles it somehow.
#[test]
fn every_path_compiles_one_kernel() {
    let w = kernels::registry()
        .into_iter()
        .find(|w| w.kernels().len() >= 2)
        .expect("a workload with two kernels");
    let (first, second) = (w.kernels()[0], w.kernels()[1]);
    let options = BuildOptions::parse(&w.build_options(kernels::Size::Tiny)).unwrap();
    let req = request(w, &options);
    for p in path_registry::paths() {
        let c = p
            .compile_kernel(&req, first)
            .unwrap_or_else(|e| panic!("{} · {first}: {e}", p.name()));
        if p.selects_kernels() {
            assert!(c.artifact.contains(first), "{}: {first} missing", p.name());
            assert!(
                !c.artifact.contains(&format!(".entry {second}")),
                "{}: {second} kept",
                p.name()
            );
            match p.compile_kernel(&req, "no_such_kernel") {
                Err(PathError::NoSuchKernel { available, .. }) => {
                    assert!(available.iter().any(|k| k == first), "{available:?}")
                }
                other => panic!("{}: expected NoSuchKernel, got {other:?}", p.name()),
            }
        }
    }
}
