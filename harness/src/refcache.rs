//! A file cache of CPU reference outputs, so that the verification workers of one workload
//! (one per path) compute the reference once: the first writes it, the others read it.
//!
//! Format (little-endian): `b"VBREF1\n"`, output count (u32), then per output: name length
//! (u32), name bytes, type tag (u8: 0 u8, 1 i32, 2 u32, 3 i64, 4 u64, 5 f32, 6 f64), element
//! count (u64), raw element bytes.

use kernels::{Data, Output, Pod};
use std::io::{self, Read};
use std::path::Path;

const MAGIC: &[u8] = b"VBREF1\n";

fn put<T: Pod>(out: &mut Vec<u8>, tag: u8, v: &[T]) {
    out.push(tag);
    out.extend_from_slice(&(v.len() as u64).to_le_bytes());
    out.extend_from_slice(T::as_bytes(v));
}

/// Encodes outputs.
pub fn encode(outputs: &[Output]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&(outputs.len() as u32).to_le_bytes());
    for o in outputs {
        out.extend_from_slice(&(o.name.len() as u32).to_le_bytes());
        out.extend_from_slice(o.name.as_bytes());
        match &o.data {
            Data::U8(v) => put(&mut out, 0, v),
            Data::I32(v) => put(&mut out, 1, v),
            Data::U32(v) => put(&mut out, 2, v),
            Data::I64(v) => put(&mut out, 3, v),
            Data::U64(v) => put(&mut out, 4, v),
            Data::F32(v) => put(&mut out, 5, v),
            Data::F64(v) => put(&mut out, 6, v),
        }
    }
    out
}

fn bad(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("reference cache: {what}"),
    )
}

fn take<R: Read>(r: &mut R, n: usize) -> io::Result<Vec<u8>> {
    let mut v = Vec::new();
    r.take(n as u64).read_to_end(&mut v)?;
    if v.len() != n {
        return Err(bad("truncated"));
    }
    Ok(v)
}

fn u32_of<R: Read>(r: &mut R) -> io::Result<u32> {
    let b = take(r, 4)?;
    Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn vec_of<T: Pod, R: Read>(r: &mut R) -> io::Result<Vec<T>> {
    let b = take(r, 8)?;
    let n = u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
    let n = usize::try_from(n).map_err(|_| bad("length overflows"))?;
    let bytes = n
        .checked_mul(std::mem::size_of::<T>())
        .ok_or_else(|| bad("length overflows"))?;
    let raw = take(r, bytes)?;
    let mut v = vec![T::zeroed(); n];
    T::as_bytes_mut(&mut v).copy_from_slice(&raw);
    Ok(v)
}

/// Decodes what [`encode`] wrote.
pub fn decode<R: Read>(mut r: R) -> io::Result<Vec<Output>> {
    if take(&mut r, MAGIC.len())? != MAGIC {
        return Err(bad("not a reference cache file"));
    }
    let n = u32_of(&mut r)?;
    let mut outs = Vec::new();
    for _ in 0..n {
        let len = u32_of(&mut r)? as usize;
        let name = String::from_utf8(take(&mut r, len)?).map_err(|_| bad("name is not UTF-8"))?;
        let tag = take(&mut r, 1)?[0];
        let data = match tag {
            0 => Data::U8(vec_of(&mut r)?),
            1 => Data::I32(vec_of(&mut r)?),
            2 => Data::U32(vec_of(&mut r)?),
            3 => Data::I64(vec_of(&mut r)?),
            4 => Data::U64(vec_of(&mut r)?),
            5 => Data::F32(vec_of(&mut r)?),
            6 => Data::F64(vec_of(&mut r)?),
            t => return Err(bad(&format!("unknown type tag {t}"))),
        };
        outs.push(Output { name, data });
    }
    Ok(outs)
}

/// Is there a readable reference at `path` (its header checked, not its contents)?
pub fn is_cached(path: &Path) -> bool {
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = vec![0u8; MAGIC.len()];
    f.read_exact(&mut head).is_ok() && head == MAGIC
}

/// The cache file of one workload's reference at one size and seed, in `dir`: named by this
/// build's commit too, since the reference code may change between commits.
pub fn file_in(dir: &Path, workload: &str, size: kernels::Size, seed: u64) -> std::path::PathBuf {
    let commit: String = crate::env::COMMIT
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    dir.join(format!("{workload}-{size}-seed{seed}-{commit}.ref"))
}

/// Where references are kept between runs: `$VISABENCH_CACHE/references`, else
/// `$XDG_CACHE_HOME/visabench/references`, else `~/.cache/visabench/references` — but only
/// for a build of a clean commit: a `-dirty` build's workloads may differ from its commit's,
/// so its references are kept for one run only.
pub fn default_dir() -> Option<std::path::PathBuf> {
    let c = crate::env::COMMIT;
    if c.ends_with("-dirty") || c == "unknown" {
        return None;
    }
    cache_dir()
}

fn cache_dir() -> Option<std::path::PathBuf> {
    if let Some(d) = std::env::var_os("VISABENCH_CACHE") {
        return Some(std::path::PathBuf::from(d).join("references"));
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return Some(std::path::PathBuf::from(d).join("visabench/references"));
    }
    std::env::var_os("HOME")
        .map(|h| std::path::PathBuf::from(h).join(".cache/visabench/references"))
}

/// Reads the cached reference at `path`, or computes it with `make` and caches it (a cache
/// that cannot be read or written is ignored).
pub fn get_or_make(path: Option<&Path>, make: impl FnOnce() -> Vec<Output>) -> Vec<Output> {
    let Some(path) = path else { return make() };
    if let Ok(f) = std::fs::File::open(path) {
        match decode(io::BufReader::new(f)) {
            Ok(v) => return v,
            Err(e) => log::warn!("{}: {e}; recomputing", path.display()),
        }
    }
    let v = make();
    if let Err(e) = visabench_core::files::write_atomic(path, &encode(&v)) {
        log::warn!("cannot cache the reference at {}: {e}", path.display());
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_round_trip_and_bad_files_are_refused() {
        let outs = vec![
            Output::new("bytes", Data::U8(vec![1, 2, 255])),
            Output::new("i", Data::I32(vec![-1, 7])),
            Output::new("u", Data::U32(vec![])),
            Output::new("l", Data::I64(vec![i64::MIN])),
            Output::new("ul", Data::U64(vec![u64::MAX])),
            Output::new("f", Data::F32(vec![1.5, f32::NAN, -0.0])),
            Output::new("d", Data::F64(vec![std::f64::consts::PI])),
        ];
        let bytes = encode(&outs);
        let back = decode(&bytes[..]).unwrap();
        assert_eq!(back.len(), outs.len());
        for (a, b) in outs.iter().zip(&back) {
            assert_eq!(a.name, b.name);
            assert!(
                kernels::verify(
                    std::slice::from_ref(a),
                    std::slice::from_ref(b),
                    kernels::Tolerance::Exact
                )
                .ok
            );
        }
        assert!(decode(&bytes[..bytes.len() - 1]).is_err());
        assert!(decode(&b"nonsense"[..]).is_err());
    }

    #[test]
    fn second_caller_reads_the_cache() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("ref.bin");
        let first = get_or_make(Some(&p), || {
            vec![Output::new("c", Data::F32(vec![1.0, 2.0]))]
        });
        let second = get_or_make(Some(&p), || panic!("must come from the cache"));
        assert_eq!(first, second);
    }
}
