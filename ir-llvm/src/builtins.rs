//! OpenCL builtins libclc 22 lacks for NVPTX, written as LLVM IR text here.
//!
//! libclc's nvptx library has no 64-bit `atom_*` functions (`cl_khr_int64_base_atomics`,
//! `cl_khr_int64_extended_atomics`), which NVIDIA's devices support. Each becomes one
//! `atomicrmw`/`cmpxchg`, relaxed (OpenCL 1.x atomics have no ordering).

use std::fmt::Write;

/// Two-argument read-modify-write builtins and their `atomicrmw` operation, per signedness.
const RMW: [(&str, &str, &str); 8] = [
    // (builtin, op for long, op for ulong)
    ("add", "add", "add"),
    ("sub", "sub", "sub"),
    ("xchg", "xchg", "xchg"),
    ("min", "min", "umin"),
    ("max", "max", "umax"),
    ("and", "and", "and"),
    ("or", "or", "or"),
    ("xor", "xor", "xor"),
];

/// The IR module text (data layout and triple of the frontend's modules).
pub(crate) fn int64_atomics_ir(data_layout: &str, triple: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "target datalayout = \"{data_layout}\"\ntarget triple = \"{triple}\"\n"
    );
    // Itanium mangling of `atom_x(volatile __global long *p, ...)`: `_Z<len>atom_xPU3AS<n>[V]<t>`.
    for (addr_space, as_mangle) in [(1, "AS1"), (3, "AS3")] {
        for volatile in ["V", ""] {
            for (ty, signed) in [("l", true), ("m", false)] {
                let ptr = format!("ptr addrspace({addr_space})");
                let prefix = format!("PU3{as_mangle}{volatile}{ty}");
                for (name, sop, uop) in RMW {
                    let fname = format!("atom_{name}");
                    let op = if signed { sop } else { uop };
                    let _ = writeln!(
                        s,
                        "define i64 @_Z{}{fname}{prefix}{ty}({ptr} %p, i64 %v) {{\n  %r = atomicrmw volatile {op} {ptr} %p, i64 %v monotonic, align 8\n  ret i64 %r\n}}",
                        fname.len()
                    );
                }
                for (name, op) in [("inc", "add"), ("dec", "sub")] {
                    let fname = format!("atom_{name}");
                    let _ = writeln!(
                        s,
                        "define i64 @_Z{}{fname}{prefix}({ptr} %p) {{\n  %r = atomicrmw volatile {op} {ptr} %p, i64 1 monotonic, align 8\n  ret i64 %r\n}}",
                        fname.len()
                    );
                }
                // atom_cmpxchg(p, cmp, val): mangled with a substitution for the repeated type.
                let _ = writeln!(
                    s,
                    "define i64 @_Z12atom_cmpxchg{prefix}{ty}{ty}({ptr} %p, i64 %c, i64 %v) {{\n  %x = cmpxchg volatile {ptr} %p, i64 %c, i64 %v monotonic monotonic, align 8\n  %r = extractvalue {{ i64, i1 }} %x, 0\n  ret i64 %r\n}}"
                );
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use inkwell::context::Context;
    use inkwell::memory_buffer::MemoryBuffer;
    use inkwell::values::AnyValue;

    #[test]
    fn int64_atomics_parse_and_verify() {
        let ir = super::int64_atomics_ir("e-i64:64-v16:16-v32:32-n16:32:64", "nvptx64-nvidia-nvcl");
        let ctx = Context::create();
        let m = ctx
            .create_module_from_ir(MemoryBuffer::create_from_memory_range_copy(
                ir.as_bytes(),
                "t",
            ))
            .unwrap();
        m.verify().unwrap();
        // 2 address spaces × volatile or not × long/ulong × (8 rmw + inc + dec + cmpxchg).
        assert_eq!(m.get_functions().count(), 2 * 2 * 2 * 11);
        // Names as clang 22 mangles them.
        for name in [
            "_Z8atom_addPU3AS1Vll",
            "_Z8atom_incPU3AS1Vl",
            "_Z8atom_minPU3AS3Vmm",
            "_Z12atom_cmpxchgPU3AS1Vlll",
        ] {
            assert!(m.get_function(name).is_some(), "{name}");
        }
        let umin = m.get_function("_Z8atom_minPU3AS3Vmm").unwrap();
        assert!(umin
            .print_to_string()
            .to_string()
            .contains("atomicrmw volatile umin"));
    }
}
