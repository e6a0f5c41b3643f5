//! Control flow: the structured constructs become labels and branches, laid out with the
//! links of the validator's [`ir_tgsi::flow::Flow`] (which `IF` an `ENDIF` closes, which loop
//! a `BRK` leaves, …); `SWITCH` is a compare-and-branch chain into its cases, with C
//! fallthrough; subroutines are inlined at every `CAL`.

use ir_tgsi::Opcode;

use super::{Emitter, Res, T};

/// The labels of an `IF`: where its false branch starts and where it ends, and which of the
/// two its `ENDIF` places (the end when there is an `ELSE`, which places the other).
pub(super) struct IfLabels {
    else_lbl: String,
    end_lbl: String,
    at_endif: String,
}

impl Emitter<'_> {
    /// `IF` (float `x ≠ 0.0`, NaN counting as true) and `UIF` (bits `≠ 0`).
    pub(super) fn if_(&mut self, i: usize) -> Res<()> {
        let inst = &self.prog.insts[i];
        let s = inst.src[0];
        let p = self.p();
        if inst.op == Opcode::IF {
            let x = self.read32(&s, 0, T::F32)?;
            self.line(format!("setp.neu.f32 {p}, {x}, 0f00000000;"));
        } else {
            let x = self.read32(&s, 0, T::U32)?;
            self.line(format!("setp.ne.b32 {p}, {x}, 0;"));
        }
        let else_lbl = self.new_label();
        let end_lbl = self.new_label();
        self.line(format!("@!{p} bra {else_lbl};"));
        let at_endif = if self.flow.else_of(i).is_some() { &end_lbl } else { &else_lbl }.clone();
        self.ifs.insert(i, IfLabels { else_lbl, end_lbl, at_endif });
        Ok(())
    }

    pub(super) fn else_(&mut self, i: usize) -> Res<()> {
        let l = &self.ifs[&self.flow.opener(i)];
        let (else_lbl, end_lbl) = (l.else_lbl.clone(), l.end_lbl.clone());
        self.line(format!("bra {end_lbl};"));
        self.label(&else_lbl);
        Ok(())
    }

    pub(super) fn endif(&mut self, i: usize) -> Res<()> {
        let l = self.ifs[&self.flow.opener(i)].at_endif.clone();
        self.label(&l);
        Ok(())
    }

    pub(super) fn bgnloop(&mut self, i: usize) -> Res<()> {
        let start = self.new_label();
        let end = self.new_label();
        self.label(&start);
        self.starts.insert(i, start);
        self.ends.insert(i, end);
        Ok(())
    }

    pub(super) fn endloop(&mut self, i: usize) -> Res<()> {
        let at = self.flow.opener(i);
        let (start, end) = (self.starts[&at].clone(), self.ends[&at].clone());
        self.line(format!("bra {start};"));
        self.label(&end);
        Ok(())
    }

    /// `BRK`: to the end of the innermost loop or switch.
    pub(super) fn brk(&mut self, i: usize) -> Res<()> {
        let end = self.ends[&self.flow.opener(i)].clone();
        self.line(format!("bra {end};"));
        Ok(())
    }

    /// `CONT`: to the start of the innermost loop.
    pub(super) fn cont(&mut self, i: usize) -> Res<()> {
        let start = self.starts[&self.flow.opener(i)].clone();
        self.line(format!("bra {start};"));
        Ok(())
    }

    /// `SWITCH`: compares the selector with every case value in order and branches to the
    /// first that matches, else to `DEFAULT`, else past `ENDSWITCH`.
    pub(super) fn switch(&mut self, i: usize) -> Res<()> {
        let prog = self.prog;
        let sw = self.flow.switch(i);
        let sel = self.read32(&prog.insts[i].src[0], 0, T::U32)?;
        let sel = {
            // Copy: the selector is compared against every case.
            let s = self.s();
            self.line(format!("mov.b32 {s}, {sel};"));
            s
        };
        for &j in &sw.cases {
            let l = self.new_label();
            self.cur = Some(j);
            let v = self.read32(&prog.insts[j].src[0], 0, T::U32)?;
            self.cur = Some(i);
            let p = self.p();
            self.line(format!("setp.eq.b32 {p}, {sel}, {v};"));
            self.line(format!("@{p} bra {l};"));
            self.cases.insert(j, l);
        }
        let end = self.new_label();
        match sw.default {
            Some(j) => {
                let l = self.new_label();
                self.line(format!("bra {l};"));
                self.cases.insert(j, l);
            }
            None => self.line(format!("bra {end};")),
        }
        self.ends.insert(i, end);
        Ok(())
    }

    /// `CASE` and `DEFAULT`: their label.
    pub(super) fn case(&mut self, i: usize) -> Res<()> {
        let l = self.cases[&i].clone();
        self.label(&l);
        Ok(())
    }

    pub(super) fn endswitch(&mut self, i: usize) -> Res<()> {
        let end = self.ends[&self.flow.opener(i)].clone();
        self.label(&end);
        Ok(())
    }

    /// `CAL`: the subroutine's body inlined, its `RET`s branching to a fresh return label.
    pub(super) fn call(&mut self, i: usize) -> Res<()> {
        let target = self.flow.call_target(i);
        if self.calls.iter().any(|&(t, _)| t == target) {
            return Err(self.unsupported("recursive subroutine call"));
        }
        let here = self.cur;
        let ret = self.new_label();
        self.calls.push((target, ret.clone()));
        self.run_range(target + 1, self.flow.sub_end(target))?;
        self.calls.pop();
        self.cur = here;
        self.label(&ret);
        Ok(())
    }

    /// `RET`: to the return label of the subroutine being inlined; in the main program, the
    /// end of the work-item.
    pub(super) fn ret(&mut self) -> Res<()> {
        match self.calls.last() {
            Some((_, r)) => {
                let r = r.clone();
                self.line(format!("bra {r};"));
            }
            None => self.line("ret;"),
        }
        Ok(())
    }
}
