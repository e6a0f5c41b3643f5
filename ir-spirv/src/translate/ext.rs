//! OpenCL.std extended instructions: calls of libclc's builtins by their mangled names, and
//! `vload`/`vstore`.

use super::*;

impl<'ctx> Tr<'ctx, '_> {
    /// The mangled name of OpenCL C builtin `name` for these arguments (`signed`: integers
    /// are signed).
    pub(super) fn builtin_name(
        &self,
        name: &str,
        args: &[BasicValueEnum<'ctx>],
        signed: bool,
    ) -> R<String> {
        let mut ms = Vec::new();
        for a in args {
            let t = a.get_type();
            let sc = |t: BasicTypeEnum<'ctx>| -> R<Scalar> {
                Ok(match t {
                    BasicTypeEnum::IntType(i) if signed => Scalar::Signed(i.get_bit_width()),
                    BasicTypeEnum::IntType(i) => Scalar::Unsigned(i.get_bit_width()),
                    BasicTypeEnum::FloatType(_) => Scalar::Float(scalar_width(t)),
                    _ => {
                        return Err(self
                            .unsupported(format!("OpenCL.std {name} of a pointer or aggregate")))
                    }
                })
            };
            ms.push(match t {
                BasicTypeEnum::VectorType(v) => {
                    Arg::Vector(v.get_size(), sc(v.get_element_type())?)
                }
                other => match sc(other)? {
                    Scalar::Signed(w) => Arg::Signed(w),
                    Scalar::Unsigned(w) => Arg::Unsigned(w),
                    Scalar::Float(w) => Arg::Float(w),
                },
            });
        }
        mangle(name, &ms)
            .ok_or_else(|| self.unsupported(format!("OpenCL.std {name} of these types")))
    }

    pub(super) fn ext_inst(&mut self, inst: &Instruction) -> R<Option<BasicValueEnum<'ctx>>> {
        let set = self.id(inst, 0)?;
        let is_std = self
            .spv
            .dr
            .ext_inst_imports
            .iter()
            .any(|i| i.result_id == Some(set));
        if !is_std {
            return Err(self.malformed(format!("%{set} is no extended instruction set")));
        }
        let n = self.lit(inst, 1)?;
        let cl = Cl::from_u32(n)
            .ok_or_else(|| self.malformed(format!("unknown OpenCL.std instruction {n}")))?;
        let rty_id = self.result_type(inst)?;
        let rty = match self.ty(rty_id)? {
            Ty::Void => None,
            _ => Some(self.basic(rty_id)?),
        };
        // vloadn's last operand is the literal n (rspirv may decode it as an id).
        let end = if cl == Cl::vloadn {
            inst.operands.len().saturating_sub(1)
        } else {
            inst.operands.len()
        };
        let args: Vec<BasicValueEnum> = (2..end)
            .filter_map(|i| id_of(inst, i))
            .map(|a| self.val(a))
            .collect::<R<_>>()?;
        match cl {
            Cl::vloadn => return self.vload_store(cl, inst, rty, &args).map(Some),
            Cl::vstoren => {
                self.vload_store(cl, inst, rty, &args)?;
                return Ok(None);
            }
            Cl::printf
            | Cl::prefetch
            | Cl::vload_half
            | Cl::vload_halfn
            | Cl::vstore_half
            | Cl::vstore_half_r
            | Cl::vstore_halfn
            | Cl::vstore_halfn_r
            | Cl::vloada_halfn
            | Cl::vstorea_halfn
            | Cl::vstorea_halfn_r
            | Cl::shuffle
            | Cl::shuffle2
            | Cl::frexp
            | Cl::modf
            | Cl::fract
            | Cl::sincos
            | Cl::remquo
            | Cl::lgamma_r => return Err(self.unsupported(format!("OpenCL.std {cl:?}"))),
            _ => {}
        }
        let rty = rty.ok_or_else(|| self.malformed("OpenCL.std instruction of void type"))?;
        let full = format!("{cl:?}");
        let (name, signed) = match full.split_once('_') {
            Some(("s", rest)) => (rest.to_string(), true),
            Some(("u", rest)) => (rest.to_string(), false),
            _ => (full.clone(), false),
        };
        // Builtins whose OpenCL C names differ from their OpenCL.std names.
        let name = match name.as_str() {
            "fmin_common" => "min".to_string(),
            "fclamp" => "clamp".to_string(),
            "fsign" => "sign".to_string(),
            "fmix" => "mix".to_string(),
            "fmax_common" => "max".to_string(),
            "abs_diff" => "abs_diff".to_string(),
            _ => name,
        };
        let mangled = self.builtin_name(&name, &args, signed)?;
        self.call(&mangled, Some(rty), &args)
    }

    pub(super) fn vload_store(
        &self,
        cl: Cl,
        inst: &Instruction,
        rty: Option<BasicTypeEnum<'ctx>>,
        args: &[BasicValueEnum<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        let (data, off, ptr_id) = if cl == Cl::vstoren {
            (
                Some(*args.first().ok_or_else(|| self.malformed("vstoren"))?),
                args.get(1),
                self.id(inst, 4)?,
            )
        } else {
            (None, args.first(), self.id(inst, 3)?)
        };
        let off = match off {
            Some(BasicValueEnum::IntValue(o)) => *o,
            _ => return Err(self.malformed("vloadn/vstoren offset")),
        };
        let (_, elem) = self.pointee(ptr_id)?;
        let et = self.basic(elem)?;
        let p = self.ptr_val(ptr_id)?;
        let vt = match (data, rty) {
            (Some(d), _) => d.get_type(),
            (None, Some(t)) => t,
            (None, None) => return Err(self.malformed("vloadn of void type")),
        };
        let BasicTypeEnum::VectorType(vty) = vt else {
            return Err(self.malformed("vloadn/vstoren of a scalar"));
        };
        if vty.get_element_type() != et {
            return Err(self.malformed("vloadn/vstoren element type differs from the pointer's"));
        }
        let n = off.get_type().const_int(u64::from(vty.get_size()), false);
        let idx = self.b.build_int_mul(off, n, "").map_err(|e| self.llvm(e))?;
        // SAFETY: vloadn(offset, p) reads p[offset*n .. offset*n+n], this address.
        let at = unsafe { self.b.build_gep(et, p, &[idx], "") }.map_err(|e| self.llvm(e))?;
        let align = scalar_width(et) / 8;
        match data {
            Some(d) => {
                let s = self.b.build_store(at, d).map_err(|e| self.llvm(e))?;
                s.set_alignment(align).map_err(|e| self.llvm(e))?;
                Ok(d)
            }
            None => {
                let x = self.b.build_load(vt, at, "").map_err(|e| self.llvm(e))?;
                if let Some(i) = x.as_instruction_value() {
                    i.set_alignment(align).map_err(|e| self.llvm(e))?;
                }
                Ok(x)
            }
        }
    }
}
