//! Execution: runs one work-item from where it stands until it reaches a barrier or ends.
//! Each step counts against the budget, fetches the sources (swizzled, modifiers applied),
//! dispatches on the opcode to a lane combinator (`lanes`), a memory instruction (`memory`)
//! or a transfer of control, and writes the result under the destination's writemask.

use super::decode::{DInst, DSrc, Loc, Machine};
use super::lanes::*;
use super::memory::Mem;
use super::schedule::{Item, ItemState, State};
use super::InterpError;
use crate::opcode::Opcode;
use crate::text::inst_text;

/// What an instruction does next.
pub(super) enum Step {
    /// Write this value under the destination's mask, then go on.
    Write([u32; 4]),
    /// Go on with the next instruction.
    Next,
    /// Go on at this instruction.
    Jump(usize),
    /// Wait at this barrier.
    Barrier,
    /// The work-item has ended.
    End,
}

impl Machine<'_> {
    #[inline]
    /// The slot `base + ADDR[addr].chan`, if below `len`.
    fn slot(&self, regs: &[[u32; 4]], base: u32, addr: u32, chan: u8, len: usize) -> Option<usize> {
        let off = regs[addr as usize][usize::from(chan & 3)] as i32;
        let i = i64::from(base) + i64::from(off);
        if i >= 0 && (i as u64) < len as u64 {
            Some(i as usize)
        } else {
            None
        }
    }

    #[inline]
    /// The value at `loc` (`None`: an indirect index out of range).
    fn read(&self, loc: Loc, regs: &[[u32; 4]], item: &Item) -> Option<[u32; 4]> {
        Some(match loc {
            Loc::Temp(i) => regs[i as usize],
            Loc::Addr(i) => regs[i as usize],
            Loc::Imm(i) => self.imms[i as usize],
            Loc::Sv(k) => item.sv[usize::from(k)],
            Loc::Const(i) => *self.consts.get(i as usize)?,
            Loc::TempInd { base, addr, chan } => {
                regs[self.slot(regs, base, addr, chan, self.ntemps as usize)?]
            }
            Loc::ImmInd { base, addr, chan } => {
                self.imms[self.slot(regs, base, addr, chan, self.imms.len())?]
            }
            Loc::ConstInd { base, addr, chan } => {
                self.consts[self.slot(regs, base, addr, chan, self.consts.len())?]
            }
            Loc::Res => [0; 4],
        })
    }

    #[inline]
    /// Source `s`: swizzled, modifiers applied (`None`: an indirect index out of range).
    pub(super) fn fetch(&self, s: &DSrc, regs: &[[u32; 4]], item: &Item) -> Option<[u32; 4]> {
        let v = self.read(s.loc, regs, item)?;
        let w = s.swz;
        let mut r = [
            v[usize::from(w[0] & 3)],
            v[usize::from(w[1] & 3)],
            v[usize::from(w[2] & 3)],
            v[usize::from(w[3] & 3)],
        ];
        if let Some((and, xor)) = s.mods {
            for c in 0..4 {
                r[c] = (r[c] & and[c]) ^ xor[c];
            }
        }
        if s.ineg {
            for x in &mut r {
                *x = x.wrapping_neg();
            }
        }
        Some(r)
    }

    /// The printed instruction `pc`, for errors.
    pub(super) fn text(&self, pc: usize) -> String {
        inst_text(&self.prog.insts[pc])
    }

    fn indirect(&self, pc: usize) -> InterpError {
        InterpError::Indirect { index: pc, text: self.text(pc), reg: "register".into() }
    }

    /// Runs one work-item until it reaches a barrier or ends.
    pub(super) fn exec(
        &self,
        item: &mut Item,
        regs: &mut [[u32; 4]],
        mem: &mut Mem<'_>,
        st: &mut State,
    ) -> Result<ItemState, InterpError> {
        let mut pc = item.pc;
        loop {
            let Some(inst) = self.insts.get(pc) else {
                // Falling off the end (only possible after a subroutine layout quirk) ends.
                item.pc = pc;
                return Ok(ItemState::Ended);
            };
            st.executed += 1;
            if st.executed > st.budget {
                return Err(InterpError::Budget {
                    index: pc,
                    text: self.text(pc),
                    limit: st.budget,
                });
            }
            let mut s = [[0u32; 4]; 4];
            for (v, src) in s.iter_mut().zip(&inst.src[..usize::from(inst.nsrc)]) {
                *v = self.fetch(src, regs, item).ok_or_else(|| self.indirect(pc))?;
            }
            match self.step(pc, s, item, regs, mem, st)? {
                Step::Write(r) => {
                    self.write(pc, r, regs)?;
                    pc += 1;
                }
                Step::Next => pc += 1,
                Step::Jump(to) => pc = to,
                Step::Barrier => {
                    item.pc = pc + 1;
                    return Ok(ItemState::Barrier(pc));
                }
                Step::End => {
                    item.pc = pc;
                    return Ok(ItemState::Ended);
                }
            }
        }
    }

    /// Instruction `pc` on its fetched sources `a b c e`: the opcode dispatch.
    fn step(
        &self,
        pc: usize,
        [a, b, c, e]: [[u32; 4]; 4],
        item: &mut Item,
        regs: &[[u32; 4]],
        mem: &mut Mem<'_>,
        st: &State,
    ) -> Result<Step, InterpError> {
        let inst = &self.insts[pc];
        let r: [u32; 4] = match inst.op {
            // ---- float
            Opcode::MOV => a,
            Opcode::ADD => f2(a, b, |x, y| x + y),
            Opcode::MUL => f2(a, b, |x, y| x * y),
            Opcode::MAD => m3(a, b, c, |x, y, z| fb(f(x) * f(y) + f(z))),
            Opcode::FMA => m3(a, b, c, |x, y, z| fb(f(x).mul_add(f(y), f(z)))),
            Opcode::DIV => f2(a, b, |x, y| x / y),
            Opcode::MIN => f2(a, b, f32::min),
            Opcode::MAX => f2(a, b, f32::max),
            Opcode::FLR => f1(a, f32::floor),
            Opcode::CEIL => f1(a, f32::ceil),
            Opcode::TRUNC => f1(a, f32::trunc),
            Opcode::ROUND => f1(a, f32::round_ties_even),
            Opcode::FRC => f1(a, |x| x - x.floor()),
            Opcode::SSG => f1(a, sign_f32),
            Opcode::CMP => m3(a, b, c, |x, y, z| if f(x) < 0.0 { y } else { z }),
            Opcode::SLT => m2(a, b, |x, y| fbool(f(x) < f(y))),
            Opcode::SGE => m2(a, b, |x, y| fbool(f(x) >= f(y))),
            Opcode::SEQ => m2(a, b, |x, y| fbool(f(x) == f(y))),
            Opcode::SNE => m2(a, b, |x, y| fbool(f(x) != f(y))),
            Opcode::FSLT => fcmp(a, b, |x, y| x < y),
            Opcode::FSGE => fcmp(a, b, |x, y| x >= y),
            Opcode::FSEQ => fcmp(a, b, |x, y| x == y),
            Opcode::FSNE => fcmp(a, b, |x, y| x != y),
            Opcode::LDEXP => m2(a, b, |x, y| fb(ldexp(f(x), y as i32))),
            Opcode::RCP => scalar(a, |x| 1.0 / x),
            Opcode::RSQ => scalar(a, |x| 1.0 / x.sqrt()),
            Opcode::SQRT => scalar(a, f32::sqrt),
            Opcode::EX2 => scalar(a, f32::exp2),
            Opcode::LG2 => scalar(a, f32::log2),
            Opcode::POW => [fb(f(a[0]).powf(f(b[0]))); 4],
            Opcode::SIN => scalar(a, f32::sin),
            Opcode::COS => scalar(a, f32::cos),
            Opcode::DP2 => dot(a, b, 2),
            Opcode::DP3 => dot(a, b, 3),
            Opcode::DP4 => dot(a, b, 4),
            // ---- integer
            Opcode::UADD => m2(a, b, u32::wrapping_add),
            Opcode::UMUL => m2(a, b, u32::wrapping_mul),
            Opcode::UMAD => m3(a, b, c, |x, y, z| x.wrapping_mul(y).wrapping_add(z)),
            Opcode::IMUL_HI => {
                m2(a, b, |x, y| ((i64::from(x as i32) * i64::from(y as i32)) >> 32) as u32)
            }
            Opcode::UMUL_HI => m2(a, b, |x, y| ((u64::from(x) * u64::from(y)) >> 32) as u32),
            Opcode::IDIV => m2(a, b, idiv),
            Opcode::UDIV => m2(a, b, |x, y| x.checked_div(y).unwrap_or(u32::MAX)),
            Opcode::UMOD => m2(a, b, |x, y| x.checked_rem(y).unwrap_or(u32::MAX)),
            Opcode::MOD => m2(a, b, imod),
            Opcode::INEG => m1(a, |x| (x as i32).wrapping_neg() as u32),
            Opcode::IABS => m1(a, |x| (x as i32).wrapping_abs() as u32),
            Opcode::ISSG => m1(a, |x| (x as i32).signum() as u32),
            Opcode::NOT => m1(a, |x| !x),
            Opcode::AND => m2(a, b, |x, y| x & y),
            Opcode::OR => m2(a, b, |x, y| x | y),
            Opcode::XOR => m2(a, b, |x, y| x ^ y),
            Opcode::SHL => m2(a, b, |x, y| x << (y & 31)),
            Opcode::ISHR => m2(a, b, |x, y| ((x as i32) >> (y & 31)) as u32),
            Opcode::USHR => m2(a, b, |x, y| x >> (y & 31)),
            Opcode::IMIN => m2(a, b, |x, y| (x as i32).min(y as i32) as u32),
            Opcode::IMAX => m2(a, b, |x, y| (x as i32).max(y as i32) as u32),
            Opcode::UMIN => m2(a, b, u32::min),
            Opcode::UMAX => m2(a, b, u32::max),
            Opcode::ISLT => m2(a, b, |x, y| bool32((x as i32) < (y as i32))),
            Opcode::ISGE => m2(a, b, |x, y| bool32((x as i32) >= (y as i32))),
            Opcode::USLT => m2(a, b, |x, y| bool32(x < y)),
            Opcode::USGE => m2(a, b, |x, y| bool32(x >= y)),
            Opcode::USEQ => m2(a, b, |x, y| bool32(x == y)),
            Opcode::USNE => m2(a, b, |x, y| bool32(x != y)),
            Opcode::UCMP => m3(a, b, c, |x, y, z| if x != 0 { y } else { z }),
            Opcode::IBFE => m3(a, b, c, ibfe),
            Opcode::UBFE => m3(a, b, c, ubfe),
            Opcode::BFI => m4(a, b, c, e, bfi),
            Opcode::BREV => m1(a, u32::reverse_bits),
            Opcode::POPC => m1(a, u32::count_ones),
            Opcode::LSB => m1(a, |x| if x == 0 { u32::MAX } else { x.trailing_zeros() }),
            Opcode::IMSB => m1(a, imsb),
            Opcode::UMSB => m1(a, |x| if x == 0 { u32::MAX } else { 31 - x.leading_zeros() }),
            Opcode::UARL => a,
            // ---- conversions
            Opcode::I2F => m1(a, |x| fb(x as i32 as f32)),
            Opcode::U2F => m1(a, |x| fb(x as f32)),
            Opcode::F2I => m1(a, |x| f(x) as i32 as u32),
            Opcode::F2U => m1(a, |x| f(x) as u32),
            // ---- doubles
            Opcode::DADD => d2(a, b, |x, y| x + y),
            Opcode::DMUL => d2(a, b, |x, y| x * y),
            Opcode::DMAD => w3(a, b, c, |x, y, z| db(d(x) * d(y) + d(z))),
            Opcode::DFMA => w3(a, b, c, |x, y, z| db(d(x).mul_add(d(y), d(z)))),
            Opcode::DDIV => d2(a, b, |x, y| x / y),
            Opcode::DRCP => d1(a, |x| 1.0 / x),
            Opcode::DSQRT => d1(a, f64::sqrt),
            Opcode::DRSQ => d1(a, |x| 1.0 / x.sqrt()),
            Opcode::DMIN => d2(a, b, f64::min),
            Opcode::DMAX => d2(a, b, f64::max),
            Opcode::DNEG => d1(a, |x| -x),
            Opcode::DABS => d1(a, f64::abs),
            Opcode::DFLR => d1(a, f64::floor),
            Opcode::DCEIL => d1(a, f64::ceil),
            Opcode::DTRUNC => d1(a, f64::trunc),
            Opcode::DROUND => d1(a, f64::round_ties_even),
            Opcode::DFRAC => d1(a, |x| x - x.floor()),
            Opcode::DSSG => d1(a, sign_f64),
            Opcode::DSEQ => wn2(a, b, |x, y| d(x) == d(y)),
            Opcode::DSNE => wn2(a, b, |x, y| d(x) != d(y)),
            Opcode::DSLT => wn2(a, b, |x, y| d(x) < d(y)),
            Opcode::DSGE => wn2(a, b, |x, y| d(x) >= d(y)),
            Opcode::D2F => wn1(a, |x| fb(d(x) as f32)),
            Opcode::D2I => wn1(a, |x| d(x) as i32 as u32),
            Opcode::D2U => wn1(a, |x| d(x) as u32),
            Opcode::F2D => nw1(a, |x| db(f64::from(f(x)))),
            Opcode::I2D => nw1(a, |x| db(f64::from(x as i32))),
            Opcode::U2D => nw1(a, |x| db(f64::from(x))),
            Opcode::D2I64 => w1(a, |x| d(x) as i64 as u64),
            Opcode::D2U64 => w1(a, |x| d(x) as u64),
            Opcode::I642D => w1(a, |x| db(x as i64 as f64)),
            Opcode::U642D => w1(a, |x| db(x as f64)),
            // ---- 64-bit integers
            Opcode::U64ADD => w2(a, b, u64::wrapping_add),
            Opcode::U64MUL => w2(a, b, u64::wrapping_mul),
            Opcode::U64DIV => w2(a, b, |x, y| x.checked_div(y).unwrap_or(u64::MAX)),
            Opcode::I64DIV => w2(a, b, i64div),
            Opcode::U64MOD => w2(a, b, |x, y| x.checked_rem(y).unwrap_or(u64::MAX)),
            Opcode::I64MOD => w2(a, b, i64mod),
            Opcode::U64MIN => w2(a, b, u64::min),
            Opcode::U64MAX => w2(a, b, u64::max),
            Opcode::I64MIN => w2(a, b, |x, y| (x as i64).min(y as i64) as u64),
            Opcode::I64MAX => w2(a, b, |x, y| (x as i64).max(y as i64) as u64),
            Opcode::I64NEG => w1(a, |x| (x as i64).wrapping_neg() as u64),
            Opcode::I64ABS => w1(a, |x| (x as i64).wrapping_abs() as u64),
            Opcode::I64SSG => w1(a, |x| (x as i64).signum() as u64),
            Opcode::U64SHL => wshift(a, b, |x, n| x << n),
            Opcode::I64SHR => wshift(a, b, |x, n| ((x as i64) >> n) as u64),
            Opcode::U64SHR => wshift(a, b, |x, n| x >> n),
            Opcode::U64SEQ => wn2(a, b, |x, y| x == y),
            Opcode::U64SNE => wn2(a, b, |x, y| x != y),
            Opcode::U64SLT => wn2(a, b, |x, y| x < y),
            Opcode::U64SGE => wn2(a, b, |x, y| x >= y),
            Opcode::I64SLT => wn2(a, b, |x, y| (x as i64) < (y as i64)),
            Opcode::I64SGE => wn2(a, b, |x, y| (x as i64) >= (y as i64)),
            Opcode::I2I64 => nw1(a, |x| x as i32 as i64 as u64),
            Opcode::U2I64 => nw1(a, u64::from),
            Opcode::F2I64 => nw1(a, |x| f(x) as i64 as u64),
            Opcode::F2U64 => nw1(a, |x| f(x) as u64),
            Opcode::I642F => wn1(a, |x| fb(x as i64 as f32)),
            Opcode::U642F => wn1(a, |x| fb(x as f32)),
            // ---- memory
            Opcode::LOAD => self.load(pc, b, mem)?,
            Opcode::STORE => return self.store(pc, a, b, mem),
            Opcode::ATOMUADD => self.atomic(pc, [b, c, e], mem, |old, v, _| old.wrapping_add(v))?,
            Opcode::ATOMXCHG => self.atomic(pc, [b, c, e], mem, |_, v, _| v)?,
            Opcode::ATOMCAS => {
                self.atomic(pc, [b, c, e], mem, |old, v, w| if old == v { w } else { old })?
            }
            Opcode::ATOMAND => self.atomic(pc, [b, c, e], mem, |old, v, _| old & v)?,
            Opcode::ATOMOR => self.atomic(pc, [b, c, e], mem, |old, v, _| old | v)?,
            Opcode::ATOMXOR => self.atomic(pc, [b, c, e], mem, |old, v, _| old ^ v)?,
            Opcode::ATOMUMIN => self.atomic(pc, [b, c, e], mem, |old, v, _| old.min(v))?,
            Opcode::ATOMUMAX => self.atomic(pc, [b, c, e], mem, |old, v, _| old.max(v))?,
            Opcode::ATOMIMIN => {
                self.atomic(pc, [b, c, e], mem, |old, v, _| (old as i32).min(v as i32) as u32)?
            }
            Opcode::ATOMIMAX => {
                self.atomic(pc, [b, c, e], mem, |old, v, _| (old as i32).max(v as i32) as u32)?
            }
            Opcode::ATOMFADD => self.atomic(pc, [b, c, e], mem, |old, v, _| fb(f(old) + f(v)))?,
            // ---- synchronization
            Opcode::BARRIER => return Ok(Step::Barrier),
            Opcode::MEMBAR | Opcode::NOP => return Ok(Step::Next),
            // ---- control flow
            Opcode::IF => return Ok(branch(f(a[0]) != 0.0, inst)),
            Opcode::UIF => return Ok(branch(a[0] != 0, inst)),
            Opcode::ELSE | Opcode::ENDLOOP | Opcode::BRK | Opcode::CONT | Opcode::BGNSUB => {
                return Ok(Step::Jump(inst.jump))
            }
            Opcode::ENDIF
            | Opcode::BGNLOOP
            | Opcode::CASE
            | Opcode::DEFAULT
            | Opcode::ENDSWITCH => return Ok(Step::Next),
            Opcode::SWITCH => return self.switch(inst, a[0], regs, item),
            Opcode::CAL => return self.call(pc, item, st),
            Opcode::RET | Opcode::ENDSUB => {
                return Ok(item.calls.pop().map_or(Step::End, Step::Jump))
            }
            Opcode::END => return Ok(Step::End),
        };
        Ok(Step::Write(r))
    }

    /// `SWITCH` on `sel`: past the first `CASE` whose value equals it, else past `DEFAULT`,
    /// else past `ENDSWITCH`.
    fn switch(
        &self,
        inst: &DInst,
        sel: u32,
        regs: &[[u32; 4]],
        item: &Item,
    ) -> Result<Step, InterpError> {
        let sw = &self.switches[inst.jump];
        for &ci in &sw.cases {
            let cv =
                self.fetch(&self.insts[ci].src[0], regs, item).ok_or_else(|| self.indirect(ci))?;
            if cv[0] == sel {
                return Ok(Step::Jump(ci + 1));
            }
        }
        Ok(Step::Jump(sw.default.unwrap_or(sw.end) + 1))
    }

    /// `CAL`: pushes the return address, unless the calls nest too deep.
    fn call(&self, pc: usize, item: &mut Item, st: &State) -> Result<Step, InterpError> {
        if item.calls.len() >= st.max_depth {
            return Err(InterpError::CallDepth {
                index: pc,
                text: self.text(pc),
                limit: st.max_depth,
            });
        }
        item.calls.push(pc + 1);
        Ok(Step::Jump(self.insts[pc].jump))
    }

    /// Writes `r` to instruction `pc`'s destination under its mask.
    fn write(&self, pc: usize, r: [u32; 4], regs: &mut [[u32; 4]]) -> Result<(), InterpError> {
        let inst = &self.insts[pc];
        let slot = match inst.dst {
            Loc::Temp(i) | Loc::Addr(i) => i as usize,
            Loc::TempInd { base, addr, chan } => self
                .slot(regs, base, addr, chan, self.ntemps as usize)
                .ok_or_else(|| self.indirect(pc))?,
            Loc::Imm(_)
            | Loc::ImmInd { .. }
            | Loc::Const(_)
            | Loc::ConstInd { .. }
            | Loc::Sv(_)
            | Loc::Res => {
                return Err(InterpError::Unsupported {
                    index: pc,
                    text: self.text(pc),
                    what: "writing this register file".into(),
                })
            }
        };
        let dst = &mut regs[slot];
        for ch in enabled(inst.mask) {
            dst[ch] = r[ch];
        }
        Ok(())
    }
}

/// `IF`/`UIF`: on into the block when `taken`, else to its `ELSE`'s block or past `ENDIF`.
fn branch(taken: bool, inst: &DInst) -> Step {
    if taken {
        Step::Next
    } else {
        Step::Jump(inst.jump)
    }
}
