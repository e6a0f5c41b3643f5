//! Calls: what a kernel still calls after inlining. NVVM special registers become system
//! values, barriers and fences `BARRIER`/`MEMBAR`; intrinsics without code (lifetime
//! markers, debug info, …) are dropped; libdevice's helpers that take doubles apart become
//! moves; and the math builtins are lowered as [`BUILTINS`] says.
//!
//! [`BUILTINS`] is the one table of math builtins: each entry names the intrinsics it
//! lowers, the libdevice functions (`__nv_NAME`) the pipeline keeps as declarations for it
//! instead of linking their code (renamed `__tgsi_nv_NAME`; [`LIBDEVICE`] is the list it
//! keeps, derived from the table), and how it lowers them ([`How`]). A new builtin is one
//! new entry.

use super::{unsupported, Lower, Opnd, Val, R};
use crate::ir::{Kind, T, V};
use ir_tgsi::{ImmType, Opcode, Semantic};

/// How a math builtin lowers. The call's result type picks single or double precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum How {
    /// One instruction: (for `float`, for `double`).
    Unary(Opcode, Opcode),
    /// One two-operand instruction: (for `float`, for `double`).
    Binary(Opcode, Opcode),
    /// One instruction that TGSI has in single precision only; `double` is refused.
    UnaryF32(Opcode),
    /// `EX2(x·log₂ e)`, single precision only.
    Exp,
    /// `LG2(x)·ln 2`, single precision only.
    Log,
    /// `POW`, single precision only.
    Pow,
    /// Clears the sign bit; applies to floating-point results only.
    Fabs,
    /// `FMA`/`DFMA`; `MAD`/`DMAD` when `mad` or under the profile's `fma-as-mad` switch.
    Fma { mad: bool },
    /// The first operand's magnitude with the second's sign.
    Copysign,
    /// `LDEXP`; applies to single precision only.
    Ldexp,
    /// Rounding half away from zero; applies to single precision only.
    Round,
    /// Saturating unsigned add; applies to `llvm.uadd.sat.i32` only.
    AddSat,
    /// Saturating unsigned subtract; applies to `llvm.usub.sat.i32` only.
    SubSat,
    /// Funnel shift (`fshl` when `left`, else `fshr`); applies to 32- and 64-bit integers.
    FunnelShift { left: bool },
    /// Integer minimum or maximum: (32-bit, 64-bit).
    IntMinMax(Opcode, Opcode),
    /// Integer absolute value, 32- or 64-bit.
    IntAbs,
    /// One instruction on 32-bit integers.
    IntUnary(Opcode),
    /// Leading zeros of a 32-bit integer: `31 − UMSB(x)`.
    Ctlz,
    /// Trailing zeros of a 32-bit integer: `LSB(x)`, 32 for zero.
    Cttz,
}

/// One math builtin.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Builtin {
    /// The names the entry matches: an intrinsic's base name (`NAME` of `llvm.NAME.…` or
    /// `llvm.nvvm.NAME.…`) or a kept libdevice function's name, trailing `f`s trimmed.
    pub(crate) names: &'static [&'static str],
    /// libdevice functions (without `__nv_`) kept as declarations and lowered by this entry
    /// instead of being linked from libdevice. Each one, trailing `f`s trimmed, is in `names`.
    pub(crate) libdevice: &'static [&'static str],
    /// How the entry lowers.
    pub(crate) how: How,
}

const fn entry(
    names: &'static [&'static str],
    libdevice: &'static [&'static str],
    how: How,
) -> Builtin {
    Builtin {
        names,
        libdevice,
        how,
    }
}

/// The math builtins. A call is lowered by the first entry that names it and applies to it
/// ([`How::applies`]); a call no entry lowers is refused as "builtin `NAME`".
pub(crate) const BUILTINS: &[Builtin] = {
    use How::*;
    use Opcode as O;
    &[
        entry(&["sqrt"], &["sqrtf", "sqrt"], Unary(O::SQRT, O::DSQRT)),
        entry(&["rsqrt"], &["rsqrtf", "rsqrt"], Unary(O::RSQ, O::DRSQ)),
        entry(&["exp2", "ex2"], &["exp2f"], UnaryF32(O::EX2)),
        entry(&["log2", "lg2"], &["log2f"], UnaryF32(O::LG2)),
        entry(&["sin"], &["sinf"], UnaryF32(O::SIN)),
        entry(&["cos"], &["cosf"], UnaryF32(O::COS)),
        entry(&["floor"], &["floorf", "floor"], Unary(O::FLR, O::DFLR)),
        entry(&["ceil"], &["ceilf", "ceil"], Unary(O::CEIL, O::DCEIL)),
        entry(&["trunc"], &["truncf", "trunc"], Unary(O::TRUNC, O::DTRUNC)),
        entry(
            &["rint", "roundeven", "nearbyint"],
            &["rintf", "rint"],
            Unary(O::ROUND, O::DROUND),
        ),
        entry(
            &["minnum", "fmin", "minimumnum"],
            &["fminf", "fmin"],
            Binary(O::MIN, O::DMIN),
        ),
        entry(
            &["maxnum", "fmax", "maximumnum"],
            &["fmaxf", "fmax"],
            Binary(O::MAX, O::DMAX),
        ),
        entry(&["exp"], &["expf"], Exp),
        entry(&["log"], &["logf"], Log),
        entry(&["pow"], &["powf"], Pow),
        entry(&["fabs", "abs"], &["fabsf", "fabs"], Fabs),
        entry(&["fma"], &["fmaf", "fma"], Fma { mad: false }),
        entry(&["fmuladd"], &[], Fma { mad: true }),
        entry(&["copysign"], &[], Copysign),
        entry(&["ldexp"], &[], Ldexp),
        entry(&["round"], &[], Round),
        entry(&["usub"], &[], SubSat),
        entry(&["uadd"], &[], AddSat),
        entry(&["fshl"], &[], FunnelShift { left: true }),
        entry(&["fshr"], &[], FunnelShift { left: false }),
        entry(&["smin"], &[], IntMinMax(O::IMIN, O::I64MIN)),
        entry(&["smax"], &[], IntMinMax(O::IMAX, O::I64MAX)),
        entry(&["umin"], &[], IntMinMax(O::UMIN, O::U64MIN)),
        entry(&["umax"], &[], IntMinMax(O::UMAX, O::U64MAX)),
        entry(&["abs"], &[], IntAbs),
        entry(&["ctpop"], &[], IntUnary(O::POPC)),
        entry(&["ctlz"], &[], Ctlz),
        entry(&["cttz"], &[], Cttz),
        entry(&["bitreverse"], &[], IntUnary(O::BREV)),
    ]
};

/// The libdevice functions of all [`BUILTINS`] entries (without `__nv_`), in table order.
pub(crate) const LIBDEVICE: &[&str] = &libdevice_names::<{ libdevice_count(BUILTINS) }>(BUILTINS);

const fn libdevice_count(table: &[Builtin]) -> usize {
    let (mut n, mut k) = (0, 0);
    while k < table.len() {
        n += table[k].libdevice.len();
        k += 1;
    }
    n
}

const fn libdevice_names<const N: usize>(table: &[Builtin]) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut n, mut k) = (0, 0);
    while k < table.len() {
        let mut j = 0;
        while j < table[k].libdevice.len() {
            out[n] = table[k].libdevice[j];
            n += 1;
            j += 1;
        }
        k += 1;
    }
    out
}

/// Intrinsics that have no effect on the TGSI (by name prefix).
const IGNORED: &[&str] = &[
    "llvm.lifetime.",
    "llvm.assume",
    "llvm.dbg.",
    "llvm.experimental.noalias.scope.decl",
    "llvm.invariant.",
    "llvm.sideeffect",
    "llvm.pseudoprobe",
];

/// A call being lowered.
struct Call<'c> {
    /// The callee, `llvm.nvvm.…` renamed `llvm.…`.
    name: &'c str,
    args: &'c [V],
    /// The result type.
    rt: T,
    /// A `double` result.
    dbl: bool,
    at: Option<V>,
}

impl How {
    /// Whether an entry that names the call lowers it (else the dispatch looks further).
    fn applies(self, c: &Call<'_>) -> bool {
        match self {
            How::Fabs => matches!(c.rt.kind(), Kind::F32 | Kind::F64),
            How::Ldexp | How::Round => !c.dbl,
            How::AddSat | How::SubSat => c.name.contains(".sat.") && c.rt.kind() == Kind::Int(32),
            How::FunnelShift { .. } => matches!(c.rt.kind(), Kind::Int(32 | 64)),
            _ => true,
        }
    }
}

/// A call to something that is neither an intrinsic nor a kept libdevice function.
fn refuse_call<X>(n: &str, at: Option<V>) -> R<X> {
    if n == "printf" || n.contains("printf") {
        return unsupported("printf", at);
    }
    if n.contains("image") || n.contains("sampler") {
        return unsupported(format!("images (`{n}`)"), at);
    }
    unsupported(
        format!("call to `{n}` (recursion, or a function that was not inlined)"),
        at,
    )
}

impl Lower<'_> {
    pub(super) fn call(&mut self, i: V) -> R<Option<Val>> {
        let at = Some(i);
        let callee = i.called();
        if !callee.is_function() {
            if let Some(asm) = callee.inline_asm() {
                let args: Vec<V> = (0..i.num_args()).map(|k| i.arg(k)).collect();
                return self.libdevice_asm(&asm, &args, at).map(Some);
            }
            return unsupported("indirect call", at);
        }
        let name = callee.name();
        let n = name.as_str();
        let args: Vec<V> = (0..i.num_args()).map(|k| i.arg(k)).collect();
        let rt = i.ty();
        let dbl = rt.kind() == Kind::F64;
        if dbl && self.prof.no_double {
            return unsupported("double precision", at);
        }
        if let Some(r) = n.strip_prefix("llvm.nvvm.read.ptx.sreg.") {
            return self.special_register(r, at).map(Some);
        }
        if n.starts_with("llvm.nvvm.barrier") || n.starts_with("llvm.nvvm.bar.") {
            self.emit_flow(Opcode::BARRIER);
            return Ok(None);
        }
        if n.starts_with("llvm.nvvm.membar") || n.starts_with("llvm.nvvm.fence") {
            self.membar();
            return Ok(None);
        }
        if IGNORED.iter().any(|p| n.starts_with(p)) {
            return Ok(None);
        }
        let n = n
            .strip_prefix("llvm.nvvm.")
            .map_or(n.to_string(), |r| format!("llvm.{r}"));
        let n = n.as_str();
        // LLVM intrinsics and the libdevice functions the pipeline kept as declarations.
        let base = n
            .strip_prefix("__tgsi_nv_")
            .map(|s| s.to_string())
            .or_else(|| {
                n.strip_prefix("llvm.")
                    .map(|s| s.split('.').next().unwrap_or("").to_string())
            });
        let Some(base) = base else {
            return refuse_call(n, at);
        };
        let c = Call {
            name: n,
            args: &args,
            rt,
            dbl,
            at,
        };
        if let Some(x) = self.libdevice_helper(&c)? {
            return Ok(Some(Val::S(vec![x])));
        }
        let b = base.trim_end_matches('f');
        match BUILTINS
            .iter()
            .find(|e| e.names.contains(&b) && e.how.applies(&c))
        {
            Some(e) => Ok(Some(Val::S(vec![self.builtin(e.how, &c)?]))),
            None => unsupported(format!("builtin `{n}`"), at),
        }
    }

    /// The inline PTX libdevice's code contains (`asm` whitespace-normalised), written in TGSI:
    /// the 32×32+32→64-bit multiply-add of its trigonometric argument reduction
    /// (`mad.lo.cc`/`madc.hi`: the low word, then the high word plus the carry out of the
    /// low), a subtraction rounded to nearest (`ADD` of the negated operand: the same
    /// result), and its approximate reciprocal and reciprocal square root (`RCP` and `DRSQ`,
    /// which the backend emits as PTX's approximate ones). Any other
    /// inline assembly is refused: TGSI cannot carry PTX text.
    fn libdevice_asm(&mut self, asm: &str, args: &[V], at: Option<V>) -> R<Val> {
        use Opcode as O;
        let mut a = Vec::new();
        for &v in args {
            a.push(self.scalar(v)?);
        }
        let one = |o: Opnd| Val::S(vec![o]);
        Ok(match (asm, a.as_slice()) {
            ("{ mad.lo.cc.u32 $0, $2, $3, $4; madc.hi.u32 $1, $2, $3, 0; }", &[x, y, z]) => {
                let lo = self.op(O::UMAD, false, &[x, y, z]);
                let carry = self.op(O::USLT, false, &[lo, z]);
                let carry = self.op(O::AND, false, &[carry, Self::u(1)]);
                let hi = self.op(O::UMUL_HI, false, &[x, y]);
                let hi = self.op(O::UADD, false, &[hi, carry]);
                Val::S(vec![lo, hi])
            }
            (
                "sub.rn.f32 $0, $1, $2;" | "sub.rn.ftz.f32 $0, $1, $2;" | "sub.rn.f64 $0, $1, $2;",
                &[x, y],
            ) => {
                let wide = asm.contains("f64");
                let s = [self.src(x), self.neg(y)];
                one(self.op_s(if wide { O::DADD } else { O::ADD }, wide, &s))
            }
            ("rcp.approx.ftz.f32 $0,$1;", &[x]) => one(self.op(O::RCP, false, &[x])),
            ("rsqrt.approx.ftz.f64 $0, $1;", &[x]) => one(self.op(O::DRSQ, true, &[x])),
            _ => return unsupported(format!("inline assembly `{asm}`"), at),
        })
    }

    /// `llvm.nvvm.read.ptx.sreg.R`: a channel of a system value.
    fn special_register(&mut self, r: &str, at: Option<V>) -> R<Val> {
        let sem = match r.split('.').next() {
            Some("tid") => Semantic::ThreadId,
            Some("ctaid") => Semantic::BlockId,
            Some("ntid") => Semantic::BlockSize,
            Some("nctaid") => Semantic::GridSize,
            _ => return unsupported(format!("special register `{r}`"), at),
        };
        Ok(Val::S(vec![self.sv(sem, r)]))
    }

    fn sv(&mut self, sem: Semantic, name: &str) -> Opnd {
        let c = match name.rsplit('.').next() {
            Some("y") => 1,
            Some("z") => 2,
            _ => 0,
        };
        Opnd::R {
            reg: self.b.sv(sem),
            c,
            wide: false,
        }
    }

    /// Argument `k` of the call.
    fn arg(&mut self, c: &Call<'_>, k: usize) -> R<Opnd> {
        self.scalar(c.args[k])
    }

    /// The NVVM intrinsics libdevice's code calls that are TGSI instructions under another
    /// name: taking doubles apart and putting them together, arithmetic rounded to nearest
    /// (which TGSI's `ADD`/`MUL`/`DIV` are: the backend emits `.rn`, never contracted),
    /// conversions rounded to nearest or toward zero, and `round` (PTX `cvt.rni`: to nearest
    /// even, unlike `llvm.round`). The other rounding modes (`.rz`, `.rm`, `.rp` arithmetic)
    /// TGSI cannot say and stay refused. `None` for other calls.
    fn libdevice_helper(&mut self, c: &Call<'_>) -> R<Option<Opnd>> {
        use Opcode as O;
        Ok(Some(match c.name {
            "llvm.add.rn.f" | "llvm.add.rn.d" => self.fp_binary(c, O::ADD, O::DADD)?,
            "llvm.mul.rn.f" | "llvm.mul.rn.d" => self.fp_binary(c, O::MUL, O::DMUL)?,
            "llvm.div.rn.f" | "llvm.div.rn.d" => self.fp_binary(c, O::DIV, O::DDIV)?,
            "llvm.round.f" | "llvm.round.d" => self.fp_unary(c, O::ROUND, O::DROUND)?,
            "llvm.f2i.rz" | "llvm.f2i.rn" => {
                let mut x = self.arg(c, 0)?;
                if c.name.ends_with("rn") {
                    x = self.op(O::ROUND, false, &[x]);
                }
                self.op(O::F2I, false, &[x])
            }
            "llvm.d2i.rz" | "llvm.d2i.rn" => {
                let mut x = self.arg(c, 0)?;
                if c.name.ends_with("rn") {
                    x = self.op(O::DROUND, true, &[x]);
                }
                self.op(O::D2I, false, &[x])
            }
            "llvm.d2ll.rz" => {
                let x = self.arg(c, 0)?;
                self.op(O::D2I64, true, &[x])
            }
            "llvm.d2i.lo" | "llvm.d2i.hi" => {
                let x = self.arg(c, 0)?;
                if c.name.ends_with("lo") {
                    Self::low(x)
                } else {
                    Self::high(x)
                }
            }
            // `RCP` is PTX's approximate reciprocal; `DRCP` the exact one, which serves
            // where libdevice's approximate one seeds Newton steps.
            "llvm.rcp.approx.ftz.d" | "llvm.rcp.approx.ftz.f" | "llvm.rcp.approx.f" => {
                self.fp_unary(c, Opcode::RCP, Opcode::DRCP)?
            }
            "llvm.lohi.i2d" => {
                let (lo, hi) = (self.arg(c, 0)?, self.arg(c, 1)?);
                let d = self.new_temp(true);
                self.mov_to(Self::low(d), lo);
                self.mov_to(Self::high(d), hi);
                d
            }
            _ => return Ok(None),
        }))
    }

    /// Lowers a call to a math builtin as `how` says.
    fn builtin(&mut self, how: How, c: &Call<'_>) -> R<Opnd> {
        match how {
            How::Unary(f, d) => self.fp_unary(c, f, d),
            How::Binary(f, d) => self.fp_binary(c, f, d),
            How::UnaryF32(o) => self.f32_unary(c, o),
            How::Exp => self.exp_f32(c),
            How::Log => self.log_f32(c),
            How::Pow => self.pow_f32(c),
            How::Fabs => self.fabs(c),
            How::Fma { mad } => self.fma(c, mad),
            How::Copysign => self.copysign(c),
            How::Ldexp => {
                let (x, y) = (self.arg(c, 0)?, self.arg(c, 1)?);
                Ok(self.op(Opcode::LDEXP, false, &[x, y]))
            }
            How::Round => self.round_f32(c),
            How::AddSat => self.add_sat(c),
            How::SubSat => self.sub_sat(c),
            How::FunnelShift { left } => self.funnel_shift(c, left),
            How::IntMinMax(narrow, wide64) => {
                let wide = self.int_width(c, true)?;
                let (x, y) = (self.arg(c, 0)?, self.arg(c, 1)?);
                Ok(self.op(if wide { wide64 } else { narrow }, wide, &[x, y]))
            }
            How::IntAbs => {
                let wide = self.int_width(c, true)?;
                let x = self.arg(c, 0)?;
                let o = if wide { Opcode::I64ABS } else { Opcode::IABS };
                Ok(self.op(o, wide, &[x]))
            }
            How::IntUnary(o) => {
                self.int_width(c, false)?;
                let x = self.arg(c, 0)?;
                Ok(self.op(o, false, &[x]))
            }
            How::Ctlz => self.ctlz(c),
            How::Cttz => self.cttz(c),
        }
    }

    fn fp_unary(&mut self, c: &Call<'_>, f: Opcode, d: Opcode) -> R<Opnd> {
        let x = self.arg(c, 0)?;
        Ok(if c.dbl {
            self.op(d, true, &[x])
        } else {
            self.op(f, false, &[x])
        })
    }

    fn fp_binary(&mut self, c: &Call<'_>, f: Opcode, d: Opcode) -> R<Opnd> {
        let (x, y) = (self.arg(c, 0)?, self.arg(c, 1)?);
        Ok(if c.dbl {
            self.op(d, true, &[x, y])
        } else {
            self.op(f, false, &[x, y])
        })
    }

    /// Refuses a `double` call to a builtin TGSI has in single precision only.
    fn f32_only(c: &Call<'_>) -> R<()> {
        if c.dbl {
            return unsupported(format!("double-precision `{}`", c.name), c.at);
        }
        Ok(())
    }

    fn f32_unary(&mut self, c: &Call<'_>, f: Opcode) -> R<Opnd> {
        Self::f32_only(c)?;
        let x = self.arg(c, 0)?;
        Ok(self.op(f, false, &[x]))
    }

    fn exp_f32(&mut self, c: &Call<'_>) -> R<Opnd> {
        Self::f32_only(c)?;
        let x = self.arg(c, 0)?;
        let log2e = Opnd::I32(std::f32::consts::LOG2_E.to_bits(), ImmType::Flt32);
        let y = self.op(Opcode::MUL, false, &[x, log2e]);
        Ok(self.op(Opcode::EX2, false, &[y]))
    }

    fn log_f32(&mut self, c: &Call<'_>) -> R<Opnd> {
        Self::f32_only(c)?;
        let x = self.arg(c, 0)?;
        let y = self.op(Opcode::LG2, false, &[x]);
        let ln2 = Opnd::I32(std::f32::consts::LN_2.to_bits(), ImmType::Flt32);
        Ok(self.op(Opcode::MUL, false, &[y, ln2]))
    }

    fn pow_f32(&mut self, c: &Call<'_>) -> R<Opnd> {
        Self::f32_only(c)?;
        let (x, y) = (self.arg(c, 0)?, self.arg(c, 1)?);
        Ok(self.op(Opcode::POW, false, &[x, y]))
    }

    fn fabs(&mut self, c: &Call<'_>) -> R<Opnd> {
        let x = self.arg(c, 0)?;
        Ok(if c.dbl {
            self.op(
                Opcode::AND,
                true,
                &[x, Opnd::I64(0x7fff_ffff_ffff_ffff, ImmType::Uint64)],
            )
        } else {
            self.op(Opcode::AND, false, &[x, Self::u(0x7fff_ffff)])
        })
    }

    fn fma(&mut self, c: &Call<'_>, mad: bool) -> R<Opnd> {
        let (x, y, z) = (self.arg(c, 0)?, self.arg(c, 1)?, self.arg(c, 2)?);
        let mad = mad || self.prof.fma_as_mad;
        let o = match (c.dbl, mad) {
            (false, false) => Opcode::FMA,
            (false, true) => Opcode::MAD,
            (true, false) => Opcode::DFMA,
            (true, true) => Opcode::DMAD,
        };
        Ok(self.op(o, c.dbl, &[x, y, z]))
    }

    fn copysign(&mut self, c: &Call<'_>) -> R<Opnd> {
        use Opcode as O;
        let (x, y) = (self.arg(c, 0)?, self.arg(c, 1)?);
        if c.dbl {
            let m = self.op(
                O::AND,
                true,
                &[x, Opnd::I64(0x7fff_ffff_ffff_ffff, ImmType::Uint64)],
            );
            let s = self.op(O::AND, true, &[y, Opnd::I64(1 << 63, ImmType::Uint64)]);
            return Ok(self.op(O::OR, true, &[m, s]));
        }
        let m = self.op(O::AND, false, &[x, Self::u(0x7fff_ffff)]);
        let s = self.op(O::AND, false, &[y, Self::u(0x8000_0000)]);
        Ok(self.op(O::OR, false, &[m, s]))
    }

    /// Half away from zero: trunc(x) + sign(x) * (|x - trunc(x)| >= 0.5).
    fn round_f32(&mut self, c: &Call<'_>) -> R<Opnd> {
        use Opcode as O;
        let x = self.arg(c, 0)?;
        let t = self.op(O::TRUNC, false, &[x]);
        let (sx, nt) = (self.src(x), self.neg(t));
        let d = self.op_s(O::ADD, false, &[sx, nt]);
        let mut ds = self.src(d);
        ds.abs = true;
        let half = self.b.fimm(0.5);
        let ge = self.op_s(O::SGE, false, &[ds, half]);
        let sg = self.op(O::SSG, false, &[x]);
        let r = self.op(O::MAD, false, &[sg, ge, t]);
        // The result has x's sign (round(-0.0) = -0.0, round(-0.3) = -0.0).
        let m = self.op(O::AND, false, &[r, Self::u(0x7fff_ffff)]);
        let s = self.op(O::AND, false, &[x, Self::u(0x8000_0000)]);
        Ok(self.op(O::OR, false, &[m, s]))
    }

    /// `x + y`, or `~0` when it wraps.
    fn add_sat(&mut self, c: &Call<'_>) -> R<Opnd> {
        let (x, y) = (self.arg(c, 0)?, self.arg(c, 1)?);
        let s = self.op(Opcode::UADD, false, &[x, y]);
        let ovf = self.op(Opcode::USLT, false, &[s, x]);
        Ok(self.op(Opcode::OR, false, &[s, ovf]))
    }

    /// `max(x, y) - y`.
    fn sub_sat(&mut self, c: &Call<'_>) -> R<Opnd> {
        let (x, y) = (self.arg(c, 0)?, self.arg(c, 1)?);
        let m = self.op(Opcode::UMAX, false, &[x, y]);
        let ny = self.op(Opcode::INEG, false, &[y]);
        Ok(self.op(Opcode::UADD, false, &[m, ny]))
    }

    fn funnel_shift(&mut self, c: &Call<'_>, left: bool) -> R<Opnd> {
        use Opcode as O;
        let wide = c.rt.kind() == Kind::Int(64) && !self.prof.no_int64;
        let w = if wide { 64 } else { 32 };
        let (x, y, s) = (self.arg(c, 0)?, self.arg(c, 1)?, self.arg(c, 2)?);
        let sl = Self::low(s);
        let sm = self.op(O::AND, false, &[sl, Self::u(w - 1)]);
        let ns = self.op(O::INEG, false, &[sm]);
        let inv = self.op(O::AND, false, &[ns, Self::u(w - 1)]);
        let (shl, shr) = if wide {
            (O::U64SHL, O::U64SHR)
        } else {
            (O::SHL, O::USHR)
        };
        // fshl: (x << s) | (y >> (w - s)); fshr: (x << (w - s)) | (y >> s); s = 0 → y or x.
        let (ls, rs) = if left { (sm, inv) } else { (inv, sm) };
        let hi = self.op(shl, wide, &[x, ls]);
        let lo = self.op(shr, wide, &[y, rs]);
        let r = self.op(O::OR, wide, &[hi, lo]);
        let z = self.op(O::USEQ, false, &[sm, Self::u(0)]);
        let keep = if left { x } else { y };
        Ok(self.op(O::UCMP, wide, &[z, keep, r]))
    }

    /// Whether an integer builtin works on 64-bit values; refuses integers narrower than
    /// 32 bits and, unless `wide_ok`, 64-bit ones (under `no-int64` they are 32-bit).
    fn int_width(&self, c: &Call<'_>, wide_ok: bool) -> R<bool> {
        let bits = match c.rt.kind() {
            Kind::Int(b) => b,
            _ => 0,
        };
        let wide = bits == 64 && !self.prof.no_int64;
        if bits < 32 || (wide && !wide_ok) {
            return unsupported(format!("`{}`", c.name), c.at);
        }
        Ok(wide)
    }

    fn ctlz(&mut self, c: &Call<'_>) -> R<Opnd> {
        self.int_width(c, false)?;
        let x = self.arg(c, 0)?;
        let m = self.op(Opcode::UMSB, false, &[x]);
        let nm = self.op(Opcode::INEG, false, &[m]);
        Ok(self.op(Opcode::UADD, false, &[nm, Self::u(31)]))
    }

    fn cttz(&mut self, c: &Call<'_>) -> R<Opnd> {
        self.int_width(c, false)?;
        let x = self.arg(c, 0)?;
        let l = self.op(Opcode::LSB, false, &[x]);
        let z = self.op(Opcode::USEQ, false, &[x, Self::u(0)]);
        Ok(self.op(Opcode::UCMP, false, &[z, Self::u(32), l]))
    }
}

#[cfg(test)]
mod tests {
    use super::{BUILTINS, LIBDEVICE};

    /// A kept libdevice function is dispatched by its name with trailing `f`s trimmed: that
    /// must reach the entry that lists it.
    #[test]
    fn each_libdevice_function_reaches_its_own_entry() {
        for e in BUILTINS {
            for l in e.libdevice {
                let b = l.trim_end_matches('f');
                let first = BUILTINS.iter().find(|x| x.names.contains(&b));
                assert!(
                    first.is_some_and(|f| std::ptr::eq(f, e)),
                    "`__nv_{l}` is dispatched as `{b}`, which is not its entry's first match"
                );
            }
        }
    }

    #[test]
    fn libdevice_list_is_the_tables() {
        let want: Vec<&str> = BUILTINS.iter().flat_map(|e| e.libdevice).copied().collect();
        assert_eq!(LIBDEVICE, want.as_slice());
        for (k, l) in LIBDEVICE.iter().enumerate() {
            assert!(!l.starts_with("__nv_") && !l.is_empty(), "`{l}`");
            assert!(!LIBDEVICE[..k].contains(l), "`{l}` listed twice");
        }
    }
}
