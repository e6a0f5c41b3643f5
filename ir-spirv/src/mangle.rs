//! Itanium-mangled names of OpenCL C builtins (`sqrt(float)` → `_Z4sqrtf`), so that an
//! `OpenCL.std` instruction becomes a call libclc defines, as clang would have emitted it.

/// An argument type of a builtin, as far as mangling goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Signed integer of this many bits.
    Signed(u32),
    /// Unsigned integer of this many bits.
    Unsigned(u32),
    /// Floating point of this many bits.
    Float(u32),
    /// A vector of `n` of the scalar.
    Vector(u32, Scalar),
}

/// A vector's element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar {
    Signed(u32),
    Unsigned(u32),
    Float(u32),
}

fn scalar(s: Scalar) -> Option<&'static str> {
    Some(match s {
        Scalar::Signed(8) => "c",
        Scalar::Unsigned(8) => "h",
        Scalar::Signed(16) => "s",
        Scalar::Unsigned(16) => "t",
        Scalar::Signed(32) => "i",
        Scalar::Unsigned(32) => "j",
        Scalar::Signed(64) => "l",
        Scalar::Unsigned(64) => "m",
        Scalar::Float(16) => "Dh",
        Scalar::Float(32) => "f",
        Scalar::Float(64) => "d",
        _ => return None,
    })
}

/// `_Z<len><name><args>`; vector types repeat as substitutions (`S_`, `S0_`, …). `None` for a
/// type OpenCL C has no name for.
pub fn mangle(name: &str, args: &[Arg]) -> Option<String> {
    let mut out = format!("_Z{}{}", name.len(), name);
    let mut subs: Vec<String> = Vec::new();
    for a in args {
        match *a {
            Arg::Signed(w) => out.push_str(scalar(Scalar::Signed(w))?),
            Arg::Unsigned(w) => out.push_str(scalar(Scalar::Unsigned(w))?),
            Arg::Float(w) => out.push_str(scalar(Scalar::Float(w))?),
            Arg::Vector(n, s) => {
                let t = format!("Dv{n}_{}", scalar(s)?);
                match subs.iter().position(|x| *x == t) {
                    Some(0) => out.push_str("S_"),
                    Some(i) => out.push_str(&format!("S{}_", i - 1)),
                    None => {
                        out.push_str(&t);
                        subs.push(t);
                    }
                }
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mangles_as_clang_does() {
        assert_eq!(mangle("sqrt", &[Arg::Float(32)]).unwrap(), "_Z4sqrtf");
        assert_eq!(
            mangle("fmax", &[Arg::Float(64), Arg::Float(64)]).unwrap(),
            "_Z4fmaxdd"
        );
        let v = Arg::Vector(4, Scalar::Float(32));
        assert_eq!(mangle("fma", &[v, v, v]).unwrap(), "_Z3fmaDv4_fS_S_");
        assert_eq!(
            mangle(
                "clamp",
                &[Arg::Signed(32), Arg::Signed(32), Arg::Signed(32)]
            )
            .unwrap(),
            "_Z5clampiii"
        );
        assert!(mangle("f", &[Arg::Signed(24)]).is_none());
    }
}
