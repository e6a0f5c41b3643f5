//! Control flow: `SWITCH` as a compare-and-branch chain and subroutines inlined at every
//! `CAL`.

use ir_tgsi::{Instruction, Opcode};

use super::{Ctl, Emitter, Res, T};

impl Emitter<'_> {
    pub(super) fn switch(&mut self, i: usize) -> Res<()> {
        let prog = self.prog;
        let mut depth = 0usize;
        let mut arms = Vec::new();
        let mut default = None;
        let mut closed = false;
        for (j, inst) in prog.insts.iter().enumerate().skip(i + 1) {
            match inst.op {
                Opcode::SWITCH => depth += 1,
                Opcode::ENDSWITCH if depth == 0 => {
                    closed = true;
                    break;
                }
                Opcode::ENDSWITCH => depth -= 1,
                Opcode::CASE if depth == 0 => arms.push(j),
                Opcode::DEFAULT if depth == 0 => default = Some(j),
                _ => {}
            }
        }
        if !closed {
            return Err(self.malformed("SWITCH without ENDSWITCH"));
        }
        let sel_src = *self.src(&prog.insts[i], 0)?;
        let sel = self.read32(&sel_src, 0, T::U32)?;
        let sel = {
            // Copy: the selector is compared against every case.
            let s = self.s();
            self.line(format!("mov.b32 {s}, {sel};"));
            s
        };
        let mut labels = Vec::new();
        for j in arms {
            let l = self.new_label();
            let case_src =
                *prog.insts[j].src.first().ok_or_else(|| self.malformed("CASE without a value"))?;
            self.cur = Some(j);
            let v = self.read32(&case_src, 0, T::U32)?;
            self.cur = Some(i);
            let p = self.p();
            self.line(format!("setp.eq.b32 {p}, {sel}, {v};"));
            self.line(format!("@{p} bra {l};"));
            labels.push((j, l));
        }
        let end = self.new_label();
        match default {
            Some(j) => {
                let l = self.new_label();
                self.line(format!("bra {l};"));
                labels.push((j, l));
            }
            None => self.line(format!("bra {end};")),
        }
        self.ctl.push(Ctl::Switch { at: i, end, labels });
        Ok(())
    }

    pub(super) fn call(&mut self, inst: &Instruction) -> Res<()> {
        let target = inst.label.ok_or_else(|| self.malformed("CAL without a label"))? as usize;
        let Some(&end) = self.subs.get(&target) else {
            return Err(self.malformed(format!("CAL target {target} is not a BGNSUB")));
        };
        if self.calls.contains(&target) {
            return Err(self.unsupported("recursive subroutine call"));
        }
        let here = self.cur;
        let ret = self.new_label();
        self.calls.push(target);
        self.ctl.push(Ctl::Sub { ret: ret.clone() });
        let depth = self.ctl.len();
        let ended = self.run_range(target + 1, end)?;
        if self.ctl.len() != depth && !ended {
            self.cur = Some(target);
            return Err(self.malformed("subroutine leaves a control-flow construct open"));
        }
        self.ctl.truncate(depth - 1);
        self.calls.pop();
        self.cur = here;
        self.label(&ret);
        Ok(())
    }
}
