//! Values on the four 32-bit lanes of a register: bit casts, the per-lane and per-pair
//! combinators the opcodes are written with, the arithmetic TGSI defines differently from
//! Rust's operators (division by zero, bitfields, bit scans), and which lanes a writemask
//! enables.

/// The channels a writemask enables, in order.
#[inline]
pub(super) fn enabled(mask: u8) -> impl Iterator<Item = usize> {
    (0..4).filter(move |c| mask & (1 << c) != 0)
}

#[inline]
pub(super) fn f(x: u32) -> f32 {
    f32::from_bits(x)
}
#[inline]
pub(super) fn fb(x: f32) -> u32 {
    x.to_bits()
}
#[inline]
pub(super) fn d(x: u64) -> f64 {
    f64::from_bits(x)
}
#[inline]
pub(super) fn db(x: f64) -> u64 {
    x.to_bits()
}
#[inline]
pub(super) fn pair(v: [u32; 4], p: usize) -> u64 {
    u64::from(v[2 * p]) | (u64::from(v[2 * p + 1]) << 32)
}
#[inline]
pub(super) fn lanes64(a: u64, b: u64) -> [u32; 4] {
    [a as u32, (a >> 32) as u32, b as u32, (b >> 32) as u32]
}
#[inline]
pub(super) fn bool32(b: bool) -> u32 {
    if b {
        u32::MAX
    } else {
        0
    }
}
#[inline]
pub(super) fn fbool(b: bool) -> u32 {
    if b {
        fb(1.0)
    } else {
        fb(0.0)
    }
}
#[inline]
pub(super) fn m1(a: [u32; 4], g: impl Fn(u32) -> u32) -> [u32; 4] {
    [g(a[0]), g(a[1]), g(a[2]), g(a[3])]
}
#[inline]
pub(super) fn m2(a: [u32; 4], b: [u32; 4], g: impl Fn(u32, u32) -> u32) -> [u32; 4] {
    [g(a[0], b[0]), g(a[1], b[1]), g(a[2], b[2]), g(a[3], b[3])]
}
#[inline]
pub(super) fn m3(
    a: [u32; 4],
    b: [u32; 4],
    c: [u32; 4],
    g: impl Fn(u32, u32, u32) -> u32,
) -> [u32; 4] {
    [g(a[0], b[0], c[0]), g(a[1], b[1], c[1]), g(a[2], b[2], c[2]), g(a[3], b[3], c[3])]
}
#[inline]
pub(super) fn f1(a: [u32; 4], g: impl Fn(f32) -> f32) -> [u32; 4] {
    m1(a, |x| fb(g(f(x))))
}
#[inline]
pub(super) fn f2(a: [u32; 4], b: [u32; 4], g: impl Fn(f32, f32) -> f32) -> [u32; 4] {
    m2(a, b, |x, y| fb(g(f(x), f(y))))
}
#[inline]
pub(super) fn fcmp(a: [u32; 4], b: [u32; 4], g: impl Fn(f32, f32) -> bool) -> [u32; 4] {
    m2(a, b, |x, y| bool32(g(f(x), f(y))))
}
#[inline]
pub(super) fn scalar(a: [u32; 4], g: impl Fn(f32) -> f32) -> [u32; 4] {
    [fb(g(f(a[0]))); 4]
}
#[inline]
pub(super) fn w1(a: [u32; 4], g: impl Fn(u64) -> u64) -> [u32; 4] {
    lanes64(g(pair(a, 0)), g(pair(a, 1)))
}
#[inline]
pub(super) fn w2(a: [u32; 4], b: [u32; 4], g: impl Fn(u64, u64) -> u64) -> [u32; 4] {
    lanes64(g(pair(a, 0), pair(b, 0)), g(pair(a, 1), pair(b, 1)))
}
#[inline]
pub(super) fn w3(
    a: [u32; 4],
    b: [u32; 4],
    c: [u32; 4],
    g: impl Fn(u64, u64, u64) -> u64,
) -> [u32; 4] {
    lanes64(g(pair(a, 0), pair(b, 0), pair(c, 0)), g(pair(a, 1), pair(b, 1), pair(c, 1)))
}
#[inline]
pub(super) fn d1(a: [u32; 4], g: impl Fn(f64) -> f64) -> [u32; 4] {
    w1(a, |x| db(g(d(x))))
}
#[inline]
pub(super) fn d2(a: [u32; 4], b: [u32; 4], g: impl Fn(f64, f64) -> f64) -> [u32; 4] {
    w2(a, b, |x, y| db(g(d(x), d(y))))
}
/// 64-bit sources, 32-bit results in x (pair xy) and y (pair zw).
#[inline]
pub(super) fn wn1(a: [u32; 4], g: impl Fn(u64) -> u32) -> [u32; 4] {
    [g(pair(a, 0)), g(pair(a, 1)), 0, 0]
}
#[inline]
pub(super) fn wn2(a: [u32; 4], b: [u32; 4], g: impl Fn(u64, u64) -> bool) -> [u32; 4] {
    [bool32(g(pair(a, 0), pair(b, 0))), bool32(g(pair(a, 1), pair(b, 1))), 0, 0]
}
/// 32-bit source channels x and y to 64-bit pairs xy and zw.
#[inline]
pub(super) fn nw1(a: [u32; 4], g: impl Fn(u32) -> u64) -> [u32; 4] {
    lanes64(g(a[0]), g(a[1]))
}
/// 64-bit shift: pair xy by channel x of the count, zw by channel y.
#[inline]
pub(super) fn wshift(a: [u32; 4], b: [u32; 4], g: impl Fn(u64, u32) -> u64) -> [u32; 4] {
    lanes64(g(pair(a, 0), b[0] & 63), g(pair(a, 1), b[1] & 63))
}

pub(super) fn sign_f32(x: f32) -> f32 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        0.0
    }
}

pub(super) fn sign_f64(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        0.0
    }
}

pub(super) fn idiv(a: u32, b: u32) -> u32 {
    let (a, b) = (a as i32, b as i32);
    if b == 0 {
        u32::MAX
    } else {
        a.wrapping_div(b) as u32
    }
}

pub(super) fn imod(a: u32, b: u32) -> u32 {
    let (a, b) = (a as i32, b as i32);
    if b == 0 {
        u32::MAX
    } else {
        a.wrapping_rem(b) as u32
    }
}

pub(super) fn ubfe(v: u32, off: u32, bits: u32) -> u32 {
    let (off, bits) = (off & 31, bits & 31);
    if bits == 0 {
        0
    } else {
        (v >> off) & ((1u32 << bits) - 1)
    }
}

pub(super) fn ibfe(v: u32, off: u32, bits: u32) -> u32 {
    let (off, bits) = (off & 31, bits & 31);
    if bits == 0 {
        0
    } else {
        let t = (v as i32) >> off;
        ((t << (32 - bits)) >> (32 - bits)) as u32
    }
}

pub(super) fn bfi(base: u32, ins: u32, off: u32, bits: u32) -> u32 {
    let (off, bits) = (off & 31, bits & 31);
    if bits == 0 {
        return base;
    }
    let mask = (((1u64 << bits) - 1) << off) as u32;
    (base & !mask) | ((ins << off) & mask)
}

pub(super) fn imsb(v: u32) -> u32 {
    let v = v as i32;
    let x = if v < 0 { !v } else { v } as u32;
    if x == 0 {
        u32::MAX
    } else {
        31 - x.leading_zeros()
    }
}

/// `x * 2^n`, exact (with gradual underflow and overflow to infinity).
pub(super) fn ldexp(x: f32, n: i32) -> f32 {
    // |n| <= 400 keeps x * 2^n exact in f64 (f32 values span 2^-149..2^128); one rounding.
    let n = n.clamp(-400, 400);
    (f64::from(x) * 2f64.powi(n)) as f32
}

/// Four-source per-channel operation (`BFI`).
#[inline]
pub(super) fn m4(
    a: [u32; 4],
    b: [u32; 4],
    c: [u32; 4],
    e: [u32; 4],
    g: impl Fn(u32, u32, u32, u32) -> u32,
) -> [u32; 4] {
    [
        g(a[0], b[0], c[0], e[0]),
        g(a[1], b[1], c[1], e[1]),
        g(a[2], b[2], c[2], e[2]),
        g(a[3], b[3], c[3], e[3]),
    ]
}

/// Dot product of the first `n` channels, replicated.
#[inline]
pub(super) fn dot(a: [u32; 4], b: [u32; 4], n: usize) -> [u32; 4] {
    let mut s = f(a[0]) * f(b[0]);
    for c in 1..n {
        s += f(a[c]) * f(b[c]);
    }
    [fb(s); 4]
}

pub(super) fn i64div(x: u64, y: u64) -> u64 {
    if y == 0 {
        u64::MAX
    } else {
        (x as i64).wrapping_div(y as i64) as u64
    }
}

pub(super) fn i64mod(x: u64, y: u64) -> u64 {
    if y == 0 {
        u64::MAX
    } else {
        (x as i64).wrapping_rem(y as i64) as u64
    }
}
