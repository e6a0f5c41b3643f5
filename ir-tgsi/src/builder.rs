//! A builder for programs: declares registers on first use, interns immediates, appends
//! instructions. Front ends (the LLVM → TGSI lowering) use it; so do tests.

use crate::opcode::Opcode;
use crate::program::{
    Decl, Dst, File, ImmType, Immediate, Instruction, MemoryKind, Program, Property, Register,
    Semantic, Src,
};

/// Builds a [`Program`].
#[derive(Debug, Default)]
pub struct Builder {
    prog: Program,
    temps: u32,
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Sets a property (replacing an earlier value).
    pub fn property(&mut self, p: Property, v: u32) {
        self.prog.properties.retain(|(q, _)| *q != p);
        self.prog.properties.push((p, v));
    }

    /// A fresh temporary register (declared when the program is finished).
    pub fn temp(&mut self) -> Register {
        let r = Register::new(File::Temp, self.temps);
        self.temps += 1;
        r
    }

    /// Number of temporaries allocated so far.
    pub fn num_temps(&self) -> u32 {
        self.temps
    }

    /// The `SV` register holding `sem`, declaring it on first use.
    pub fn sv(&mut self, sem: Semantic) -> Register {
        let found = self.prog.decls.iter().find_map(|d| match d {
            Decl::Sv { index, semantic } if *semantic == sem => Some(*index),
            _ => None,
        });
        let index = found.unwrap_or_else(|| {
            let index = self.count(|d| matches!(d, Decl::Sv { .. }));
            self.prog.decls.push(Decl::Sv { index, semantic: sem });
            index
        });
        Register::new(File::Sv, index)
    }

    /// The `MEMORY` register of `kind`, declaring it on first use.
    pub fn memory(&mut self, kind: MemoryKind) -> Register {
        let found = self.prog.decls.iter().find_map(|d| match d {
            Decl::Memory { index, kind: k } if *k == kind => Some(*index),
            _ => None,
        });
        let index = found.unwrap_or_else(|| {
            let index = self.count(|d| matches!(d, Decl::Memory { .. }));
            self.prog.decls.push(Decl::Memory { index, kind });
            index
        });
        Register::new(File::Memory, index)
    }

    /// `BUFFER[index]`, declaring it on first use.
    pub fn buffer(&mut self, index: u32, atomic: bool) -> Register {
        let mut found = false;
        for d in &mut self.prog.decls {
            if let Decl::Buffer { index: i, atomic: a } = d {
                if *i == index {
                    *a |= atomic;
                    found = true;
                }
            }
        }
        if !found {
            self.prog.decls.push(Decl::Buffer { index, atomic });
        }
        Register::new(File::Buffer, index)
    }

    /// An immediate with up to four 32-bit lanes (interned: equal immediates share a slot).
    pub fn imm32(&mut self, ty: ImmType, values: &[u32]) -> Register {
        let mut lanes = [0u32; 4];
        lanes[..values.len()].copy_from_slice(values);
        self.imm(Immediate { ty, lanes, count: values.len() as u8 })
    }

    /// An immediate holding up to two 64-bit values (xy, zw).
    pub fn imm64(&mut self, ty: ImmType, values: &[u64]) -> Register {
        let mut lanes = [0u32; 4];
        for (i, v) in values.iter().enumerate() {
            lanes[2 * i] = *v as u32;
            lanes[2 * i + 1] = (*v >> 32) as u32;
        }
        self.imm(Immediate { ty, lanes, count: values.len() as u8 })
    }

    fn imm(&mut self, imm: Immediate) -> Register {
        let index = match self.prog.imms.iter().position(|i| *i == imm) {
            Some(i) => i,
            None => {
                self.prog.imms.push(imm);
                self.prog.imms.len() - 1
            }
        };
        Register::new(File::Imm, index as u32)
    }

    /// A table of 32-bit words as a run of fresh immediates (not interned, so the run is
    /// contiguous), word `k` in channel x of `IMM[first + k]`; returns `first`. Read it
    /// indirectly: `IMM[ADDR[a].x + first]`.
    pub fn imm_table(&mut self, words: &[u32]) -> u32 {
        let first = self.prog.imms.len() as u32;
        for &w in words {
            self.prog.imms.push(Immediate { ty: ImmType::Uint32, lanes: [w, 0, 0, 0], count: 1 });
        }
        first
    }

    /// `ADDR[index]`, declaring `ADDR[0..index]` on first use.
    pub fn addr(&mut self, index: u32) -> Register {
        let mut found = false;
        for d in &mut self.prog.decls {
            if let Decl::Addr { last, .. } = d {
                *last = (*last).max(index);
                found = true;
            }
        }
        if !found {
            self.prog.decls.push(Decl::Addr { first: 0, last: index });
        }
        Register::new(File::Addr, index)
    }

    /// A scalar 32-bit unsigned immediate, as a replicated source.
    pub fn uimm(&mut self, v: u32) -> Src {
        Src::scalar(self.imm32(ImmType::Uint32, &[v]), 0)
    }

    /// A scalar float immediate, as a replicated source.
    pub fn fimm(&mut self, v: f32) -> Src {
        Src::scalar(self.imm32(ImmType::Flt32, &[v.to_bits()]), 0)
    }

    /// Appends an instruction.
    pub fn emit(&mut self, op: Opcode, dst: &[Dst], src: &[Src]) {
        self.prog.insts.push(Instruction { op, dst: dst.to_vec(), src: src.to_vec(), label: None });
    }

    /// Index the next instruction will have.
    pub fn next_index(&self) -> usize {
        self.prog.insts.len()
    }

    /// Mutable access to an emitted instruction (to patch labels).
    pub fn inst_mut(&mut self, i: usize) -> &mut Instruction {
        &mut self.prog.insts[i]
    }

    fn count(&self, f: impl Fn(&Decl) -> bool) -> u32 {
        self.prog.decls.iter().filter(|d| f(d)).count() as u32
    }

    /// Finishes: declares the temporaries, appends `END` if missing, and orders declarations
    /// canonically (by file, then index).
    pub fn finish(mut self) -> Program {
        if self.temps > 0 {
            self.prog.decls.push(Decl::Temp { first: 0, last: self.temps - 1, local: true });
        }
        if self.prog.insts.last().map(|i| i.op) != Some(Opcode::END) {
            self.emit(Opcode::END, &[], &[]);
        }
        self.prog.decls.sort_by_key(decl_order);
        self.prog
    }
}

/// The canonical order of declarations: by file, then by index.
pub fn decl_order(d: &Decl) -> (File, u32, u32) {
    match d {
        Decl::Temp { first, .. } => (File::Temp, 0, *first),
        Decl::Addr { first, .. } => (File::Addr, 0, *first),
        Decl::Const { buffer, first, .. } => (File::Const, *buffer, *first),
        Decl::Sv { index, .. } => (File::Sv, 0, *index),
        Decl::Memory { index, .. } => (File::Memory, 0, *index),
        Decl::Buffer { index, .. } => (File::Buffer, 0, *index),
    }
}
