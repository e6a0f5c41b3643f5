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

    /// With the `rotate_loops` switch: the latch of a loop the structurizer wrote as
    /// `IF c / BRK / ELSE / X / CONT / ENDIF / ENDLOOP` (or with the branches the other way
    /// round, or without `X`, `ELSE` or `CONT`), where `X` is straight-line code, becomes one
    /// conditional back edge: `setp p, c; @!p X; @!p bra START; END:`. The exit test then sits
    /// at the latch, the shape the finisher's loop analysis (and unroller) recognises. Returns
    /// the instruction to continue after (the `ENDLOOP`), or `None` when the `IF` at `i` is
    /// not such a latch (nothing is emitted then).
    pub(super) fn latch(&mut self, i: usize) -> Res<Option<usize>> {
        if !self.opts.rotate_loops {
            return Ok(None);
        }
        let prog = self.prog;
        let insts = &prog.insts;
        let op = |k: usize| insts.get(k).map(|x| x.op);
        // The ENDIF closing this IF, and its ELSE.
        let els = self.flow.else_of(i);
        let Some(endif) = (i + 1..insts.len())
            .find(|&k| op(k) == Some(Opcode::ENDIF) && self.flow.opener(k) == i)
        else {
            return Ok(None);
        };
        let endloop = endif + 1;
        if op(endloop) != Some(Opcode::ENDLOOP) {
            return Ok(None);
        }
        let lp = self.flow.opener(endloop);
        let then_end = els.unwrap_or(endif);
        let (then_r, else_r) = ((i + 1)..then_end, els.map_or(endif..endif, |e| (e + 1)..endif));
        let is_brk = |r: &std::ops::Range<usize>| {
            r.len() == 1 && op(r.start) == Some(Opcode::BRK) && self.flow.opener(r.start) == lp
        };
        // Which branch leaves the loop; the other one (`stay`) continues it.
        let (exit_on_true, stay) = if is_brk(&then_r) {
            (true, else_r)
        } else if is_brk(&else_r) {
            (false, then_r)
        } else {
            return Ok(None);
        };
        let mut body = stay.clone();
        if body.end > body.start
            && op(body.end - 1) == Some(Opcode::CONT)
            && self.flow.opener(body.end - 1) == lp
        {
            body.end -= 1;
        }
        let straight = body.clone().all(|k| {
            let o = insts[k].op;
            !matches!(
                o.family(),
                ir_tgsi::opcode::Family::Flow
                    | ir_tgsi::opcode::Family::Sync
                    | ir_tgsi::opcode::Family::Atomic
            )
        });
        if !straight {
            return Ok(None);
        }
        // The staying branch's code (translated first, to check that it is plain lines),
        // then the condition, then that code predicated on staying.
        let outer = std::mem::take(&mut self.body);
        for k in body.clone() {
            self.cur = Some(k);
            self.inst(k)?;
        }
        self.cur = Some(i);
        let code = std::mem::replace(&mut self.body, outer);
        // What X recorded may end up predicated: forget it.
        self.pairs.clear();
        if code.lines().any(|l| {
            let t = l.trim_start();
            t.starts_with('@') || t.ends_with(':')
        }) {
            return Ok(None);
        }
        // With `positive_latches` the predicate holds when the loop goes on, so the back edge
        // is `@p bra`: ptxas's unroller takes `setp.ne; @p bra` but not `setp.eq; @!p bra`.
        let negate = exit_on_true && self.opts.positive_latches;
        let p = self.condition(i, negate)?;
        let stay_if = if exit_on_true && !negate { format!("@!{p}") } else { format!("@{p}") };
        // `X` runs unpredicated when it can do no harm on the way out: no memory access, and
        // every register it writes is dead after the loop. Then the loop's counter update is
        // plain, as the finisher's induction-variable analysis wants it.
        let written: Vec<(ir_tgsi::File, u32, usize)> = body
            .clone()
            .flat_map(|k| insts[k].dst.iter())
            .flat_map(|d| Self::channels(d.mask).into_iter().map(|c| (d.reg.file, d.reg.index, c)))
            .collect();
        let harmless =
            body.clone().all(|k| insts[k].op.family() != ir_tgsi::opcode::Family::Memory)
                && written.iter().all(|&(f, r, c)| self.dead_after(endloop + 1, f, r, c));
        for l in code.lines() {
            if harmless {
                self.line(l.trim_start());
            } else {
                self.line(format!("{stay_if} {}", l.trim_start()));
            }
        }
        let (start, end) = (self.starts[&lp].clone(), self.ends[&lp].clone());
        self.line(format!("{stay_if} bra {start};"));
        self.label(&end);
        Ok(Some(endloop))
    }

    /// The predicate of the `IF`/`UIF` at `i`, or of its negation when `negate`. With
    /// `rotate_loops`, when the instruction before it is the integer or float compare that
    /// computed the condition (and does not overwrite its own operands), the compare itself
    /// becomes the `setp`, so the finisher sees `setp.<cmp> p, a, b` rather than a `set`
    /// tested against 0; negated, the comparison is its exact inverse (`lt` → `geu` for
    /// floats, NaN included).
    fn condition(&mut self, i: usize, negate: bool) -> Res<String> {
        let insts = &self.prog.insts;
        let inst = &insts[i];
        let cond = inst.src[0];
        let p = self.p();
        let fused =
            if self.opts.rotate_loops && i > 0 { Self::fusable(&insts[i - 1]) } else { None };
        // Negated, the fused compare needs its inverse (every comparison `fusable` returns has
        // one); without it the condition is tested against 0 below, which negates exactly.
        let fused = fused.and_then(|(cmp, t)| {
            if negate {
                crate::inverse_compare(cmp, t == T::F32).map(|inv| (inv, t))
            } else {
                Some((cmp, t))
            }
        });
        if let Some((cmp, t)) = fused {
            let c = &insts[i - 1];
            let d = c.dst[0];
            let chan = Self::channels(d.mask)[0];
            if cond.reg == d.reg
                && usize::from(cond.swizzle[0]) == chan
                && !cond.abs
                && !cond.negate
            {
                let a = self.read32(&c.src[0], chan, t)?;
                let b = self.read32(&c.src[1], chan, t)?;
                let ty = match t {
                    T::F32 => "f32",
                    T::S32 => "s32",
                    _ => "u32",
                };
                self.line(format!("setp.{cmp}.{ty} {p}, {a}, {b};"));
                return Ok(p);
            }
        }
        if inst.op == Opcode::IF {
            let x = self.read32(&cond, 0, T::F32)?;
            let cmp = if negate { "eq" } else { "neu" };
            self.line(format!("setp.{cmp}.f32 {p}, {x}, 0f00000000;"));
        } else {
            let x = self.read32(&cond, 0, T::U32)?;
            let cmp = if negate { "eq" } else { "ne" };
            self.line(format!("setp.{cmp}.b32 {p}, {x}, 0;"));
        }
        Ok(p)
    }

    /// A one-channel compare whose result (`~0`/`0`, tested by `IF` or `UIF` alike) can be
    /// recomputed as a `setp` after it: its `setp` comparison and operand type, when it does not
    /// overwrite a channel it reads (so its operands still hold their values).
    fn fusable(c: &ir_tgsi::Instruction) -> Option<(&'static str, T)> {
        let (cmp, t) = match c.op {
            Opcode::USEQ => ("eq", T::U32),
            Opcode::USNE => ("ne", T::U32),
            Opcode::USLT => ("lt", T::U32),
            Opcode::USGE => ("ge", T::U32),
            Opcode::ISLT => ("lt", T::S32),
            Opcode::ISGE => ("ge", T::S32),
            Opcode::FSEQ => ("eq", T::F32),
            Opcode::FSNE => ("neu", T::F32),
            Opcode::FSLT => ("lt", T::F32),
            Opcode::FSGE => ("ge", T::F32),
            _ => return None,
        };
        let d = c.dst.first()?;
        let chans = Self::channels(d.mask);
        if chans.len() != 1
            || c.src.iter().any(|s| s.reg == d.reg && usize::from(s.swizzle[chans[0]]) == chans[0])
        {
            return None;
        }
        Some((cmp, t))
    }

    /// Is channel `c` of register `file[index]` dead at instruction `from`: written before it
    /// is read on the code that runs next, or the program ends first? The scan follows
    /// straight-line code, falls through `ENDIF` and continues after the `ENDIF` of an `ELSE`
    /// (where the then-branch goes); anything else (another construct boundary, an indirect
    /// access) counts as live.
    pub(super) fn dead_after(
        &self,
        from: usize,
        file: ir_tgsi::File,
        index: u32,
        c: usize,
    ) -> bool {
        let mut k = from;
        while let Some(inst) = self.prog.insts.get(k) {
            k += 1;
            match inst.op {
                Opcode::END => return self.calls.is_empty(),
                Opcode::ENDIF => continue,
                Opcode::ELSE => {
                    k = self.flow.jump(k - 1);
                    continue;
                }
                _ if inst.op.family() == ir_tgsi::opcode::Family::Flow => return false,
                _ => {}
            }
            for s in &inst.src {
                if s.reg.indirect.is_some_and(|a| a.file == file && a.index == index) {
                    return false;
                }
                if s.reg.file == file
                    && (s.reg.index == index || s.reg.indirect.is_some())
                    && s.swizzle.iter().any(|&k| usize::from(k) == c)
                {
                    return false;
                }
            }
            for d in &inst.dst {
                if d.reg.file == file && d.reg.indirect.is_some() {
                    return false;
                }
                if d.reg.file == file && d.reg.index == index && d.mask & (1 << c) != 0 {
                    return true;
                }
            }
        }
        false
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
