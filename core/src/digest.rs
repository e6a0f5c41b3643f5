//! A fast 64-bit digest of byte buffers, shared by the harness's replay check and the
//! interposer's record of the buffers an application reads back.

/// A 64-bit digest of `bytes` (four independent multiply-rotate lanes over 8-byte words, then
/// the tail and the length): fast enough for hundreds of megabytes, and any change of a word
/// changes it with overwhelming likelihood. Not cryptographic, and it need not be.
pub fn digest(bytes: &[u8]) -> u64 {
    const K: [u64; 4] = [
        0x9e37_79b9_7f4a_7c15,
        0xc2b2_ae3d_27d4_eb4f,
        0x1656_67b1_9e37_79f9,
        0xd6e8_feb8_6659_fd93,
    ];
    let mut lanes = K;
    let mut chunks = bytes.chunks_exact(32);
    for c in &mut chunks {
        for (i, lane) in lanes.iter_mut().enumerate() {
            let w = u64::from_le_bytes(c[i * 8..i * 8 + 8].try_into().unwrap_or_default());
            *lane = (*lane ^ w).wrapping_mul(K[i] | 1).rotate_left(31);
        }
    }
    let mut h = bytes.len() as u64;
    for (i, lane) in lanes.iter().enumerate() {
        h = (h ^ lane.rotate_left(i as u32 * 16)).wrapping_mul(K[(i + 1) % 4] | 1);
    }
    for &b in chunks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^ (h >> 29)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_sees_every_word_the_tail_and_the_length() {
        let base: Vec<u8> = (0..1000u32).map(|i| (i * 7 % 251) as u8).collect();
        let d = digest(&base);
        assert_eq!(d, digest(&base.clone()), "deterministic");
        for i in [0, 7, 8, 31, 32, 500, 991, 999] {
            let mut v = base.clone();
            v[i] ^= 1;
            assert_ne!(digest(&v), d, "a flipped bit at {i} changes the digest");
        }
        assert_ne!(digest(&base[..999]), d, "the length counts");
        let zeros = vec![0u8; 64];
        assert_ne!(
            digest(&zeros),
            digest(&zeros[..32]),
            "zeros of other lengths differ"
        );
        let mut swapped = base.clone();
        swapped.swap(0, 8);
        assert_ne!(digest(&swapped), d, "the order of words counts");
    }
}
