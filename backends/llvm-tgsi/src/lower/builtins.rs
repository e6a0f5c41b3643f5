//! Calls: NVVM special registers, barriers and fences, intrinsics without code, and the
//! math builtins (LLVM intrinsics and the libdevice functions the pipeline kept as
//! declarations, see `MAPPED_LIBDEVICE` in the crate root).

use super::{unsupported, Lower, Opnd, Val, R};
use crate::ir::{Kind, V};
use ir_tgsi::{ImmType, Opcode, Semantic};

impl Lower<'_> {
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

    pub(super) fn call(&mut self, i: V) -> R<Option<Val>> {
        use Opcode as O;
        let at = Some(i);
        let callee = i.called();
        if !callee.is_function() {
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
        let a = |l: &mut Self, k: usize| l.scalar(args[k]);
        // LLVM intrinsics and the libdevice functions the pipeline kept as declarations.
        let un = |l: &mut Self, f: O, d: O| -> R<Option<Val>> {
            let x = a(l, 0)?;
            Ok(Some(Val::S(vec![if dbl {
                l.op(d, true, &[x])
            } else {
                l.op(f, false, &[x])
            }])))
        };
        let bin = |l: &mut Self, f: O, d: O| -> R<Option<Val>> {
            let (x, y) = (a(l, 0)?, a(l, 1)?);
            Ok(Some(Val::S(vec![if dbl {
                l.op(d, true, &[x, y])
            } else {
                l.op(f, false, &[x, y])
            }])))
        };
        let f32_only = |l: &mut Self, f: O| -> R<Option<Val>> {
            if dbl {
                return unsupported(format!("double-precision `{n}`"), at);
            }
            let x = a(l, 0)?;
            Ok(Some(Val::S(vec![l.op(f, false, &[x])])))
        };
        if let Some(r) = n.strip_prefix("llvm.nvvm.read.ptx.sreg.") {
            let sem = match r.split('.').next() {
                Some("tid") => Semantic::ThreadId,
                Some("ctaid") => Semantic::BlockId,
                Some("ntid") => Semantic::BlockSize,
                Some("nctaid") => Semantic::GridSize,
                _ => return unsupported(format!("special register `{r}`"), at),
            };
            return Ok(Some(Val::S(vec![self.sv(sem, r)])));
        }
        if n.starts_with("llvm.nvvm.barrier") || n.starts_with("llvm.nvvm.bar.") {
            self.emit_flow(O::BARRIER);
            return Ok(None);
        }
        if n.starts_with("llvm.nvvm.membar") || n.starts_with("llvm.nvvm.fence") {
            let f = self.b.uimm(1 | 8);
            self.b.emit(O::MEMBAR, &[], &[f]);
            return Ok(None);
        }
        let ignore = [
            "llvm.lifetime.",
            "llvm.assume",
            "llvm.dbg.",
            "llvm.experimental.noalias.scope.decl",
            "llvm.invariant.",
            "llvm.sideeffect",
            "llvm.pseudoprobe",
        ];
        if ignore.iter().any(|p| n.starts_with(p)) {
            return Ok(None);
        }
        let n = n
            .strip_prefix("llvm.nvvm.")
            .map_or(n.to_string(), |r| format!("llvm.{r}"));
        let n = n.as_str();
        let base = n
            .strip_prefix("__tgsi_nv_")
            .map(|s| s.to_string())
            .or_else(|| {
                n.strip_prefix("llvm.")
                    .map(|s| s.split('.').next().unwrap_or("").to_string())
            });
        let Some(base) = base else {
            if n == "printf" || n.contains("printf") {
                return unsupported("printf", at);
            }
            if n.contains("image") || n.contains("sampler") {
                return unsupported(format!("images (`{n}`)"), at);
            }
            return unsupported(
                format!("call to `{n}` (recursion, or a function that was not inlined)"),
                at,
            );
        };
        // libdevice's double-precision code takes doubles apart and puts them together.
        match n {
            "llvm.d2i.lo" | "llvm.d2i.hi" => {
                let x = a(self, 0)?;
                let w = if n.ends_with("lo") {
                    Self::low(x)
                } else {
                    Self::high(x)
                };
                return Ok(Some(Val::S(vec![w])));
            }
            // The approximate reciprocal seeds Newton steps: the exact one serves.
            "llvm.rcp.approx.ftz.d" | "llvm.rcp.approx.ftz.f" | "llvm.rcp.approx.f" => {
                return un(self, O::RCP, O::DRCP)
            }
            "llvm.lohi.i2d" => {
                let (lo, hi) = (a(self, 0)?, a(self, 1)?);
                let d = self.new_temp(true);
                self.mov_to(Self::low(d), lo);
                self.mov_to(Self::high(d), hi);
                return Ok(Some(Val::S(vec![d])));
            }
            _ => {}
        }
        let b = base.trim_end_matches('f');
        match b {
            "sqrt" => un(self, O::SQRT, O::DSQRT),
            "rsqrt" => un(self, O::RSQ, O::DRSQ),
            "exp2" => f32_only(self, O::EX2),
            "log2" => f32_only(self, O::LG2),
            "sin" => f32_only(self, O::SIN),
            "cos" => f32_only(self, O::COS),
            "floor" => un(self, O::FLR, O::DFLR),
            "ceil" => un(self, O::CEIL, O::DCEIL),
            "trunc" => un(self, O::TRUNC, O::DTRUNC),
            "rint" | "roundeven" | "nearbyint" => un(self, O::ROUND, O::DROUND),
            "minnum" | "fmin" | "minimumnum" => bin(self, O::MIN, O::DMIN),
            "maxnum" | "fmax" | "maximumnum" => bin(self, O::MAX, O::DMAX),
            "exp" | "log" => {
                if dbl {
                    return unsupported(format!("double-precision `{n}`"), at);
                }
                let x = a(self, 0)?;
                let r = if b == "exp" {
                    let y = self.op(
                        O::MUL,
                        false,
                        &[
                            x,
                            Opnd::I32(std::f32::consts::LOG2_E.to_bits(), ImmType::Flt32),
                        ],
                    );
                    self.op(O::EX2, false, &[y])
                } else {
                    let y = self.op(O::LG2, false, &[x]);
                    self.op(
                        O::MUL,
                        false,
                        &[
                            y,
                            Opnd::I32(std::f32::consts::LN_2.to_bits(), ImmType::Flt32),
                        ],
                    )
                };
                Ok(Some(Val::S(vec![r])))
            }
            "pow" => {
                if dbl {
                    return unsupported(format!("double-precision `{n}`"), at);
                }
                let (x, y) = (a(self, 0)?, a(self, 1)?);
                Ok(Some(Val::S(vec![self.op(O::POW, false, &[x, y])])))
            }
            "fabs" | "abs" if matches!(rt.kind(), Kind::F32 | Kind::F64) => {
                let x = a(self, 0)?;
                Ok(Some(Val::S(vec![if dbl {
                    self.op(
                        O::AND,
                        true,
                        &[x, Opnd::I64(0x7fff_ffff_ffff_ffff, ImmType::Uint64)],
                    )
                } else {
                    self.op(O::AND, false, &[x, Self::u(0x7fff_ffff)])
                }])))
            }
            "fma" | "fmuladd" | "fmaf" => {
                let (x, y, z) = (a(self, 0)?, a(self, 1)?, a(self, 2)?);
                let mad = b == "fmuladd" || self.prof.fma_as_mad;
                let o = match (dbl, mad) {
                    (false, false) => O::FMA,
                    (false, true) => O::MAD,
                    (true, false) => O::DFMA,
                    (true, true) => O::DMAD,
                };
                Ok(Some(Val::S(vec![self.op(o, dbl, &[x, y, z])])))
            }
            "copysign" => {
                let (x, y) = (a(self, 0)?, a(self, 1)?);
                if dbl {
                    let m = self.op(
                        O::AND,
                        true,
                        &[x, Opnd::I64(0x7fff_ffff_ffff_ffff, ImmType::Uint64)],
                    );
                    let s = self.op(O::AND, true, &[y, Opnd::I64(1 << 63, ImmType::Uint64)]);
                    return Ok(Some(Val::S(vec![self.op(O::OR, true, &[m, s])])));
                }
                let m = self.op(O::AND, false, &[x, Self::u(0x7fff_ffff)]);
                let s = self.op(O::AND, false, &[y, Self::u(0x8000_0000)]);
                Ok(Some(Val::S(vec![self.op(O::OR, false, &[m, s])])))
            }
            "ldexp" if !dbl => {
                let (x, y) = (a(self, 0)?, a(self, 1)?);
                Ok(Some(Val::S(vec![self.op(O::LDEXP, false, &[x, y])])))
            }
            "round" if !dbl => {
                // Half away from zero: trunc(x) + sign(x) * (|x - trunc(x)| >= 0.5).
                let x = a(self, 0)?;
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
                Ok(Some(Val::S(vec![self.op(O::OR, false, &[m, s])])))
            }
            "usub" | "uadd" if n.contains(".sat.") && rt.kind() == Kind::Int(32) => {
                let (x, y) = (a(self, 0)?, a(self, 1)?);
                let r = if b == "usub" {
                    let m = self.op(O::UMAX, false, &[x, y]);
                    let ny = self.op(O::INEG, false, &[y]);
                    self.op(O::UADD, false, &[m, ny])
                } else {
                    let s = self.op(O::UADD, false, &[x, y]);
                    let ovf = self.op(O::USLT, false, &[s, x]);
                    self.op(O::OR, false, &[s, ovf])
                };
                Ok(Some(Val::S(vec![r])))
            }
            "fshl" | "fshr" if matches!(rt.kind(), Kind::Int(32 | 64)) => {
                let wide = rt.kind() == Kind::Int(64) && !self.prof.no_int64;
                let w = if wide { 64 } else { 32 };
                let (x, y, s) = (a(self, 0)?, a(self, 1)?, a(self, 2)?);
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
                let (ls, rs) = if b == "fshl" { (sm, inv) } else { (inv, sm) };
                let hi = self.op(shl, wide, &[x, ls]);
                let lo = self.op(shr, wide, &[y, rs]);
                let r = self.op(O::OR, wide, &[hi, lo]);
                let z = self.op(O::USEQ, false, &[sm, Self::u(0)]);
                let keep = if b == "fshl" { x } else { y };
                Ok(Some(Val::S(vec![self.op(O::UCMP, wide, &[z, keep, r])])))
            }
            "smin" | "smax" | "umin" | "umax" | "abs" | "ctpop" | "ctlz" | "cttz"
            | "bitreverse" => {
                let bits = match rt.kind() {
                    Kind::Int(b) => b,
                    _ => 0,
                };
                let wide = bits == 64 && !self.prof.no_int64;
                if bits < 32 || (wide && !matches!(b, "smin" | "smax" | "umin" | "umax" | "abs")) {
                    return unsupported(format!("`{n}`"), at);
                }
                let x = a(self, 0)?;
                let r = match b {
                    "smin" | "smax" | "umin" | "umax" => {
                        let y = a(self, 1)?;
                        let o = match (b, wide) {
                            ("smin", false) => O::IMIN,
                            ("smax", false) => O::IMAX,
                            ("umin", false) => O::UMIN,
                            ("umax", false) => O::UMAX,
                            ("smin", true) => O::I64MIN,
                            ("smax", true) => O::I64MAX,
                            ("umin", true) => O::U64MIN,
                            _ => O::U64MAX,
                        };
                        self.op(o, wide, &[x, y])
                    }
                    "abs" => self.op(if wide { O::I64ABS } else { O::IABS }, wide, &[x]),
                    "ctpop" => self.op(O::POPC, false, &[x]),
                    "bitreverse" => self.op(O::BREV, false, &[x]),
                    "ctlz" => {
                        let m = self.op(O::UMSB, false, &[x]);
                        let nm = self.op(O::INEG, false, &[m]);
                        self.op(O::UADD, false, &[nm, Self::u(31)])
                    }
                    _ => {
                        let l = self.op(O::LSB, false, &[x]);
                        let z = self.op(O::USEQ, false, &[x, Self::u(0)]);
                        self.op(O::UCMP, false, &[z, Self::u(32), l])
                    }
                };
                Ok(Some(Val::S(vec![r])))
            }
            _ => unsupported(format!("builtin `{n}`"), at),
        }
    }
}
