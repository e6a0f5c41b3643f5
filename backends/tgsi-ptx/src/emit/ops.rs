//! Operations: the opcode dispatch and the PTX sequences of the arithmetic opcodes.

use ir_tgsi::{Instruction, Opcode};

use super::{strength, Emitter, Res, Val, T};

/// An operation that is one PTX line: `tpl` with `{d}` replaced by the destination and `{k}`
/// by source k.
fn one(tpl: &'static str) -> impl Fn(&mut Emitter<'_>, &str, &[String]) -> Res<()> {
    move |e, d, s| {
        let mut out = tpl.replace("{d}", d);
        for (k, v) in s.iter().enumerate() {
            out = out.replace(&format!("{{{k}}}"), v);
        }
        e.line(out);
        Ok(())
    }
}

impl Emitter<'_> {
    /// Instruction `i`: the opcode dispatch.
    pub(super) fn inst(&mut self, i: usize) -> Res<()> {
        let prog = self.prog;
        let inst = &prog.insts[i];
        if self.consumed.contains(&i) {
            return Ok(());
        }
        use Opcode::*;
        match inst.op {
            // ---- float --------------------------------------------------------------------
            MOV => self.per_channel(inst, T::B32, one("mov.b32 {d}, {0};")),
            ADD => self.per_channel(inst, T::F32, one("add.rn.f32 {d}, {0}, {1};")),
            MUL => self.per_channel(inst, T::F32, one("mul.rn.f32 {d}, {0}, {1};")),
            MAD | FMA => self.per_channel(inst, T::F32, one("fma.rn.f32 {d}, {0}, {1}, {2};")),
            DIV => self.per_channel(inst, T::F32, |e, d, s| e.fdiv(d, s, "f32")),
            MIN => self.per_channel(inst, T::F32, one("min.f32 {d}, {0}, {1};")),
            MAX => self.per_channel(inst, T::F32, one("max.f32 {d}, {0}, {1};")),
            FLR => self.per_channel(inst, T::F32, one("cvt.rmi.f32.f32 {d}, {0};")),
            CEIL => self.per_channel(inst, T::F32, one("cvt.rpi.f32.f32 {d}, {0};")),
            TRUNC => self.per_channel(inst, T::F32, one("cvt.rzi.f32.f32 {d}, {0};")),
            ROUND => self.per_channel(inst, T::F32, one("cvt.rni.f32.f32 {d}, {0};")),
            FRC => self.per_channel(inst, T::F32, Self::frc),
            SSG => self.per_channel(inst, T::F32, |e, d, s| e.sign(d, &s[0], "f32")),
            CMP => self.per_channel(inst, T::F32, Self::cmp),
            SLT => self.per_channel(inst, T::F32, one("set.lt.f32.f32 {d}, {0}, {1};")),
            SGE => self.per_channel(inst, T::F32, one("set.ge.f32.f32 {d}, {0}, {1};")),
            SEQ => self.per_channel(inst, T::F32, one("set.eq.f32.f32 {d}, {0}, {1};")),
            SNE => self.per_channel(inst, T::F32, one("set.neu.f32.f32 {d}, {0}, {1};")),
            FSLT => self.per_channel(inst, T::F32, one("set.lt.u32.f32 {d}, {0}, {1};")),
            FSGE => self.per_channel(inst, T::F32, one("set.ge.u32.f32 {d}, {0}, {1};")),
            FSEQ => self.per_channel(inst, T::F32, one("set.eq.u32.f32 {d}, {0}, {1};")),
            FSNE => self.per_channel(inst, T::F32, one("set.neu.u32.f32 {d}, {0}, {1};")),
            LDEXP => self.ldexp(inst),
            RCP => self.scalar(inst, T::F32, one("rcp.approx.f32 {d}, {0};")),
            RSQ => self.scalar(inst, T::F32, one("rsqrt.approx.f32 {d}, {0};")),
            SQRT => self.scalar(inst, T::F32, one("sqrt.rn.f32 {d}, {0};")),
            EX2 => self.scalar(inst, T::F32, one("ex2.approx.f32 {d}, {0};")),
            LG2 => self.scalar(inst, T::F32, one("lg2.approx.f32 {d}, {0};")),
            SIN => self.scalar(inst, T::F32, one("sin.approx.f32 {d}, {0};")),
            COS => self.scalar(inst, T::F32, one("cos.approx.f32 {d}, {0};")),
            POW => self.scalar(inst, T::F32, Self::pow),
            DP2 => self.dot(inst, 2),
            DP3 => self.dot(inst, 3),
            DP4 => self.dot(inst, 4),
            // ---- integer ------------------------------------------------------------------
            UADD => self.per_channel(inst, T::U32, one("add.s32 {d}, {0}, {1};")),
            UMUL => self.per_channel(inst, T::U32, one("mul.lo.s32 {d}, {0}, {1};")),
            UMAD => self.per_channel(inst, T::U32, one("mad.lo.s32 {d}, {0}, {1}, {2};")),
            IMUL_HI => self.per_channel(inst, T::S32, one("mul.hi.s32 {d}, {0}, {1};")),
            UMUL_HI => self.per_channel(inst, T::U32, one("mul.hi.u32 {d}, {0}, {1};")),
            IDIV => self.per_channel(inst, T::S32, |e, d, s| e.guarded(d, s, "div.s32", "32")),
            UDIV => self.per_channel(inst, T::U32, |e, d, s| e.udiv(d, s, 32, false)),
            UMOD => self.per_channel(inst, T::U32, |e, d, s| e.udiv(d, s, 32, true)),
            MOD => self.per_channel(inst, T::S32, |e, d, s| e.guarded(d, s, "rem.s32", "32")),
            INEG => self.per_channel(inst, T::S32, one("neg.s32 {d}, {0};")),
            IABS => self.per_channel(inst, T::S32, one("abs.s32 {d}, {0};")),
            ISSG => self.per_channel(inst, T::S32, |e, d, s| e.sign(d, &s[0], "s32")),
            NOT => self.per_channel(inst, T::U32, one("not.b32 {d}, {0};")),
            AND => self.per_channel(inst, T::U32, one("and.b32 {d}, {0}, {1};")),
            OR => self.per_channel(inst, T::U32, one("or.b32 {d}, {0}, {1};")),
            XOR => self.per_channel(inst, T::U32, one("xor.b32 {d}, {0}, {1};")),
            SHL => self.per_channel(inst, T::U32, |e, d, s| e.shift(d, s, "shl.b32")),
            ISHR => self.per_channel(inst, T::S32, |e, d, s| e.shift(d, s, "shr.s32")),
            USHR => self.per_channel(inst, T::U32, |e, d, s| e.shift(d, s, "shr.u32")),
            IMIN => self.per_channel(inst, T::S32, one("min.s32 {d}, {0}, {1};")),
            IMAX => self.per_channel(inst, T::S32, one("max.s32 {d}, {0}, {1};")),
            UMIN => self.per_channel(inst, T::U32, one("min.u32 {d}, {0}, {1};")),
            UMAX => self.per_channel(inst, T::U32, one("max.u32 {d}, {0}, {1};")),
            ISLT => self.per_channel(inst, T::S32, one("set.lt.u32.s32 {d}, {0}, {1};")),
            ISGE => self.per_channel(inst, T::S32, one("set.ge.u32.s32 {d}, {0}, {1};")),
            USLT => self.per_channel(inst, T::U32, one("set.lt.u32.u32 {d}, {0}, {1};")),
            USGE => self.per_channel(inst, T::U32, one("set.ge.u32.u32 {d}, {0}, {1};")),
            USEQ => self.per_channel(inst, T::U32, one("set.eq.u32.u32 {d}, {0}, {1};")),
            USNE => self.per_channel(inst, T::U32, one("set.ne.u32.u32 {d}, {0}, {1};")),
            UCMP => self.per_channel(inst, T::B32, Self::ucmp),
            IBFE => self.per_channel(inst, T::S32, |e, d, s| e.bfe(d, s, "bfe.s32")),
            UBFE => self.per_channel(inst, T::U32, |e, d, s| e.bfe(d, s, "bfe.u32")),
            BFI => self.per_channel(inst, T::U32, Self::bfi),
            BREV => self.per_channel(inst, T::U32, one("brev.b32 {d}, {0};")),
            POPC => self.per_channel(inst, T::U32, one("popc.b32 {d}, {0};")),
            LSB => self.per_channel(inst, T::U32, Self::lsb),
            IMSB => self.per_channel(inst, T::S32, one("bfind.s32 {d}, {0};")),
            UMSB => self.per_channel(inst, T::U32, one("bfind.u32 {d}, {0};")),
            UARL => self.per_channel(inst, T::U32, one("mov.b32 {d}, {0};")),
            // ---- conversions ----------------------------------------------------------------
            I2F => self.per_channel(inst, T::S32, one("cvt.rn.f32.s32 {d}, {0};")),
            U2F => self.per_channel(inst, T::U32, one("cvt.rn.f32.u32 {d}, {0};")),
            F2I => self.per_channel(inst, T::F32, one("cvt.rzi.s32.f32 {d}, {0};")),
            F2U => self.per_channel(inst, T::F32, one("cvt.rzi.u32.f32 {d}, {0};")),
            // ---- doubles --------------------------------------------------------------------
            DADD => self.wide(inst, T::F64, one("add.rn.f64 {d}, {0}, {1};")),
            DMUL => self.wide(inst, T::F64, one("mul.rn.f64 {d}, {0}, {1};")),
            DMAD | DFMA => self.wide(inst, T::F64, one("fma.rn.f64 {d}, {0}, {1}, {2};")),
            DDIV => self.wide(inst, T::F64, |e, d, s| e.fdiv(d, s, "f64")),
            DRCP => self.wide(inst, T::F64, one("rcp.rn.f64 {d}, {0};")),
            DSQRT => self.wide(inst, T::F64, one("sqrt.rn.f64 {d}, {0};")),
            DRSQ => self.wide(inst, T::F64, one("rsqrt.approx.f64 {d}, {0};")),
            DMIN => self.wide(inst, T::F64, one("min.f64 {d}, {0}, {1};")),
            DMAX => self.wide(inst, T::F64, one("max.f64 {d}, {0}, {1};")),
            DNEG => self.wide(inst, T::F64, one("neg.f64 {d}, {0};")),
            DABS => self.wide(inst, T::F64, one("abs.f64 {d}, {0};")),
            DFLR => self.wide(inst, T::F64, one("cvt.rmi.f64.f64 {d}, {0};")),
            DCEIL => self.wide(inst, T::F64, one("cvt.rpi.f64.f64 {d}, {0};")),
            DTRUNC => self.wide(inst, T::F64, one("cvt.rzi.f64.f64 {d}, {0};")),
            DROUND => self.wide(inst, T::F64, one("cvt.rni.f64.f64 {d}, {0};")),
            DFRAC => self.wide(inst, T::F64, Self::dfrac),
            DSSG => self.wide(inst, T::F64, |e, d, s| e.sign(d, &s[0], "f64")),
            DSEQ => self.wide_to_narrow(inst, T::F64, one("set.eq.u32.f64 {d}, {0}, {1};")),
            DSNE => self.wide_to_narrow(inst, T::F64, one("set.neu.u32.f64 {d}, {0}, {1};")),
            DSLT => self.wide_to_narrow(inst, T::F64, one("set.lt.u32.f64 {d}, {0}, {1};")),
            DSGE => self.wide_to_narrow(inst, T::F64, one("set.ge.u32.f64 {d}, {0}, {1};")),
            D2F => self.wide_to_narrow(inst, T::F64, one("cvt.rn.f32.f64 {d}, {0};")),
            D2I => self.wide_to_narrow(inst, T::F64, |e, d, s| e.float_to_int(d, &s[0], "s32.f64")),
            D2U => self.wide_to_narrow(inst, T::F64, |e, d, s| e.float_to_int(d, &s[0], "u32.f64")),
            F2D => self.narrow_to_wide(inst, T::F32, "cvt.f64.f32"),
            I2D => self.narrow_to_wide(inst, T::S32, "cvt.rn.f64.s32"),
            U2D => self.narrow_to_wide(inst, T::U32, "cvt.rn.f64.u32"),
            D2I64 => self.wide(inst, T::F64, |e, d, s| e.float_to_int(d, &s[0], "s64.f64")),
            D2U64 => self.wide(inst, T::F64, |e, d, s| e.float_to_int(d, &s[0], "u64.f64")),
            I642D => self.wide(inst, T::S64, one("cvt.rn.f64.s64 {d}, {0};")),
            U642D => self.wide(inst, T::U64, one("cvt.rn.f64.u64 {d}, {0};")),
            // ---- 64-bit integers ------------------------------------------------------------
            U64ADD => self.wide(inst, T::U64, one("add.s64 {d}, {0}, {1};")),
            U64MUL => self.wide(inst, T::U64, one("mul.lo.s64 {d}, {0}, {1};")),
            U64DIV => self.wide(inst, T::U64, |e, d, s| e.udiv(d, s, 64, false)),
            I64DIV => self.wide(inst, T::S64, |e, d, s| e.guarded(d, s, "div.s64", "64")),
            U64MOD => self.wide(inst, T::U64, |e, d, s| e.udiv(d, s, 64, true)),
            I64MOD => self.wide(inst, T::S64, |e, d, s| e.guarded(d, s, "rem.s64", "64")),
            U64MIN => self.wide(inst, T::U64, one("min.u64 {d}, {0}, {1};")),
            U64MAX => self.wide(inst, T::U64, one("max.u64 {d}, {0}, {1};")),
            I64MIN => self.wide(inst, T::S64, one("min.s64 {d}, {0}, {1};")),
            I64MAX => self.wide(inst, T::S64, one("max.s64 {d}, {0}, {1};")),
            I64NEG => self.wide(inst, T::S64, one("neg.s64 {d}, {0};")),
            I64ABS => self.wide(inst, T::S64, one("abs.s64 {d}, {0};")),
            I64SSG => self.wide(inst, T::S64, |e, d, s| e.sign(d, &s[0], "s64")),
            U64SHL => self.wide_shift(inst, T::U64, "shl.b64"),
            I64SHR => self.wide_shift(inst, T::S64, "shr.s64"),
            U64SHR => self.wide_shift(inst, T::U64, "shr.u64"),
            U64SEQ => self.wide_to_narrow(inst, T::U64, one("set.eq.u32.u64 {d}, {0}, {1};")),
            U64SNE => self.wide_to_narrow(inst, T::U64, one("set.ne.u32.u64 {d}, {0}, {1};")),
            U64SLT => self.wide_to_narrow(inst, T::U64, one("set.lt.u32.u64 {d}, {0}, {1};")),
            U64SGE => self.wide_to_narrow(inst, T::U64, one("set.ge.u32.u64 {d}, {0}, {1};")),
            I64SLT => self.wide_to_narrow(inst, T::S64, one("set.lt.u32.s64 {d}, {0}, {1};")),
            I64SGE => self.wide_to_narrow(inst, T::S64, one("set.ge.u32.s64 {d}, {0}, {1};")),
            I2I64 => self.narrow_to_wide(inst, T::S32, "cvt.s64.s32"),
            U2I64 => self.narrow_to_wide(inst, T::U32, "cvt.u64.u32"),
            F2I64 => self.f2i64(inst, "s64.f32"),
            F2U64 => self.f2i64(inst, "u64.f32"),
            I642F => self.wide_to_narrow(inst, T::S64, one("cvt.rn.f32.s64 {d}, {0};")),
            U642F => self.wide_to_narrow(inst, T::U64, one("cvt.rn.f32.u64 {d}, {0};")),
            // ---- memory ---------------------------------------------------------------------
            LOAD => self.load(inst),
            STORE => self.store(inst),
            ATOMUADD => self.atomic(inst, "add.u32", T::U32),
            ATOMXCHG => self.atomic(inst, "exch.b32", T::B32),
            ATOMCAS => self.atomic(inst, "cas.b32", T::B32),
            ATOMAND => {
                if self.byte_store(i)? {
                    return Ok(());
                }
                self.atomic(inst, "and.b32", T::U32)
            }
            ATOMOR => self.atomic(inst, "or.b32", T::U32),
            ATOMXOR => self.atomic(inst, "xor.b32", T::U32),
            ATOMUMIN => self.atomic(inst, "min.u32", T::U32),
            ATOMUMAX => self.atomic(inst, "max.u32", T::U32),
            ATOMIMIN => self.atomic(inst, "min.s32", T::S32),
            ATOMIMAX => self.atomic(inst, "max.s32", T::S32),
            ATOMFADD => self.atomic(inst, "add.f32", T::F32),
            // ---- synchronization ------------------------------------------------------------
            BARRIER => self.emit("bar.sync 0;"),
            MEMBAR => self.membar(inst),
            // ---- control flow ---------------------------------------------------------------
            IF | UIF => self.if_(i),
            ELSE => self.else_(i),
            ENDIF => self.endif(i),
            BGNLOOP => self.bgnloop(i),
            ENDLOOP => self.endloop(i),
            BRK => self.brk(i),
            CONT => self.cont(i),
            SWITCH => self.switch(i),
            CASE | DEFAULT => self.case(i),
            ENDSWITCH => self.endswitch(i),
            CAL => self.call(i),
            RET => self.ret(),
            // Nothing to emit: the main program steps over subroutine bodies, `CAL` inlines
            // them up to (not including) their `ENDSUB`.
            BGNSUB | ENDSUB => Ok(()),
            NOP => Ok(()),
            END => self.emit("ret;"),
        }
    }

    // ---- operation helpers ---------------------------------------------------------------

    /// One fixed line.
    fn emit(&mut self, line: &str) -> Res<()> {
        self.line(line);
        Ok(())
    }

    /// `FRC`: a − floor(a).
    fn frc(&mut self, d: &str, s: &[String]) -> Res<()> {
        let f = self.s();
        self.line(format!("cvt.rmi.f32.f32 {f}, {};", s[0]));
        self.line(format!("sub.rn.f32 {d}, {}, {f};", s[0]));
        Ok(())
    }

    /// `DFRAC`: a − floor(a) in f64.
    fn dfrac(&mut self, d: &str, s: &[String]) -> Res<()> {
        let f = self.d();
        self.line(format!("cvt.rmi.f64.f64 {f}, {};", s[0]));
        self.line(format!("sub.rn.f64 {d}, {}, {f};", s[0]));
        Ok(())
    }

    /// `CMP`: b where a < 0.0, else c.
    fn cmp(&mut self, d: &str, s: &[String]) -> Res<()> {
        let p = self.p();
        self.line(format!("setp.lt.f32 {p}, {}, 0f00000000;", s[0]));
        self.line(format!("selp.b32 {d}, {}, {}, {p};", s[1], s[2]));
        Ok(())
    }

    /// `UCMP`: b where a ≠ 0, else c.
    fn ucmp(&mut self, d: &str, s: &[String]) -> Res<()> {
        let p = self.p();
        self.line(format!("setp.ne.b32 {p}, {}, 0;", s[0]));
        self.line(format!("selp.b32 {d}, {}, {}, {p};", s[1], s[2]));
        Ok(())
    }

    /// `POW`: 2^(log2(a) · b).
    fn pow(&mut self, d: &str, s: &[String]) -> Res<()> {
        let l = self.s();
        self.line(format!("lg2.approx.f32 {l}, {};", s[0]));
        self.line(format!("mul.rn.f32 {l}, {l}, {};", s[1]));
        self.line(format!("ex2.approx.f32 {d}, {l};"));
        Ok(())
    }

    /// `BFI`(base, insert, offset, bits) with offset and width masked to 5 bits.
    fn bfi(&mut self, d: &str, s: &[String]) -> Res<()> {
        let off = self.mask_shift(s[2].clone(), 31);
        let bits = self.mask_shift(s[3].clone(), 31);
        self.line(format!("bfi.b32 {d}, {}, {}, {off}, {bits};", s[1], s[0]));
        Ok(())
    }

    /// `LSB`: the lowest set bit, as the shift amount of the highest bit of the reversal.
    fn lsb(&mut self, d: &str, s: &[String]) -> Res<()> {
        let r = self.s();
        self.line(format!("brev.b32 {r}, {};", s[0]));
        self.line(format!("bfind.shiftamt.u32 {d}, {r};"));
        Ok(())
    }

    /// Sign: 1, -1 or 0 of type `ty` (`f32`, `s32`, `f64`, `s64`).
    fn sign(&mut self, d: &str, x: &str, ty: &str) -> Res<()> {
        let (zero, one, minus) = match ty {
            "f32" => ("0f00000000", "0f3F800000", "0fBF800000"),
            "f64" => ("0d0000000000000000", "0d3FF0000000000000", "0dBFF0000000000000"),
            _ => ("0", "1", "-1"),
        };
        let (pg, pl) = (self.p(), self.p());
        let sel = if ty.len() == 3 && ty.ends_with("64") { "b64" } else { "b32" };
        self.line(format!("setp.gt.{ty} {pg}, {x}, {zero};"));
        self.line(format!("setp.lt.{ty} {pl}, {x}, {zero};"));
        self.line(format!("selp.{sel} {d}, {one}, {zero}, {pg};"));
        self.line(format!("selp.{sel} {d}, {minus}, {d}, {pl};"));
        Ok(())
    }

    /// Float to integer, truncating and saturating, NaN → 0. `cvt.rzi` saturates, but on
    /// sm_90 a NaN source of these conversions gives the minimum integer (measured on an
    /// H200; only f32 → 32-bit gives 0), so NaN is selected away.
    pub(super) fn float_to_int(&mut self, d: &str, x: &str, types: &str) -> Res<()> {
        let (dt, st) = types.split_once('.').unwrap_or((types, ""));
        let p = self.p();
        let wide = dt.ends_with("64");
        let q = if wide { self.d() } else { self.s() };
        self.line(format!("cvt.rzi.{types} {q}, {x};"));
        self.line(format!("setp.num.{st} {p}, {x}, {x};"));
        self.line(format!("selp.b{} {d}, {q}, 0, {p};", if wide { 64 } else { 32 }));
        Ok(())
    }

    /// Division or remainder with a zero divisor giving all ones (`bits` = "32"/"64").
    /// Unsigned division (`rem`: remainder) at `bits` bits: by a nonzero constant, with
    /// [`crate::Options::strength_reduce`], a multiply-high and shifts (`strength.rs`), else the
    /// guarded PTX division.
    fn udiv(&mut self, d: &str, s: &[String], bits: u32, rem: bool) -> Res<()> {
        let by = strength::int_literal(&s[1], bits);
        let n_is_literal = strength::int_literal(&s[0], bits).is_some();
        match by {
            Some(c) if c != 0 && self.opts.strength_reduce && !n_is_literal => {
                self.divide_by_constant(d, &s[0], c, bits, rem)
            }
            _ => {
                let op = format!("{}.u{bits}", if rem { "rem" } else { "div" });
                self.guarded(d, s, &op, &bits.to_string())
            }
        }
    }

    /// Float division `s[0] / s[1]` (`ty` f32 or f64), correctly rounded. With
    /// [`crate::Options::strength_reduce`], `1.0 / x` is `rcp.rn`, which is the same correctly
    /// rounded result: ptxas keeps `div.rn` by a register a full division (the `nbody` SASS:
    /// `1.0 / sqrt(r2)` as a division where the `llvm` path has a reciprocal).
    fn fdiv(&mut self, d: &str, s: &[String], ty: &str) -> Res<()> {
        let one = if ty == "f32" { "0f3F800000" } else { "0d3FF0000000000000" };
        if self.opts.strength_reduce && s[0] == one {
            self.line(format!("rcp.rn.{ty} {d}, {};", s[1]));
        } else {
            self.line(format!("div.rn.{ty} {d}, {}, {};", s[0], s[1]));
        }
        Ok(())
    }

    fn guarded(&mut self, d: &str, s: &[String], op: &str, bits: &str) -> Res<()> {
        let ones = "-1"; // all ones at either width
        match s[1].parse::<i128>() {
            Ok(0) => self.line(format!("mov.b{bits} {d}, {ones};")),
            Ok(_) => self.line(format!("{op} {d}, {}, {};", s[0], s[1])),
            Err(_) => {
                let q = if bits == "32" { self.s() } else { self.d() };
                let p = self.p();
                self.line(format!("{op} {q}, {}, {};", s[0], s[1]));
                self.line(format!("setp.eq.b{bits} {p}, {}, 0;", s[1]));
                self.line(format!("selp.b{bits} {d}, {ones}, {q}, {p};"));
            }
        }
        Ok(())
    }

    fn shift(&mut self, d: &str, s: &[String], op: &str) -> Res<()> {
        let n = self.mask_shift(s[1].clone(), 31);
        self.line(format!("{op} {d}, {}, {n};", s[0]));
        Ok(())
    }

    fn bfe(&mut self, d: &str, s: &[String], op: &str) -> Res<()> {
        let off = self.mask_shift(s[1].clone(), 31);
        let bits = self.mask_shift(s[2].clone(), 31);
        self.line(format!("{op} {d}, {}, {off}, {bits};", s[0]));
        Ok(())
    }

    fn dot(&mut self, inst: &Instruction, n: usize) -> Res<()> {
        let a = &inst.src[0];
        let b = &inst.src[1];
        let mut terms = Vec::new();
        for c in 0..n {
            terms.push((self.read32(a, c, T::F32)?, self.read32(b, c, T::F32)?));
        }
        self.replicate(inst, |e, d| {
            let acc = e.s();
            e.line(format!("mul.rn.f32 {acc}, {}, {};", terms[0].0, terms[0].1));
            for (k, (x, y)) in terms.iter().enumerate().skip(1) {
                let to = if k + 1 == terms.len() { d.to_string() } else { acc.clone() };
                e.line(format!("fma.rn.f32 {to}, {x}, {y}, {acc};"));
            }
            if terms.len() == 1 {
                e.line(format!("mov.b32 {d}, {acc};"));
            }
            Ok(())
        })
    }

    /// `LDEXP`: x * 2^n with n a signed integer clamped to ±400, computed in f64 (exact)
    /// and rounded once to f32.
    fn ldexp(&mut self, inst: &Instruction) -> Res<()> {
        let units = self.words(inst)?;
        let read = |e: &mut Self, c| {
            let x = e.read32(&inst.src[0], c, T::F32)?;
            Ok((x, e.read32(&inst.src[1], c, T::S32)?))
        };
        self.lanes(inst, units, read, |e, target, (x, n)| {
            let (k, d, xd) = (e.s(), e.d(), e.d());
            e.line(format!("min.s32 {k}, {n}, 400;"));
            e.line(format!("max.s32 {k}, {k}, -400;"));
            e.line(format!("add.s32 {k}, {k}, 1023;"));
            e.line(format!("cvt.u64.u32 {d}, {k};"));
            e.line(format!("shl.b64 {d}, {d}, 52;"));
            e.line(format!("cvt.f64.f32 {xd}, {x};"));
            e.line(format!("mul.rn.f64 {xd}, {xd}, {d};"));
            e.line(format!("cvt.rn.f32.f64 {target}, {xd};"));
            Ok(())
        })
    }

    fn membar(&mut self, inst: &Instruction) -> Res<()> {
        let s = &inst.src[0];
        let flags = match self.raw32(&s.reg, s.swizzle[0])? {
            Val::Imm(b) => Some(b as u32),
            Val::Reg(_) => None,
        };
        // Mesa bits: 1 SHADER_BUFFER, 2 ATOMIC_BUFFER, 4 SHADER_IMAGE, 8 SHARED,
        // 16 THREAD_GROUP.
        let cta = matches!(flags, Some(f) if f & 16 != 0 || f & 7 == 0);
        self.line(if cta { "membar.cta;" } else { "membar.gl;" });
        Ok(())
    }
}
