//! A random OpenCL C kernel generator of our own, in the spirit of CLsmith: every program is
//! valid and free of undefined behaviour by construction —
//!
//! * integer arithmetic is on `uint` (wrapping) or on `int` values masked small before
//!   anything that could overflow; shifts mask their count; division and remainder divide by
//!   `(x | 1)`;
//! * every array index is reduced modulo the array's length; loops have constant bounds;
//! * `__local` memory is written at the work-item's own slot and read after a barrier that
//!   every work-item reaches (barriers are never inside divergent control flow);
//! * floats stay finite: inputs in [-1, 1], results squashed through `fmin/fmax` clamps,
//!   `sqrt(fabs(…))`, and converted to integers with `convert_uint_sat`.
//!
//! Statements are built as a list; [`Kernel::render`] prints the program with any subset of
//! them, which is how a difference is minimized (delta reduction over statements).

use std::fmt::Write as _;

/// SplitMix64.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5851_f42d_4c95_7f2d)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// The work-group size the kernels are written for (and launched with).
pub const LOCAL: usize = 64;
/// Elements of each input and output buffer (the global size).
pub const N: usize = 256;

const UVARS: [&str; 4] = ["a", "b", "c", "d"];
const FVARS: [&str; 2] = ["f", "g"];

/// One generated kernel: helper functions, then the body's statements.
pub struct Kernel {
    pub helpers: Vec<String>,
    pub stmts: Vec<String>,
}

/// The `uint` names a kernel body's expressions read.
const KERNEL_LEAVES: [&str; 6] = ["a", "b", "c", "d", "gid", "lid"];
/// The names a helper's expressions read.
const HELPER_LEAVES: [&str; 2] = ["x", "y"];

/// A `uint` expression of depth at most `depth` in the kernel body.
fn uexpr(r: &mut Rng, depth: u32) -> String {
    uexpr_of(r, depth, &KERNEL_LEAVES)
}

/// A `uint` expression over `leaves` and constants.
fn uexpr_of(r: &mut Rng, depth: u32, leaves: &[&str]) -> String {
    if depth == 0 || r.below(4) == 0 {
        return match r.below(3) {
            0 => format!("{}u", r.below(1 << 20)),
            _ => r.pick(leaves).into(),
        };
    }
    let (x, y) = (
        uexpr_of(r, depth - 1, leaves),
        uexpr_of(r, depth - 1, leaves),
    );
    match r.below(16) {
        0 => format!("({x} + {y})"),
        1 => format!("({x} - {y})"),
        2 => format!("({x} * {y})"),
        3 => format!("({x} ^ {y})"),
        4 => format!("({x} & {y})"),
        5 => format!("({x} | {y})"),
        6 => format!("({x} << ({y} & 31u))"),
        7 => format!("({x} >> ({y} & 31u))"),
        8 => format!("({x} / ({y} | 1u))"),
        9 => format!("({x} % ({y} | 1u))"),
        10 => format!("min({x}, {y})"),
        11 => format!("max({x}, {y})"),
        12 => format!("rotate({x}, {y})"),
        13 => format!("mul_hi({x}, {y})"),
        14 => format!("(({x} < {y}) ? {x} : ({y} ^ 0x55u))"),
        _ => format!("(uint)(((int)({x} & 0xffffu) - (int)({y} & 0xffffu)) / 3)"),
    }
}

/// A `float` expression.
fn fexpr(r: &mut Rng, depth: u32) -> String {
    if depth == 0 || r.below(3) == 0 {
        return match r.below(4) {
            0 => format!("{}.{}f", r.below(4), r.below(100)),
            1 => "(float)(a & 255u)".into(),
            _ => r.pick(&FVARS).into(),
        };
    }
    let (x, y) = (fexpr(r, depth - 1), fexpr(r, depth - 1));
    match r.below(8) {
        0 => format!("({x} + {y})"),
        1 => format!("({x} - {y})"),
        2 => format!("({x} * {y})"),
        3 => format!("fmin({x}, {y})"),
        4 => format!("fmax({x}, {y})"),
        5 => format!("sqrt(fabs({x}))"),
        6 => format!("({x} / (fabs({y}) + 1.0f))"),
        _ => format!("clamp({x}, -4.0f, 4.0f)"),
    }
}

/// A statement (possibly compound) of nesting depth at most `depth`.
fn stmt(r: &mut Rng, depth: u32, helpers: usize) -> String {
    let v = r.pick(&UVARS);
    match r.below(if depth == 0 { 5 } else { 9 }) {
        0 | 1 => format!("{v} = {};", uexpr(r, 3)),
        2 => {
            let f = r.pick(&FVARS);
            format!("{f} = clamp({}, -1000.0f, 1000.0f);", fexpr(r, 3))
        }
        3 => format!("{v} ^= convert_uint_sat(fabs({}) * 16.0f);", fexpr(r, 2)),
        4 => {
            let k = r.below(8);
            format!("p[({} + {k}u) & 7u] = {}; {v} += p[{}u & 7u];", uexpr(r, 1), uexpr(r, 2), r.below(8))
        }
        5 => format!(
            "if ({} {} {}) {{ {} }} else {{ {} }}",
            uexpr(r, 2),
            r.pick(&["<", ">", "==", "!="]),
            uexpr(r, 2),
            stmt(r, depth - 1, helpers),
            stmt(r, depth - 1, helpers)
        ),
        6 => {
            let n = 1 + r.below(6);
            let brk = match r.below(3) {
                0 => format!("if (({v} & 7u) == {}u) break;", r.below(8)),
                1 => format!("if (((uint)k & 1u) == {}u) continue;", r.below(2)),
                _ => String::new(),
            };
            format!("for (int k = 0; k < {n}; k++) {{ {brk} {} }}", stmt(r, depth - 1, helpers))
        }
        7 if helpers > 0 => {
            let h = r.below(helpers as u64);
            format!("{v} = h{h}({}, {});", uexpr(r, 2), uexpr(r, 2))
        }
        _ => format!(
            "switch ({} & 3u) {{ case 0: {v} += 1u; break; case 1: {v} ^= {}u; /* falls through */ case 2: {v} = {}; break; default: {v} = rotate({v}, 3u); }}",
            uexpr(r, 2),
            r.below(1000),
            uexpr(r, 2)
        ),
    }
}

impl Kernel {
    /// The kernel of `seed`.
    pub fn generate(seed: u64) -> Kernel {
        let mut r = Rng::new(seed);
        let nh = r.below(3) as usize;
        let mut helpers = Vec::new();
        for h in 0..nh {
            // Some helpers are long, so LLVM's inliner may keep them out of line.
            let mut body = String::new();
            for _ in 0..(1 + r.below(if h == 0 { 3 } else { 24 })) {
                let e = uexpr_of(&mut r, 3, &HELPER_LEAVES);
                let _ = write!(body, " x = x * 31u + ({e}); y ^= x >> 3;");
            }
            helpers.push(format!(
                "uint h{h}(uint x, uint y) {{{body} return x ^ (y * 2654435761u); }}"
            ));
        }
        let mut stmts = Vec::new();
        for _ in 0..(2 + r.below(10)) {
            stmts.push(stmt(&mut r, 2, nh));
        }
        if r.below(2) == 0 {
            // A round through __local memory: own slot, barrier (reached by all), neighbour.
            stmts.push(format!(
                "tile[lid] = {}; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + {}u) % {LOCAL}u]; barrier(CLK_LOCAL_MEM_FENCE);",
                uexpr(&mut r, 2),
                1 + r.below(LOCAL as u64 - 1)
            ));
        }
        if r.below(3) == 0 {
            stmts.push(format!("atomic_add(&acc[{}u], a & 15u);", r.below(4)));
        }
        if r.below(3) == 0 {
            // A struct copied between address spaces, each work-item into its own slot (a
            // shared slot would be a race: PoCL runs a group's work-items one after another
            // and hides it; the GPU campaign found it).
            stmts.push(format!("{{ struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % {LOCAL}u].u; barrier(CLK_LOCAL_MEM_FENCE); }}"));
        }
        Kernel { helpers, stmts }
    }

    /// The program with the statements whose indices `keep` holds (all: `None`).
    pub fn render(&self, keep: Option<&[usize]>) -> String {
        let mut s = String::from("struct pair { uint u; float f; };\n");
        for h in &self.helpers {
            s += h;
            s.push('\n');
        }
        let _ = write!(
            s,
            "__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,\n\
             \x20                  __global const float *fin, __global uint *acc,\n\
             \x20                  __global const struct pair *pairs) {{\n\
             \x20 uint gid = get_global_id(0), lid = get_local_id(0);\n\
             \x20 __local uint tile[{LOCAL}];\n\
             \x20 __local struct pair lpair[{LOCAL}];\n\
             \x20 uint p[8];\n\
             \x20 for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % {N}u];\n\
             \x20 uint a = in[gid], b = in[(gid * 7u + 3u) % {N}u], c = gid, d = lid;\n\
             \x20 float f = fin[gid], g = fin[(gid + 1u) % {N}u];\n"
        );
        for (i, st) in self.stmts.iter().enumerate() {
            if keep.is_none_or(|k| k.contains(&i)) {
                let _ = writeln!(s, "  {st}");
            }
        }
        s += "  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];\n";
        s += "  fout[gid] = f + g;\n}\n";
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_gives_one_kernel_and_statements_can_be_left_out() {
        let (a, b) = (Kernel::generate(42), Kernel::generate(42));
        assert_eq!(a.render(None), b.render(None), "deterministic");
        assert_ne!(Kernel::generate(43).render(None), a.render(None));
        let none = a.render(Some(&[]));
        for st in &a.stmts {
            assert!(!none.contains(st.as_str()));
        }
        assert!(none.contains("__kernel void fuzz(") && none.contains("out[gid] ="));
        // Over many seeds every construct the generator promises appears.
        let all: String = (0..300).map(|s| Kernel::generate(s).render(None)).collect();
        for c in [
            "for (int k",
            "break;",
            "continue;",
            "switch (",
            "barrier(",
            "atomic_add(",
            "h1(",
            "struct pair q",
            "convert_uint_sat",
            "sqrt(fabs(",
        ] {
            assert!(all.contains(c), "no `{c}` in 300 kernels");
        }
    }
}
