//! Values: LLVM types as the scalar types the lowering works with ([`Sty`]), aggregates
//! flattened into scalars, the lowered [`Val`] of an operand, constants (immediates) and
//! program-scope variables (`__local` arrays as `SHARED` offsets, constant data copied into
//! `PRIVATE` memory by the prologue).

use super::{unsupported, Base, Lower, LowerError, Opnd, Sty, Val, NEG1, R};
use crate::ir::{Kind, T, V};
use ir_tgsi::program::mask;
use ir_tgsi::{Dst, File, ImmType, Opcode};

impl Lower<'_> {
    pub(super) fn sty(&self, t: T, at: V) -> R<Sty> {
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
    pub(super) fn flatten(&self, t: T, at: V) -> R<Vec<(u64, T)>> {
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

    pub(super) fn is_wide(&self, s: Sty) -> bool {
        match s {
            Sty::I(b) => b == 64,
            Sty::F64 => true,
            Sty::F32 => false,
            Sty::P(a) => matches!(a, 1 | 4) && !self.prof.pointers32,
        }
    }

    pub(super) fn scalar(&mut self, v: V) -> R<Opnd> {
        match self.value(v)? {
            Val::S(o) if o.len() == 1 => Ok(o[0]),
            Val::P(_, o) => Ok(o),
            _ => Err(LowerError::Internal(format!(
                "expected a scalar: {}",
                v.print()
            ))),
        }
    }

    pub(super) fn elems(&mut self, v: V) -> R<Vec<Opnd>> {
        match self.value(v)? {
            Val::S(o) => Ok(o),
            Val::P(_, o) => Ok(vec![o]),
        }
    }

    pub(super) fn ptr(&mut self, v: V) -> R<(Base, Opnd)> {
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
                let base = if self.prof.private_tables {
                    Base::Private
                } else {
                    Base::Table
                };
                if let Some(off) = self.consts.get(&g) {
                    return Ok(Val::P(base, Self::u(*off)));
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
                let words: Vec<u32> = bytes
                    .chunks(4)
                    .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
                    .collect();
                if base == Base::Table {
                    // One word per immediate: a word's pointer is 4 × its immediate's index.
                    let first = self.b.imm_table(&words);
                    self.consts.insert(g, 4 * first);
                    return Ok(Val::P(Base::Table, Self::u(4 * first)));
                }
                let base = self.private_bytes.div_ceil(8) * 8;
                self.private_bytes = base + bytes.len() as u32;
                self.consts.insert(g, base);
                let m = self.b.memory(ir_tgsi::MemoryKind::Private);
                for (k, &word) in words.iter().enumerate() {
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

    pub(super) fn bind(&mut self, v: V, x: Val) {
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
}

pub(super) fn has_int64(t: T) -> bool {
    match t.kind() {
        Kind::Int(64) => true,
        Kind::Vector | Kind::Array => has_int64(t.elem()),
        Kind::Struct => (0..t.len() as u32).any(|i| has_int64(t.field(i))),
        _ => false,
    }
}
