//! What the benchmarks share.

use kernels::Workload;

/// The workloads benchmarked: the study's six, or `VISABENCH_BENCH_WORKLOADS` (`all`, or a
/// comma-separated list of names).
pub fn workloads() -> Vec<&'static dyn Workload> {
    let all = kernels::registry();
    match std::env::var("VISABENCH_BENCH_WORKLOADS").ok().as_deref() {
        Some("all") => all,
        Some(list) if !list.is_empty() => {
            let names: Vec<&str> = list.split(',').map(str::trim).collect();
            for n in names
                .iter()
                .filter(|n| !all.iter().any(|w| w.name() == **n))
            {
                eprintln!("VISABENCH_BENCH_WORKLOADS: no workload `{n}` (see `visabench list`)");
            }
            all.into_iter()
                .filter(|w| names.contains(&w.name()))
                .collect()
        }
        _ => all.into_iter().filter(|w| w.in_study()).collect(),
    }
}
