//! `sass`: what the GPU really runs — each path's PTX assembled by `ptxas` for the target and
//! disassembled by `nvdisasm`, counted per kernel. The analysis step of the flow: paths
//! compile, the harness runs and measures, this crate counts the machine code, the report
//! shows it.
//!
//! The counts are static (instructions in the program text, not executed ones). They are the
//! Hopper counterparts of the Trillium paper's SASS table (Fermi's `SSY`/`SYNC` became
//! `BSSY`/`BSYNC`), plus what explains time on today's GPUs: instruction count, memory
//! instructions by space, registers and spills (`ptxas -v`).
//!
//! * [`disasm`] — one PTX text: `ptxas` and `nvdisasm`, and the parsers of what they print;
//! * [`bundle`] — every PTX artifact of a harness bundle, and NVIDIA's own compiler's PTX;
//! * [`csv`] — `sass.csv`, written by `visabench sass --csv` and `reproduce`, read by the
//!   report;
//! * [`table`] — the columns the tables show, and `visabench sass`'s text table;
//! * [`run`] — the SASS step of a measured run (`reproduce`).
//!
//! Basic blocks are counted from the disassembly: a block starts at the function's first
//! instruction, at every branch target (`nvdisasm` labels exactly those), and after every
//! `BRA`, `BRX`, `JMP`, `RET` or `EXIT`. `NOP`s and the `BRA`-to-itself that ends every function
//! (padding after the last `EXIT`) are not counted.

pub mod bundle;
pub mod csv;
pub mod disasm;
pub mod run;
pub mod table;

pub use bundle::{analyze_bundle, analyze_bundle_levels, Analysed, Levelled, Selection};
pub use csv::{read_csv, to_csv, to_csv_levels, total, CsvRow, CSV_FILE};
pub use disasm::{
    analyze_ptx, analyze_ptx_at, parse_ptxas_info, parse_sass, ptxas_version, Resources,
};

use serde::Serialize;
use thiserror::Error;

/// Failures of the assembly or disassembly.
#[derive(Debug, Error)]
pub enum SassError {
    #[error(transparent)]
    Tool(#[from] visabench_core::tools::ToolError),
    #[error("{tool}: {message}")]
    Failed { tool: &'static str, message: String },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Static counts of one kernel's SASS.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct KernelSass {
    pub kernel: String,
    /// Instructions, without `NOP`s and the final self-branch.
    pub instructions: u32,
    pub bra: u32,
    /// `BSSY`: push a reconvergence point (Fermi's `SSY`).
    pub bssy: u32,
    /// `BSYNC`: reconverge (Fermi's `SYNC`).
    pub bsync: u32,
    pub warpsync: u32,
    /// `BAR*`: block-wide barriers.
    pub barriers: u32,
    pub basic_blocks: u32,
    /// `LDG`/`STG`, `LDS`/`STS`, `LDL`/`STL` (local memory: spills and private arrays),
    /// generic `LD`/`ST`, and atomics/reductions (`ATOM*`, `RED*`).
    pub global_loads: u32,
    pub global_stores: u32,
    pub shared_accesses: u32,
    pub local_accesses: u32,
    pub generic_accesses: u32,
    pub atomics: u32,
    /// From `ptxas -v`.
    pub registers: u32,
    pub stack_bytes: u32,
    pub spill_store_bytes: u32,
    pub spill_load_bytes: u32,
}

/// A `ptxas` optimisation level: its default (no `-O` flag) or `--opt-level 0` to `3`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OptLevel {
    /// No `-O` flag: what `ptxas` does unasked (`-O3` for ptxas 13).
    #[default]
    Default,
    O0,
    O1,
    O2,
    O3,
}

/// The valid spellings of an [`OptLevel`], for messages.
pub const OPT_LEVEL_NAMES: &str = "default, 0, 1, 2, 3";

impl OptLevel {
    /// Every level, in the order of [`OPT_LEVEL_NAMES`].
    pub const ALL: [OptLevel; 5] = [
        OptLevel::Default,
        OptLevel::O0,
        OptLevel::O1,
        OptLevel::O2,
        OptLevel::O3,
    ];

    /// The number given to `ptxas --opt-level`, or `None` for its default.
    pub fn number(self) -> Option<u8> {
        match self {
            OptLevel::Default => None,
            OptLevel::O0 => Some(0),
            OptLevel::O1 => Some(1),
            OptLevel::O2 => Some(2),
            OptLevel::O3 => Some(3),
        }
    }

    /// `levels` without repeats, in the order given.
    pub fn distinct(levels: impl IntoIterator<Item = OptLevel>) -> Vec<OptLevel> {
        let mut out: Vec<OptLevel> = Vec::new();
        for l in levels {
            if !out.contains(&l) {
                out.push(l);
            }
        }
        out
    }

    /// As the CSV writes it: `default`, `0`, `1`, `2` or `3`.
    pub fn name(self) -> &'static str {
        match self {
            OptLevel::Default => "default",
            OptLevel::O0 => "0",
            OptLevel::O1 => "1",
            OptLevel::O2 => "2",
            OptLevel::O3 => "3",
        }
    }
}

impl From<harness::variant::JitLevel> for OptLevel {
    /// The `ptxas` level a finishing level (`-cl-nv-opt-level`) stands for.
    fn from(l: harness::variant::JitLevel) -> OptLevel {
        match l {
            None => OptLevel::Default,
            Some(0) => OptLevel::O0,
            Some(1) => OptLevel::O1,
            Some(2) => OptLevel::O2,
            Some(_) => OptLevel::O3,
        }
    }
}

impl std::fmt::Display for OptLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for OptLevel {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        OptLevel::ALL
            .into_iter()
            .find(|l| l.name() == t)
            .ok_or_else(|| {
                format!("unknown ptxas optimisation level `{t}` (valid: {OPT_LEVEL_NAMES})")
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_opt_levels_and_names_the_valid_ones() {
        assert_eq!("default".parse::<OptLevel>(), Ok(OptLevel::Default));
        assert_eq!(" 2 ".parse::<OptLevel>(), Ok(OptLevel::O2));
        for l in OptLevel::ALL {
            assert_eq!(l.to_string().parse::<OptLevel>(), Ok(l));
        }
        assert_eq!(OptLevel::Default.number(), None);
        assert_eq!(OptLevel::O3.number(), Some(3));
        assert_eq!(
            OptLevel::ALL.map(OptLevel::name).join(", "),
            OPT_LEVEL_NAMES
        );
        for bad in ["7", "fast", "-O3", "", "O3", "4"] {
            let e = bad.parse::<OptLevel>().unwrap_err();
            assert!(e.contains("default, 0, 1, 2, 3"), "{bad}: {e}");
            assert!(e.contains(&format!("`{bad}`")), "{bad}: {e}");
        }
    }
}
