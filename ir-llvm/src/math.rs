//! Which library computes OpenCL's math builtins: libclc's own code (the default, what an
//! LLVM-based OpenCL stack links) or NVIDIA's libdevice ([`FrontHalf::libdevice_math`]).
//!
//! libclc 22's nvptx library implements most transcendental functions itself — `sin`, `cos`,
//! `exp`, `pow`, `tanh`, `atan2`, … with its own reductions and polynomials, table-driven in
//! places — and forwards only a few (`log`, `sqrt`, `sinpi`) to libdevice. NVIDIA's own OpenCL
//! compiler uses NVIDIA's math library: its PTX for our `mathfuncs` kernel carries
//! `__cudart_i2opi_f`, the argument-reduction table libdevice's `sinf`/`cosf` use
//! (`results/2026-11-27-h200-sass/native-ptx/mathfuncs.native.ptx`). With
//! `libdevice_math`, each scalar builtin of [`TABLE`] is taken from libdevice instead, so a
//! path computes the same functions the baseline computes.
//!
//! How: before libclc is linked, each such builtin the program declares is renamed to a
//! placeholder no library defines ([`divert`]), so libclc leaves it alone; after libclc and
//! the path's own hook (the TGSI paths turn some libdevice declarations into opcodes — these
//! must not be), the placeholders become the libdevice functions ([`restore`]), which linking
//! libdevice then defines. Vector forms (`sin(float4)`) stay libclc's.

use crate::LlvmError;
use inkwell::module::Module;

/// OpenCL builtins (base name, arity) that libdevice has as `__nv_NAMEf` (float) and
/// `__nv_NAME` (double), same arguments and result. All are within OpenCL's error bounds in
/// libdevice's documented accuracy (CUDA's math library: at most 4 ulp for `powf`, fewer for
/// the rest; OpenCL allows 4 to 16).
pub const TABLE: &[(&str, usize)] = &[
    ("sin", 1),
    ("cos", 1),
    ("tan", 1),
    ("asin", 1),
    ("acos", 1),
    ("atan", 1),
    ("sinh", 1),
    ("cosh", 1),
    ("tanh", 1),
    ("asinh", 1),
    ("acosh", 1),
    ("atanh", 1),
    ("exp", 1),
    ("exp2", 1),
    ("exp10", 1),
    ("expm1", 1),
    ("log", 1),
    ("log2", 1),
    ("log10", 1),
    ("log1p", 1),
    ("cbrt", 1),
    ("erf", 1),
    ("erfc", 1),
    ("tgamma", 1),
    ("lgamma", 1),
    ("cospi", 1),
    ("pow", 2),
    ("atan2", 2),
    ("hypot", 2),
    ("fmod", 2),
];

/// The placeholders' prefix: `PREFIX` + the libdevice name without `__nv_`.
const PREFIX: &str = "__visabench_libdevice_";

/// The libdevice function (without `__nv_`) for an OpenCL builtin's mangled name, if [`TABLE`]
/// has it: `_Z3sinf` → `sinf`, `_Z3powdd` → `pow`.
pub fn libdevice_name(mangled: &str) -> Option<String> {
    TABLE.iter().find_map(|&(name, arity)| {
        ["f", "d"].iter().find_map(|&t| {
            let want = format!("_Z{}{name}{}", name.len(), t.repeat(arity));
            (mangled == want).then(|| match t {
                "f" => format!("{name}f"),
                _ => name.to_string(),
            })
        })
    })
}

/// Renames the declarations of [`TABLE`]'s builtins whose libdevice function `take` accepts
/// to placeholders. Returns how many.
pub fn divert(module: &Module<'_>, take: &dyn Fn(&str) -> bool) -> usize {
    let mut n = 0;
    for f in module.get_functions() {
        let name = f.get_name().to_string_lossy().into_owned();
        if f.count_basic_blocks() != 0 {
            continue;
        }
        if let Some(nv) = libdevice_name(&name).filter(|nv| take(nv)) {
            f.as_global_value().set_name(&format!("{PREFIX}{nv}"));
            n += 1;
        }
    }
    n
}

/// Turns every placeholder into the libdevice declaration `__nv_NAME`, merging it with one
/// the module already declares.
pub fn restore(module: &Module<'_>) -> Result<(), LlvmError> {
    let placeholders: Vec<_> = module
        .get_functions()
        .filter(|f| f.get_name().to_bytes().starts_with(PREFIX.as_bytes()))
        .collect();
    for f in placeholders {
        let name = f.get_name().to_string_lossy().into_owned();
        let nv = format!("__nv_{}", &name[PREFIX.len()..]);
        match module.get_function(&nv) {
            None => f.as_global_value().set_name(&nv),
            Some(g) if g.get_type() == f.get_type() => {
                f.replace_all_uses_with(g);
                // SAFETY: `f` is a declaration of `module` with no uses left.
                unsafe { f.delete() };
            }
            Some(g) => {
                return Err(LlvmError::Internal(format!(
                    "`{nv}` is declared as {} but OpenCL's builtin has type {}",
                    g.get_type().print_to_string(),
                    f.get_type().print_to_string()
                )))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mangled_names_map_to_libdevice_names() {
        assert_eq!(libdevice_name("_Z3sinf").as_deref(), Some("sinf"));
        assert_eq!(libdevice_name("_Z3sind").as_deref(), Some("sin"));
        assert_eq!(libdevice_name("_Z3powff").as_deref(), Some("powf"));
        assert_eq!(libdevice_name("_Z5atan2dd").as_deref(), Some("atan2"));
        assert_eq!(libdevice_name("_Z4tanhf").as_deref(), Some("tanhf"));
        // Mixed or vector arguments, wrong arity, other functions: not taken.
        assert_eq!(libdevice_name("_Z3powfd"), None);
        assert_eq!(libdevice_name("_Z3sinDv4_f"), None);
        assert_eq!(libdevice_name("_Z3sinff"), None);
        assert_eq!(libdevice_name("_Z4sqrtf"), None);
        assert_eq!(libdevice_name("sinf"), None);
    }
}
