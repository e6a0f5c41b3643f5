//! One module per subcommand; each has `Args` (or `Command`) and `run`, returning the exit code.

pub mod apps;
pub mod args;
#[cfg(feature = "compile")]
pub mod bundle;
#[cfg(feature = "compile")]
pub mod compile;
pub mod devices;
#[cfg(feature = "compile")]
pub mod diff;
pub mod diffrun;
pub mod fuzz;
pub mod intercept;
pub mod list;
pub mod paths;
pub mod report;
pub mod reproduce;
pub mod run;
pub mod sass;
pub mod tgsi;
