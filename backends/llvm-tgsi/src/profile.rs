//! Profiles: which TGSI the lowering may emit.
//!
//! `modern` is today's TGSI (64-bit addresses, doubles, 64-bit integers, atomics).
//! `trillium2019` switches on every restriction the study's 2019 back-end had. Each
//! restriction is a named switch, so a run can toggle one at a time (ablation):
//! `trillium2019-no-fma-as-mad` is the 2019 profile with `fma-as-mad` off,
//! `modern+temps32` is the modern profile with `temps32` on.
//!
//! Two kinds of switch, both named for the 2019-style behaviour they turn on (so `true` is
//! always the restricted, plain translation): the *restrictions* of the 2019 back-end
//! (`pointers32` … `no-alignment`), and the *plain translations* that a better translator
//! through the same TGSI avoids (`scalar-ptx-memory`, `private-tables`, `plain-loops`, `plain-copies`, `sparse-tables`, `plain-arithmetic`, `plain-ir`, `atomic-bytes`, `libclc-math`, and the backend's passes `no-copy-propagation`, `no-constant-folding`, `no-cse`, `no-dce`, `no-if-conversion`, `negated-latches`). `tgsi` (modern) has
//! every switch off, so it gets every improvement; `tgsi-2019` (trillium2019) has every switch
//! on, so it keeps the plain 2019-style translation. The ablation's `tgsi@modern+SWITCH`
//! measures what one improvement is worth.

use std::fmt;

/// Every restriction, one named switch each (`true` = restricted).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Profile {
    /// `pointers32`: `__global`/`__constant` pointers are `BUFFER[k]` + a 32-bit byte offset
    /// (each pointer must be traceable to one kernel argument); address arithmetic is 32-bit.
    pub pointers32: bool,
    /// `no-int64`: no 64-bit integers. The kernel is treated as compiled for a 32-bit device
    /// (`size_t` is 32 bits): 64-bit values from index arithmetic are narrowed to 32 bits; 64-bit
    /// integer arguments, memory accesses, constants that do not fit 32 bits and 64-bit
    /// division are rejected.
    pub no_int64: bool,
    /// `no-double`: no double precision.
    pub no_double: bool,
    /// `no-atomics`: no atomic operations.
    pub no_atomics: bool,
    /// `no-block-size`: no `CS_FIXED_BLOCK_*` properties even with `reqd_work_group_size`.
    pub no_block_size: bool,
    /// `fma-as-mad`: `fma` and `fmuladd` become `MAD` (which may round twice).
    pub fma_as_mad: bool,
    /// `duplicate-blocks`: structurize by duplicating blocks (the emitter's own scheme)
    /// instead of LLVM's `structurizecfg`, which inserts flow blocks and predicates.
    pub duplicate_blocks: bool,
    /// `temps32`: at most 32 vec4 temporaries; a kernel needing more fails (no spilling).
    pub temps32: bool,
    /// `scalar-memory`: every `LOAD`/`STORE` moves one 32-bit word (64-bit values take two).
    pub scalar_memory: bool,
    /// `no-alignment`: ignore LLVM's alignment facts (byte accesses always compute their
    /// position in the word at run time).
    pub no_alignment: bool,
    /// `scalar-ptx-memory`: the TGSI→PTX backend moves every channel of a `LOAD`/`STORE`
    /// with its own 32-bit PTX access. Off: an `.xy`/`.zw`/`.xyzw` access (a 64-bit value)
    /// becomes one `ld/st.v2/.v4.b32` ([`backend_tgsi_ptx::Options::vector_memory`]); the
    /// lowering then emits a two-channel access only where LLVM's alignment proves 8 bytes,
    /// and keeps LLVM's vector loads and stores of two or four 32-bit elements whole (no
    /// `scalarizer<load-store>`) as one `.xy`/`.xyzw` access where aligned to their size, and
    /// those of two or four 64-bit elements aligned to 16 as one `.xyzw` access per two.
    pub scalar_ptx_memory: bool,
    /// `private-tables`: program-scope constant data (`__constant` tables, libdevice's
    /// tables) is copied into `PRIVATE` memory by every work-item at the start (PTX `.local`).
    /// Off: each table is a run of immediates, one 32-bit word per `IMM` (channel x), read as
    /// `IMM[ADDR[0].x+i]` (the backend keeps the immediates in a PTX `.const` table).
    pub private_tables: bool,
    /// `plain-loops`: the backend lays out every loop construct on its own (a loop's exit
    /// test is a branch over `bra END` in the middle, the back edge unconditional). Off: the
    /// structurizer's latch `IF c / BRK / ELSE / X / CONT / ENDIF / ENDLOOP` becomes one
    /// conditional back edge ([`backend_tgsi_ptx::Options::rotate_loops`]).
    pub plain_loops: bool,
    /// `plain-copies`: the backend packs the two halves of every 64-bit operand afresh
    /// (`mov.b64 %d, {lo, hi}`) and reads a special register at every use, leaving the copies
    /// to the finisher. Off: a pair still held in a 64-bit register is reused and special
    /// registers are read once at the entry ([`backend_tgsi_ptx::Options::reuse_pairs`]).
    pub plain_copies: bool,
    /// `sparse-tables`: the backend's `.const` table of immediates (read through an `ADDR`
    /// index) keeps every immediate's four channels, one 16-byte row per `IMM`. Off: when every
    /// indexed read takes channel x only (the lowering's tables, one word per `IMM`), the table
    /// holds only those words, 4 bytes apart, as the `llvm` path's tables are
    /// ([`backend_tgsi_ptx::Options::dense_tables`]).
    pub sparse_tables: bool,
    /// `plain-arithmetic`: every division is a PTX division, left to the finisher (which keeps
    /// a 64-bit division by a constant a call to its generic routine). Off: unsigned division
    /// and remainder by a constant become a multiply-high and shifts, and `1.0 / x` a
    /// correctly rounded reciprocal ([`backend_tgsi_ptx::Options::strength_reduce`]).
    pub plain_arithmetic: bool,
    /// `plain-ir`: the lowering takes LLVM's IR as `default<O3>` leaves it, so every address in
    /// a loop is recomputed from the loop counter (`base + sext(k * n + col) * 4` each
    /// iteration). Off: first the IR passes LLVM's own NVPTX code generator runs before
    /// instruction selection — straight-line strength reduction
    /// (`separate-const-offset-from-gep`, `slsr`, `nary-reassociate`, `early-cse`), loop
    /// strength reduction (`loop-reduce`: pointers stepped by a stride) and the load/store
    /// vectorizer (`load-store-vectorizer`: adjacent aligned accesses as one vector access,
    /// then `sroa`); and before O3 the
    /// math builtins the lowering maps to TGSI opcodes lose the `convergent` attribute clang
    /// gives every OpenCL call, which keeps LLVM from unrolling loops that call them.
    pub plain_ir: bool,
    /// `atomic-bytes`: a byte or half-word store into global or shared memory stays what the
    /// lowering writes in TGSI (whose `STORE` writes whole words): an `ATOMAND` and an
    /// `ATOMOR` of the word, two atomic read-modify-writes in PTX. Off: the backend recognises
    /// the lowering's idiom and emits one `st.u8`/`st.u16`
    /// ([`backend_tgsi_ptx::Options::byte_stores`]).
    pub atomic_bytes: bool,
    /// `libclc-math`: OpenCL's math builtins are libclc's own code (its reductions and
    /// polynomials for `sin`, `exp`, `pow`, `tanh`, …; `log` forwarded to libdevice's `logf`,
    /// which the lowering maps to `LG2`). Off: the scalar builtins libdevice also has are
    /// libdevice's code, the math library NVIDIA's own compiler uses
    /// ([`ir_llvm::FrontHalf::libdevice_math`]), lowered to TGSI like any other code.
    pub libclc_math: bool,
    /// `no-copy-propagation`: the backend hands ptxas every 32-bit and 64-bit `mov` as the
    /// emitter wrote it. Off: reads of a copy read its source
    /// ([`backend_tgsi_ptx::Options::copy_propagation`]).
    pub no_copy_propagation: bool,
    /// `no-constant-folding`: constants stay in registers and identities (`x + 0`,
    /// `x & 0xffffffff`) and `set` + `setp.ne` pairs stay as emitted. Off:
    /// [`backend_tgsi_ptx::Options::constant_folding`].
    pub no_constant_folding: bool,
    /// `no-cse`: every address and lane pair is computed again where TGSI computes it again.
    /// Off: a value a register still holds is reused ([`backend_tgsi_ptx::Options::cse`]).
    pub no_cse: bool,
    /// `no-dce`: instructions whose results are never read (unpacks of 64-bit results into
    /// lane pairs that are overwritten, copies made dead by the other passes) stay, and a
    /// loop's latch copies keep their guard though the exit does not read them. Off:
    /// [`backend_tgsi_ptx::Options::dead_code`].
    pub no_dce: bool,
    /// `no-if-conversion`: every `IF`/`ELSE` stays a branch in PTX, however short its sides.
    /// Off: short sides become predicated instructions
    /// ([`backend_tgsi_ptx::Options::if_conversion`]).
    pub no_if_conversion: bool,
    /// `negated-latches`: a rotated loop's back edge tests the exit condition negated
    /// (`setp.eq …; @!%p bra`), the form ptxas's unroller leaves rolled. Off: it tests the
    /// condition of going on (`setp.ne …; @%p bra`)
    /// ([`backend_tgsi_ptx::Options::positive_latches`]).
    pub negated_latches: bool,
}

/// The switch names, in order, with accessors.
type Field = fn(&mut Profile) -> &mut bool;
const SWITCHES: [(&str, Field); 25] = [
    ("pointers32", |p| &mut p.pointers32),
    ("no-int64", |p| &mut p.no_int64),
    ("no-double", |p| &mut p.no_double),
    ("no-atomics", |p| &mut p.no_atomics),
    ("no-block-size", |p| &mut p.no_block_size),
    ("fma-as-mad", |p| &mut p.fma_as_mad),
    ("duplicate-blocks", |p| &mut p.duplicate_blocks),
    ("temps32", |p| &mut p.temps32),
    ("scalar-memory", |p| &mut p.scalar_memory),
    ("no-alignment", |p| &mut p.no_alignment),
    ("scalar-ptx-memory", |p| &mut p.scalar_ptx_memory),
    ("private-tables", |p| &mut p.private_tables),
    ("plain-loops", |p| &mut p.plain_loops),
    ("plain-copies", |p| &mut p.plain_copies),
    ("sparse-tables", |p| &mut p.sparse_tables),
    ("plain-arithmetic", |p| &mut p.plain_arithmetic),
    ("plain-ir", |p| &mut p.plain_ir),
    ("atomic-bytes", |p| &mut p.atomic_bytes),
    ("libclc-math", |p| &mut p.libclc_math),
    ("no-copy-propagation", |p| &mut p.no_copy_propagation),
    ("no-constant-folding", |p| &mut p.no_constant_folding),
    ("no-cse", |p| &mut p.no_cse),
    ("no-dce", |p| &mut p.no_dce),
    ("no-if-conversion", |p| &mut p.no_if_conversion),
    ("negated-latches", |p| &mut p.negated_latches),
];

/// A profile string that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    #[error("unknown tgsi profile `{0}` (profiles: modern, trillium2019)")]
    UnknownBase(String),
    #[error("unknown tgsi switch `{name}` (switches: {})", Profile::switch_names().join(", "))]
    UnknownSwitch { name: String },
    #[error("bad tgsi switch setting `{0}` (expected NAME=on or NAME=off)")]
    BadSetting(String),
}

impl Profile {
    /// Today's TGSI: no restriction.
    pub fn modern() -> Profile {
        Profile {
            pointers32: false,
            no_int64: false,
            no_double: false,
            no_atomics: false,
            no_block_size: false,
            fma_as_mad: false,
            duplicate_blocks: false,
            temps32: false,
            scalar_memory: false,
            no_alignment: false,
            scalar_ptx_memory: false,
            private_tables: false,
            plain_loops: false,
            plain_copies: false,
            sparse_tables: false,
            plain_arithmetic: false,
            plain_ir: false,
            atomic_bytes: false,
            libclc_math: false,
            no_copy_propagation: false,
            no_constant_folding: false,
            no_cse: false,
            no_dce: false,
            no_if_conversion: false,
            negated_latches: false,
        }
    }

    /// The study's 2019 back-end: every restriction on.
    pub fn trillium2019() -> Profile {
        Profile {
            pointers32: true,
            no_int64: true,
            no_double: true,
            no_atomics: true,
            no_block_size: true,
            fma_as_mad: true,
            duplicate_blocks: true,
            temps32: true,
            scalar_memory: true,
            no_alignment: true,
            scalar_ptx_memory: true,
            private_tables: true,
            plain_loops: true,
            plain_copies: true,
            sparse_tables: true,
            plain_arithmetic: true,
            plain_ir: true,
            atomic_bytes: true,
            libclc_math: true,
            no_copy_propagation: true,
            no_constant_folding: true,
            no_cse: true,
            no_dce: true,
            no_if_conversion: true,
            negated_latches: true,
        }
    }

    /// The TGSI→PTX backend's switches under this profile.
    pub fn backend_options(&self) -> backend_tgsi_ptx::Options {
        backend_tgsi_ptx::Options {
            vector_memory: !self.scalar_ptx_memory,
            rotate_loops: !self.plain_loops,
            reuse_pairs: !self.plain_copies,
            dense_tables: !self.sparse_tables,
            strength_reduce: !self.plain_arithmetic,
            byte_stores: !self.atomic_bytes,
            copy_propagation: !self.no_copy_propagation,
            constant_folding: !self.no_constant_folding,
            cse: !self.no_cse,
            dead_code: !self.no_dce,
            if_conversion: !self.no_if_conversion,
            positive_latches: !self.negated_latches,
        }
    }

    /// Names of all switches.
    pub fn switch_names() -> Vec<&'static str> {
        SWITCHES.iter().map(|(n, _)| *n).collect()
    }

    /// Sets switch `name`.
    pub fn set(&mut self, name: &str, on: bool) -> Result<(), ProfileError> {
        let (_, f) = SWITCHES.iter().find(|(n, _)| *n == name).ok_or_else(|| {
            ProfileError::UnknownSwitch {
                name: name.to_string(),
            }
        })?;
        *f(self) = on;
        Ok(())
    }

    /// Reads switch `name`.
    pub fn get(&self, name: &str) -> Option<bool> {
        let mut copy = *self;
        SWITCHES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f(&mut copy))
    }

    /// Applies a `--tgsi-switch` setting: `NAME=on` or `NAME=off`.
    pub fn apply_setting(&mut self, setting: &str) -> Result<(), ProfileError> {
        let (name, value) = setting
            .split_once('=')
            .ok_or_else(|| ProfileError::BadSetting(setting.into()))?;
        let on = match value {
            "on" | "true" | "1" => true,
            "off" | "false" | "0" => false,
            _ => return Err(ProfileError::BadSetting(setting.into())),
        };
        self.set(name, on)
    }

    /// Parses `modern`, `trillium2019`, and either followed by toggles: `-no-SWITCH` turns a
    /// switch off, `+SWITCH` turns it on (`trillium2019-no-fma-as-mad`, `modern+temps32`).
    pub fn parse(s: &str) -> Result<Profile, ProfileError> {
        let (mut p, mut rest) = if let Some(r) = s.strip_prefix("trillium2019") {
            (Profile::trillium2019(), r)
        } else if let Some(r) = s.strip_prefix("modern") {
            (Profile::modern(), r)
        } else {
            return Err(ProfileError::UnknownBase(s.to_string()));
        };
        while !rest.is_empty() {
            let (on, r) = if let Some(r) = rest.strip_prefix("-no-") {
                (false, r)
            } else if let Some(r) = rest.strip_prefix('+') {
                (true, r)
            } else {
                return Err(ProfileError::UnknownBase(s.to_string()));
            };
            // The longest switch name that prefixes the rest.
            let name = SWITCHES
                .iter()
                .map(|(n, _)| *n)
                .filter(|n| r.starts_with(n))
                .max_by_key(|n| n.len())
                .ok_or_else(|| ProfileError::UnknownSwitch {
                    name: r.to_string(),
                })?;
            p.set(name, on)?;
            rest = &r[name.len()..];
        }
        Ok(p)
    }
}

impl fmt::Display for Profile {
    /// The switches that are on, comma separated (`none` for the modern profile).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let on: Vec<&str> = Profile::switch_names()
            .into_iter()
            .filter(|n| self.get(n) == Some(true))
            .collect();
        if on.is_empty() {
            f.write_str("none")
        } else {
            f.write_str(&on.join(","))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_toggles() {
        let p = Profile::parse("trillium2019-no-fma-as-mad").unwrap();
        assert!(!p.fma_as_mad);
        assert!(p.pointers32 && p.temps32);
        let q = Profile::parse("modern+temps32+no-double").unwrap();
        assert!(q.temps32 && q.no_double && !q.pointers32);
        assert!(Profile::parse("bogus").is_err());
        assert!(Profile::parse("modern+nothing").is_err());
        let mut m = Profile::modern();
        m.apply_setting("duplicate-blocks=on").unwrap();
        assert!(m.duplicate_blocks);
        assert!(m.apply_setting("duplicate-blocks").is_err());
        assert_eq!(Profile::modern().to_string(), "none");
        assert_eq!(Profile::switch_names().len(), 25);
        assert_eq!(
            Profile::modern().backend_options(),
            backend_tgsi_ptx::Options::all()
        );
        assert_eq!(
            Profile::trillium2019().backend_options(),
            backend_tgsi_ptx::Options::default()
        );
    }
}
