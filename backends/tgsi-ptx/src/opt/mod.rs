//! The backend's optimiser: the classic scalar passes a driver compiler runs before it hands
//! its code to the hardware assembler (nouveau's codegen runs them on its own IR after
//! translating TGSI), here on the PTX the emitter writes, before `ptxas` sees it.
//!
//! * **copy propagation** ([`crate::Options::copy_propagation`]): a register read after
//!   `mov %a, %b` reads `%b` while neither has been written since, on every path;
//! * **constant folding** ([`crate::Options::constant_folding`]): a register known to hold a
//!   32-bit constant is read as the immediate, integer arithmetic on immediates is computed,
//!   identities (`x + 0`, `x & 0xffffffff`, `x << 0`, `x * 1`, `selp a, a`) become copies,
//!   `set` then `setp.ne 0` of its result one `setp`, `add` of a negation a `sub`, and a lane
//!   pair with a zero high half a zero extension (`cvt.u64.u32`);
//! * **common-subexpression elimination** ([`crate::Options::cse`]): a pure instruction whose
//!   value some register still holds on every path (the same opcode on the same operands,
//!   address arithmetic and lane-pair packs included) becomes a copy of that register;
//! * **dead-code elimination** ([`crate::Options::dead_code`]): a pure instruction or load
//!   whose results are not live is deleted (liveness over the blocks), and an unpack whose
//!   high half is dead becomes a `cvt.u32.u64` of the low half; and a guarded pure
//!   instruction before a branch with the same guard loses its guard when its result is dead
//!   where the branch falls through (a loop's latch copies the exit does not read);
//! * **if-conversion** ([`crate::Options::if_conversion`]): a branch around at most a few
//!   cheap pure instructions (one side or an `if`/`else` pair) becomes those instructions run
//!   into fresh registers and a `selp` for each register the join reads ([`flatten`]).
//!
//! The first three share one forward analysis ([`forward`]); each rewrite relies on facts
//! true on every path to it. The scalar passes run in turn, twice; if-conversion runs on what
//! they leave, and the scalar passes once more over the straight-line code it makes. The
//! optimiser models only the PTX the emitter writes ([`ptx`]); a body with a line outside that
//! model is left as it is.

mod cfg;
mod flatten;
mod forward;
mod ptx;

use crate::Options;
use ptx::Line;

/// Whether any of the passes is on in `opts`.
pub(crate) fn any(opts: &Options) -> bool {
    opts.copy_propagation
        || opts.constant_folding
        || opts.cse
        || opts.dead_code
        || opts.if_conversion
}

/// How many `%s`, `%d` and `%p` registers a body names: one above the highest number of each.
pub(crate) fn register_counts(body: &str) -> (u32, u32, u32) {
    let mut n = [0u32; 3];
    for word in body.split(|c: char| !(c.is_ascii_alphanumeric() || c == '%' || c == '_')) {
        for (k, pre) in ["%s", "%d", "%p"].into_iter().enumerate() {
            if let Some(v) = word.strip_prefix(pre).and_then(|v| v.parse::<u32>().ok()) {
                n[k] = n[k].max(v + 1);
            }
        }
    }
    (n[0], n[1], n[2])
}

/// Runs the passes `opts` switches on over a function body (the emitter's lines).
pub(crate) fn optimize(body: &str, opts: &Options) -> String {
    let Some(mut lines) = ptx::parse(body) else {
        return body.to_string();
    };
    let rw = forward::Rewrites {
        copies: opts.copy_propagation,
        fold: opts.constant_folding,
        cse: opts.cse,
    };
    // The scalar passes twice (the second cleans up after the first), if-conversion on what
    // they leave, then the scalar passes again over the straight-line code it made.
    let scalar = |lines: &mut Vec<Line>| {
        for _ in 0..2 {
            let mut changed = false;
            if rw.copies || rw.fold || rw.cse {
                changed |= forward::run(lines, rw);
            }
            if opts.dead_code {
                changed |= cfg::dead_code(lines);
            }
            if !changed {
                break;
            }
        }
    };
    scalar(&mut lines);
    if opts.if_conversion && flatten::run(&mut lines) {
        scalar(&mut lines);
    }
    if opts.dead_code {
        cfg::unguard_dead_writes(&mut lines);
    }
    ptx::print(&lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Options {
        Options::all()
    }

    /// The body after the passes, without the leading tabs.
    fn opt(body: &str, o: &Options) -> String {
        let body: String = body.lines().map(|l| format!("\t{}\n", l.trim())).collect();
        let body = body.replace("\t$", "$").replace("\t\n", "");
        optimize(&body, o).lines().map(|l| l.trim().to_string() + "\n").collect()
    }

    #[test]
    fn copies_reach_their_uses_and_die() {
        let b = "mov.b32 %t1, %t0;\nadd.s32 %t2, %t1, 7;\nst.global.b32 [%d0], %t2;\nret;";
        assert_eq!(opt(b, &all()), "add.s32 %t2, %t0, 7;\nst.global.b32 [%d0], %t2;\nret;\n");
        // Without DCE the copy stays, unread.
        let no_dce = Options { dead_code: false, ..all() };
        assert_eq!(
            opt(b, &no_dce),
            "mov.b32 %t1, %t0;\nadd.s32 %t2, %t0, 7;\nst.global.b32 [%d0], %t2;\nret;\n"
        );
        // Every pass off: the body is what the emitter wrote.
        assert_eq!(opt(b, &Options::default()), opt(b, &Options { ..Options::default() }));
    }

    #[test]
    fn a_write_or_a_join_ends_a_copy() {
        // The source is written after the copy: the copy is read as it is.
        let b = "mov.b32 %t1, %t0;\nadd.s32 %t0, %t0, 1;\nst.global.b32 [%d0], %t1;\n\
                 st.global.b32 [%d0+4], %t0;\nret;";
        assert_eq!(opt(b, &all()), opt(b, &Options::default()));
        // A copy made on one path only does not hold after the join.
        let b = "setp.ne.b32 %p0, %t5, 0;\n@!%p0 bra $L0;\nmov.b32 %t1, %t0;\n$L0:\n\
                 st.global.b32 [%d0], %t1;\nret;";
        assert!(opt(b, &all()).contains("[%d0], %t1;"));
        // A guarded copy may not happen.
        let b = "mov.b32 %t1, %t0;\n@%p0 mov.b32 %t1, %t3;\nst.global.b32 [%d0], %t1;\nret;";
        assert!(opt(b, &all()).contains("[%d0], %t1;"));
        // Around a loop: the back edge writes %t0, so the copy made before the loop does not
        // hold inside it ...
        let b = "mov.b32 %t1, %t0;\n$L0:\nst.global.b32 [%d0], %t1;\nadd.s32 %t0, %t0, 1;\n\
                 setp.lt.u32 %p0, %t0, 9;\n@%p0 bra $L0;\nret;";
        let out = opt(b, &all());
        assert!(out.contains("st.global.b32 [%d0], %t1;"), "{out}");
        // ... unless the back edge makes the same copy again: then it holds on both edges.
        let b = "mov.b32 %t1, %t0;\n$L0:\nst.global.b32 [%d0], %t1;\nadd.s32 %t0, %t0, 1;\n\
                 mov.b32 %t1, %t0;\nsetp.lt.u32 %p0, %t0, 9;\n@%p0 bra $L0;\nret;";
        let out = opt(b, &all());
        assert!(out.contains("st.global.b32 [%d0], %t0;"), "{out}");
    }

    #[test]
    fn constants_fold() {
        let b = "mov.b32 %t3, 0;\nand.b32 %t2, %t6, 4294967295;\nmov.b64 %d5, {%t2, %t3};\n\
                 add.s32 %t7, 0, %t9;\nmov.b32 %t8, 5;\nshl.b32 %t10, %t8, 2;\n\
                 add.s32 %t11, %t7, %t10;\nst.global.b32 [%d5], %t11;\nret;";
        assert_eq!(
            opt(b, &all()),
            "cvt.u64.u32 %d5, %t6;\nadd.s32 %t11, %t9, 20;\nst.global.b32 [%d5], %t11;\nret;\n"
        );
        // Floats take the constant as a 0f literal, and keep x + 0 (−0 + 0 is +0).
        let b = "mov.b32 %t0, 1065353216;\nadd.rn.f32 %t1, %t2, %t0;\nmov.b32 %t3, 0;\n\
                 add.rn.f32 %t4, %t1, %t3;\nst.global.b32 [%d0], %t4;\nret;";
        assert_eq!(
            opt(b, &all()),
            "add.rn.f32 %t1, %t2, 0f3F800000;\nadd.rn.f32 %t4, %t1, 0f00000000;\n\
             st.global.b32 [%d0], %t4;\nret;\n"
        );
        // A bit-field extract of an immediate, as PTX defines it (the signed form fills with
        // the field's top bit); the same extract again into a register that holds it is gone.
        let b = "bfe.s32 %t0, 4, 0, 8;\nbfe.s32 %t1, 200, 0, 8;\nbfe.u32 %t2, 200, 4, 8;\n\
                 bfe.s32 %t3, 2147483648, 28, 8;\nbfe.s32 %t4, %t9, 0, 8;\n\
                 st.global.v4.b32 [%d0], {%t0, %t1, %t2, %t4};\nbfe.s32 %t4, %t9, 0, 8;\n\
                 st.global.v2.b32 [%d1], {%t3, %t4};\nret;";
        assert_eq!(
            opt(b, &all()),
            "mov.b32 %t0, 4;\nmov.b32 %t1, 4294967240;\nmov.b32 %t2, 12;\n\
             mov.b32 %t3, 4294967288;\nbfe.s32 %t4, %t9, 0, 8;\n\
             st.global.v4.b32 [%d0], {%t0, %t1, %t2, %t4};\n\
             st.global.v2.b32 [%d1], {%t3, %t4};\nret;\n"
        );
        // Shifts by 32 or more give 0 (or the sign) in PTX; so does the folding.
        let b = "mov.b32 %t0, 2147483648;\nshr.s32 %t1, %t0, 40;\nshl.b32 %t2, %t0, 33;\n\
                 st.global.v2.b32 [%d0], {%t1, %t2};\nret;";
        assert_eq!(
            opt(b, &all()),
            "mov.b32 %t1, 4294967295;\nmov.b32 %t2, 0;\nst.global.v2.b32 [%d0], {%t1, %t2};\nret;\n"
        );
    }

    #[test]
    fn compares_subtractions_and_wide_arithmetic() {
        let b = "set.lt.u32.s32 %t7, %t6, %t8;\nsetp.ne.b32 %p0, %t7, 0;\n@!%p0 bra $L0;\n\
                 neg.s32 %t1, %t2;\nadd.s32 %t3, %t4, %t1;\nneg.f32 %s0, %t5;\n\
                 add.rn.f32 %t9, %s0, %t4;\ncvt.s64.s32 %d0, %t3;\nshl.b64 %d1, %d0, 2;\n\
                 add.s64 %d2, %d9, %d1;\nst.global.v2.b32 [%d2], {%t3, %t9};\n$L0:\nret;";
        assert_eq!(
            opt(b, &all()),
            "setp.lt.s32 %p0, %t6, %t8;\n@!%p0 bra $L0;\nsub.s32 %t3, %t4, %t2;\n\
             sub.rn.f32 %t9, %t4, %t5;\nmad.wide.s32 %d2, %t3, 4, %d9;\n\
             st.global.v2.b32 [%d2], {%t3, %t9};\n$L0:\nret;\n"
        );
        // A product read twice stays one product.
        let b = "cvt.u64.u32 %d0, %t3;\nmul.lo.s64 %d1, %d0, %d0;\nadd.s64 %d2, %d9, %d1;\n\
                 add.s64 %d3, %d8, %d1;\nst.global.b32 [%d2], %t3;\nst.global.b32 [%d3], %t3;\n\
                 ret;";
        assert_eq!(
            opt(b, &all()),
            "mul.wide.u32 %d1, %t3, %t3;\nadd.s64 %d2, %d9, %d1;\nadd.s64 %d3, %d8, %d1;\n\
             st.global.b32 [%d2], %t3;\nst.global.b32 [%d3], %t3;\nret;\n"
        );
    }

    #[test]
    fn common_subexpressions_and_addresses() {
        // The second pack of the same halves reuses the first; an add of an immediate goes
        // into the address; the truncation of a zero extension is the value.
        let b = "mov.b64 %d0, {%t0, %t1};\nld.global.b32 %t4, [%d0];\nadd.s64 %d1, %d0, 4;\n\
                 ld.global.b32 %t5, [%d1];\nmov.b64 %d2, {%t0, %t1};\n\
                 st.global.b32 [%d2+8], %t4;\ncvt.u64.u32 %d3, %t5;\ncvt.u32.u64 %t6, %d3;\n\
                 st.global.b32 [%d2+12], %t6;\nret;";
        assert_eq!(
            opt(b, &all()),
            "mov.b64 %d0, {%t0, %t1};\nld.global.b32 %t4, [%d0];\nld.global.b32 %t5, [%d0+4];\n\
             st.global.b32 [%d0+8], %t4;\nst.global.b32 [%d0+12], %t5;\nret;\n"
        );
        // An unpack leaves the pair available; a write to a half ends that.
        let b = "mov.b64 {%t0, %t1}, %d0;\nmov.b64 %d1, {%t0, %t1};\nst.global.b32 [%d1], %t0;\n\
                 add.s32 %t0, %t0, 1;\nmov.b64 %d2, {%t0, %t1};\nst.global.b32 [%d2], %t0;\nret;";
        assert_eq!(
            opt(b, &all()),
            "mov.b64 {%t0, %t1}, %d0;\nst.global.b32 [%d0], %t0;\nadd.s32 %t0, %t0, 1;\n\
             mov.b64 %d2, {%t0, %t1};\nst.global.b32 [%d2], %t0;\nret;\n"
        );
    }

    #[test]
    fn dead_code_keeps_effects() {
        let b = "ld.global.b32 %t0, [%d0];\natom.global.add.u32 %t1, [%d0], 1;\n\
                 ld.volatile.global.b32 %t2, [%d0];\nmov.b64 {%t4, %t5}, %d1;\n\
                 st.global.b32 [%d0], %t4;\nbar.sync 0;\nret;";
        assert_eq!(
            opt(b, &all()),
            "atom.global.add.u32 %t1, [%d0], 1;\nld.volatile.global.b32 %t2, [%d0];\n\
             cvt.u32.u64 %t4, %d1;\nst.global.b32 [%d0], %t4;\nbar.sync 0;\nret;\n"
        );
        // A value read around a loop's back edge is live.
        let b = "mov.b32 %t0, 0;\n$L0:\nadd.s32 %t1, %t0, 1;\nmov.b32 %t0, %t1;\n\
                 setp.lt.u32 %p0, %t1, 9;\n@%p0 bra $L0;\nst.global.b32 [%d0], %t0;\nret;";
        assert!(opt(b, &all()).contains("add.s32 %t1, %t0, 1;"));
    }

    #[test]
    fn short_branches_become_selects() {
        let only = Options { if_conversion: true, ..Options::default() };
        // if-then: the skipped code runs into a fresh register, the join reads the select.
        let b = "setp.lt.s32 %p0, %t0, %t1;\n@!%p0 bra $L0;\nadd.s32 %t2, %t0, 1;\n$L0:\n\
                 st.global.b32 [%d0], %t2;\nret;";
        assert_eq!(
            opt(b, &only),
            "setp.lt.s32 %p0, %t0, %t1;\nadd.s32 %s0, %t0, 1;\nselp.b32 %t2, %s0, %t2, %p0;\n\
             st.global.b32 [%d0], %t2;\nret;\n"
        );
        // if-else of the lowering's flags: both sides into fresh registers, one select per
        // register the join reads (not %t3, which the join overwrites first); with the other
        // passes the copies fold into the selects.
        let b = "@%p1 bra $L1;\nmov.b32 %t5, 4294967295;\nmov.b32 %t3, %t9;\nbra $L2;\n$L1:\n\
                 mov.b32 %t5, 0;\nmov.b32 %t3, 7;\n$L2:\nmov.b32 %t3, 1;\n\
                 st.global.v2.b32 [%d0], {%t3, %t5};\nret;";
        assert_eq!(
            opt(b, &all()),
            "selp.b32 %t5, 0, 4294967295, %p1;\nmov.b32 %t3, 1;\n\
             st.global.v2.b32 [%d0], {%t3, %t5};\nret;\n"
        );
        // A converted shape is straight-line code its enclosing one takes in turn.
        let b = "@!%p0 bra $L0;\nadd.s32 %t1, %t0, 1;\n@!%p1 bra $L1;\nadd.s32 %t1, %t1, 2;\n\
                 $L1:\n$L0:\nst.global.b32 [%d0], %t1;\nret;";
        let out = opt(b, &all());
        assert!(!out.contains("bra"), "{out}");
        assert_eq!(out.matches("selp.b32").count(), 2, "{out}");
        assert!(out.contains("selp.b32 %t1, %s3, %t1, %p0;"), "{out}");
    }

    #[test]
    fn branches_that_must_stay() {
        let only = Options { if_conversion: true, ..Options::default() };
        let stays = |b: &str| assert_eq!(opt(b, &only), opt(b, &Options::default()), "{b}");
        // A load (it may fault where the branch guards it), a division (long), a write to
        // the branch's own predicate, a predicate the join reads, a side too long.
        stays("@!%p0 bra $L0;\nld.global.b32 %t1, [%d0];\n$L0:\nst.global.b32 [%d1], %t1;\nret;");
        stays("@!%p0 bra $L0;\ndiv.s32 %t1, %t2, %t3;\n$L0:\nst.global.b32 [%d1], %t1;\nret;");
        stays(
            "@!%p0 bra $L0;\nsetp.eq.s32 %p0, %t1, 0;\n$L0:\n@%p0 st.global.b32 [%d1], %t1;\nret;",
        );
        stays(
            "@!%p0 bra $L0;\nsetp.eq.s32 %p1, %t1, 0;\n$L0:\n@%p1 st.global.b32 [%d1], %t1;\nret;",
        );
        let long: String =
            (0..=super::flatten::MAX_SIDE).map(|k| format!("add.s32 %t1, %t1, {k};\n")).collect();
        stays(&format!("@!%p0 bra $L0;\n{long}$L0:\nst.global.b32 [%d1], %t1;\nret;"));
        // The other side is entered by another branch too.
        stays(
            "@%p2 bra $L1;\n@%p0 bra $L1;\nmov.b32 %t1, 1;\nbra $L2;\n$L1:\nmov.b32 %t1, 2;\n\
               $L2:\nst.global.b32 [%d1], %t1;\nret;",
        );
    }

    #[test]
    fn latch_copies_the_exit_does_not_read_lose_their_guard() {
        let dce = Options { dead_code: true, ..Options::default() };
        let b = "mov.b32 %t0, 0;\n$L0:\nadd.s32 %t1, %t0, 1;\nsetp.lt.u32 %p0, %t1, 9;\n\
                 @%p0 mov.b32 %t0, %t1;\n@%p0 mov.b32 %t2, %t1;\n@%p0 bra $L0;\n\
                 st.global.v2.b32 [%d0], {%t1, %t2};\nret;";
        // %t0 is dead at the exit: its copy is made on every round; %t2 is read there.
        assert_eq!(
            opt(b, &dce),
            "mov.b32 %t0, 0;\n$L0:\nadd.s32 %t1, %t0, 1;\nsetp.lt.u32 %p0, %t1, 9;\n\
             mov.b32 %t0, %t1;\n@%p0 mov.b32 %t2, %t1;\n@%p0 bra $L0;\n\
             st.global.v2.b32 [%d0], {%t1, %t2};\nret;\n"
        );
        // Behind an instruction with another guard, nothing is taken.
        let b = "$L0:\nadd.s32 %t1, %t0, 1;\nsetp.lt.u32 %p0, %t1, 9;\n@%p0 mov.b32 %t0, %t1;\n\
                 @%p1 st.global.b32 [%d0], %t1;\n@%p0 bra $L0;\nret;";
        assert!(opt(b, &dce).contains("@%p0 mov.b32 %t0, %t1;"));
    }

    #[test]
    fn bodies_outside_the_model_stay() {
        let b = "mov.b32 %t1, %t0;\nsetp.lt.s32 %p0|%p1, %t1, 3;\nret;";
        assert_eq!(opt(b, &all()), opt(b, &Options::default()));
        let b = "mov.b32 %t1, %t0;\n@%p0 bra $nowhere;\nret;";
        assert_eq!(opt(b, &all()), "mov.b32 %t1, %t0;\n@%p0 bra $nowhere;\nret;\n");
    }
}
