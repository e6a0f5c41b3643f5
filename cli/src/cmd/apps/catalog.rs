//! The six Rodinia OpenCL apps of the Trillium study: where each lives in a Rodinia checkout,
//! how its own Makefile builds it, how its `run` script runs it, and how its output is
//! checked. Facts read from Rodinia's sources and `run` scripts; nothing of Rodinia's is
//! copied here.

/// The run size of the apps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AppSize {
    /// The arguments of each app's `run` script (the study's sizes).
    Default,
    /// Small inputs for a CPU OpenCL device (tests, CI).
    Small,
}

impl AppSize {
    pub fn name(self) -> &'static str {
        match self {
            AppSize::Default => "default",
            AppSize::Small => "small",
        }
    }
}

/// What an app writes back to the host and how two paths' copies are compared.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Output {
    /// `f32` values: equal within `abs + rel·|native|` per element.
    F32 { abs: f32, rel: f32 },
    /// `i32` values: bit for bit.
    I32,
}

/// One Rodinia app.
#[derive(Clone, Debug)]
pub struct App {
    /// The benchmark's name (as Figure 2 names it).
    pub name: &'static str,
    /// Its directory in a Rodinia checkout's `opencl/` (or in `../shared/rodinia`).
    pub dir: &'static str,
    /// The `make` target, `None` for the Makefile's first.
    pub target: Option<&'static str>,
    /// Variables given to `make` on its command line (build flags), with why.
    pub make_vars: &'static [(&'static str, &'static str)],
    pub make_why: Option<&'static str>,
    /// The executable the build leaves, relative to `dir` (the app runs in `dir`).
    pub exe: &'static str,
    /// The arguments of its `run` script, without `-p/-d`. `{data}` is the nn record
    /// directory.
    pub args: &'static [&'static str],
    /// The same at [`AppSize::Small`].
    pub small_args: &'static [&'static str],
    /// What it reads back, and how two paths' copies are compared.
    pub output: Output,
    /// The app's own check, when it has one (its flag, and the line that reports a failure).
    pub own_check: Option<OwnCheck>,
    /// Why the run deviates from the `run` script, if it does.
    pub deviation: Option<&'static str>,
}

/// An app's own verification mode.
#[derive(Clone, Copy, Debug)]
pub struct OwnCheck {
    /// Its flag.
    pub flag: &'static str,
    /// Only at this size (the check can be too slow at the full size).
    pub small_only: bool,
    /// A line of output containing this text reports one mismatch.
    pub mismatch: &'static str,
    /// What the check compares.
    pub what: &'static str,
}

/// nn's records at each size: the number passed to `hurricane_gen` (over 4 files, as
/// Rodinia's `filelist.txt` lists `nn/cane4_0.db` … `cane4_3.db`).
pub fn nn_records(size: AppSize) -> usize {
    match size {
        // As many records as our own nn workload at `paper` size (5,242,880), so the two
        // figures compare like with like; the run script leaves the data to the user.
        AppSize::Default => 5_242_880,
        AppSize::Small => 4096,
    }
}

/// The six, in Figure 2's order.
pub fn apps() -> Vec<App> {
    vec![
        App {
            name: "backprop",
            dir: "backprop",
            target: None,
            make_vars: &[],
            make_why: None,
            exe: "backprop.out",
            args: &["-n", "4194304"],
            small_args: &["-n", "65536"],
            output: Output::F32 {
                abs: 1e-5,
                rel: 1e-3,
            },
            own_check: None,
            deviation: None,
        },
        App {
            name: "gaussian",
            dir: "gaussian",
            target: Some("release"),
            make_vars: &[],
            make_why: None,
            exe: "gaussian.out",
            args: &["-s", "2048"],
            small_args: &["-s", "64"],
            output: Output::F32 {
                abs: 1e-4,
                rel: 1e-3,
            },
            own_check: None,
            deviation: None,
        },
        App {
            name: "lud",
            dir: "lud",
            target: None,
            make_vars: &[],
            make_why: None,
            exe: "lud.out",
            args: &["-s", "8192"],
            small_args: &["-s", "256"],
            output: Output::F32 {
                abs: 1e-4,
                // NVIDIA's compiler divides with `div.full.f32` (≤ 2 ulp), the PTX paths with
                // `div.rn.f32` (correctly rounded), both within OpenCL's 2.5 ulp; LU without
                // pivoting over 8,192 steps amplifies that to 1.98e-3 relative in 0.01% of the
                // elements on the H200 (results/README.md). 5e-3 accepts that, not more.
                rel: 5e-3,
            },
            own_check: Some(OwnCheck {
                flag: "-v",
                // Its check is a CPU matrix product: O(n³), minutes at 8192.
                small_only: true,
                mismatch: "dismatch at",
                what: "L·U against the input matrix on the CPU (|Δ| ≤ 1e-4)",
            }),
            deviation: None,
        },
        App {
            name: "nn",
            dir: "nn",
            target: Some("release"),
            make_vars: &[],
            make_why: None,
            exe: "nn.out",
            args: &[
                "filelist.txt",
                "-r",
                "50",
                "-lat",
                "30",
                "-lng",
                "90",
                "-q",
                "-t",
                "-f",
                "{data}",
            ],
            small_args: &[
                "filelist.txt",
                "-r",
                "5",
                "-lat",
                "30",
                "-lng",
                "90",
                "-q",
                "-f",
                "{data}",
            ],
            output: Output::F32 {
                abs: 1e-4,
                rel: 1e-5,
            },
            own_check: None,
            deviation: Some(
                "its records come from Rodinia's hurricane_gen (5,242,880 records in 4 files, \
                 as many as our own nn at paper size); the run script points at a data \
                 directory it does not ship",
            ),
        },
        App {
            name: "nw",
            dir: "nw",
            target: None,
            make_vars: &[],
            make_why: None,
            exe: "nw.out",
            args: &["8192", "10", "./nw.cl"],
            small_args: &["256", "10", "./nw.cl"],
            output: Output::I32,
            own_check: None,
            deviation: None,
        },
        App {
            name: "pathfinder",
            dir: "pathfinder",
            target: None,
            // Its main.cpp names a global `data`, which C++17's std::data (g++ ≥ 11's
            // default dialect) makes ambiguous; the code is C++14.
            make_vars: &[("CXX", "g++ -std=gnu++14")],
            make_why: Some("main.cpp's global `data` is ambiguous with C++17's std::data: built as C++14 (`make CXX='g++ -std=gnu++14'`)"),
            exe: "pathfinder.out",
            args: &["-c", "100000", "-r", "100", "-h", "20"],
            small_args: &["-c", "4096", "-r", "20", "-h", "20"],
            output: Output::I32,
            own_check: None,
            deviation: None,
        },
    ]
}

impl App {
    /// The command-line arguments at `size` on platform `p`, device `d`, with nn's data
    /// directory `data`.
    pub fn arguments(&self, size: AppSize, p: usize, d: usize, data: &str) -> Vec<String> {
        let base = match size {
            AppSize::Default => self.args,
            AppSize::Small => self.small_args,
        };
        let mut out: Vec<String> = base.iter().map(|a| a.replace("{data}", data)).collect();
        if let Some(c) = &self.own_check {
            if !c.small_only || size == AppSize::Small {
                out.push(c.flag.into());
            }
        }
        out.extend(["-p".into(), p.to_string(), "-d".into(), d.to_string()]);
        out
    }

    /// Whether the app's own check runs at `size`.
    pub fn checks_itself(&self, size: AppSize) -> bool {
        self.own_check
            .is_some_and(|c| !c.small_only || size == AppSize::Small)
    }
}

/// The apps named in `names` (all when empty); an unknown name is an error naming the six.
pub fn select(names: &[String]) -> anyhow::Result<Vec<App>> {
    let all = apps();
    if names.is_empty() {
        return Ok(all);
    }
    names
        .iter()
        .map(|n| {
            all.iter().find(|a| a.name == n).cloned().ok_or_else(|| {
                let known: Vec<_> = all.iter().map(|a| a.name).collect();
                anyhow::anyhow!("unknown app `{n}` (the apps are {})", known.join(", "))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_follow_the_run_scripts_and_add_the_platform() {
        let all = apps();
        assert_eq!(
            all.iter().map(|a| a.name).collect::<Vec<_>>(),
            ["backprop", "gaussian", "lud", "nn", "nw", "pathfinder"]
        );
        let nw = &all[4];
        assert_eq!(
            nw.arguments(AppSize::Default, 1, 0, "/d"),
            ["8192", "10", "./nw.cl", "-p", "1", "-d", "0"]
        );
        let lud = &all[2];
        assert!(lud.checks_itself(AppSize::Small) && !lud.checks_itself(AppSize::Default));
        assert!(lud
            .arguments(AppSize::Small, 0, 0, "")
            .contains(&"-v".to_string()));
        assert!(!lud
            .arguments(AppSize::Default, 0, 0, "")
            .contains(&"-v".to_string()));
        let nn = &all[3];
        assert!(nn
            .arguments(AppSize::Default, 0, 0, "/x/data")
            .contains(&"/x/data".to_string()));
        assert!(select(&["lud".into(), "nn".into()]).is_ok());
        let e = select(&["hotspot".into()]).unwrap_err().to_string();
        assert!(
            e.contains("unknown app `hotspot`") && e.contains("pathfinder"),
            "{e}"
        );
    }
}
