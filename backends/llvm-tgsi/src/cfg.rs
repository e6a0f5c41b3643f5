//! Control-flow analysis for structured emission: dominators, natural loops (one exit block
//! each), and the join point of a conditional branch inside a loop body.
//!
//! Blocks are numbered `0..n`, entry 0. The emitter rebuilds control flow as nested
//! `UIF/ELSE/ENDIF` and `BGNLOOP/ENDLOOP`: a loop is entered at its header, an edge back to the
//! header is `CONT`, an edge to its (single) exit block is `BRK`. A conditional branch's arms
//! meet again at the branch's immediate post-dominator within the current loop body, where
//! inner loops count as one node and edges leaving the body (and returns) go to a virtual
//! sink. When the arms never meet before the sink, the blocks after them are emitted in
//! each arm (block duplication).

use std::collections::{BTreeSet, HashMap};

/// A natural loop.
#[derive(Clone, Debug)]
pub struct Loop {
    pub header: usize,
    /// `body[b]`: block b belongs to the loop (the header included).
    pub body: Vec<bool>,
    /// The single block outside the loop that the loop branches to (`None`: never exits).
    pub exit: Option<usize>,
}

/// Why a CFG cannot be structured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CfgError {
    /// A cycle with more than one entry.
    Irreducible,
    /// A loop that leaves to several blocks.
    MultiExitLoop { header: usize },
    /// The region graph had a cycle (a bug in the loop analysis).
    Cyclic,
}

/// The analysed CFG.
#[derive(Debug)]
pub struct Cfg {
    pub succ: Vec<Vec<usize>>,
    pub reachable: Vec<bool>,
    pub loops: Vec<Loop>,
    /// Loop id by header block.
    pub header_loop: HashMap<usize, usize>,
}

const SINK: usize = usize::MAX;

impl Cfg {
    /// Analyses a CFG given as successor lists (entry 0).
    pub fn new(succ: Vec<Vec<usize>>) -> Result<Cfg, CfgError> {
        let n = succ.len();
        // Reverse postorder by iterative DFS.
        let mut reachable = vec![false; n];
        let mut post = Vec::with_capacity(n);
        let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
        reachable[0] = true;
        while let Some((b, i)) = stack.pop() {
            if i < succ[b].len() {
                stack.push((b, i + 1));
                let s = succ[b][i];
                if !reachable[s] {
                    reachable[s] = true;
                    stack.push((s, 0));
                }
            } else {
                post.push(b);
            }
        }
        let rpo: Vec<usize> = post.iter().rev().copied().collect();
        let mut order = vec![usize::MAX; n];
        for (i, &b) in rpo.iter().enumerate() {
            order[b] = i;
        }
        let mut preds = vec![Vec::new(); n];
        for b in 0..n {
            if reachable[b] {
                for &s in &succ[b] {
                    preds[s].push(b);
                }
            }
        }
        // Dominators (Cooper, Harvey, Kennedy).
        let mut idom = vec![usize::MAX; n];
        idom[0] = 0;
        let mut changed = true;
        while changed {
            changed = false;
            for &b in rpo.iter().skip(1) {
                let mut new = usize::MAX;
                for &p in &preds[b] {
                    if idom[p] == usize::MAX {
                        continue;
                    }
                    new = if new == usize::MAX {
                        p
                    } else {
                        let (mut x, mut y) = (p, new);
                        while x != y {
                            while order[x] > order[y] {
                                x = idom[x];
                            }
                            while order[y] > order[x] {
                                y = idom[y];
                            }
                        }
                        x
                    };
                }
                if new != idom[b] {
                    idom[b] = new;
                    changed = true;
                }
            }
        }
        let dominates = |a: usize, mut b: usize| loop {
            if a == b {
                return true;
            }
            if b == 0 {
                return false;
            }
            b = idom[b];
        };
        // Back edges: u -> h with h dominating u. Any other edge to an earlier block in RPO
        // closes a cycle with two entries.
        let mut latches: HashMap<usize, Vec<usize>> = HashMap::new();
        for b in 0..n {
            if !reachable[b] {
                continue;
            }
            for &s in &succ[b] {
                if order[s] <= order[b] {
                    if dominates(s, b) {
                        latches.entry(s).or_default().push(b);
                    } else {
                        return Err(CfgError::Irreducible);
                    }
                }
            }
        }
        let mut headers: Vec<usize> = latches.keys().copied().collect();
        headers.sort_by_key(|h| order[*h]);
        let mut loops = Vec::new();
        let mut header_loop = HashMap::new();
        for h in headers {
            let mut body = vec![false; n];
            body[h] = true;
            let mut work: Vec<usize> = latches[&h].clone();
            while let Some(b) = work.pop() {
                if !body[b] {
                    body[b] = true;
                    work.extend(preds[b].iter().copied());
                }
            }
            let mut exits = BTreeSet::new();
            for b in 0..n {
                if body[b] {
                    for &s in &succ[b] {
                        if !body[s] {
                            exits.insert(s);
                        }
                    }
                }
            }
            if exits.len() > 1 {
                return Err(CfgError::MultiExitLoop { header: h });
            }
            header_loop.insert(h, loops.len());
            loops.push(Loop {
                header: h,
                body,
                exit: exits.into_iter().next(),
            });
        }
        Ok(Cfg {
            succ,
            reachable,
            loops,
            header_loop,
        })
    }

    /// The loop headed by `b`, if `b` is a loop header.
    #[cfg(test)]
    pub fn loop_at(&self, b: usize) -> Option<&Loop> {
        self.header_loop.get(&b).map(|&i| &self.loops[i])
    }

    /// Is `b` inside the body of `ctx` (everything is inside the top level)?
    fn in_ctx(&self, ctx: Option<usize>, b: usize) -> bool {
        ctx.is_none_or(|l| self.loops[l].body[b])
    }

    /// The node representing `b` in the region graph of `ctx`: the header of the outermost
    /// loop inside `ctx` that contains `b`, or `b` itself.
    fn rep(&self, ctx: Option<usize>, b: usize) -> usize {
        let mut best: Option<(usize, usize)> = None; // (body size, header)
        for (i, l) in self.loops.iter().enumerate() {
            if Some(i) == ctx || !l.body[b] || !self.in_ctx(ctx, l.header) {
                continue;
            }
            if ctx.is_some_and(|c| self.loops[c].header == l.header) {
                continue;
            }
            let size = l.body.iter().filter(|x| **x).count();
            if best.is_none_or(|(s, _)| size > s) {
                best = Some((size, l.header));
            }
        }
        best.map_or(b, |(_, h)| h)
    }

    fn region_succ(&self, ctx: Option<usize>, node: usize) -> Vec<usize> {
        let targets: Vec<usize> = match self.header_loop.get(&node) {
            Some(&l) if Some(l) != ctx => self.loops[l].exit.into_iter().collect(),
            _ => self.succ[node].clone(),
        };
        let header = ctx.map(|l| self.loops[l].header);
        let mut out: Vec<usize> = targets
            .into_iter()
            .map(|s| {
                if Some(s) == header || !self.in_ctx(ctx, s) {
                    SINK
                } else {
                    self.rep(ctx, s)
                }
            })
            .collect();
        if out.is_empty() {
            out.push(SINK);
        }
        out
    }

    /// Where the arms of the conditional branch ending block `b` meet inside loop `ctx`
    /// (`None` at the top level means the function), or `None` if they only meet at an exit.
    pub fn join(&self, b: usize, ctx: Option<usize>) -> Result<Option<usize>, CfgError> {
        let mut memo: HashMap<usize, Option<BTreeSet<usize>>> = HashMap::new();
        let pd = self.pdom(ctx, b, &mut memo)?;
        let best = pd
            .iter()
            .filter(|&&x| x != b && x != SINK)
            .max_by_key(|x| memo.get(x).and_then(|s| s.as_ref()).map_or(0, |s| s.len()));
        Ok(best.copied())
    }

    fn pdom(
        &self,
        ctx: Option<usize>,
        node: usize,
        memo: &mut HashMap<usize, Option<BTreeSet<usize>>>,
    ) -> Result<BTreeSet<usize>, CfgError> {
        if node == SINK {
            return Ok(BTreeSet::from([SINK]));
        }
        match memo.get(&node) {
            Some(Some(s)) => return Ok(s.clone()),
            Some(None) => return Err(CfgError::Cyclic),
            None => {}
        }
        memo.insert(node, None);
        let mut acc: Option<BTreeSet<usize>> = None;
        for s in self.region_succ(ctx, node) {
            let ps = self.pdom(ctx, s, memo)?;
            acc = Some(match acc {
                None => ps,
                Some(a) => a.intersection(&ps).copied().collect(),
            });
        }
        let mut set = acc.unwrap_or_default();
        set.insert(node);
        memo.insert(node, Some(set.clone()));
        Ok(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diamond_joins_at_the_merge() {
        // 0 -> 1, 2; 1 -> 3; 2 -> 3
        let cfg = Cfg::new(vec![vec![1, 2], vec![3], vec![3], vec![]]).unwrap();
        assert_eq!(cfg.join(0, None).unwrap(), Some(3));
    }

    #[test]
    fn loop_with_break_has_one_exit() {
        // 0 -> 1; 1 (header) -> 2, 4; 2 -> 3, 4; 3 -> 1; 4 exit
        let cfg = Cfg::new(vec![vec![1], vec![2, 4], vec![3, 4], vec![1], vec![]]).unwrap();
        let l = cfg.loop_at(1).unwrap();
        assert_eq!(l.exit, Some(4));
        assert!(l.body[3] && !l.body[4]);
        // Inside the loop, both branches of 1 leave the body or reach 2: no join.
        let ctx = cfg.header_loop.get(&1).copied();
        assert_eq!(cfg.join(2, ctx).unwrap(), None);
    }

    #[test]
    fn irreducible_is_rejected() {
        // 0 -> 1, 2; 1 -> 2; 2 -> 1
        assert_eq!(
            Cfg::new(vec![vec![1, 2], vec![2], vec![1]]).unwrap_err(),
            CfgError::Irreducible
        );
    }
}
