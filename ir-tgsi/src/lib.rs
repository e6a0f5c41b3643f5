//! # ir-tgsi: the TGSI virtual ISA for compute kernels
//!
//! TGSI is Gallium's virtual ISA. This crate holds our compute subset of it: the data model
//! ([`program`], with the opcode table in [`opcode`]), the text form ([`text`]: parser and
//! printer in Mesa's syntax), the [`validate()`] pass (a valid program comes back as a
//! [`Validated`], carrying its control-flow structure, [`flow::Flow`]), the kernel-argument
//! layout ([`abi`]), a [`builder`], and a CPU interpreter ([`interp`]). This documentation is
//! the specification; the LLVM → TGSI lowering and the TGSI → PTX backend are written against
//! it.
//!
//! ## Registers
//!
//! Every register is a vector of four untyped 32-bit lanes `x y z w`; the opcode decides how
//! lanes are read (float, signed, unsigned; 64-bit values occupy the lane pairs `xy`/`zw`,
//! low word first). Files: `TEMP` (read-write, per work-item, declared in ranges
//! `DCL TEMP[0..3], LOCAL`), `IMM` (immediates `IMM[n] TYPE {…}`), `CONST` (two-dimensional
//! `CONST[buffer][index]`; the interpreter maps `CONST[0][i]` to bytes `16i..16i+16` of the
//! INPUT block), `SV` (system values), `ADDR` (indices for indirect addressing
//! `TEMP[ADDR[0].x+3]`, written only by `UARL`), `BUFFER` and `MEMORY` (memory resources,
//! never used as values). `IN` and `OUT` are not used by compute programs.
//!
//! A destination has a writemask (`TEMP[0].xz`; none = all four); a source has a swizzle
//! (`.yxwz`, or one letter replicated; none = `.xyzw`) and optionally the modifiers `|…|`
//! (absolute value, applied first) and `-` (negation). On float or double sources they are
//! sign-bit operations (on doubles they act on the sign bit of each pair's high word); on a
//! 32-bit integer source (`I32`/`U32`) `-` is two's-complement negation, as in Mesa, and `|…|`
//! is not allowed; other sources take none. `MOV`'s modifiers are float modifiers. This is
//! what Mesa defines: its `tgsi.rst` names float modifiers and 32-bit integer negates, and its
//! interpreter (`tgsi_exec.c`) negates integer fetches as integers, asserts that `|…|` is only
//! on floats and that a 64-bit (double or 64-bit integer) fetch carries no modifier. So here a
//! 64-bit integer source takes no modifier (Mesa has no meaning for one), nor does a memory
//! operand (an address, offset or stored value), nor `UCMP`'s two value operands (which Mesa
//! treats as floats for modifiers).
//!
//! Shapes (see [`Shape`]): *per channel* ops compute each enabled channel from the same
//! channel of every (swizzled) source; *scalar* ops compute once from the sources' first
//! channel and write the result to every enabled channel; *reduce* ops are dot products;
//! *wide* ops compute 64-bit values per lane pair (destination mask `.xy`, `.zw` or full;
//! each source pair must be swizzled as `xy` or `zw`); *wide→narrow* ops write a 32-bit
//! result for pair `xy` into `x` and for pair `zw` into `y`; *narrow→wide* ops widen source
//! channel `x` into pair `xy` and `y` into `zw`; *wide shifts* shift pair `xy` by source 1's
//! channel `x` and pair `zw` by its channel `y` (counts masked to 6 bits).
//!
//! ## System values and properties
//!
//! `SV` semantics: `THREAD_ID` (local id, xyz), `BLOCK_ID` (group id), `BLOCK_SIZE` (local
//! size), `GRID_SIZE` (number of groups), `WORK_DIM` (every lane). The global id is
//! `BLOCK_ID * BLOCK_SIZE + THREAD_ID` (no global offset). Properties:
//! `CS_FIXED_BLOCK_WIDTH`/`HEIGHT`/`DEPTH` (a required work-group size; the interpreter
//! refuses other launches) and two visabench extensions: `CS_SHARED_BYTES` (static shared
//! memory; dynamic `__local` arguments follow it) and `CS_PRIVATE_BYTES` (private memory per
//! work-item).
//!
//! ## Memory
//!
//! `DCL MEMORY[k], KIND` declares a space: `GLOBAL` (OpenCL global and constant memory: one
//! flat space of 64-bit byte addresses held in a lane pair), `SHARED` (the work-group's local
//! memory), `PRIVATE` (per work-item scratch), `INPUT` (the kernel argument block laid out by
//! [`abi::InputLayout`]; read-only). `DCL BUFFER[k]` is the k-th global/constant pointer
//! argument addressed by 32-bit byte offsets from its start. Except for `GLOBAL`, addresses
//! are 32-bit byte offsets taken from the address source's first channel. Every access is a
//! 4-byte-aligned 32-bit word; an access outside the space or misaligned is a fault.
//!
//! Sequential consistency holds within a work-item; between work-items of a group, memory
//! written before a `BARRIER` is visible after it; atomics are indivisible. The interpreter
//! runs work-items one after the other between barriers, which is one legal schedule.
//!
//! ## Opcodes
//!
//! Below, `a b c d` are sources 0–3 (after swizzle and modifiers) and *true*/*false* of an
//! integer result are `~0`/`0`.
//!
//! **Float** (32-bit, per channel unless noted): `MOV` copies bits. `ADD`, `MUL`, `DIV`
//! (IEEE), `MIN`, `MAX` (a NaN operand yields the other one). `MAD` = a·b + c, fused or not at
//! the implementation's choice (the interpreter rounds twice); `FMA` = a·b + c rounded once.
//! `FLR`, `CEIL`, `TRUNC`, `ROUND` (ties to even) and `FRC` (a − floor a) round. `SSG` gives
//! −1.0, 0.0 or 1.0 by sign (0.0 for NaN). `CMP` picks b where a < 0.0, else c. `SLT`, `SGE`,
//! `SEQ`, `SNE` compare to 1.0/0.0; `FSLT`, `FSGE`, `FSEQ`, `FSNE` compare to true/false
//! (unordered: only `FSNE` is true). `LDEXP` = a · 2^b with b a signed integer. Scalar ops
//! from the first channel: `RCP` 1/a, `RSQ` 1/√a, `SQRT` √a, `EX2` 2^a, `LG2` log₂ a, `POW`
//! a^b, `SIN`, `COS` (radians; these may differ from the GPU by a few ulps). Reductions:
//! `DP2`, `DP3`, `DP4` sum the products of the first 2, 3 or 4 channels.
//!
//! **Integer** (32-bit, per channel, wrapping): `UADD`, `UMUL`, `UMAD` (a·b + c), `IMUL_HI`
//! and `UMUL_HI` (high half of the 64-bit product, signed or unsigned). `UDIV` and `UMOD`
//! give `0xffffffff` for a zero divisor; `IDIV` and `MOD` (signed, truncating) give
//! `0xffffffff` for a zero divisor, and `INT_MIN / -1` is `INT_MIN` with remainder 0.
//! `INEG`, `IABS` (wrapping), `ISSG` (−1/0/1). `NOT`, `AND`, `OR`, `XOR`. `SHL`, `ISHR`
//! (arithmetic), `USHR` (logical) mask the count to 5 bits. `IMIN`, `IMAX`, `UMIN`, `UMAX`.
//! Compares to true/false: `ISLT`, `ISGE` (signed), `USLT`, `USGE`, `USEQ`, `USNE`.
//! `UCMP` picks b where a ≠ 0, else c. Bitfields (offset and width masked to 5 bits; width
//! 0 gives 0): `UBFE`(value, offset, bits) extracts zero-extended, `IBFE` sign-extended;
//! `BFI`(base, insert, offset, bits) replaces that field of base with insert's low bits (width
//! 0 leaves base). `BREV` reverses bits, `POPC` counts ones, `LSB` finds the lowest set bit,
//! `UMSB` the highest set bit, `IMSB` the highest bit differing from the sign; all three give
//! `0xffffffff` when there is none. `UARL` copies integers into an `ADDR` register.
//!
//! **Convert**: `I2F`, `U2F` (round to nearest even); `F2I`, `F2U` truncate toward zero,
//! saturate out-of-range values and map NaN to 0.
//!
//! **Double** (lane pairs): `DADD`, `DMUL`, `DDIV`, `DMAD` (rounded twice), `DFMA` (once),
//! `DRCP`, `DSQRT`, `DRSQ`, `DMIN`, `DMAX`, `DNEG`, `DABS`, `DFLR`, `DCEIL`, `DTRUNC`,
//! `DROUND` (ties to even), `DFRAC`, `DSSG` as their float counterparts. Compares to a 32-bit
//! true/false in x (pair xy) and y (pair zw): `DSEQ`, `DSNE`, `DSLT`, `DSGE`. Narrowing: `D2F`,
//! `D2I`, `D2U` (truncating, saturating, NaN → 0). Widening: `F2D`, `I2D`, `U2D`. Between
//! doubles and 64-bit integers: `D2I64`, `D2U64` (truncating, saturating), `I642D`, `U642D`.
//!
//! **Int64** (lane pairs, wrapping): `U64ADD`, `U64MUL`; `U64DIV`, `U64MOD`, `I64DIV`,
//! `I64MOD` (all ones for a zero divisor; `INT64_MIN / -1` = `INT64_MIN`, remainder 0);
//! `U64MIN`, `U64MAX`, `I64MIN`, `I64MAX`, `I64NEG`, `I64ABS`, `I64SSG`. Shifts by a 32-bit
//! count masked to 6 bits: `U64SHL`, `I64SHR` (arithmetic), `U64SHR` (logical). Compares
//! to 32-bit true/false: `U64SEQ`, `U64SNE`, `U64SLT`, `U64SGE`, `I64SLT`, `I64SGE`.
//! Conversions: `I2I64` (sign-extend), `U2I64` (zero-extend), `F2I64`, `F2U64` (truncating,
//! saturating), `I642F`, `U642F` (nearest).
//!
//! **Memory**: `LOAD dst, RES, addr` reads, for each enabled channel c of dst, the word at
//! addr + 4c. `STORE RES.mask, addr, value` writes value's channel c to addr + 4c for each c
//! in the mask. `RES` is a `MEMORY` or `BUFFER` register; nothing writes `INPUT`.
//!
//! **Atomic**: `ATOMxxx dst, RES, addr, value` replaces the word at addr with a combination
//! of its old value and value's first channel and returns the old value in every enabled
//! channel of dst: `ATOMUADD` (add), `ATOMXCHG` (value), `ATOMAND`, `ATOMOR`, `ATOMXOR`,
//! `ATOMUMIN`, `ATOMUMAX`, `ATOMIMIN`, `ATOMIMAX` (signed), `ATOMFADD` (float add);
//! `ATOMCAS dst, RES, addr, cmp, new` stores new if the old word equals cmp. There are no
//! 64-bit atomics.
//!
//! **Sync**: `BARRIER` waits until every work-item of the group reaches this same barrier
//! (reaching it from only part of the group is an error). `MEMBAR flags` orders memory
//! (flags as in Mesa: 1 buffers, 2 atomic buffers, 4 images, 8 shared, 16 thread group);
//! the interpreter's schedule needs no action.
//!
//! **Flow** (structured only): `IF a` (float a.x ≠ 0.0) and `UIF a` (bits of a.x ≠ 0) run
//! the block up to `ELSE` or `ENDIF`; `ELSE` starts the other block. `BGNLOOP` … `ENDLOOP`
//! repeats forever; `BRK` leaves the innermost loop or `SWITCH`; `CONT` jumps to the
//! innermost loop's next iteration. `SWITCH a` jumps past the `CASE v` whose v.x equals
//! a.x, or past `DEFAULT`, or past `ENDSWITCH`; cases fall through like C. `BGNSUB` … `ENDSUB`
//! is a subroutine (not nested in other flow; skipped when reached in sequence); `CAL :n`
//! calls the subroutine starting at instruction n; `RET` returns (in the main program: ends
//! the work-item); `ENDSUB` returns. `NOP` does nothing. `END` ends the work-item; a program
//! has exactly one `END`, at top level, followed only by subroutines.
//!
//! ## Text
//!
//! ```text
//! program   = "COMP" NL { statement NL }
//! statement = "PROPERTY" NAME NUMBER
//!           | "DCL" FILE "[" N [".." N] "]" ["[" N [".." N] "]"] ["," KEYWORD]
//!           | "IMM[" N "]" TYPE "{" value {"," value} "}"
//!           | [N ":"] OPCODE [dst {"," operand}] [":" N]
//! dst       = reg ["." mask]           src = ["-"] ["|"] reg ["." swizzle] ["|"]
//! reg       = FILE "[" index "]" ["[" index "]"]     index = N | "ADDR[" N "]." chan ["+" N]
//! ```
//! `;` starts a comment to the end of the line. Instruction numbers are ignored on input;
//! `:N` labels are kept (Mesa prints them on flow instructions; only `CAL`'s is used). Float
//! immediates print in the shortest decimal form that reads back to the same bits, or as
//! `0x` bits for infinities and NaNs. See [`text`] for the round-trip guarantees.

pub mod abi;
pub mod builder;
pub mod flow;
#[doc(hidden)]
pub mod fuzz_oracle;
pub mod interp;
pub mod opcode;
pub mod program;
pub mod text;
pub mod validate;

pub use builder::Builder;
pub use opcode::{Family, Opcode, Shape, Ty};
pub use program::{
    Decl, Dst, File, ImmType, Immediate, Indirect, Instruction, MemoryKind, Program, Property,
    Register, Semantic, Src,
};
pub use validate::{validate, Validated, ValidationError};
