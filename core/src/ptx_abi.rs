//! What NVIDIA's OpenCL runtime expects of the PTX it is given, beyond the PTX ISA.
//!
//! **Work-group ids of large NDRanges.** A grid has at most 65,535 blocks in dimensions y and
//! z; NVIDIA's OpenCL runs an NDRange with more work-groups there as several grids, and tells
//! each grid where it starts through the driver's environment registers. Its own compiler's
//! PTX (as the driver hands it back, `visabench sass --native`; measured on an H200 with driver
//! 580) reads a work-group id as `%envreg0/1/2 + %ctaid.x/y/z` and the number of work-groups as
//! `%envreg6/7/8` (and a global id as `%envreg3/4/5 + %ctaid·%ntid + %tid`). PTX that reads
//! `%ctaid` alone sees every grid's ids start at 0 again: Rodinia's backprop launches 262,144
//! work-groups in y and computed wrong results along every PTX path until this was done.
//!
//! [`with_group_offsets`] rewrites a PTX module to read ids that way. The runtime layers that
//! hand PTX to NVIDIA's OpenCL (the harness, the interposer) apply it; set
//! `VISABENCH_PTX_GROUP_OFFSETS=0` to hand PTX over unchanged. Bundles, replay directories
//! and `visabench sass` keep and count the PTX as the path made it (the rewrite adds one
//! `add` per work-group-id read and changes nothing else).

use std::borrow::Cow;

/// Whether PTX handed to NVIDIA's OpenCL gets [`with_group_offsets`] (default yes;
/// `VISABENCH_PTX_GROUP_OFFSETS=0` turns it off).
pub fn group_offsets_enabled() -> bool {
    !std::env::var("VISABENCH_PTX_GROUP_OFFSETS")
        .is_ok_and(|v| matches!(v.trim(), "0" | "false" | "no" | "off"))
}

/// `ptx` with every `mov.u32 R, %ctaid.D;` followed by the addition of the grid's offset
/// (`%envreg0+D`) and every `mov.u32 R, %nctaid.D;` reading the NDRange's number of
/// work-groups (`%envreg6+D`) instead. Unchanged (borrowed) when it reads neither.
pub fn with_group_offsets(ptx: &str) -> Cow<'_, str> {
    if !ptx.contains("ctaid.") {
        return Cow::Borrowed(ptx);
    }
    let mut out = String::with_capacity(ptx.len() + 256);
    for line in ptx.split_inclusive('\n') {
        match parse_mov(line) {
            Some((indent, dst, Sreg::Ctaid(d))) => {
                out.push_str(line.trim_end_matches('\n'));
                out.push('\n');
                out.push_str(&format!(
                    "{indent}{{ .reg .b32 %vb_goff; mov.b32 %vb_goff, %envreg{d}; add.s32 {dst}, {dst}, %vb_goff; }}\n"
                ));
            }
            Some((indent, dst, Sreg::Nctaid(d))) => {
                out.push_str(&format!("{indent}mov.b32 {dst}, %envreg{};\n", 6 + d));
            }
            None => out.push_str(line),
        }
    }
    Cow::Owned(out)
}

enum Sreg {
    Ctaid(u32),
    Nctaid(u32),
}

/// `(indentation, destination, register)` of a `mov.u32 DST, %ctaid.D;` or `%nctaid.D` line.
fn parse_mov(line: &str) -> Option<(&str, &str, Sreg)> {
    let body = line.trim_end();
    let indent = &line[..line.len() - line.trim_start().len()];
    let rest = body.trim_start().strip_prefix("mov.u32")?;
    let (dst, src) = rest.split_once(',')?;
    let src = src.trim().strip_suffix(';')?.trim();
    let dim = |s: &str| match s {
        "x" => Some(0),
        "y" => Some(1),
        "z" => Some(2),
        _ => None,
    };
    let sreg = if let Some(d) = src.strip_prefix("%ctaid.") {
        Sreg::Ctaid(dim(d)?)
    } else if let Some(d) = src.strip_prefix("%nctaid.") {
        Sreg::Nctaid(dim(d)?)
    } else {
        return None;
    };
    Some((indent, dst.trim(), sreg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_ids_and_counts_read_the_runtime_offsets() {
        let ptx = "\tmov.u32 \t%r1, %ctaid.y;\n\tmov.u32 %r2, %nctaid.x;\n  mov.u32 %r3, %tid.x;\n";
        let out = with_group_offsets(ptx);
        assert_eq!(
            out,
            "\tmov.u32 \t%r1, %ctaid.y;\n\
             \t{ .reg .b32 %vb_goff; mov.b32 %vb_goff, %envreg1; add.s32 %r1, %r1, %vb_goff; }\n\
             \tmov.b32 %r2, %envreg6;\n  mov.u32 %r3, %tid.x;\n"
        );
        let plain = "mov.u32 %r3, %tid.x;\n";
        assert!(matches!(with_group_offsets(plain), Cow::Borrowed(_)));
        // Other uses of the names are left alone.
        let other = "// %ctaid.x is read below\nmov.u32 %r1, %ctaid.w;\n";
        assert_eq!(with_group_offsets(other), other);
    }
}
