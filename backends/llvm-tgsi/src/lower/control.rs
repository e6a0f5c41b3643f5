//! Control flow: the block graph handed to [`crate::cfg`], structured regions (`UIF`/`ELSE`/
//! `ENDIF`, `BGNLOOP`/`ENDLOOP` with `BRK`/`CONT`), phi nodes as preallocated temporaries
//! written by `MOV`s on the incoming edges, and the final tidy-up of the program (dropped
//! `ELSE`s, redundant `CONT`/`RET`, flow labels).

use super::{unsupported, Lower, LowerError, Opnd, Val, R};
use crate::cfg::{Cfg, CfgError};
use crate::ir::{Kind, Op, B};
use ir_tgsi::{Opcode, Program};
use std::collections::HashMap;

/// The successor lists of `blocks` (`index` numbers them) as a [`Cfg`]; refuses switches,
/// indirect branches, irreducible control flow and loops with several exits.
pub(super) fn build_cfg(blocks: &[B], index: &HashMap<B, usize>) -> R<Cfg> {
    let mut succ = Vec::with_capacity(blocks.len());
    for b in blocks {
        let t = b
            .terminator()
            .ok_or_else(|| LowerError::Internal("block without terminator".into()))?;
        if t.opcode() == Some(Op::LLVMSwitch) {
            return unsupported("switch (should have been lowered to branches)", Some(t));
        }
        if matches!(
            t.opcode(),
            Some(Op::LLVMIndirectBr | Op::LLVMCallBr | Op::LLVMInvoke)
        ) {
            return unsupported("indirect branch", Some(t));
        }
        let mut s: Vec<usize> = (0..t.num_successors())
            .map(|i| index[&t.successor(i)])
            .collect();
        s.dedup();
        succ.push(s);
    }
    Cfg::new(succ).map_err(|e| match e {
        CfgError::Irreducible => LowerError::Unsupported {
            construct: "irreducible control flow".into(),
            location: None,
        },
        CfgError::MultiExitLoop { header } => LowerError::Unsupported {
            construct: "a loop with several exit blocks".into(),
            location: blocks[header]
                .instructions()
                .first()
                .and_then(|i| i.location()),
        },
        CfgError::Cyclic => LowerError::Internal("cyclic region graph".into()),
    })
}

impl Lower<'_> {
    pub(super) fn prealloc_phis(&mut self) -> R<()> {
        for bi in 0..self.blocks.len() {
            if !self.cfg.reachable[bi] {
                continue;
            }
            for inst in self.blocks[bi].instructions() {
                if inst.opcode() != Some(Op::LLVMPHI) {
                    break;
                }
                let t = inst.ty();
                let x = if let Kind::Ptr(_) = t.kind() {
                    let base = self.base_of(inst)?;
                    let o = self.new_temp(base.wide());
                    Val::P(base, o)
                } else {
                    let parts = self.flatten(t, inst)?;
                    let mut out = Vec::new();
                    for (_, et) in parts {
                        let s = self.sty(et, inst)?;
                        let w = self.is_wide(s);
                        out.push(self.new_temp(w));
                    }
                    Val::S(out)
                };
                self.vals.insert(inst, x);
            }
        }
        Ok(())
    }

    fn goto(&mut self, t: usize, stop: Option<usize>, ctx: Option<usize>) -> Option<usize> {
        if Some(t) == stop {
            return None;
        }
        if let Some(l) = ctx {
            if self.cfg.loops[l].header == t {
                self.emit_flow(Opcode::CONT);
                return None;
            }
            if self.cfg.loops[l].exit == Some(t) {
                self.emit_flow(Opcode::BRK);
                return None;
            }
        }
        Some(t)
    }

    pub(super) fn region(
        &mut self,
        mut cur: usize,
        stop: Option<usize>,
        ctx: Option<usize>,
    ) -> R<()> {
        loop {
            if Some(cur) == stop {
                return Ok(());
            }
            if self.budget == 0 {
                return unsupported(
                    "control flow that needs too much block duplication to structure",
                    self.blocks[cur].terminator(),
                );
            }
            self.budget -= 1;
            let lp = self.cfg.header_loop.get(&cur).copied();
            if let Some(l) = lp.filter(|l| Some(*l) != ctx) {
                self.emit_flow(Opcode::BGNLOOP);
                self.block(cur, Some(l))?;
                self.emit_flow(Opcode::ENDLOOP);
                match self.cfg.loops[l].exit {
                    None => return Ok(()),
                    Some(x) => match self.goto(x, stop, ctx) {
                        Some(n) => cur = n,
                        None => return Ok(()),
                    },
                }
                continue;
            }
            // An ordinary block (or the header of the loop `ctx` itself, entered once).
            match self.block_body(cur, stop, ctx)? {
                Some(n) => cur = n,
                None => return Ok(()),
            }
        }
    }

    /// Emits the loop body starting at its header `cur`.
    fn block(&mut self, cur: usize, ctx: Option<usize>) -> R<()> {
        match self.block_body(cur, None, ctx)? {
            Some(n) => self.region(n, None, ctx),
            None => Ok(()),
        }
    }

    /// Emits block `cur`'s instructions and terminator; returns the block to continue with.
    fn block_body(
        &mut self,
        cur: usize,
        stop: Option<usize>,
        ctx: Option<usize>,
    ) -> R<Option<usize>> {
        let insts = self.blocks[cur].instructions();
        // Terms computed in another block may not dominate this one.
        self.scaled.clear();
        let (term, body) = insts
            .split_last()
            .ok_or_else(|| LowerError::Internal("empty block".into()))?;
        for &i in body {
            if i.opcode() == Some(Op::LLVMPHI) {
                continue;
            }
            if let Some(x) = self.compute(i)? {
                self.bind(i, x);
            }
        }
        match term.opcode() {
            Some(Op::LLVMRet) | Some(Op::LLVMUnreachable) => {
                self.emit_flow(Opcode::RET);
                Ok(None)
            }
            Some(Op::LLVMBr)
                if !term.is_conditional() || term.successor(0) == term.successor(1) =>
            {
                let t = self.index[&term.successor(0)];
                self.edge(cur, t)?;
                Ok(self.goto(t, stop, ctx))
            }
            Some(Op::LLVMBr) => {
                let t = self.index[&term.successor(0)];
                let f = self.index[&term.successor(1)];
                let c = self.scalar(term.condition())?;
                if let Opnd::I32(v, _) = c {
                    let n = if v != 0 { t } else { f };
                    self.edge(cur, n)?;
                    return Ok(self.goto(n, stop, ctx));
                }
                let join = self
                    .cfg
                    .join(cur, ctx)
                    .map_err(|_| LowerError::Internal("region".into()))?;
                let join = match (join, stop) {
                    (Some(j), _) => Some(j),
                    (None, s) => s,
                };
                let cs = self.src(c);
                self.b.emit(Opcode::UIF, &[], &[cs]);
                self.edge(cur, t)?;
                if let Some(n) = self.goto(t, join, ctx) {
                    self.region(n, join, ctx)?;
                }
                let else_at = self.b.next_index();
                self.emit_flow(Opcode::ELSE);
                let before = self.b.next_index();
                self.edge(cur, f)?;
                if let Some(n) = self.goto(f, join, ctx) {
                    self.region(n, join, ctx)?;
                }
                if self.b.next_index() == before {
                    // Empty else arm: drop the ELSE.
                    self.remove_last_if(else_at);
                }
                self.emit_flow(Opcode::ENDIF);
                Ok(match join {
                    Some(j) if Some(j) == stop => None,
                    Some(j) => self.goto(j, stop, ctx),
                    None => None,
                })
            }
            _ => unsupported(format!("terminator `{}`", term.print()), Some(*term)),
        }
    }

    fn remove_last_if(&mut self, at: usize) {
        // The builder has no removal: `tidy` drops the ELSE afterwards.
        if self.b.inst_mut(at).op == Opcode::ELSE {
            self.dead.push(at);
        }
    }

    /// Phi moves for the edge `from` → `to`.
    fn edge(&mut self, from: usize, to: usize) -> R<()> {
        let fb = self.blocks[from];
        let mut pairs: Vec<(Opnd, Opnd)> = Vec::new();
        for inst in self.blocks[to].instructions() {
            if inst.opcode() != Some(Op::LLVMPHI) {
                break;
            }
            let inc = (0..inst.num_incoming())
                .map(|i| inst.incoming(i))
                .find(|(_, b)| *b == fb)
                .map(|(v, _)| v)
                .ok_or_else(|| LowerError::Internal("phi without incoming value".into()))?;
            let dst = self.elems(inst)?;
            let src = self.elems(inc)?;
            for (d, s) in dst.into_iter().zip(src) {
                pairs.push((d, s));
            }
        }
        if pairs.is_empty() {
            return Ok(());
        }
        let dsts: Vec<Opnd> = pairs.iter().map(|p| p.0).collect();
        let conflict = pairs.iter().any(|(_, s)| match s {
            Opnd::R { reg, .. } => dsts
                .iter()
                .any(|d| matches!(d, Opnd::R { reg: r2, .. } if r2 == reg)),
            _ => false,
        });
        if conflict {
            let mut staged = Vec::new();
            for (d, s) in &pairs {
                let wide = matches!(d, Opnd::R { wide: true, .. });
                let t = self.new_temp(wide);
                self.mov_to(t, *s);
                staged.push((*d, t));
            }
            pairs = staged;
        }
        for (d, s) in pairs {
            self.mov_to(d, s);
        }
        Ok(())
    }
}

/// Removes dropped `ELSE`s, redundant `CONT` before `ENDLOOP` and `RET` before the final
/// `END`, then sets the flow labels as Mesa's dumper prints them.
pub(super) fn tidy(p: &mut Program, dead: &[usize], prologue: Vec<ir_tgsi::Instruction>) {
    let mut k = 0;
    p.insts.retain(|_| {
        k += 1;
        !dead.contains(&(k - 1))
    });
    p.insts.splice(0..0, prologue);
    let mut k = 0;
    while k + 1 < p.insts.len() {
        let (a, b) = (p.insts[k].op, p.insts[k + 1].op);
        if (a == Opcode::CONT && b == Opcode::ENDLOOP) || (a == Opcode::RET && b == Opcode::END) {
            p.insts.remove(k);
            k = k.saturating_sub(1);
        } else {
            k += 1;
        }
    }
    set_labels(p);
}

/// `IF`/`UIF` point at their `ELSE` or `ENDIF`, `ELSE` at its `ENDIF`, `BGNLOOP` at its
/// `ENDLOOP` and `ENDLOOP` back at its `BGNLOOP`.
pub(crate) fn set_labels(p: &mut Program) {
    let mut stack: Vec<usize> = Vec::new();
    for k in 0..p.insts.len() {
        p.insts[k].label = None;
        match p.insts[k].op {
            Opcode::IF | Opcode::UIF | Opcode::BGNLOOP => stack.push(k),
            Opcode::ELSE => {
                if let Some(o) = stack.pop() {
                    p.insts[o].label = Some(k as u32);
                }
                stack.push(k);
            }
            Opcode::ENDIF => {
                if let Some(o) = stack.pop() {
                    p.insts[o].label = Some(k as u32);
                }
            }
            Opcode::ENDLOOP => {
                if let Some(o) = stack.pop() {
                    p.insts[o].label = Some(k as u32);
                    p.insts[k].label = Some(o as u32);
                }
            }
            _ => {}
        }
    }
}
