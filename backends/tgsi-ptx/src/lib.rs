//! # backend-tgsi-ptx: TGSI → PTX
//!
//! The driver-compiler stage of the `tgsi` path: it plays the role the host driver's compiler
//! (nouveau) played in the Trillium study. It takes a TGSI compute program (see `ir-tgsi`)
//! and the layout of its argument block, and writes a PTX module for NVIDIA's OpenCL kernel
//! ABI that `ptxas` (or NVIDIA's OpenCL runtime, through `clCreateProgramWithBinary`)
//! finishes. It translates the way a reasonable driver compiler would: no deliberate
//! pessimisation, and no use of facts TGSI does not carry (no alignment beyond 4 bytes, no
//! aliasing information, no types beyond what each opcode says).
//!
//! ## Module and kernel ABI
//!
//! * Header: `.version {ptx_isa}`, `.target sm_XX, texmode_independent`, `.address_size 64`
//!   (what LLVM's NVPTX back-end writes for `nvptx64-nvidia-nvcl`).
//! * One `.param` per [`ir_tgsi::abi::InputLayout`] slot, named `{kernel}_param_{i}`:
//!   `__global` **and** `__constant` pointers are `.param .u64 .ptr .global .align 4` (TGSI
//!   `GLOBAL` is one flat space, as Gallium drivers treat `__constant` buffers; LLVM instead
//!   declares `.ptr .const` and reads with `ld.const`), `__local` pointers
//!   `.param .u64 .ptr .shared .align 4`, by-value arguments `.param .u8/.u16/.u32/.u64`
//!   when size = alignment ∈ {1, 2, 4, 8}, otherwise `.param .align A .b8 NAME[SIZE]`, as
//!   LLVM does for vectors and structs (same offsets and sizes, so the runtime's argument
//!   copy agrees).
//! * `CS_FIXED_BLOCK_*` → `.reqntid w, h, d` (missing dimensions are 1).
//! * `CS_SHARED_BYTES` → a function-scoped `.shared .align 16 .b8 tgsi_smem[N]`; TGSI
//!   `SHARED` offsets are relative to its start (`%smem`, taken once with `mov.u32`; 0 when
//!   there is no static block). A `__local` pointer argument's INPUT word is its `.ptr
//!   .shared` address, truncated to 32 bits, minus `%smem`.
//! * `CS_PRIVATE_BYTES` → a function-scoped `.local .align 16 .b8 tgsi_priv[N]` (`%priv`).
//!
//! ## Registers
//!
//! `TEMP[i].c` is the `.b32` register `%t{4i+c}`, `ADDR[i].c` is `%a{4i+c}`; scratch values
//! are `%s` (`.b32`), `%d` (`.b64`) and `%p` (`.pred`). Typed 32-bit operations run directly
//! on `.b32` registers; 64-bit operations pack lane pairs with `mov.b64 %d, {lo, hi}` and
//! unpack the result the same way (ptxas removes the moves; with [`Options::reuse_pairs`]
//! a pair still held in a 64-bit register is not packed again). Immediates are inlined as PTX
//! literals typed by the opcode (`0f3F800000` for floats). Source `|abs|` and `-negate`
//! become `abs.f32`/`neg.f32` (folded for immediates). When an instruction writes a
//! register it also reads, results go through scratch registers first.
//!
//! ## Operations
//!
//! Floats use IEEE-rounded PTX instructions: `ADD`/`MUL` → `add.rn`/`mul.rn` (no contraction
//! across TGSI instructions), `MAD` and `FMA` → `fma.rn.f32` (TGSI leaves MAD's fusing to
//! the implementation; drivers fuse), `DIV` → `div.rn.f32`, `RCP` → `rcp.approx.f32` (TGSI's reciprocal is the approximate one; the lowering emits it only for libdevice's approximate reciprocals),
//! `SQRT` → `sqrt.rn.f32`, `RSQ` → `rsqrt.approx.f32`, `EX2`/`LG2`/`SIN`/`COS` →
//! `*.approx.f32` (what hardware drivers use), `POW` → `ex2.approx(lg2.approx(a) * b)`,
//! `DP*` → `mul.rn` then `fma.rn`. `FLR`/`CEIL`/`TRUNC`/`ROUND` → `cvt.rmi/rpi/rzi/rni`.
//! `LDEXP` reads its second source as a signed integer, clamps it to ±400 and scales in f64
//! (exact), rounding once to f32. Float→integer conversions use `cvt.rzi`, which saturates;
//! f32 → 32-bit maps NaN to 0 by itself, the f64 and 64-bit-result forms give the minimum
//! integer for NaN on sm_90 (measured on an H200), so those select 0 for NaN (`setp.num`).
//!
//! Integers: shift counts are masked (`and 31`/`and 63`) because PTX clamps them;
//! divisions and remainders are guarded with `selp` so that a zero divisor gives all ones;
//! compares use `set.<cmp>.u32.<type>` (~0/0) and `SLT`… `set.<cmp>.f32.f32` (1.0/0.0),
//! `SNE`/`FSNE` unordered (true on NaN). `IBFE`/`UBFE`/`BFI` mask offset and width to 5
//! bits and use `bfe`/`bfi`; `LSB` = `bfind.shiftamt(brev x)`, `IMSB`/`UMSB` = `bfind`.
//!
//! Memory: `GLOBAL` addresses are lane pairs, `mov.b64 %d, {lo, hi}` then
//! `ld/st.global.b32 [%d+4c]`; `BUFFER[k]` adds a zero-extended 32-bit offset to the k-th
//! global pointer argument; `SHARED`/`PRIVATE` use 32-bit addresses `%smem`/`%priv` +
//! offset with `ld/st.shared`/`ld/st.local`. By default accesses stay scalar 32-bit words:
//! TGSI does not carry alignment. With [`Options::vector_memory`] an `.xy`/`.zw`/`.xyzw`
//! access becomes one `ld/st.*.v2/.v4.b32` (the producer vouches for the alignment). Sources
//! `IMM[ADDR[a].c+i]` (constant tables the lowering keeps in immediates) read the
//! module-scope `.const .b32 {kernel}_imm[4·n]` holding every immediate of the kernel
//! (`ld.const`, row 16·(ADDR+i)), or with [`Options::dense_tables`], when every such read takes
//! channel x, `{kernel}_imm[n]` of the x words (word 4·(ADDR+i)). `INPUT` loads need an
//! immediate offset and become `ld.param` of the slot at that offset (bytes of small
//! arguments are assembled with `ld.param.u8`). Atomics → `atom.global/.shared.*` returning
//! the old value (on `PRIVATE`, a plain load/modify/store). `BARRIER` → `bar.sync 0`;
//! `MEMBAR` → `membar.cta` when the flags name only shared memory or the thread-group scope,
//! else `membar.gl`.
//!
//! System values: `THREAD_ID` → `%tid`, `BLOCK_ID` → `%ctaid`, `BLOCK_SIZE` → `%ntid`,
//! `GRID_SIZE` → `%nctaid` (channel w reads 0). `CONST[0][i].c` reads INPUT word `16i + 4c`. `WORK_DIM` has no PTX
//! special register; it is **approximated** as the highest dimension whose global size
//! (`%nctaid * %ntid`) exceeds 1 (at least 1), which is wrong for an NDRange launched with a
//! trailing dimension of size 1.
//!
//! Control flow: `IF` (`setp.neu.f32`, NaN counts as true) / `UIF` (`setp.ne.b32`) →
//! `@!%p bra`; loops → labels and `bra`; `BRK`/`CONT` → `bra` to the innermost loop's (or,
//! for `BRK`, switch's) end/start; `SWITCH` → a compare-and-branch chain into the case labels,
//! with C fallthrough; subroutines are inlined at every `CAL` (recursion is rejected);
//! `RET` in the main program and `END` → `ret`. With [`Options::rotate_loops`] a loop's latch
//! `IF c / BRK / ELSE / X / CONT / ENDIF / ENDLOOP` (straight-line `X`) becomes
//! `@!p X; @!p bra START`. No convergence or warp-synchronisation
//! instructions are added: ptxas handles reconvergence.
//!
//! ## Errors
//!
//! The translation relies on what [`ir_tgsi::validate()`] guarantees and takes the control-flow
//! structure from its product: [`compile`] and [`compile_module`] validate each program first
//! (a program the validator rejects is [`BackendError::Malformed`]), [`compile_validated`] and
//! [`compile_module_validated`] take an [`ir_tgsi::Validated`]. Also `Malformed`: a program
//! that does not fit its argument layout (a `BUFFER[k]` without its global pointer argument,
//! an `INPUT` word that is misaligned, past the block or splits a pointer argument, `PRIVATE`
//! memory with no `CS_PRIVATE_BYTES`). Unsupported (a [`BackendError`]): indirect register
//! addressing other than of `IMM` sources, `CONST` buffers other than 0, recursive `CAL`, `INPUT` loads at non-immediate
//! offsets.

mod emit;
mod opt;
mod params;

use ir_tgsi::abi::InputLayout;
use ir_tgsi::validate::Location;
use ir_tgsi::{Program, Validated, ValidationError};
use thiserror::Error;
use visabench_core::Target;

/// Why a program could not be translated.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum BackendError {
    /// A construct the backend does not translate.
    #[error("kernel {kernel}: {location}: unsupported: {what}")]
    Unsupported { kernel: String, location: String, what: String },
    /// The program is malformed: the validator rejects it (the first of its errors is
    /// reported), or it does not fit its argument layout (a `BUFFER` without its pointer
    /// argument, an `INPUT` word past the block, misaligned or splitting a pointer, `PRIVATE`
    /// memory without `CS_PRIVATE_BYTES`).
    #[error("kernel {kernel}: {location}: {what}")]
    Malformed { kernel: String, location: String, what: String },
    /// The kernel name is not a PTX identifier.
    #[error("kernel name {0:?} is not a valid PTX identifier")]
    InvalidName(String),
    /// Two kernels of one module have the same name.
    #[error("kernel {0} appears twice in one module")]
    DuplicateKernel(String),
}

/// The backend's switches: translation choices beyond the plain 2019-style translation, each
/// off in [`Options::default`] (the plain translation, what `tgsi-2019` gets) and on in
/// [`Options::all`] (what the `tgsi` path gets). `backend-llvm-tgsi`'s profile maps its switches
/// onto these (see its `profile` module).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Options {
    /// A `LOAD`/`STORE` of `GLOBAL`, `BUFFER`, `SHARED` or `PRIVATE` memory whose mask is
    /// `.xy`, `.zw` or `.xyzw` becomes one `ld/st.*.v2.b32` / `.v4.b32` instead of one
    /// 32-bit access per channel. PTX vector accesses must be aligned to their size, which
    /// TGSI does not say: the switch is a contract with the producer that every such access
    /// is (the LLVM → TGSI lowering emits a multi-channel access only where LLVM's alignment
    /// proves it). Off: every channel is its own `.b32` access.
    pub vector_memory: bool,
    /// A loop whose last construct is `IF c / BRK / ELSE / X / CONT / ENDIF` (the shape
    /// LLVM's structurizer gives a loop's latch) ends in one conditional back edge with `X`
    /// predicated (`@!p X; @!p bra START`), instead of a branch over a `bra END` and an
    /// unconditional back edge: the exit test sits at the latch, where the finisher's loop
    /// analysis looks for it. Off: every construct is laid out on its own.
    pub rotate_loops: bool,
    /// Copy propagation of lane pairs: a 64-bit operand whose two 32-bit halves are still
    /// the ones a `mov.b64` packed or unpacked (neither half nor the 64-bit register written
    /// since, no label in between) reuses that 64-bit register instead of packing the halves
    /// again; and a special register (`%tid.x`, `%ctaid.y` …) is read once at the entry into
    /// `%sv_tid_x` … instead of at every use. Off: every 64-bit operand is packed afresh
    /// (`mov.b64 %d, {lo, hi}`) and every `SV` read is a `mov.u32`, as a literal translation
    /// does.
    pub reuse_pairs: bool,
    /// The `.const` table of immediates that indexed `IMM[ADDR[a].c + i]` reads go to holds,
    /// when every such read takes channel x only, just the x words, 4 bytes apart (a table of
    /// `n` words is `4n` bytes, as a PTX producer would lay it out). Off, or when some indexed
    /// read takes another channel: every immediate is a 16-byte row of its four channels.
    pub dense_tables: bool,
    /// Arithmetic with a constant operand is strength-reduced: an unsigned division or
    /// remainder by a constant (`UDIV`, `UMOD`, `U64DIV`, `U64MOD` by an immediate) becomes a
    /// multiply-high and shifts, and `DIV`/`DDIV` of `1.0` by `x` a correctly rounded
    /// reciprocal (`rcp.rn`, the same result). Off: every division is a PTX division, left to
    /// the finisher, which keeps a 64-bit one a call to its generic routine.
    pub strength_reduce: bool,
    /// The LLVM → TGSI lowering's store of a byte or half-word into a word other work-items
    /// may share (TGSI's `STORE` writes whole 32-bit words: `SHL`/`NOT`/`SHL` then `ATOMAND`
    /// and `ATOMOR` of the word, whose results are never read) becomes one `st.u8`/`st.u16`.
    /// Off: the two atomics, as TGSI spells them.
    pub byte_stores: bool,
    /// Copy propagation: after `mov %a, %b`, a read of `%a` reads `%b` while neither has been
    /// written since on every path (the backend's optimiser, see the `opt` module).
    pub copy_propagation: bool,
    /// Constant folding: registers known to hold a 32-bit constant are read as immediates,
    /// integer arithmetic on immediates is computed, identities become copies, `set` then
    /// `setp.ne 0` becomes one `setp`, `add` of a negation a `sub`, a pair with a zero high
    /// half a zero extension.
    pub constant_folding: bool,
    /// Common-subexpression elimination: a pure instruction whose value a register still holds
    /// on every path (address arithmetic, lane-pair packs) becomes a copy of that register.
    pub cse: bool,
    /// Dead-code elimination: pure instructions and loads whose results are never read are
    /// deleted, and a guarded pure instruction before a branch with the same guard (a loop's
    /// latch copy) loses its guard when its result is dead where the branch falls through.
    pub dead_code: bool,
    /// A rotated latch (see [`Options::rotate_loops`]) tests the condition of going on, so its
    /// back edge is `setp.ne …; @%p bra START` rather than `setp.eq …; @!%p bra START`
    /// (the comparison inverted exactly, NaN included). ptxas's unroller takes the first form
    /// and leaves loops of the second rolled.
    pub positive_latches: bool,
    /// If-conversion: a branch around at most a few straight-line instructions (one side, or
    /// an `if`/`else` pair) becomes those instructions under the branch's predicate, with no
    /// branch left for the finisher to give a reconvergence point.
    pub if_conversion: bool,
}

impl Options {
    /// Every switch on.
    pub fn all() -> Options {
        Options {
            vector_memory: true,
            rotate_loops: true,
            reuse_pairs: true,
            dense_tables: true,
            strength_reduce: true,
            byte_stores: true,
            copy_propagation: true,
            constant_folding: true,
            cse: true,
            dead_code: true,
            if_conversion: true,
            positive_latches: true,
        }
    }
}

/// The comparison that is true exactly when `cmp` is false: for integers `eq`/`ne`,
/// `lt`/`ge`, `le`/`gt`, `lo`/`hs`, `ls`/`hi`; for floats each ordered comparison and the
/// unordered form of its opposite (`lt`/`geu`, NaN making the one false and the other true),
/// and `num`/`nan`. `None` for a name PTX does not have.
pub(crate) fn inverse_compare(cmp: &str, float: bool) -> Option<&'static str> {
    const INT: [(&str, &str); 5] =
        [("eq", "ne"), ("lt", "ge"), ("le", "gt"), ("lo", "hs"), ("ls", "hi")];
    const FLOAT: [(&str, &str); 7] = [
        ("eq", "neu"),
        ("ne", "equ"),
        ("lt", "geu"),
        ("le", "gtu"),
        ("gt", "leu"),
        ("ge", "ltu"),
        ("num", "nan"),
    ];
    let table: &[(&'static str, &'static str)] = if float { &FLOAT } else { &INT };
    table.iter().find_map(|&(a, b)| {
        if a == cmp {
            Some(b)
        } else if b == cmp {
            Some(a)
        } else {
            None
        }
    })
}

/// Translates one kernel into a whole PTX module with one `.entry` named `kernel_name`.
/// The program is validated first.
pub fn compile(
    prog: &Program,
    layout: &InputLayout,
    kernel_name: &str,
    target: &Target,
) -> Result<String, BackendError> {
    compile_module(&[(kernel_name, prog, layout)], target)
}

/// Translates several kernels into one PTX module, one `.entry` each, in the given order,
/// with the plain translation ([`Options::default`]). Each program is validated first.
pub fn compile_module(
    kernels: &[(&str, &Program, &InputLayout)],
    target: &Target,
) -> Result<String, BackendError> {
    compile_module_with(kernels, target, &Options::default())
}

/// [`compile_module`] with the switches `opts`.
pub fn compile_module_with(
    kernels: &[(&str, &Program, &InputLayout)],
    target: &Target,
    opts: &Options,
) -> Result<String, BackendError> {
    module(
        kernels.iter().map(|&(name, prog, layout)| (name, Kernel::Program(prog), layout)),
        target,
        opts,
    )
}

/// [`compile`] for a program already validated.
pub fn compile_validated(
    prog: &Validated<'_>,
    layout: &InputLayout,
    kernel_name: &str,
    target: &Target,
) -> Result<String, BackendError> {
    compile_module_validated(&[(kernel_name, prog, layout)], target)
}

/// [`compile_module`] for programs already validated.
pub fn compile_module_validated(
    kernels: &[(&str, &Validated<'_>, &InputLayout)],
    target: &Target,
) -> Result<String, BackendError> {
    compile_module_validated_with(kernels, target, &Options::default())
}

/// [`compile_module_validated`] with the switches `opts`.
pub fn compile_module_validated_with(
    kernels: &[(&str, &Validated<'_>, &InputLayout)],
    target: &Target,
    opts: &Options,
) -> Result<String, BackendError> {
    module(
        kernels.iter().map(|&(name, v, layout)| (name, Kernel::Validated(v), layout)),
        target,
        opts,
    )
}

/// A kernel's program, validated or not yet.
enum Kernel<'k> {
    Program(&'k Program),
    Validated(&'k Validated<'k>),
}

fn module<'k>(
    kernels: impl Iterator<Item = (&'k str, Kernel<'k>, &'k InputLayout)>,
    target: &Target,
    opts: &Options,
) -> Result<String, BackendError> {
    let mut out = header(target);
    let mut seen = std::collections::HashSet::new();
    for (name, kernel, layout) in kernels {
        if !is_identifier(name) {
            return Err(BackendError::InvalidName(name.to_string()));
        }
        if !seen.insert(name) {
            return Err(BackendError::DuplicateKernel(name.to_string()));
        }
        out.push('\n');
        let entry = match kernel {
            Kernel::Program(prog) => {
                let v = ir_tgsi::validate(prog).map_err(|es| invalid(name, prog, &es))?;
                emit::entry(&v, layout, name, opts)?
            }
            Kernel::Validated(v) => emit::entry(v, layout, name, opts)?,
        };
        out.push_str(&entry);
    }
    Ok(out)
}

/// The error for a program the validator rejects: its first error (there is at least one).
fn invalid(kernel: &str, prog: &Program, errors: &[ValidationError]) -> BackendError {
    let e = &errors[0];
    let location = match e.location {
        Location::Program => "program".to_string(),
        Location::Inst(i) => format!("instruction {i} ({})", prog.insts[i].op.mnemonic()),
        Location::Property(_) | Location::Decl(_) | Location::Imm(_) => {
            format!("line {} `{}`", e.line, e.text)
        }
    };
    let more = match errors.len() {
        1 => String::new(),
        n => format!(" (and {} more validation errors)", n - 1),
    };
    BackendError::Malformed {
        kernel: kernel.to_string(),
        location,
        what: format!("invalid TGSI: {}{more}", e.message),
    }
}

/// The module header.
fn header(target: &Target) -> String {
    format!(
        "//\n// Generated by visabench backend-tgsi-ptx (TGSI -> PTX)\n//\n\n\
         .version {}.{}\n.target {}, texmode_independent\n.address_size 64\n",
        target.ptx_isa.0,
        target.ptx_isa.1,
        target.sm_name()
    )
}

/// Is `s` a PTX identifier (`[a-zA-Z_][a-zA-Z0-9_$]*`, not starting with `$`/`%` here)?
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        assert!(is_identifier("vadd"));
        assert!(is_identifier("_k2"));
        assert!(!is_identifier("2k"));
        assert!(!is_identifier("a-b"));
        assert!(!is_identifier(""));
    }

    #[test]
    fn inverse_compares() {
        // Each comparison against its inverse on sample values: exactly one of the two holds
        // (NaN included for floats), and inverting twice gives the comparison back.
        let int = |c: &str, a: i64, b: i64| match c {
            "eq" => a == b,
            "ne" => a != b,
            "lt" | "lo" => a < b,
            "ge" | "hs" => a >= b,
            "le" | "ls" => a <= b,
            "gt" | "hi" => a > b,
            _ => unreachable!("{c}"),
        };
        let float = |c: &str, a: f32, b: f32| {
            let un = a.is_nan() || b.is_nan();
            match c {
                "eq" => a == b,
                "ne" => !un && a != b,
                "lt" => a < b,
                "le" => a <= b,
                "gt" => a > b,
                "ge" => a >= b,
                "equ" => un || a == b,
                "neu" => a != b,
                "ltu" => un || a < b,
                "leu" => un || a <= b,
                "gtu" => un || a > b,
                "geu" => un || a >= b,
                "num" => !un,
                "nan" => un,
                _ => unreachable!("{c}"),
            }
        };
        for c in ["eq", "ne", "lt", "le", "gt", "ge", "lo", "ls", "hi", "hs"] {
            let i = inverse_compare(c, false).unwrap();
            assert_eq!(inverse_compare(i, false), Some(c));
            for (a, b) in [(1, 2), (2, 2), (3, 2)] {
                assert_ne!(int(c, a, b), int(i, a, b), "{c} {i} {a} {b}");
            }
        }
        let fc = ["eq", "ne", "lt", "le", "gt", "ge", "equ", "neu", "ltu", "leu", "gtu", "geu"];
        for c in fc.into_iter().chain(["num", "nan"]) {
            let i = inverse_compare(c, true).unwrap();
            assert_eq!(inverse_compare(i, true), Some(c));
            for (a, b) in [(1.0, 2.0), (2.0, 2.0), (3.0, 2.0), (f32::NAN, 2.0)] {
                assert_ne!(float(c, a, b), float(i, a, b), "{c} {i} {a} {b}");
            }
        }
        assert_eq!(inverse_compare("bogus", false), None);
    }

    #[test]
    fn validated_programs_compile_alike() {
        let p = ir_tgsi::text::parse(
            "COMP\nDCL SV[0], THREAD_ID\nDCL TEMP[0], LOCAL\nUIF SV[0].xxxx\n\
             UADD TEMP[0].x, SV[0].xxxx, SV[0].xxxx\nENDIF\nEND\n",
        )
        .unwrap();
        let (layout, t) = (InputLayout::default(), Target::default());
        let v = ir_tgsi::validate(&p).unwrap();
        assert_eq!(compile_validated(&v, &layout, "k", &t), compile(&p, &layout, "k", &t));
        let bad = ir_tgsi::text::parse("COMP\nENDIF\nEND\n").unwrap();
        let e = compile(&bad, &layout, "k", &t).unwrap_err();
        assert_eq!(
            e.to_string(),
            "kernel k: instruction 0 (ENDIF): invalid TGSI: ENDIF without IF"
        );
    }

    #[test]
    fn header_names_target() {
        let h = header(&Target { sm: 90, ptx_isa: (8, 5) });
        assert!(h.contains(".version 8.5\n.target sm_90, texmode_independent\n"));
        assert!(h.contains(".address_size 64"));
    }
}
