//! Kernel signatures, as the frontend reads them from the compiled module.
//!
//! The harness binds kernel arguments from these: a pointer into global or constant memory
//! takes a buffer, a pointer into local memory takes a byte size, everything else is passed
//! by value as raw bytes of exactly [`ArgKind::ByValue::size`] bytes.

use serde::{Deserialize, Serialize};

/// OpenCL address spaces of pointer arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AddressSpace {
    Private,
    Global,
    Constant,
    Local,
    Generic,
}

impl AddressSpace {
    /// The name OpenCL C uses for the qualifier (`__global` → `global`).
    pub fn as_str(self) -> &'static str {
        match self {
            AddressSpace::Private => "private",
            AddressSpace::Global => "global",
            AddressSpace::Constant => "constant",
            AddressSpace::Local => "local",
            AddressSpace::Generic => "generic",
        }
    }
}

/// How one kernel argument is passed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ArgKind {
    /// A pointer argument; `pointee` is the OpenCL C element type (`float`, `float4`, `struct
    /// node`).
    Pointer {
        space: AddressSpace,
        pointee: String,
    },
    /// A scalar, vector or struct passed by value, `size` bytes with alignment `align`.
    ByValue {
        size: u32,
        align: u32,
        is_struct: bool,
    },
}

/// One kernel argument.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KernelArg {
    /// The parameter's name in the source.
    pub name: String,
    /// The parameter's type as written (`__global float*` is `float*`).
    pub type_name: String,
    /// Type qualifiers (`const`, `restrict`, `volatile`), as OpenCL reports them.
    pub qualifiers: Vec<String>,
    pub kind: ArgKind,
}

/// The signature of one `__kernel` function.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KernelSignature {
    pub name: String,
    pub args: Vec<KernelArg>,
    /// `__attribute__((reqd_work_group_size(x, y, z)))`, when present.
    pub reqd_work_group_size: Option<[u32; 3]>,
}

impl KernelSignature {
    /// Finds an argument by name.
    pub fn arg(&self, name: &str) -> Option<&KernelArg> {
        self.args.iter().find(|a| a.name == name)
    }
}
