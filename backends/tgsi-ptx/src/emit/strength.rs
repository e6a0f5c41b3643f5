//! Strength reduction of arithmetic with a constant operand ([`crate::Options::strength_reduce`]):
//! unsigned division and remainder by a constant become a multiply-high and shifts, and a
//! division of `1.0` by `x` becomes a reciprocal.
//!
//! Why the backend does this and not the finisher: `ptxas` (13.x, sm_90) turns a 32-bit
//! `div.u32`/`rem.u32` by an immediate into a multiply itself, but a 64-bit `rem.u64` by an
//! immediate stays a call to its generic 64-bit division routine (about 70 instructions with a
//! floating-point reciprocal estimate), as the SASS of the `hash64` workload shows. LLVM's own
//! NVPTX back end reduces such divisions before PTX, so the `llvm` path never hands `ptxas` one.
//! A driver compiler fed TGSI sees the same constant in `IMM[…]` and can do what LLVM does.
//!
//! The multipliers follow Granlund and Montgomery, "Division by invariant integers using
//! multiplication" (PLDI 1994), for an `N`-bit unsigned dividend `n < 2^N` and a divisor `d`:
//!
//! * `d = 2^k`: `q = n >> k`, `r = n & (d - 1)`;
//! * `d > 2^(N-1)`: `q = (n >= d)`;
//! * a multiplier `m < 2^N` and shift `s` with `2^(N+s) ≤ m·d ≤ 2^(N+s) + 2^s` exists:
//!   `q = mulhi(n, m) >> s` (their Theorem 4.2);
//! * otherwise, with `l = ⌈log2 d⌉` and `m = ⌊2^N·(2^l − d)/d⌋ + 1`:
//!   `t = mulhi(n, m)`, `q = (t + ((n − t) >> 1)) >> (l − 1)` (their Figure 4.1).
//!
//! The remainder is `n − q·d`. [`Plan::quotient`] evaluates each plan the way the emitted PTX
//! does, so the unit tests check every plan against Rust's division.

use super::{Emitter, Res};

/// How to divide an `N`-bit unsigned value by one constant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Plan {
    /// `d = 2^k`.
    Shift(u32),
    /// `d > 2^(N-1)`: the quotient is 0 or 1.
    Compare,
    /// `q = mulhi(n, m) >> s`.
    Mul { m: u64, s: u32 },
    /// `t = mulhi(n, m)`, `q = (t + ((n - t) >> 1)) >> s`.
    MulAdd { m: u64, s: u32 },
}

impl Plan {
    /// The plan for dividing `bits`-bit values (32 or 64) by `d` (not 0).
    pub(super) fn new(d: u64, bits: u32) -> Plan {
        debug_assert!(d != 0 && (bits == 64 || d >> bits == 0));
        if d.is_power_of_two() {
            return Plan::Shift(d.trailing_zeros());
        }
        if d > 1u64 << (bits - 1) {
            return Plan::Compare;
        }
        let n = bits;
        let d128 = d as u128;
        let l = 64 - (d - 1).leading_zeros(); // ⌈log2 d⌉, 2 ≤ l ≤ N-1 here
        for s in 0..=l {
            let two = 1u128 << (n + s);
            let m = two.div_ceil(d128);
            if m >> n == 0 && m * d128 - two <= 1u128 << s {
                return Plan::Mul { m: m as u64, s };
            }
        }
        let m = ((1u128 << n) * ((1u128 << l) - d128)) / d128 + 1;
        Plan::MulAdd { m: m as u64, s: l - 1 }
    }

    /// `n / d` computed the way the emitted code computes it, in `bits`-bit arithmetic.
    #[cfg(test)]
    pub(super) fn quotient(self, n: u64, d: u64, bits: u32) -> u64 {
        let mask = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
        let mulhi = |a: u64, b: u64| (((a as u128) * (b as u128)) >> bits) as u64 & mask;
        match self {
            Plan::Shift(k) => n >> k,
            Plan::Compare => (n >= d) as u64,
            Plan::Mul { m, s } => mulhi(n, m) >> s,
            Plan::MulAdd { m, s } => {
                let t = mulhi(n, m);
                ((t + (((n - t) & mask) >> 1)) & mask) >> s
            }
        }
    }
}

impl Emitter<'_> {
    /// `dst = n / d` (or `n % d` when `rem`) for the unsigned `bits`-bit register or literal `n`
    /// and the constant `d` (not 0), without a PTX division.
    pub(super) fn divide_by_constant(
        &mut self,
        dst: &str,
        n: &str,
        d: u64,
        bits: u32,
        rem: bool,
    ) -> Res<()> {
        let fresh = |e: &mut Self| if bits == 32 { e.s() } else { e.d() };
        let q = if rem { fresh(self) } else { dst.to_string() };
        match Plan::new(d, bits) {
            Plan::Shift(k) => {
                if rem {
                    self.line(format!("and.b{bits} {dst}, {n}, {};", d - 1));
                    return Ok(());
                }
                self.line(format!("shr.u{bits} {q}, {n}, {k};"));
            }
            Plan::Compare => {
                let p = self.p();
                self.line(format!("setp.ge.u{bits} {p}, {n}, {d};"));
                if rem {
                    let t = fresh(self);
                    self.line(format!("sub.s{bits} {t}, {n}, {d};"));
                    self.line(format!("selp.b{bits} {dst}, {t}, {n}, {p};"));
                    return Ok(());
                }
                self.line(format!("selp.b{bits} {q}, 1, 0, {p};"));
            }
            Plan::Mul { m, s } => {
                let t = fresh(self);
                self.line(format!("mul.hi.u{bits} {t}, {n}, {m};"));
                self.line(format!("shr.u{bits} {q}, {t}, {s};"));
            }
            Plan::MulAdd { m, s } => {
                let (t, u) = (fresh(self), fresh(self));
                self.line(format!("mul.hi.u{bits} {t}, {n}, {m};"));
                self.line(format!("sub.s{bits} {u}, {n}, {t};"));
                self.line(format!("shr.u{bits} {u}, {u}, 1;"));
                self.line(format!("add.s{bits} {u}, {u}, {t};"));
                self.line(format!("shr.u{bits} {q}, {u}, {s};"));
            }
        }
        if rem {
            let t = fresh(self);
            self.line(format!("mul.lo.s{bits} {t}, {q}, {d};"));
            self.line(format!("sub.s{bits} {dst}, {n}, {t};"));
        }
        Ok(())
    }
}

/// The bits of a PTX literal the emitter wrote for an integer constant (decimal, maybe
/// negative), at `bits` bits; `None` for a register or a float literal.
pub(super) fn int_literal(s: &str, bits: u32) -> Option<u64> {
    let v = s.parse::<i128>().ok()?;
    Some(if bits == 32 { v as u32 as u64 } else { v as u64 })
}

#[cfg(test)]
mod tests {
    use super::Plan;

    /// A small deterministic generator (xorshift64*), so the test needs no crate.
    fn rng(seed: &mut u64) -> u64 {
        *seed ^= *seed >> 12;
        *seed ^= *seed << 25;
        *seed ^= *seed >> 27;
        seed.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn check(d: u64, bits: u32, seed: &mut u64) {
        let mask = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
        let plan = Plan::new(d, bits);
        let mut dividends = vec![0, 1, d - 1, d, d.wrapping_add(1) & mask, mask, mask - 1];
        dividends.extend((1..8).map(|k| d.wrapping_mul(k) & mask));
        dividends.extend((0..200).map(|_| rng(seed) & mask));
        dividends.extend((0..50).map(|_| (rng(seed) >> (rng(seed) % bits as u64)) & mask));
        for n in dividends {
            assert_eq!(plan.quotient(n, d, bits), n / d, "{n} / {d} at {bits} bits with {plan:?}");
        }
    }

    #[test]
    fn every_plan_divides_like_rust() {
        let mut seed = 0x9E37_79B9_7F4A_7C15;
        for bits in [32u32, 64] {
            let mask = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
            let mut divisors: Vec<u64> = (1..=300).collect();
            divisors.extend([1_000_003, 7, 641, 6_700_417, 0x8000_0001 & mask, mask, mask - 2]);
            divisors.extend((0..bits).map(|k| 1u64 << k));
            divisors.extend((1..bits).map(|k| (1u64 << k) + 1));
            divisors.extend((1..bits).map(|k| (1u64 << k) - 1));
            divisors.extend(
                (0..300).map(|_| (rng(&mut seed) >> (rng(&mut seed) % bits as u64)) & mask),
            );
            for d in divisors.into_iter().filter(|&d| d != 0) {
                check(d, bits, &mut seed);
            }
        }
    }

    #[test]
    fn plans_take_the_cheapest_form() {
        assert_eq!(Plan::new(16, 64), Plan::Shift(4));
        assert_eq!(Plan::new(u64::MAX - 5, 64), Plan::Compare);
        assert!(matches!(Plan::new(1_000_003, 64), Plan::Mul { .. } | Plan::MulAdd { .. }));
        // 7 needs the add-indicator form at 32 bits (a classic example).
        assert!(matches!(Plan::new(7, 32), Plan::MulAdd { s: 2, .. }));
        // 3 does not.
        assert!(matches!(Plan::new(3, 32), Plan::Mul { s: 1, .. }));
    }
}
