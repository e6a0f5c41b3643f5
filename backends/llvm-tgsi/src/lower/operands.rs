//! Operands: scalar [`Opnd`]s as TGSI sources and destinations, and the helpers that emit
//! one instruction into a fresh temporary. Every other room emits through these.

use super::{Lower, Opnd};
use ir_tgsi::program::mask;
use ir_tgsi::{Dst, ImmType, Opcode, Src};

impl Lower<'_> {
    pub(super) fn src(&mut self, o: Opnd) -> Src {
        match o {
            Opnd::R {
                reg,
                c,
                wide: false,
            } => Src::scalar(reg, c),
            Opnd::R { reg, c, wide: true } => Src {
                reg,
                swizzle: [c, c + 1, c, c + 1],
                negate: false,
                abs: false,
            },
            Opnd::I32(v, ty) => Src::scalar(self.b.imm32(ty, &[v]), 0),
            Opnd::I64(v, ty) => {
                let r = self.b.imm64(ty, &[v]);
                Src {
                    reg: r,
                    swizzle: [0, 1, 0, 1],
                    negate: false,
                    abs: false,
                }
            }
        }
    }

    pub(super) fn neg(&mut self, o: Opnd) -> Src {
        let mut s = self.src(o);
        s.negate = true;
        s
    }

    pub(super) fn new_temp(&mut self, wide: bool) -> Opnd {
        Opnd::R {
            reg: self.b.temp(),
            c: 0,
            wide,
        }
    }

    pub(super) fn dst(o: Opnd) -> Dst {
        match o {
            Opnd::R { reg, c, wide } => Dst {
                reg,
                mask: if wide { mask::XY << c } else { mask::X << c },
            },
            _ => unreachable!("destination is always a temporary"),
        }
    }

    /// Emits `op` into a fresh temporary.
    pub(super) fn op(&mut self, op: Opcode, wide: bool, srcs: &[Opnd]) -> Opnd {
        let s: Vec<Src> = srcs.iter().map(|o| self.src(*o)).collect();
        self.op_s(op, wide, &s)
    }

    pub(super) fn op_s(&mut self, op: Opcode, wide: bool, srcs: &[Src]) -> Opnd {
        let d = self.new_temp(wide);
        self.b.emit(op, &[Self::dst(d)], srcs);
        d
    }

    pub(super) fn mov_to(&mut self, d: Opnd, s: Opnd) {
        if d == s {
            return;
        }
        let s = self.src(s);
        self.b.emit(Opcode::MOV, &[Self::dst(d)], &[s]);
    }

    pub(super) fn u(v: u32) -> Opnd {
        Opnd::I32(v, ImmType::Uint32)
    }

    pub(super) fn low(o: Opnd) -> Opnd {
        match o {
            Opnd::R { reg, c, .. } => Opnd::R {
                reg,
                c,
                wide: false,
            },
            Opnd::I64(v, _) => Self::u(v as u32),
            other => other,
        }
    }

    pub(super) fn high(o: Opnd) -> Opnd {
        match o {
            Opnd::R { reg, c, .. } => Opnd::R {
                reg,
                c: c + 1,
                wide: false,
            },
            Opnd::I64(v, _) => Self::u((v >> 32) as u32),
            other => other,
        }
    }

    pub(super) fn norm(&mut self, bits: u32, x: Opnd) -> Opnd {
        if bits >= 32 || bits == 1 {
            x
        } else {
            self.op(Opcode::AND, false, &[x, Self::u((1u32 << bits) - 1)])
        }
    }

    pub(super) fn sext32(&mut self, bits: u32, x: Opnd) -> Opnd {
        if bits >= 32 || bits == 1 {
            x
        } else {
            self.op(Opcode::IBFE, false, &[x, Self::u(0), Self::u(bits)])
        }
    }

    pub(super) fn add_const(&mut self, wide: bool, o: Opnd, k: u64) -> Opnd {
        if k == 0 {
            return o;
        }
        match (o, wide) {
            (Opnd::I32(v, _), false) => Self::u(v.wrapping_add(k as u32)),
            (Opnd::I64(v, _), true) => Opnd::I64(v.wrapping_add(k), ImmType::Uint64),
            (_, false) => self.op(Opcode::UADD, false, &[o, Self::u(k as u32)]),
            (_, true) => self.op(Opcode::U64ADD, true, &[o, Opnd::I64(k, ImmType::Uint64)]),
        }
    }

    pub(super) fn emit_flow(&mut self, op: Opcode) {
        self.b.emit(op, &[], &[]);
    }

    /// `MEMBAR` for global and shared memory (LLVM's `fence`, NVVM's `membar`/`fence`).
    pub(super) fn membar(&mut self) {
        let f = self.b.uimm(1 | 8);
        self.b.emit(Opcode::MEMBAR, &[], &[f]);
    }
}
