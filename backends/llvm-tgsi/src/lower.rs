//! LLVM IR (one optimized, structurizable kernel function) → TGSI.
//!
//! Values: every scalar SSA value gets its own virtual temporary (`.x`, or `.xy` for 64-bit
//! values); vectors, arrays and structs are flattened into one operand per scalar element;
//! the register packer ([`crate::regalloc`]) later shares vec4 registers between values whose
//! live ranges do not overlap. `i1` is `~0`/`0` (what TGSI compares produce); `i8`/`i16` are
//! kept zero-extended in a 32-bit lane.
//!
//! Pointers are (memory space, offset): `__global`/`__constant` pointers are 64-bit
//! `MEMORY GLOBAL` addresses, or, with the `pointers32` switch, a `BUFFER[k]` (the k-th
//! global pointer argument) and a 32-bit offset; `__local` pointers are 32-bit `SHARED`
//! offsets (static `__local` arrays first, `CS_SHARED_BYTES` in all), allocas are `PRIVATE`
//! offsets, `byval` struct arguments point into `MEMORY INPUT`.
//!
//! Control flow is rebuilt from the CFG (see [`crate::cfg`]); phi nodes become `MOV`s on
//! the incoming edges.

use crate::cfg::{Cfg, CfgError};
use crate::ir::{
    Kind, LLVMAtomicRMWBinOp as Rmw, LLVMIntPredicate as IP, LLVMRealPredicate as RP, Layout, Op,
    B, T, V,
};
use crate::profile::Profile;
use ir_tgsi::abi::{ArgClass, InputLayout};
use ir_tgsi::program::mask;
use ir_tgsi::{Builder, Dst, File, ImmType, Opcode, Program, Property, Register, Semantic, Src};
use std::collections::HashMap;
use visabench_core::KernelSignature;

/// Why a kernel could not be lowered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LowerError {
    /// The kernel uses something the profile cannot express.
    Unsupported {
        construct: String,
        location: Option<String>,
    },
    /// A bug or an unexpected IR shape.
    Internal(String),
}

type R<T> = Result<T, LowerError>;

fn unsupported<X>(construct: impl Into<String>, at: Option<V>) -> R<X> {
    Err(LowerError::Unsupported {
        construct: construct.into(),
        location: at.and_then(|v| v.location()),
    })
}

/// A scalar operand: a register channel (or a 64-bit lane pair starting at `c`) or an
/// immediate.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Opnd {
    R { reg: Register, c: u8, wide: bool },
    I32(u32, ImmType),
    I64(u64, ImmType),
}

/// Where a pointer points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Base {
    Global,
    Buffer(u32),
    Shared,
    Private,
    Input,
}

impl Base {
    fn wide(self) -> bool {
        self == Base::Global
    }
}

/// A lowered value.
#[derive(Clone, Debug)]
enum Val {
    /// One operand per flattened scalar element.
    S(Vec<Opnd>),
    /// A pointer.
    P(Base, Opnd),
}

/// Scalar types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sty {
    I(u32),
    F32,
    F64,
    P(u32),
}

/// Lowers kernel `func` of the optimized module. A refusal without a location of its own
/// (an argument, a constant, inlined library code) names the kernel's line.
pub(crate) fn lower_kernel(
    layout: &Layout,
    func: V,
    sig: &KernelSignature,
    input: &InputLayout,
    profile: &Profile,
) -> R<Program> {
    lower_kernel_inner(layout, func, sig, input, profile).map_err(|e| match e {
        LowerError::Unsupported {
            construct,
            location: None,
        } => LowerError::Unsupported {
            construct,
            location: func.location(),
        },
        other => other,
    })
}

fn lower_kernel_inner(
    layout: &Layout,
    func: V,
    sig: &KernelSignature,
    input: &InputLayout,
    profile: &Profile,
) -> R<Program> {
    let blocks = func.blocks();
    let index: HashMap<B, usize> = blocks.iter().enumerate().map(|(i, b)| (*b, i)).collect();
    let mut succ = Vec::with_capacity(blocks.len());
    for b in &blocks {
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
    let cfg = Cfg::new(succ).map_err(|e| match e {
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
    })?;
    let mut l = Lower {
        b: Builder::new(),
        prof: *profile,
        layout,
        vals: HashMap::new(),
        bases: HashMap::new(),
        blocks,
        index,
        cfg,
        shared: HashMap::new(),
        shared_bytes: 0,
        private_bytes: 0,
        budget: 0,
        func,
        input: input.clone(),
        dead: Vec::new(),
        consts: HashMap::new(),
        prologue: Vec::new(),
        hi: HashMap::new(),
        scaled: HashMap::new(),
    };
    l.budget = 64 * l.blocks.len() + 64;
    l.load_args()?;
    l.prealloc_phis()?;
    l.region(0, None, None)?;
    if !l.prof.no_block_size {
        if let Some([x, y, z]) = sig.reqd_work_group_size {
            l.b.property(Property::FixedBlockWidth, x);
            l.b.property(Property::FixedBlockHeight, y);
            l.b.property(Property::FixedBlockDepth, z);
        }
    }
    if l.shared_bytes > 0 {
        l.b.property(Property::SharedBytes, l.shared_bytes);
    }
    if l.private_bytes > 0 {
        l.b.property(Property::PrivateBytes, l.private_bytes);
    }
    let dead = std::mem::take(&mut l.dead);
    let prologue = std::mem::take(&mut l.prologue);
    let mut prog = l.b.finish();
    tidy(&mut prog, &dead, prologue);
    Ok(prog)
}

struct Lower<'a> {
    b: Builder,
    prof: Profile,
    layout: &'a Layout,
    vals: HashMap<V, Val>,
    bases: HashMap<V, Base>,
    blocks: Vec<B>,
    index: HashMap<B, usize>,
    cfg: Cfg,
    shared: HashMap<V, u32>,
    shared_bytes: u32,
    private_bytes: u32,
    budget: usize,
    func: V,
    input: InputLayout,
    /// Instructions `tidy` removes (empty `ELSE`s).
    dead: Vec<usize>,
    /// Private offsets of program-scope constant data.
    consts: HashMap<V, u32>,
    /// Stores that copy constant data to private memory, placed first.
    prologue: Vec<ir_tgsi::Instruction>,
    /// With `no-int64`: 64-bit values whose low word is zero, by their high word (clang's
    /// `sext(trunc(x))` idiom `ashr (shl x, 32), k` and its `add …, 1 << 32` variants).
    hi: HashMap<V, Opnd>,
    /// `getelementptr` index terms (index, stride, 64-bit) already computed in the current
    /// block: GEPs off different bases with the same index share them.
    scaled: HashMap<(V, u64, bool), Opnd>,
}

const NEG1: u32 = 0xffff_ffff;

impl Lower<'_> {
    // ---- types -------------------------------------------------------------------------

    fn sty(&self, t: T, at: V) -> R<Sty> {
        match t.kind() {
            Kind::Int(b) if b <= 32 => Ok(Sty::I(b)),
            Kind::Int(64) => {
                if self.prof.no_int64 {
                    Ok(Sty::I(32))
                } else {
                    Ok(Sty::I(64))
                }
            }
            Kind::F32 => Ok(Sty::F32),
            Kind::F64 => {
                if self.prof.no_double {
                    unsupported("double precision", Some(at))
                } else {
                    Ok(Sty::F64)
                }
            }
            Kind::Ptr(a) => Ok(Sty::P(a)),
            _ => unsupported(format!("type `{}`", t.print()), Some(at)),
        }
    }

    /// The scalar types of `t`, flattened, with their byte offsets.
    fn flatten(&self, t: T, at: V) -> R<Vec<(u64, T)>> {
        let mut out = Vec::new();
        self.flatten_into(t, 0, at, &mut out)?;
        Ok(out)
    }

    fn flatten_into(&self, t: T, off: u64, at: V, out: &mut Vec<(u64, T)>) -> R<()> {
        match t.kind() {
            Kind::Vector | Kind::Array => {
                let e = t.elem();
                let size = self.layout.alloc_size(e);
                for i in 0..t.len() {
                    self.flatten_into(e, off + i * size, at, out)?;
                }
            }
            Kind::Struct => {
                for i in 0..t.len() as u32 {
                    self.flatten_into(t.field(i), off + self.layout.field_offset(t, i), at, out)?;
                }
            }
            Kind::Void | Kind::Other => {
                return unsupported(format!("type `{}`", t.print()), Some(at))
            }
            _ => out.push((off, t)),
        }
        Ok(())
    }

    fn is_wide(&self, s: Sty) -> bool {
        match s {
            Sty::I(b) => b == 64,
            Sty::F64 => true,
            Sty::F32 => false,
            Sty::P(a) => matches!(a, 1 | 4) && !self.prof.pointers32,
        }
    }

    // ---- operands ----------------------------------------------------------------------

    fn src(&mut self, o: Opnd) -> Src {
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

    fn neg(&mut self, o: Opnd) -> Src {
        let mut s = self.src(o);
        s.negate = true;
        s
    }

    fn new_temp(&mut self, wide: bool) -> Opnd {
        Opnd::R {
            reg: self.b.temp(),
            c: 0,
            wide,
        }
    }

    fn dst(o: Opnd) -> Dst {
        match o {
            Opnd::R { reg, c, wide } => Dst {
                reg,
                mask: if wide { mask::XY << c } else { mask::X << c },
            },
            _ => unreachable!("destination is always a temporary"),
        }
    }

    /// Emits `op` into a fresh temporary.
    fn op(&mut self, op: Opcode, wide: bool, srcs: &[Opnd]) -> Opnd {
        let s: Vec<Src> = srcs.iter().map(|o| self.src(*o)).collect();
        self.op_s(op, wide, &s)
    }

    fn op_s(&mut self, op: Opcode, wide: bool, srcs: &[Src]) -> Opnd {
        let d = self.new_temp(wide);
        self.b.emit(op, &[Self::dst(d)], srcs);
        d
    }

    fn mov_to(&mut self, d: Opnd, s: Opnd) {
        if d == s {
            return;
        }
        let s = self.src(s);
        self.b.emit(Opcode::MOV, &[Self::dst(d)], &[s]);
    }

    fn u(v: u32) -> Opnd {
        Opnd::I32(v, ImmType::Uint32)
    }

    fn low(o: Opnd) -> Opnd {
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

    fn high(o: Opnd) -> Opnd {
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

    fn scalar(&mut self, v: V) -> R<Opnd> {
        match self.value(v)? {
            Val::S(o) if o.len() == 1 => Ok(o[0]),
            Val::P(_, o) => Ok(o),
            _ => Err(LowerError::Internal(format!(
                "expected a scalar: {}",
                v.print()
            ))),
        }
    }

    fn elems(&mut self, v: V) -> R<Vec<Opnd>> {
        match self.value(v)? {
            Val::S(o) => Ok(o),
            Val::P(_, o) => Ok(vec![o]),
        }
    }

    fn ptr(&mut self, v: V) -> R<(Base, Opnd)> {
        match self.value(v)? {
            Val::P(b, o) => Ok((b, o)),
            Val::S(_) => Err(LowerError::Internal(format!(
                "expected a pointer: {}",
                v.print()
            ))),
        }
    }

    /// The lowered value of an operand.
    fn value(&mut self, v: V) -> R<Val> {
        if let Some(x) = self.vals.get(&v) {
            return Ok(x.clone());
        }
        if v.is_instruction() || v.is_argument() {
            return Err(LowerError::Internal(format!(
                "use before definition: {}",
                v.print()
            )));
        }
        let x = self.constant(v)?;
        if !v.is_const_expr() {
            self.vals.insert(v, x.clone());
        }
        Ok(x)
    }

    fn constant(&mut self, v: V) -> R<Val> {
        let t = v.ty();
        if v.is_global_variable() {
            return self.global(v);
        }
        if v.is_function() {
            return unsupported("function pointer", None);
        }
        if v.is_const_expr() {
            return match self.compute(v)? {
                Some(x) => Ok(x),
                None => Err(LowerError::Internal("empty constant expression".into())),
            };
        }
        if let Kind::Ptr(a) = t.kind() {
            if v.is_null_constant() || v.is_undef() {
                let base = match a {
                    1 | 4 if self.prof.pointers32 => {
                        return unsupported("null pointer with 32-bit buffer pointers", None)
                    }
                    1 | 4 => Base::Global,
                    3 => Base::Shared,
                    _ => Base::Private,
                };
                let z = if base.wide() {
                    Opnd::I64(0, ImmType::Uint64)
                } else {
                    Self::u(0)
                };
                return Ok(Val::P(base, z));
            }
            return unsupported(format!("pointer constant `{}`", v.print()), None);
        }
        let mut out = Vec::new();
        self.const_into(v, t, &mut out)?;
        Ok(Val::S(out))
    }

    fn const_into(&mut self, v: V, t: T, out: &mut Vec<Opnd>) -> R<()> {
        match t.kind() {
            Kind::Vector | Kind::Array | Kind::Struct => {
                for i in 0..t.len() as u32 {
                    let et = if t.kind() == Kind::Struct {
                        t.field(i)
                    } else {
                        t.elem()
                    };
                    match v.aggregate_element(i) {
                        Some(e) => self.const_into(e, et, out)?,
                        None => return unsupported(format!("constant `{}`", v.print()), None),
                    }
                }
                Ok(())
            }
            Kind::Int(b) => {
                let x = if v.is_undef() {
                    0
                } else {
                    v.const_int()
                        .ok_or_else(|| LowerError::Internal(format!("constant {}", v.print())))?
                };
                out.push(match b {
                    1 => Self::u(if x & 1 == 1 { NEG1 } else { 0 }),
                    64 if !self.prof.no_int64 => Opnd::I64(x, ImmType::Uint64),
                    64 => {
                        let s = x as i64;
                        if s < i64::from(i32::MIN) || s > i64::from(u32::MAX) {
                            return unsupported(format!("64-bit integer constant {s}"), None);
                        }
                        Self::u(x as u32)
                    }
                    _ => Self::u(x as u32),
                });
                Ok(())
            }
            Kind::F32 => {
                let x = if v.is_undef() {
                    0.0
                } else {
                    v.const_fp().unwrap_or(0.0)
                };
                out.push(Opnd::I32((x as f32).to_bits(), ImmType::Flt32));
                Ok(())
            }
            Kind::F64 => {
                if self.prof.no_double {
                    return unsupported("double precision", None);
                }
                let x = if v.is_undef() {
                    0.0
                } else {
                    v.const_fp().unwrap_or(0.0)
                };
                out.push(Opnd::I64(x.to_bits(), ImmType::Flt64));
                Ok(())
            }
            _ => unsupported(format!("constant `{}`", v.print()), None),
        }
    }

    fn global(&mut self, g: V) -> R<Val> {
        match g.ty().kind() {
            Kind::Ptr(3) => {
                let off = match self.shared.get(&g) {
                    Some(o) => *o,
                    None => {
                        let ty = g.global_value_type();
                        let align = g.alignment().max(self.layout.align(ty)).max(4);
                        let off = self.shared_bytes.div_ceil(align) * align;
                        let size = self.layout.alloc_size(ty) as u32;
                        self.shared_bytes = off + size.div_ceil(4) * 4;
                        self.shared.insert(g, off);
                        off
                    }
                };
                Ok(Val::P(Base::Shared, Self::u(off)))
            }
            _ => {
                // Program-scope constant data (`__constant` tables, libdevice's tables):
                // every work-item copies it into its private memory at the start.
                if let Some(off) = self.consts.get(&g) {
                    return Ok(Val::P(Base::Private, Self::u(*off)));
                }
                let init = match g.initializer() {
                    Some(i) if g.is_global_constant() => i,
                    _ => return unsupported(format!("program-scope variable `@{}` (only `__local` arrays and constant data are supported)", g.name()), None),
                };
                let ty = g.global_value_type();
                let size = self.layout.alloc_size(ty) as usize;
                let mut bytes = vec![0u8; size.div_ceil(4) * 4];
                let parts = self.flatten(ty, g)?;
                let mut vals = Vec::new();
                self.const_into(init, ty, &mut vals)?;
                for ((off, t), v) in parts.into_iter().zip(vals) {
                    let n = self.layout.alloc_size(t).min(8) as usize;
                    let bits: u64 = match v {
                        Opnd::I32(x, _) => u64::from(x),
                        Opnd::I64(x, _) => x,
                        Opnd::R { .. } => {
                            return Err(LowerError::Internal("non-constant initializer".into()))
                        }
                    };
                    let bits = if t.kind() == Kind::Int(1) {
                        bits & 1
                    } else {
                        bits
                    };
                    let off = off as usize;
                    bytes[off..off + n].copy_from_slice(&bits.to_le_bytes()[..n]);
                }
                let base = self.private_bytes.div_ceil(8) * 8;
                self.private_bytes = base + bytes.len() as u32;
                self.consts.insert(g, base);
                let m = self.b.memory(ir_tgsi::MemoryKind::Private);
                for (k, w) in bytes.chunks(4).enumerate() {
                    let word = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
                    let a = self.src(Self::u(base + 4 * k as u32));
                    let v = self.src(Self::u(word));
                    self.prologue.push(ir_tgsi::Instruction {
                        op: Opcode::STORE,
                        dst: vec![Dst {
                            reg: m,
                            mask: mask::X,
                        }],
                        src: vec![a, v],
                        label: None,
                    });
                }
                Ok(Val::P(Base::Private, Self::u(base)))
            }
        }
    }

    fn bind(&mut self, v: V, x: Val) {
        // A block emitted twice (duplication) writes the same registers both times.
        if let Some(old) = self.vals.get(&v).cloned() {
            let (a, b) = match (&old, &x) {
                (Val::S(a), Val::S(b)) => (a.clone(), b.clone()),
                (Val::P(_, a), Val::P(_, b)) => (vec![*a], vec![*b]),
                _ => return,
            };
            for (d, s) in a.into_iter().zip(b) {
                if matches!(d, Opnd::R { reg, .. } if reg.file == File::Temp) {
                    self.mov_to(d, s);
                }
            }
            return;
        }
        self.vals.insert(v, x);
    }

    // ---- pointer provenance --------------------------------------------------------------

    fn base_of(&mut self, v: V) -> R<Base> {
        if let Some(b) = self.bases.get(&v) {
            return Ok(*b);
        }
        let space = match v.ty().kind() {
            Kind::Ptr(a) => a,
            _ => return Err(LowerError::Internal("base of a non-pointer".into())),
        };
        match space {
            3 => return Ok(Base::Shared),
            5 => return Ok(Base::Private),
            _ => {}
        }
        // Trace to the roots.
        let mut seen = std::collections::HashSet::new();
        let mut work = vec![v];
        let mut found: Option<Base> = None;
        while let Some(x) = work.pop() {
            if !seen.insert(x) {
                continue;
            }
            let root = if x.is_argument() {
                let params = self.func.params();
                let i = params.iter().position(|p| *p == x).unwrap_or(0);
                Some(self.arg_base(i as u32, x)?)
            } else if x.is_global_variable() {
                match x.ty().kind() {
                    Kind::Ptr(3) => Some(Base::Shared),
                    _ => Some(Base::Private), // constant data, copied to private memory
                }
            } else if x.is_constant() && !x.is_const_expr() {
                None // null / undef: compatible with anything
            } else {
                match x.opcode() {
                    Some(
                        Op::LLVMGetElementPtr
                        | Op::LLVMBitCast
                        | Op::LLVMAddrSpaceCast
                        | Op::LLVMFreeze,
                    ) => {
                        work.push(x.operand(0));
                        None
                    }
                    Some(Op::LLVMPHI) => {
                        for i in 0..x.num_incoming() {
                            work.push(x.incoming(i).0);
                        }
                        None
                    }
                    Some(Op::LLVMSelect) => {
                        work.push(x.operand(1));
                        work.push(x.operand(2));
                        None
                    }
                    Some(Op::LLVMAlloca) => Some(Base::Private),
                    _ if !self.prof.pointers32 && matches!(space, 1 | 4) => Some(Base::Global),
                    _ => {
                        let what = if self.prof.pointers32 && matches!(space, 1 | 4) {
                            "a global pointer that is not derived from a kernel argument (32-bit buffer pointers)"
                        } else {
                            "a generic pointer of unknown origin"
                        };
                        return unsupported(what, Some(x));
                    }
                }
            };
            if let Some(r) = root {
                if found.is_some_and(|f| f != r) {
                    return unsupported(
                        "a pointer that may point into different buffers or address spaces",
                        Some(v),
                    );
                }
                found = Some(r);
            }
        }
        let b = found.unwrap_or(Base::Private);
        self.bases.insert(v, b);
        Ok(b)
    }

    fn arg_base(&self, i: u32, at: V) -> R<Base> {
        if self.func.param_byval_type(i).is_some() {
            return Ok(Base::Input);
        }
        match self.input.slots.get(i as usize).map(|s| s.class) {
            Some(ArgClass::GlobalPtr { buffer, .. }) => Ok(if self.prof.pointers32 {
                Base::Buffer(buffer)
            } else {
                Base::Global
            }),
            Some(ArgClass::LocalPtr) => Ok(Base::Shared),
            _ => unsupported("pointer argument of unknown kind", Some(at)),
        }
    }

    // ---- arguments -----------------------------------------------------------------------

    fn load_args(&mut self) -> R<()> {
        let params = self.func.params();
        if params.len() != self.input.slots.len() {
            return Err(LowerError::Internal(format!(
                "{} parameters but {} argument slots",
                params.len(),
                self.input.slots.len()
            )));
        }
        for (i, p) in params.iter().enumerate() {
            let slot = self.input.slots[i];
            let off = Self::u(slot.offset);
            let x = if self.func.param_byval_type(i as u32).is_some() {
                Val::P(Base::Input, off)
            } else {
                match (p.ty().kind(), slot.class) {
                    (Kind::Ptr(_), ArgClass::GlobalPtr { buffer, .. }) => {
                        if self.prof.pointers32 {
                            Val::P(Base::Buffer(buffer), Self::u(0))
                        } else {
                            let o = self.load_word(Base::Input, off, 0, true);
                            Val::P(Base::Global, o)
                        }
                    }
                    (Kind::Ptr(_), ArgClass::LocalPtr) => {
                        let o = self.load_word(Base::Input, off, 0, false);
                        Val::P(Base::Shared, o)
                    }
                    (Kind::Ptr(_), _) => {
                        return unsupported("pointer argument passed by value", Some(self.func))
                    }
                    _ => {
                        if self.prof.no_int64 && has_int64(p.ty()) {
                            return unsupported(
                                format!("64-bit integer argument `{}`", p.name()),
                                None,
                            );
                        }
                        let parts = self.flatten(p.ty(), *p)?;
                        let mut out = Vec::new();
                        for (k, t) in parts {
                            let s = self.sty(t, *p)?;
                            out.push(self.load_scalar(Base::Input, off, k, s, *p)?);
                        }
                        Val::S(out)
                    }
                }
            };
            self.vals.insert(*p, x);
        }
        Ok(())
    }

    fn prealloc_phis(&mut self) -> R<()> {
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

    // ---- control flow --------------------------------------------------------------------

    fn emit_flow(&mut self, op: Opcode) {
        self.b.emit(op, &[], &[]);
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

    fn region(&mut self, mut cur: usize, stop: Option<usize>, ctx: Option<usize>) -> R<()> {
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

    // ---- instructions ----------------------------------------------------------------------

    /// Lowers one instruction or constant expression; `None` for instructions without a value.
    fn compute(&mut self, i: V) -> R<Option<Val>> {
        let op = i
            .opcode()
            .ok_or_else(|| LowerError::Internal("not an instruction".into()))?;
        let at = Some(i);
        if self.prof.no_int64 && i.ty().kind() == Kind::Int(64) {
            if let Some(x) = self.narrow_shifted(op, i)? {
                return Ok(Some(x));
            }
            if matches!(op, Op::LLVMAShr | Op::LLVMLShr)
                && i.num_operands() == 2
                && i.operand(1).const_int().is_none_or(|c| c >= 32)
            {
                return unsupported(
                    "64-bit right shift of a value that does not fit 32 bits (no-int64)",
                    at,
                );
            }
        }
        let x = match op {
            Op::LLVMAdd
            | Op::LLVMSub
            | Op::LLVMMul
            | Op::LLVMUDiv
            | Op::LLVMSDiv
            | Op::LLVMURem
            | Op::LLVMSRem
            | Op::LLVMShl
            | Op::LLVMLShr
            | Op::LLVMAShr
            | Op::LLVMAnd
            | Op::LLVMOr
            | Op::LLVMXor
            | Op::LLVMFAdd
            | Op::LLVMFSub
            | Op::LLVMFMul
            | Op::LLVMFDiv
            | Op::LLVMFRem => {
                let a = self.elems(i.operand(0))?;
                let b = self.elems(i.operand(1))?;
                let tys = self.flatten(i.ty(), i)?;
                let mut out = Vec::new();
                for ((x, y), (_, t)) in a.into_iter().zip(b).zip(tys) {
                    let s = self.sty(t, i)?;
                    out.push(self.binop(op, s, x, y, i)?);
                }
                Val::S(out)
            }
            Op::LLVMFNeg => {
                let a = self.elems(i.operand(0))?;
                let tys = self.flatten(i.ty(), i)?;
                let mut out = Vec::new();
                for (x, (_, t)) in a.into_iter().zip(tys) {
                    out.push(match self.sty(t, i)? {
                        Sty::F64 => {
                            self.op(Opcode::XOR, true, &[x, Opnd::I64(1 << 63, ImmType::Uint64)])
                        }
                        _ => self.op(Opcode::XOR, false, &[x, Self::u(0x8000_0000)]),
                    });
                }
                Val::S(out)
            }
            Op::LLVMICmp | Op::LLVMFCmp => {
                let a = self.elems(i.operand(0))?;
                let b = self.elems(i.operand(1))?;
                let tys = self.flatten(i.operand(0).ty(), i)?;
                let mut out = Vec::new();
                for ((x, y), (_, t)) in a.into_iter().zip(b).zip(tys) {
                    let s = self.sty(t, i)?;
                    out.push(if op == Op::LLVMICmp {
                        self.icmp(i.icmp_predicate(), s, x, y)
                    } else {
                        self.fcmp(i.fcmp_predicate(), s, x, y, i)?
                    });
                }
                Val::S(out)
            }
            Op::LLVMSelect => {
                let c = self.elems(i.operand(0))?;
                if let Kind::Ptr(_) = i.ty().kind() {
                    let base = self.base_of(i)?;
                    let (_, a) = self.ptr(i.operand(1))?;
                    let (_, b) = self.ptr(i.operand(2))?;
                    let o = self.op(Opcode::UCMP, base.wide(), &[c[0], a, b]);
                    Val::P(base, o)
                } else {
                    let a = self.elems(i.operand(1))?;
                    let b = self.elems(i.operand(2))?;
                    let tys = self.flatten(i.ty(), i)?;
                    let mut out = Vec::new();
                    for (k, ((x, y), (_, t))) in a.into_iter().zip(b).zip(tys).enumerate() {
                        let s = self.sty(t, i)?;
                        let w = self.is_wide(s);
                        let cc = if c.len() == 1 { c[0] } else { c[k] };
                        out.push(self.op(Opcode::UCMP, w, &[cc, x, y]));
                    }
                    Val::S(out)
                }
            }
            Op::LLVMTrunc
            | Op::LLVMZExt
            | Op::LLVMSExt
            | Op::LLVMFPToUI
            | Op::LLVMFPToSI
            | Op::LLVMUIToFP
            | Op::LLVMSIToFP
            | Op::LLVMFPTrunc
            | Op::LLVMFPExt => {
                let a = self.elems(i.operand(0))?;
                let from = self.flatten(i.operand(0).ty(), i)?;
                let to = self.flatten(i.ty(), i)?;
                let mut out = Vec::new();
                for ((x, (_, ft)), (_, tt)) in a.into_iter().zip(from).zip(to) {
                    let fs = self.sty(ft, i)?;
                    let ts = self.sty(tt, i)?;
                    out.push(self.cast(op, fs, ts, x, i)?);
                }
                Val::S(out)
            }
            Op::LLVMBitCast | Op::LLVMAddrSpaceCast | Op::LLVMFreeze => {
                if let Kind::Ptr(_) = i.ty().kind() {
                    let base = self.base_of(i)?;
                    let (_, o) = self.ptr(i.operand(0))?;
                    Val::P(base, o)
                } else {
                    let a = self.elems(i.operand(0))?;
                    let from = self.flatten(i.operand(0).ty(), i)?;
                    let to = self.flatten(i.ty(), i)?;
                    self.regroup(a, &from, &to, i)?
                }
            }
            Op::LLVMPtrToInt | Op::LLVMPtrToAddr => {
                let (base, o) = self.ptr(i.operand(0))?;
                let s = self.sty(i.ty(), i)?;
                match (base.wide(), self.is_wide(s)) {
                    (true, true) | (false, false) => Val::S(vec![o]),
                    (true, false) => Val::S(vec![Self::low(o)]),
                    (false, true) => Val::S(vec![self.op(Opcode::U2I64, true, &[o])]),
                }
            }
            Op::LLVMIntToPtr => {
                let base = self.base_of(i)?;
                let o = self.scalar(i.operand(0))?;
                let s = self.sty(i.operand(0).ty(), i)?;
                let o = match (base.wide(), self.is_wide(s)) {
                    (true, true) | (false, false) => o,
                    (true, false) => self.op(Opcode::U2I64, true, &[o]),
                    (false, true) => Self::low(o),
                };
                Val::P(base, o)
            }
            Op::LLVMGetElementPtr => self.gep(i)?,
            Op::LLVMAlloca => {
                let ty = i.allocated_type();
                let n = i
                    .operand(0)
                    .const_int()
                    .ok_or_else(|| LowerError::Unsupported {
                        construct: "variable-sized alloca".into(),
                        location: i.location(),
                    })?;
                let align = i.alignment().max(4);
                let off = self.private_bytes.div_ceil(align) * align;
                let size = (self.layout.alloc_size(ty) * n) as u32;
                self.private_bytes = off + size.div_ceil(4) * 4;
                Val::P(Base::Private, Self::u(off))
            }
            Op::LLVMLoad => {
                let (base, addr) = self.ptr(i.operand(0))?;
                if self.prof.no_int64 && has_int64(i.ty()) {
                    return unsupported("64-bit integer load", at);
                }
                if let Kind::Ptr(_) = i.ty().kind() {
                    let b2 = self.base_of(i)?;
                    if !b2.wide() {
                        return unsupported("loading a pointer from memory", at);
                    }
                    let o = self.load_scalar(base, addr, 0, Sty::P(1), i)?;
                    Val::P(b2, o)
                } else {
                    let parts = self.flatten(i.ty(), i)?;
                    let mut out = Vec::new();
                    for (k, t) in parts {
                        let s = self.sty(t, i)?;
                        out.push(self.load_scalar(base, addr, k, s, i)?);
                    }
                    Val::S(out)
                }
            }
            Op::LLVMStore => {
                let v = i.operand(0);
                let (base, addr) = self.ptr(i.operand(1))?;
                if self.prof.no_int64 && has_int64(v.ty()) {
                    return unsupported("64-bit integer store", at);
                }
                let parts = self.flatten(v.ty(), i)?;
                let vals = self.elems(v)?;
                for ((k, t), x) in parts.into_iter().zip(vals) {
                    let s = self.sty(t, i)?;
                    self.store_scalar(base, addr, k, s, x, i)?;
                }
                return Ok(None);
            }
            Op::LLVMExtractValue => {
                let agg = self.elems(i.operand(0))?;
                let (lo, n) = self.agg_range(i.operand(0).ty(), &i.indices(), i)?;
                Val::S(agg[lo..lo + n].to_vec())
            }
            Op::LLVMInsertValue => {
                let mut agg = self.elems(i.operand(0))?;
                let ins = self.elems(i.operand(1))?;
                let (lo, n) = self.agg_range(i.ty(), &i.indices(), i)?;
                agg[lo..lo + n].copy_from_slice(&ins[..n]);
                Val::S(agg)
            }
            Op::LLVMExtractElement => {
                let v = self.elems(i.operand(0))?;
                let idx = i.operand(1);
                match idx.const_int() {
                    Some(k) => Val::S(vec![*v
                        .get(k as usize)
                        .ok_or_else(|| LowerError::Internal("index".into()))?]),
                    None => {
                        let ix = self.scalar(idx)?;
                        let s = self.sty(i.ty(), i)?;
                        let w = self.is_wide(s);
                        let mut acc = v[0];
                        for (k, e) in v.iter().enumerate().skip(1) {
                            let c = self.op(Opcode::USEQ, false, &[ix, Self::u(k as u32)]);
                            acc = self.op(Opcode::UCMP, w, &[c, *e, acc]);
                        }
                        Val::S(vec![acc])
                    }
                }
            }
            Op::LLVMInsertElement => {
                let mut v = self.elems(i.operand(0))?;
                let e = self.scalar(i.operand(1))?;
                match i.operand(2).const_int() {
                    Some(k) if (k as usize) < v.len() => v[k as usize] = e,
                    _ => return unsupported("insertelement with a variable index", at),
                }
                Val::S(v)
            }
            Op::LLVMShuffleVector => {
                let a = self.elems(i.operand(0))?;
                let b = self.elems(i.operand(1))?;
                let all: Vec<Opnd> = a.iter().chain(b.iter()).copied().collect();
                let mut out = Vec::new();
                for m in i.shuffle_mask() {
                    out.push(match m {
                        Some(k) => all[k as usize],
                        None => Self::u(0),
                    });
                }
                Val::S(out)
            }
            Op::LLVMCall => return self.call(i),
            Op::LLVMFence => {
                let f = self.b.uimm(1 | 8);
                self.b.emit(Opcode::MEMBAR, &[], &[f]);
                return Ok(None);
            }
            Op::LLVMAtomicRMW | Op::LLVMAtomicCmpXchg => return self.atomic(i).map(Some),
            Op::LLVMPHI => {
                return Err(LowerError::Internal("phi lowered as an instruction".into()))
            }
            Op::LLVMRet
            | Op::LLVMBr
            | Op::LLVMSwitch
            | Op::LLVMIndirectBr
            | Op::LLVMInvoke
            | Op::LLVMUnreachable
            | Op::LLVMCallBr
            | Op::LLVMUserOp1
            | Op::LLVMUserOp2
            | Op::LLVMVAArg
            | Op::LLVMResume
            | Op::LLVMLandingPad
            | Op::LLVMCleanupRet
            | Op::LLVMCatchRet
            | Op::LLVMCatchPad
            | Op::LLVMCleanupPad
            | Op::LLVMCatchSwitch => {
                return unsupported(format!("instruction `{}`", i.print()), at)
            }
        };
        Ok(Some(x))
    }

    /// The flattened element range addressed by `extractvalue`/`insertvalue` indices.
    fn agg_range(&self, t: T, idx: &[u32], at: V) -> R<(usize, usize)> {
        let mut lo = 0;
        let mut t = t;
        for &k in idx {
            let fields: Vec<T> = match t.kind() {
                Kind::Struct => (0..t.len() as u32).map(|j| t.field(j)).collect(),
                _ => (0..t.len()).map(|_| t.elem()).collect(),
            };
            for f in &fields[..k as usize] {
                lo += self.flatten(*f, at)?.len();
            }
            t = fields[k as usize];
        }
        Ok((lo, self.flatten(t, at)?.len()))
    }

    /// Reinterprets flattened operands of types `from` as types `to` (same bits).
    fn regroup(&mut self, a: Vec<Opnd>, from: &[(u64, T)], to: &[(u64, T)], at: V) -> R<Val> {
        let fw: Vec<bool> = from
            .iter()
            .map(|(_, t)| self.sty(*t, at).map(|s| self.is_wide(s)))
            .collect::<R<_>>()?;
        let tw: Vec<bool> = to
            .iter()
            .map(|(_, t)| self.sty(*t, at).map(|s| self.is_wide(s)))
            .collect::<R<_>>()?;
        if from.len() == to.len() && fw == tw {
            return Ok(Val::S(a));
        }
        for (_, t) in from.iter().chain(to) {
            if matches!(t.kind(), Kind::Int(b) if b < 32) {
                return unsupported(
                    "bit cast between vectors of 8- or 16-bit elements",
                    Some(at),
                );
            }
        }
        let mut words = Vec::new();
        for (o, w) in a.into_iter().zip(fw) {
            if w {
                words.push(Self::low(o));
                words.push(Self::high(o));
            } else {
                words.push(o);
            }
        }
        let mut out = Vec::new();
        let mut it = words.into_iter();
        for w in tw {
            if w {
                let (lo, hi) = (it.next(), it.next());
                let (lo, hi) = lo
                    .zip(hi)
                    .ok_or_else(|| LowerError::Internal("bitcast size".into()))?;
                let d = self.new_temp(true);
                let (ls, hs) = (self.src(lo), self.src(hi));
                let Opnd::R { reg, .. } = d else {
                    unreachable!()
                };
                self.b
                    .emit(Opcode::MOV, &[Dst { reg, mask: mask::X }], &[ls]);
                self.b
                    .emit(Opcode::MOV, &[Dst { reg, mask: mask::Y }], &[hs]);
                out.push(d);
            } else {
                out.push(
                    it.next()
                        .ok_or_else(|| LowerError::Internal("bitcast size".into()))?,
                );
            }
        }
        Ok(Val::S(out))
    }

    fn norm(&mut self, bits: u32, x: Opnd) -> Opnd {
        if bits >= 32 || bits == 1 {
            x
        } else {
            self.op(Opcode::AND, false, &[x, Self::u((1u32 << bits) - 1)])
        }
    }

    fn sext32(&mut self, bits: u32, x: Opnd) -> Opnd {
        if bits >= 32 || bits == 1 {
            x
        } else {
            self.op(Opcode::IBFE, false, &[x, Self::u(0), Self::u(bits)])
        }
    }

    fn binop(&mut self, op: Op, s: Sty, a: Opnd, b: Opnd, at: V) -> R<Opnd> {
        use Opcode as O;
        Ok(match s {
            Sty::I(1) => match op {
                Op::LLVMAnd | Op::LLVMMul => self.op(O::AND, false, &[a, b]),
                Op::LLVMOr => self.op(O::OR, false, &[a, b]),
                Op::LLVMXor | Op::LLVMAdd | Op::LLVMSub => self.op(O::XOR, false, &[a, b]),
                _ => return unsupported("arithmetic on i1", Some(at)),
            },
            Sty::I(bits) if bits <= 32 => {
                let r = match op {
                    Op::LLVMAdd => self.op(O::UADD, false, &[a, b]),
                    Op::LLVMSub => {
                        let nb = self.op(O::INEG, false, &[b]);
                        self.op(O::UADD, false, &[a, nb])
                    }
                    Op::LLVMMul => self.op(O::UMUL, false, &[a, b]),
                    Op::LLVMUDiv => self.div64_check(O::UDIV, a, b, at)?,
                    Op::LLVMURem => self.div64_check(O::UMOD, a, b, at)?,
                    Op::LLVMSDiv | Op::LLVMSRem => {
                        let (x, y) = (self.sext32(bits, a), self.sext32(bits, b));
                        let o = if op == Op::LLVMSDiv { O::IDIV } else { O::MOD };
                        self.div64_check(o, x, y, at)?
                    }
                    Op::LLVMShl => self.op(O::SHL, false, &[a, b]),
                    Op::LLVMLShr => self.op(O::USHR, false, &[a, b]),
                    Op::LLVMAShr => {
                        let x = self.sext32(bits, a);
                        self.op(O::ISHR, false, &[x, b])
                    }
                    // `and i64 x, 0xffffffff` (zext of a 32-bit index) once narrowed.
                    Op::LLVMAnd if b == Self::u(NEG1) => return Ok(a),
                    Op::LLVMAnd if a == Self::u(NEG1) => return Ok(b),
                    Op::LLVMAnd => return Ok(self.op(O::AND, false, &[a, b])),
                    Op::LLVMOr => return Ok(self.op(O::OR, false, &[a, b])),
                    Op::LLVMXor => return Ok(self.op(O::XOR, false, &[a, b])),
                    _ => return Err(LowerError::Internal("float op on integers".into())),
                };
                self.norm(bits, r)
            }
            Sty::I(_) => {
                let lo = Self::low(b);
                let sb = self.src(lo);
                match op {
                    Op::LLVMAdd => self.op(O::U64ADD, true, &[a, b]),
                    Op::LLVMSub => {
                        let nb = self.op(O::I64NEG, true, &[b]);
                        self.op(O::U64ADD, true, &[a, nb])
                    }
                    Op::LLVMMul => self.op(O::U64MUL, true, &[a, b]),
                    Op::LLVMUDiv => self.op(O::U64DIV, true, &[a, b]),
                    Op::LLVMSDiv => self.op(O::I64DIV, true, &[a, b]),
                    Op::LLVMURem => self.op(O::U64MOD, true, &[a, b]),
                    Op::LLVMSRem => self.op(O::I64MOD, true, &[a, b]),
                    Op::LLVMShl | Op::LLVMLShr | Op::LLVMAShr => {
                        let o = match op {
                            Op::LLVMShl => O::U64SHL,
                            Op::LLVMLShr => O::U64SHR,
                            _ => O::I64SHR,
                        };
                        let sa = self.src(a);
                        self.op_s(o, true, &[sa, sb])
                    }
                    Op::LLVMAnd => self.op(O::AND, true, &[a, b]),
                    Op::LLVMOr => self.op(O::OR, true, &[a, b]),
                    Op::LLVMXor => self.op(O::XOR, true, &[a, b]),
                    _ => return Err(LowerError::Internal("float op on integers".into())),
                }
            }
            Sty::F32 => match op {
                Op::LLVMFAdd => self.op(O::ADD, false, &[a, b]),
                Op::LLVMFSub => {
                    let (sa, sb) = (self.src(a), self.neg(b));
                    self.op_s(O::ADD, false, &[sa, sb])
                }
                Op::LLVMFMul => self.op(O::MUL, false, &[a, b]),
                Op::LLVMFDiv => self.op(O::DIV, false, &[a, b]),
                _ => return unsupported("floating-point remainder (fmod)", Some(at)),
            },
            Sty::F64 => match op {
                Op::LLVMFAdd => self.op(O::DADD, true, &[a, b]),
                Op::LLVMFSub => {
                    let (sa, sb) = (self.src(a), self.neg(b));
                    self.op_s(O::DADD, true, &[sa, sb])
                }
                Op::LLVMFMul => self.op(O::DMUL, true, &[a, b]),
                Op::LLVMFDiv => self.op(O::DDIV, true, &[a, b]),
                _ => return unsupported("floating-point remainder (fmod)", Some(at)),
            },
            Sty::P(_) => return Err(LowerError::Internal("arithmetic on pointers".into())),
        })
    }

    /// With `no-int64`, 64-bit arithmetic on values shifted left by 32 or more: only their
    /// high word is kept ([`Lower::hi`]); shifting them back right gives a 32-bit value.
    /// `None` when `i` is not such an operation.
    fn narrow_shifted(&mut self, op: Op, i: V) -> R<Option<Val>> {
        use Opcode as O;
        if !matches!(
            op,
            Op::LLVMShl | Op::LLVMAShr | Op::LLVMLShr | Op::LLVMAdd | Op::LLVMSub | Op::LLVMMul
        ) {
            return Ok(None);
        }
        let (a, b) = (i.operand(0), i.operand(1));
        let count = b.const_int().filter(|c| *c < 64);
        // The high word of an operand: tracked, or a constant whose low word is zero.
        let high = |l: &Self, v: V| -> Option<Opnd> {
            if let Some(h) = l.hi.get(&v) {
                return Some(*h);
            }
            match v.const_int() {
                Some(c) if c as u32 == 0 && !v.is_undef() => Some(Self::u((c >> 32) as u32)),
                _ => None,
            }
        };
        let zero = Val::S(vec![Self::u(0)]);
        match op {
            Op::LLVMShl => {
                let Some(c) = count.filter(|c| *c >= 32) else {
                    return Ok(None);
                };
                let x = self.scalar(a)?;
                let h = if c == 32 {
                    x
                } else {
                    self.op(O::SHL, false, &[x, Self::u(c as u32 - 32)])
                };
                self.set_hi(i, h);
                Ok(Some(zero))
            }
            Op::LLVMAdd | Op::LLVMSub | Op::LLVMMul => {
                let (Some(ha), Some(hb)) = (high(self, a), high(self, b)) else {
                    return Ok(None);
                };
                if !self.hi.contains_key(&a) && !self.hi.contains_key(&b) {
                    return Ok(None);
                }
                let h = match op {
                    Op::LLVMAdd => self.op(O::UADD, false, &[ha, hb]),
                    Op::LLVMSub => {
                        let nb = self.op(O::INEG, false, &[hb]);
                        self.op(O::UADD, false, &[ha, nb])
                    }
                    // (x << 32) * (y << 32) has a zero low 64 bits.
                    _ => {
                        if self.hi.contains_key(&a) && self.hi.contains_key(&b) {
                            Self::u(0)
                        } else {
                            let (x, k) = if self.hi.contains_key(&a) {
                                (ha, b)
                            } else {
                                (hb, a)
                            };
                            let k = self.scalar(k)?;
                            self.op(O::UMUL, false, &[x, k])
                        }
                    }
                };
                self.set_hi(i, h);
                Ok(Some(zero))
            }
            Op::LLVMAShr | Op::LLVMLShr => {
                if let (Some(c @ 32..), Some(o)) = (count, self.mul_hi(a)?) {
                    if c == 32 {
                        return Ok(Some(Val::S(vec![o])));
                    }
                    let sh = if op == Op::LLVMAShr { O::ISHR } else { O::USHR };
                    let r = self.op(sh, false, &[o, Self::u(c as u32 - 32)]);
                    return Ok(Some(Val::S(vec![r])));
                }
                let (Some(h), Some(c)) = (self.hi.get(&a).copied(), count) else {
                    return Ok(None);
                };
                let r = match c {
                    32 => h,
                    0..32 => self.op(O::SHL, false, &[h, Self::u(32 - c as u32)]),
                    _ => {
                        let o = if op == Op::LLVMAShr { O::ISHR } else { O::USHR };
                        self.op(o, false, &[h, Self::u(c as u32 - 32)])
                    }
                };
                Ok(Some(Val::S(vec![r])))
            }
            _ => Ok(None),
        }
    }

    /// With `no-int64`: the high word of `m` when it is a 64-bit product of two 32-bit
    /// values: `IMUL_HI` when an operand is `sext` (the others `sext` or signed 32-bit
    /// constants), else `UMUL_HI` (`zext` operands or unsigned 32-bit constants).
    fn mul_hi(&mut self, m: V) -> R<Option<Opnd>> {
        if m.opcode() != Some(Op::LLVMMul) {
            return Ok(None);
        }
        let (a, b) = (m.operand(0), m.operand(1));
        let signed = [a, b].iter().any(|v| v.opcode() == Some(Op::LLVMSExt));
        let fits = |v: V| -> bool {
            if let Some(c) = v.const_int() {
                return if signed {
                    i32::try_from(c as i64).is_ok()
                } else {
                    c <= u64::from(u32::MAX)
                };
            }
            let ext = if signed { Op::LLVMSExt } else { Op::LLVMZExt };
            v.opcode() == Some(ext) && matches!(v.operand(0).ty().kind(), Kind::Int(b) if b <= 32)
        };
        if !fits(a) || !fits(b) {
            return Ok(None);
        }
        let mut ops = Vec::new();
        for v in [a, b] {
            ops.push(match v.const_int() {
                Some(c) => Self::u(c as u32),
                None => {
                    let bits = match v.operand(0).ty().kind() {
                        Kind::Int(b) => b,
                        _ => 32,
                    };
                    let x = self.scalar(v.operand(0))?;
                    if signed {
                        self.sext32(bits, x)
                    } else {
                        x
                    }
                }
            });
        }
        let o = if signed {
            Opcode::IMUL_HI
        } else {
            Opcode::UMUL_HI
        };
        Ok(Some(self.op(o, false, &ops)))
    }

    /// Records the high word of `v` (a block emitted twice writes the first copy's register).
    fn set_hi(&mut self, v: V, h: Opnd) {
        match self.hi.get(&v).copied() {
            Some(old @ Opnd::R { reg, .. }) if reg.file == File::Temp => self.mov_to(old, h),
            _ => {
                let h = if matches!(h, Opnd::R { .. }) {
                    h
                } else {
                    // Keep it in a register so that a second copy can write it.
                    let t = self.new_temp(false);
                    self.mov_to(t, h);
                    t
                };
                self.hi.insert(v, h);
            }
        }
    }

    /// 32-bit division; with `no-int64`, a division of a narrowed 64-bit value is refused.
    fn div64_check(&mut self, o: Opcode, a: Opnd, b: Opnd, at: V) -> R<Opnd> {
        if self.prof.no_int64 && matches!(at.ty().kind(), Kind::Int(64)) {
            return unsupported("64-bit integer division", Some(at));
        }
        Ok(self.op(o, false, &[a, b]))
    }

    fn icmp(&mut self, p: IP, s: Sty, a: Opnd, b: Opnd) -> Opnd {
        use Opcode as O;
        let bits = match s {
            Sty::I(b) => b,
            Sty::P(_) if self.is_wide(s) => 64,
            _ => 32,
        };
        let signed = matches!(
            p,
            IP::LLVMIntSGT | IP::LLVMIntSGE | IP::LLVMIntSLT | IP::LLVMIntSLE
        );
        let (a, b) = if signed && bits < 32 {
            (self.sext32(bits, a), self.sext32(bits, b))
        } else {
            (a, b)
        };
        // (opcode, swap operands)
        let (o, swap) = if bits == 64 {
            match p {
                IP::LLVMIntEQ => (O::U64SEQ, false),
                IP::LLVMIntNE => (O::U64SNE, false),
                IP::LLVMIntULT => (O::U64SLT, false),
                IP::LLVMIntUGE => (O::U64SGE, false),
                IP::LLVMIntUGT => (O::U64SLT, true),
                IP::LLVMIntULE => (O::U64SGE, true),
                IP::LLVMIntSLT => (O::I64SLT, false),
                IP::LLVMIntSGE => (O::I64SGE, false),
                IP::LLVMIntSGT => (O::I64SLT, true),
                IP::LLVMIntSLE => (O::I64SGE, true),
            }
        } else {
            match p {
                IP::LLVMIntEQ => (O::USEQ, false),
                IP::LLVMIntNE => (O::USNE, false),
                IP::LLVMIntULT => (O::USLT, false),
                IP::LLVMIntUGE => (O::USGE, false),
                IP::LLVMIntUGT => (O::USLT, true),
                IP::LLVMIntULE => (O::USGE, true),
                IP::LLVMIntSLT => (O::ISLT, false),
                IP::LLVMIntSGE => (O::ISGE, false),
                IP::LLVMIntSGT => (O::ISLT, true),
                IP::LLVMIntSLE => (O::ISGE, true),
            }
        };
        let (x, y) = if swap { (b, a) } else { (a, b) };
        self.op(o, false, &[x, y])
    }

    fn fcmp(&mut self, p: RP, s: Sty, a: Opnd, b: Opnd, at: V) -> R<Opnd> {
        use Opcode as O;
        let d = s == Sty::F64;
        let (lt, ge, eq, ne) = if d {
            (O::DSLT, O::DSGE, O::DSEQ, O::DSNE)
        } else {
            (O::FSLT, O::FSGE, O::FSEQ, O::FSNE)
        };
        let ord = |l: &mut Self| {
            let x = l.op(eq, false, &[a, a]);
            let y = l.op(eq, false, &[b, b]);
            l.op(O::AND, false, &[x, y])
        };
        Ok(match p {
            RP::LLVMRealPredicateFalse => Self::u(0),
            RP::LLVMRealPredicateTrue => Self::u(NEG1),
            RP::LLVMRealOEQ => self.op(eq, false, &[a, b]),
            RP::LLVMRealUNE => self.op(ne, false, &[a, b]),
            RP::LLVMRealOLT => self.op(lt, false, &[a, b]),
            RP::LLVMRealOGE => self.op(ge, false, &[a, b]),
            RP::LLVMRealOGT => self.op(lt, false, &[b, a]),
            RP::LLVMRealOLE => self.op(ge, false, &[b, a]),
            RP::LLVMRealUGE => {
                let x = self.op(lt, false, &[a, b]);
                self.op(O::NOT, false, &[x])
            }
            RP::LLVMRealULT => {
                let x = self.op(ge, false, &[a, b]);
                self.op(O::NOT, false, &[x])
            }
            RP::LLVMRealULE => {
                let x = self.op(lt, false, &[b, a]);
                self.op(O::NOT, false, &[x])
            }
            RP::LLVMRealUGT => {
                let x = self.op(ge, false, &[b, a]);
                self.op(O::NOT, false, &[x])
            }
            RP::LLVMRealORD => ord(self),
            RP::LLVMRealUNO => {
                let x = ord(self);
                self.op(O::NOT, false, &[x])
            }
            RP::LLVMRealONE => {
                let x = self.op(ne, false, &[a, b]);
                let o = ord(self);
                self.op(O::AND, false, &[x, o])
            }
            RP::LLVMRealUEQ => {
                let x = self.op(ne, false, &[a, b]);
                let o = ord(self);
                let one = self.op(O::AND, false, &[x, o]);
                let _ = at;
                self.op(O::NOT, false, &[one])
            }
        })
    }

    fn cast(&mut self, op: Op, fs: Sty, ts: Sty, x: Opnd, at: V) -> R<Opnd> {
        use Opcode as O;
        let ib = |s: Sty| if let Sty::I(b) = s { b } else { 0 };
        Ok(match op {
            Op::LLVMTrunc => {
                let x = if self.is_wide(fs) { Self::low(x) } else { x };
                match ib(ts) {
                    1 => {
                        let b = self.op(O::AND, false, &[x, Self::u(1)]);
                        self.op(O::INEG, false, &[b])
                    }
                    b => self.norm(b, x),
                }
            }
            Op::LLVMZExt => {
                let x = if ib(fs) == 1 {
                    self.op(O::AND, false, &[x, Self::u(1)])
                } else {
                    x
                };
                if self.is_wide(ts) {
                    self.op(O::U2I64, true, &[x])
                } else {
                    x
                }
            }
            Op::LLVMSExt => {
                let x = self.sext32(ib(fs), x);
                if self.is_wide(ts) {
                    self.op(O::I2I64, true, &[x])
                } else {
                    self.norm(ib(ts), x)
                }
            }
            Op::LLVMFPToUI | Op::LLVMFPToSI => {
                let signed = op == Op::LLVMFPToSI;
                let wide_to = self.is_wide(ts);
                let o = match (fs, wide_to, signed) {
                    (Sty::F32, false, false) => O::F2U,
                    (Sty::F32, false, true) => O::F2I,
                    (Sty::F32, true, false) => O::F2U64,
                    (Sty::F32, true, true) => O::F2I64,
                    (_, false, false) => O::D2U,
                    (_, false, true) => O::D2I,
                    (_, true, false) => O::D2U64,
                    (_, true, true) => O::D2I64,
                };
                let r = self.op(o, wide_to, &[x]);
                if ib(ts) == 1 {
                    self.op(O::USNE, false, &[r, Self::u(0)])
                } else {
                    self.norm(ib(ts), r)
                }
            }
            Op::LLVMUIToFP | Op::LLVMSIToFP => {
                let signed = op == Op::LLVMSIToFP;
                let wide_from = self.is_wide(fs);
                let bits = ib(fs);
                let x = if bits == 1 && !signed {
                    self.op(O::AND, false, &[x, Self::u(1)])
                } else if signed {
                    self.sext32(bits, x)
                } else {
                    x
                };
                let o = match (ts, wide_from, signed) {
                    (Sty::F32, false, false) => O::U2F,
                    (Sty::F32, false, true) => O::I2F,
                    (Sty::F32, true, false) => O::U642F,
                    (Sty::F32, true, true) => O::I642F,
                    (_, false, false) => O::U2D,
                    (_, false, true) => O::I2D,
                    (_, true, false) => O::U642D,
                    (_, true, true) => O::I642D,
                };
                self.op(o, ts == Sty::F64, &[x])
            }
            Op::LLVMFPExt => self.op(O::F2D, true, &[x]),
            Op::LLVMFPTrunc => self.op(O::D2F, false, &[x]),
            _ => return unsupported(format!("cast `{}`", at.print()), Some(at)),
        })
    }

    fn add_const(&mut self, wide: bool, o: Opnd, k: u64) -> Opnd {
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

    fn gep(&mut self, i: V) -> R<Val> {
        let base_v = i.operand(0);
        if !matches!(base_v.ty().kind(), Kind::Ptr(_)) {
            return unsupported("vector of pointers", Some(i));
        }
        let base = self.base_of(i)?;
        let (_, mut off) = self.ptr(base_v)?;
        let wide = base.wide();
        let mut konst: u64 = 0;
        let mut t = i.gep_source_type();
        for k in 1..i.num_operands() {
            let idx = i.operand(k);
            let stride = if k == 1 {
                self.layout.alloc_size(t)
            } else {
                match t.kind() {
                    Kind::Struct => {
                        let f = idx
                            .const_int()
                            .ok_or_else(|| LowerError::Internal("struct index".into()))?
                            as u32;
                        konst = konst.wrapping_add(self.layout.field_offset(t, f));
                        t = t.field(f);
                        continue;
                    }
                    Kind::Array | Kind::Vector => {
                        t = t.elem();
                        self.layout.alloc_size(t)
                    }
                    _ => return Err(LowerError::Internal("gep into a scalar".into())),
                }
            };
            let ibits = match idx.ty().kind() {
                Kind::Int(b) => b,
                _ => return unsupported("vector index in getelementptr", Some(i)),
            };
            if let Some(c) = idx.const_int() {
                // Sign-extend the constant index to 64 bits.
                let c = if ibits < 64 {
                    ((c << (64 - ibits)) as i64 >> (64 - ibits)) as u64
                } else {
                    c
                };
                konst = konst.wrapping_add(c.wrapping_mul(stride));
                continue;
            }
            let term = match self.scaled.get(&(idx, stride, wide)) {
                Some(t) => *t,
                None => {
                    let t = self.gep_term(idx, ibits, stride, wide)?;
                    self.scaled.insert((idx, stride, wide), t);
                    t
                }
            };
            let zero = matches!(off, Opnd::I32(0, _) | Opnd::I64(0, _));
            off = match (zero, wide) {
                (true, _) => term,
                (false, true) => self.op(Opcode::U64ADD, true, &[off, term]),
                (false, false) => self.op(Opcode::UADD, false, &[off, term]),
            };
        }
        let off = self.add_const(wide, off, konst);
        Ok(Val::P(base, off))
    }

    /// `idx * stride` as a 64-bit (`wide`) or 32-bit byte offset; `idx` is sign-extended.
    fn gep_term(&mut self, idx: V, ibits: u32, stride: u64, wide: bool) -> R<Opnd> {
        let x = self.scalar(idx)?;
        let idx_wide = ibits == 64 && !self.prof.no_int64;
        Ok(if wide {
            let x64 = if idx_wide {
                x
            } else {
                let s = self.sext32(ibits, x);
                self.op(Opcode::I2I64, true, &[s])
            };
            if stride.is_power_of_two() {
                let sh = stride.trailing_zeros();
                if sh == 0 {
                    x64
                } else {
                    self.op(Opcode::U64SHL, true, &[x64, Self::u(sh)])
                }
            } else {
                self.op(
                    Opcode::U64MUL,
                    true,
                    &[x64, Opnd::I64(stride, ImmType::Uint64)],
                )
            }
        } else {
            let x32 = if idx_wide {
                Self::low(x)
            } else {
                self.sext32(ibits, x)
            };
            if stride.is_power_of_two() {
                let sh = stride.trailing_zeros();
                if sh == 0 {
                    x32
                } else {
                    self.op(Opcode::SHL, false, &[x32, Self::u(sh)])
                }
            } else {
                self.op(Opcode::UMUL, false, &[x32, Self::u(stride as u32)])
            }
        })
    }

    // ---- memory ------------------------------------------------------------------------------

    fn mem(&mut self, base: Base, atomic: bool) -> Register {
        use ir_tgsi::MemoryKind as M;
        match base {
            Base::Global => self.b.memory(M::Global),
            Base::Buffer(k) => self.b.buffer(k, atomic),
            Base::Shared => self.b.memory(M::Shared),
            Base::Private => self.b.memory(M::Private),
            Base::Input => self.b.memory(M::Input),
        }
    }

    /// `LOAD` of one 32-bit word (or, with `pair`, two) at `addr + k`.
    fn load_word(&mut self, base: Base, addr: Opnd, k: u64, pair: bool) -> Opnd {
        let a = self.add_const(base.wide(), addr, k);
        let m = self.mem(base, false);
        let d = self.new_temp(pair);
        let Opnd::R { reg, .. } = d else {
            unreachable!()
        };
        let ms = Src::scalar(m, 0);
        if pair && self.prof.scalar_memory {
            // One word each: channel y of a LOAD reads address + 4 by itself.
            let s1 = self.src(a);
            self.b
                .emit(Opcode::LOAD, &[Dst { reg, mask: mask::X }], &[ms, s1]);
            self.b
                .emit(Opcode::LOAD, &[Dst { reg, mask: mask::Y }], &[ms, s1]);
        } else {
            let s = self.src(a);
            self.b.emit(Opcode::LOAD, &[Self::dst(d)], &[ms, s]);
        }
        d
    }

    /// Splits a byte address into its word address and the bit position inside the word.
    fn word_and_shift(&mut self, base: Base, a: Opnd) -> (Opnd, Opnd) {
        let wide = base.wide();
        let word = if wide {
            self.op(
                Opcode::AND,
                true,
                &[a, Opnd::I64(0xffff_ffff_ffff_fffc, ImmType::Uint64)],
            )
        } else {
            self.op(Opcode::AND, false, &[a, Self::u(0xffff_fffc)])
        };
        let lo = self.op(Opcode::AND, false, &[Self::low(a), Self::u(3)]);
        let sh = self.op(Opcode::SHL, false, &[lo, Self::u(3)]);
        (word, sh)
    }

    fn load_scalar(&mut self, base: Base, addr: Opnd, k: u64, s: Sty, at: V) -> R<Opnd> {
        let w = self.is_wide(s);
        match s {
            Sty::I(b) if b < 32 => {
                let a = self.add_const(base.wide(), addr, k);
                let (word, sh) = self.word_and_shift(base, a);
                let v = self.load_word(base, word, 0, false);
                let bits = if b == 1 { 8 } else { b };
                let x = self.op(Opcode::UBFE, false, &[v, sh, Self::u(bits)]);
                if b == 1 {
                    return Ok(self.op(Opcode::USNE, false, &[x, Self::u(0)]));
                }
                Ok(x)
            }
            Sty::P(_) if self.prof.pointers32 => unsupported(
                "loading a pointer from memory (32-bit buffer pointers)",
                Some(at),
            ),
            _ => Ok(self.load_word(base, addr, k, w)),
        }
    }

    fn store_scalar(&mut self, base: Base, addr: Opnd, k: u64, s: Sty, x: Opnd, at: V) -> R<()> {
        if base == Base::Input {
            return unsupported("store into a by-value argument", Some(at));
        }
        let a = self.add_const(base.wide(), addr, k);
        match s {
            Sty::I(b) if b < 32 => {
                let bits = if b == 1 { 8 } else { b };
                let x = if b == 1 {
                    self.op(Opcode::AND, false, &[x, Self::u(1)])
                } else {
                    x
                };
                let (word, sh) = self.word_and_shift(base, a);
                let m = self.mem(base, base != Base::Private);
                let ms = Src::scalar(m, 0);
                if base == Base::Private {
                    // Private memory belongs to one work-item: read, insert, write.
                    let old = self.load_word(base, word, 0, false);
                    let new = self.op(Opcode::BFI, false, &[old, x, sh, Self::u(bits)]);
                    let (ws, ns) = (self.src(word), self.src(new));
                    self.b.emit(
                        Opcode::STORE,
                        &[Dst {
                            reg: m,
                            mask: mask::X,
                        }],
                        &[ws, ns],
                    );
                } else {
                    // Other work-items may write the word's other bytes: clear, then set, with
                    // atomics that touch only this byte's bits.
                    let ones = Self::u((1u32 << bits) - 1);
                    let field = self.op(Opcode::SHL, false, &[ones, sh]);
                    let clear = self.op(Opcode::NOT, false, &[field]);
                    let val = self.op(Opcode::SHL, false, &[x, sh]);
                    let (ws, cs, vs) = (self.src(word), self.src(clear), self.src(val));
                    let t1 = self.new_temp(false);
                    self.b
                        .emit(Opcode::ATOMAND, &[Self::dst(t1)], &[ms, ws, cs]);
                    let t2 = self.new_temp(false);
                    self.b.emit(Opcode::ATOMOR, &[Self::dst(t2)], &[ms, ws, vs]);
                }
                Ok(())
            }
            Sty::P(_) if self.prof.pointers32 => unsupported(
                "storing a pointer to memory (32-bit buffer pointers)",
                Some(at),
            ),
            _ => {
                let w = self.is_wide(s);
                let m = self.mem(base, false);
                if w && self.prof.scalar_memory {
                    let a2 = self.add_const(base.wide(), a, 4);
                    let (s1, s2) = (self.src(a), self.src(a2));
                    let (v1, v2) = (self.src(Self::low(x)), self.src(Self::high(x)));
                    self.b.emit(
                        Opcode::STORE,
                        &[Dst {
                            reg: m,
                            mask: mask::X,
                        }],
                        &[s1, v1],
                    );
                    self.b.emit(
                        Opcode::STORE,
                        &[Dst {
                            reg: m,
                            mask: mask::X,
                        }],
                        &[s2, v2],
                    );
                } else {
                    let (sa, sv) = (self.src(a), self.src(x));
                    let mk = if w { mask::XY } else { mask::X };
                    self.b
                        .emit(Opcode::STORE, &[Dst { reg: m, mask: mk }], &[sa, sv]);
                }
                Ok(())
            }
        }
    }

    fn atomic(&mut self, i: V) -> R<Val> {
        let at = Some(i);
        if self.prof.no_atomics {
            return unsupported("atomic operations", at);
        }
        let is_cas = i.opcode() == Some(Op::LLVMAtomicCmpXchg);
        let vt = if is_cas { i.operand(1).ty() } else { i.ty() };
        match vt.kind() {
            Kind::Int(32) | Kind::F32 => {}
            Kind::Int(64) | Kind::F64 => {
                return unsupported("64-bit atomic operation (TGSI has no 64-bit atomics)", at)
            }
            _ => return unsupported(format!("atomic on `{}`", vt.print()), at),
        }
        let (base, addr) = self.ptr(i.operand(0))?;
        if base == Base::Input {
            return unsupported("atomic on a by-value argument", at);
        }
        let m = self.mem(base, true);
        let ms = Src::scalar(m, 0);
        let sa = self.src(addr);
        let d = self.new_temp(false);
        if is_cas {
            let cmp = self.scalar(i.operand(1))?;
            let new = self.scalar(i.operand(2))?;
            let (sc, sn) = (self.src(cmp), self.src(new));
            self.b
                .emit(Opcode::ATOMCAS, &[Self::dst(d)], &[ms, sa, sc, sn]);
            let ok = self.op(Opcode::USEQ, false, &[d, cmp]);
            return Ok(Val::S(vec![d, ok]));
        }
        let mut v = self.scalar(i.operand(1))?;
        let o = match i.rmw_op() {
            Rmw::LLVMAtomicRMWBinOpXchg => Opcode::ATOMXCHG,
            Rmw::LLVMAtomicRMWBinOpAdd => Opcode::ATOMUADD,
            Rmw::LLVMAtomicRMWBinOpSub => {
                v = self.op(Opcode::INEG, false, &[v]);
                Opcode::ATOMUADD
            }
            Rmw::LLVMAtomicRMWBinOpAnd => Opcode::ATOMAND,
            Rmw::LLVMAtomicRMWBinOpOr => Opcode::ATOMOR,
            Rmw::LLVMAtomicRMWBinOpXor => Opcode::ATOMXOR,
            Rmw::LLVMAtomicRMWBinOpMax => Opcode::ATOMIMAX,
            Rmw::LLVMAtomicRMWBinOpMin => Opcode::ATOMIMIN,
            Rmw::LLVMAtomicRMWBinOpUMax => Opcode::ATOMUMAX,
            Rmw::LLVMAtomicRMWBinOpUMin => Opcode::ATOMUMIN,
            Rmw::LLVMAtomicRMWBinOpFAdd => Opcode::ATOMFADD,
            // atomic_inc / atomic_dec: wrapping at ~0 is plain increment / decrement.
            Rmw::LLVMAtomicRMWBinOpUIncWrap | Rmw::LLVMAtomicRMWBinOpUDecWrap
                if i.operand(1).const_int() == Some(u64::from(NEG1)) =>
            {
                v = Self::u(if i.rmw_op() == Rmw::LLVMAtomicRMWBinOpUIncWrap {
                    1
                } else {
                    NEG1
                });
                Opcode::ATOMUADD
            }
            other => return unsupported(format!("atomic operation {other:?}"), at),
        };
        let sv = self.src(v);
        self.b.emit(o, &[Self::dst(d)], &[ms, sa, sv]);
        Ok(Val::S(vec![d]))
    }

    // ---- calls --------------------------------------------------------------------------------

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

    fn call(&mut self, i: V) -> R<Option<Val>> {
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

fn has_int64(t: T) -> bool {
    match t.kind() {
        Kind::Int(64) => true,
        Kind::Vector | Kind::Array => has_int64(t.elem()),
        Kind::Struct => (0..t.len() as u32).any(|i| has_int64(t.field(i))),
        _ => false,
    }
}

/// Removes dropped `ELSE`s, redundant `CONT` before `ENDLOOP` and `RET` before the final
/// `END`, then sets the flow labels as Mesa's dumper prints them.
fn tidy(p: &mut Program, dead: &[usize], prologue: Vec<ir_tgsi::Instruction>) {
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
