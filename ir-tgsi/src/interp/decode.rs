//! Decoding: a validated program becomes a [`Machine`], once per run. Registers are resolved
//! to slots (`TEMP`s, then `ADDR`s) or to the tables they read (immediates, the `INPUT` block
//! as `CONST[0]` vec4s, system values), source modifiers to lane masks, memory resources to
//! their [`Space`], and flow instructions to their targets in the validator's jump table.

use super::memory::Space;
use super::{Env, InterpError};
use crate::flow::{Flow, Switch};
use crate::opcode::{Opcode, Ty};
use crate::program::{
    Decl, File, Instruction, MemoryKind, Program, Property, Register, Semantic, Src,
};
use crate::text::inst_text;
use crate::validate::Validated;

/// Where an operand's value lives.
#[derive(Clone, Copy, Debug)]
pub(super) enum Loc {
    Temp(u32),
    /// `TEMP[ADDR[a].c + base]`: a is a slot, c a channel.
    TempInd {
        base: u32,
        addr: u32,
        chan: u8,
    },
    Imm(u32),
    ImmInd {
        base: u32,
        addr: u32,
        chan: u8,
    },
    /// `CONST[0][i]`: the INPUT block viewed as vec4s.
    Const(u32),
    ConstInd {
        base: u32,
        addr: u32,
        chan: u8,
    },
    Sv(u8),
    /// An ADDR register (its slot after the temporaries).
    Addr(u32),
    /// A memory resource (not a value).
    Res,
}

/// A decoded source operand.
#[derive(Clone, Copy, Debug)]
pub(super) struct DSrc {
    pub loc: Loc,
    pub swz: [u8; 4],
    /// Modifiers as per-lane `and` then `xor` masks, if any.
    pub mods: Option<([u32; 4], [u32; 4])>,
    /// Integer negation (`-` on a 32-bit integer source), after the swizzle.
    pub ineg: bool,
}

/// A decoded instruction.
#[derive(Clone, Copy, Debug)]
pub(super) struct DInst {
    pub op: Opcode,
    pub dst: Loc,
    pub mask: u8,
    pub src: [DSrc; 4],
    pub nsrc: u8,
    pub jump: usize,
    pub space: Space,
}

/// A program ready to run.
pub(super) struct Machine<'p> {
    pub prog: &'p Program,
    pub insts: Vec<DInst>,
    pub switches: Vec<Switch>,
    pub imms: Vec<[u32; 4]>,
    pub consts: Vec<[u32; 4]>,
    pub ntemps: u32,
    pub naddr: u32,
    pub shared_bytes: usize,
    pub private_bytes: usize,
}

const NO_SRC: DSrc = DSrc { loc: Loc::Res, swz: [0, 1, 2, 3], mods: None, ineg: false };

impl<'p> Machine<'p> {
    pub(super) fn decode(v: &Validated<'p>, env: &Env) -> Result<Machine<'p>, InterpError> {
        let prog = v.program();
        let d = Decoder::declared(prog, v.flow(), env)?;
        let imms: Vec<[u32; 4]> = prog.imms.iter().map(|i| i.lanes).collect();
        let consts = vec4s(&env.input);
        let insts = prog
            .insts
            .iter()
            .enumerate()
            .map(|(i, inst)| d.inst(i, inst))
            .collect::<Result<Vec<_>, _>>()?;
        let shared = u64::from(prog.property(Property::SharedBytes).unwrap_or(0))
            + u64::from(env.dynamic_shared);
        let private = prog.property(Property::PrivateBytes).unwrap_or(0);
        if shared > 1 << 30 || private > 1 << 24 {
            return Err(InterpError::Launch("shared or private memory size too large".into()));
        }
        Ok(Machine {
            prog,
            insts,
            switches: v.flow().switches().to_vec(),
            imms,
            consts,
            ntemps: d.ntemps,
            naddr: d.naddr,
            shared_bytes: shared as usize,
            private_bytes: private as usize,
        })
    }
}

/// The INPUT block as vec4s of little-endian words (the last one zero-padded).
fn vec4s(input: &[u8]) -> Vec<[u32; 4]> {
    input
        .chunks(16)
        .map(|c| {
            let mut v = [0u32; 4];
            for (k, w) in c.chunks(4).enumerate() {
                let mut b = [0u8; 4];
                b[..w.len()].copy_from_slice(w);
                v[k] = u32::from_le_bytes(b);
            }
            v
        })
        .collect()
}

/// What decoding an instruction needs: the program, its structure, the launch's bindings
/// and the register file sizes the declarations give.
struct Decoder<'a> {
    prog: &'a Program,
    flow: &'a Flow,
    env: &'a Env,
    ntemps: u32,
    naddr: u32,
    sv_of: Vec<Option<Semantic>>,
}

impl<'a> Decoder<'a> {
    /// Sizes the register files from the declarations.
    fn declared(prog: &'a Program, flow: &'a Flow, env: &'a Env) -> Result<Self, InterpError> {
        let mut ntemps = 0u32;
        let mut naddr = 0u32;
        let mut sv_of: Vec<Option<Semantic>> = Vec::new();
        for d in &prog.decls {
            match *d {
                Decl::Temp { last, .. } => ntemps = ntemps.max(last.saturating_add(1)),
                Decl::Addr { last, .. } => naddr = naddr.max(last.saturating_add(1)),
                Decl::Sv { index, semantic } => {
                    let i = index as usize;
                    if i >= sv_of.len() {
                        if i > 4096 {
                            return Err(InterpError::Launch(format!(
                                "SV[{index}] index too large"
                            )));
                        }
                        sv_of.resize(i + 1, None);
                    }
                    sv_of[i] = Some(semantic);
                }
                Decl::Const { .. } | Decl::Memory { .. } | Decl::Buffer { .. } => {}
            }
        }
        if u64::from(ntemps) + u64::from(naddr) > 1 << 16 {
            return Err(InterpError::Launch("more than 65536 registers declared".into()));
        }
        Ok(Decoder { prog, flow, env, ntemps, naddr, sv_of })
    }

    fn inst(&self, i: usize, inst: &Instruction) -> Result<DInst, InterpError> {
        let mut src = [NO_SRC; 4];
        for (k, s) in inst.src.iter().enumerate().take(4) {
            src[k] = self.src(i, inst, k, s)?;
        }
        let (dst, mask) = match inst.dst.first() {
            Some(d) => (self.loc(i, inst, &d.reg)?, d.mask),
            None => (Loc::Res, 0),
        };
        Ok(DInst {
            op: inst.op,
            dst,
            mask,
            src,
            nsrc: inst.src.len() as u8,
            jump: self.flow.jump(i),
            space: self.space(i, inst)?,
        })
    }

    fn unsupported(i: usize, inst: &Instruction, what: String) -> InterpError {
        InterpError::Unsupported { index: i, text: inst_text(inst), what }
    }

    /// Where register `r` of instruction `i` lives.
    fn loc(&self, i: usize, inst: &Instruction, r: &Register) -> Result<Loc, InterpError> {
        let ind = r.indirect.map(|a| (self.ntemps + a.index, a.chan));
        Ok(match (r.file, ind) {
            (File::Temp, None) => Loc::Temp(r.index),
            (File::Temp, Some((addr, chan))) => Loc::TempInd { base: r.index, addr, chan },
            (File::Imm, None) => Loc::Imm(r.index),
            (File::Imm, Some((addr, chan))) => Loc::ImmInd { base: r.index, addr, chan },
            (File::Const, ind) => {
                if r.dim != Some(0) {
                    return Err(Self::unsupported(i, inst, "a CONST buffer other than 0".into()));
                }
                match ind {
                    None => Loc::Const(r.index),
                    Some((addr, chan)) => Loc::ConstInd { base: r.index, addr, chan },
                }
            }
            (File::Sv, _) => {
                let sem = self.sv_of.get(r.index as usize).copied().flatten();
                let k = match sem {
                    Some(Semantic::ThreadId) => 0,
                    Some(Semantic::BlockId) => 1,
                    Some(Semantic::BlockSize) => 2,
                    Some(Semantic::GridSize) => 3,
                    Some(Semantic::WorkDim) => 4,
                    None => return Err(Self::unsupported(i, inst, "an undeclared SV".into())),
                };
                Loc::Sv(k)
            }
            (File::Addr, _) => Loc::Addr(self.ntemps + r.index),
            (File::Memory | File::Buffer, _) => Loc::Res,
            (File::In | File::Out, _) => {
                return Err(Self::unsupported(i, inst, format!("the {} file", r.file.name())))
            }
        })
    }

    /// Source `k` of instruction `i`, its modifiers as lane masks (on doubles they touch
    /// only the high word of each pair).
    fn src(&self, i: usize, inst: &Instruction, k: usize, s: &Src) -> Result<DSrc, InterpError> {
        let ineg = s.negate && matches!(inst.op.src_ty_at(k), Ty::I32 | Ty::U32);
        let mods = if ineg {
            None
        } else if s.abs || s.negate {
            let ty = inst.op.src_ty_at(k);
            let lanes: [bool; 4] =
                if ty == Ty::F64 { [false, true, false, true] } else { [true; 4] };
            let mut and = [u32::MAX; 4];
            let mut xor = [0u32; 4];
            for c in 0..4 {
                if lanes[c] {
                    if s.abs {
                        and[c] = 0x7fff_ffff;
                    }
                    if s.negate {
                        xor[c] = 0x8000_0000;
                    }
                }
            }
            Some((and, xor))
        } else {
            None
        };
        Ok(DSrc { loc: self.loc(i, inst, &s.reg)?, swz: s.swizzle, mods, ineg })
    }

    /// The space instruction `i` accesses (`Private`, unused, for non-memory instructions).
    fn space(&self, i: usize, inst: &Instruction) -> Result<Space, InterpError> {
        let res = if inst.op == Opcode::STORE {
            inst.dst.first().map(|d| d.reg)
        } else if inst.op.is_resource_src(0) {
            inst.src.first().map(|s| s.reg)
        } else {
            None
        };
        Ok(match res {
            Some(r) if r.file == File::Buffer => {
                let env = self.env;
                let b =
                    env.bindings.get(r.index as usize).copied().filter(|&b| b < env.buffers.len());
                match b {
                    Some(b) => Space::Buffer(b),
                    None => {
                        return Err(InterpError::Launch(format!(
                            "BUFFER[{}] (used by instruction {i}) is not bound to a buffer",
                            r.index
                        )))
                    }
                }
            }
            Some(r) => match self.prog.memory_kind(r.index) {
                Some(MemoryKind::Global) => Space::Global,
                Some(MemoryKind::Shared) => Space::Shared,
                Some(MemoryKind::Private) => Space::Private,
                Some(MemoryKind::Input) => Space::Input,
                None => return Err(Self::unsupported(i, inst, "an undeclared MEMORY".into())),
            },
            None => Space::Private,
        })
    }
}
