//! A stable-Rust driver for the fuzz oracle (`ir_tgsi::fuzz_oracle::assert_round_trip`):
//! mutates the filetests corpus with a seeded generator. `quick` runs in the normal suite for
//! a few seconds; `long` is ignored by default:
//! `VISABENCH_FUZZ_SECS=600 cargo test -p ir-tgsi --release --test fuzz -- --ignored long`.

use std::time::{Duration, Instant};

use ir_tgsi::fuzz_oracle::assert_round_trip;

/// xorshift64*: small, seeded, good enough to drive mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn corpus() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("filetests");
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "tgsi").then(|| std::fs::read_to_string(p).ok()).flatten()
        })
        .map(|s| s.find("COMP").map_or(s.clone(), |i| s[i..].to_string()))
        .collect();
    v.sort();
    v
}

/// Tokens worth splicing in: the grammar's pieces.
const TOKENS: &[&str] = &[
    "TEMP[0]",
    "TEMP[1].xy",
    "IMM[0].xxxx",
    "-|TEMP[0]|",
    ".zw",
    ".yxwz",
    "BUFFER[0]",
    "MEMORY[0]",
    "SV[0].xxxx",
    "ADDR[0].x+1",
    "[",
    "]",
    ",",
    ":",
    " :3",
    "\n",
    "0x7fc00000",
    "-0.0",
    "1e-45",
    "BGNLOOP\n",
    "ENDLOOP\n",
    "BRK\n",
    "UIF TEMP[0].xxxx\n",
    "ENDIF\n",
    "ELSE\n",
    "BARRIER\n",
    "END\n",
    "DCL TEMP[0..3], LOCAL\n",
    "IMM[9] FLT64 {0.1, 2}\n",
    "SWITCH TEMP[0].xxxx\n",
    "CASE IMM[0].xxxx\n",
    "ENDSWITCH\n",
    "BGNSUB\n",
    "ENDSUB\n",
    "CAL :0\n",
    "LOAD TEMP[0], BUFFER[0].xxxx, TEMP[0].xxxx\n",
    "DADD TEMP[0].xy, ",
    "4294967295",
    "99999999999",
    ";",
    "|",
    "-",
    "..",
];

fn mutate(rng: &mut Rng, base: &str, corpus: &[String]) -> String {
    let mut s: Vec<u8> = base.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(s.len() + 1);
        match rng.below(6) {
            0 if !s.is_empty() => {
                let end = (at + rng.below(16)).min(s.len());
                s.drain(at.min(end)..end);
            }
            1 => s.splice(at..at, TOKENS[rng.below(TOKENS.len())].bytes()).for_each(drop),
            2 if at < s.len() => s[at] = (rng.next() & 0x7f) as u8,
            3 => {
                // Splice a line from another corpus file.
                let other = &corpus[rng.below(corpus.len())];
                let lines: Vec<&str> = other.lines().collect();
                let l = lines[rng.below(lines.len())];
                s.splice(at..at, format!("{l}\n").bytes()).for_each(drop);
            }
            4 if at < s.len() => {
                // Change a digit.
                if s[at].is_ascii_digit() {
                    s[at] = b'0' + (rng.next() % 10) as u8;
                }
            }
            _ => {
                // Duplicate a line.
                let text = String::from_utf8_lossy(&s).into_owned();
                let lines: Vec<&str> = text.lines().collect();
                if !lines.is_empty() {
                    let l = lines[rng.below(lines.len())].to_string();
                    s.splice(at..at, format!("{l}\n").bytes()).for_each(drop);
                }
            }
        }
    }
    String::from_utf8_lossy(&s).into_owned()
}

/// Runs for `dur`; returns the number of executions.
fn fuzz(seed: u64, dur: Duration) -> u64 {
    let corpus = corpus();
    assert!(!corpus.is_empty());
    for c in &corpus {
        assert_round_trip(c);
    }
    let mut rng = Rng(seed | 1);
    let mut pool: Vec<String> = corpus.clone();
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < dur {
        let base = &pool[rng.below(pool.len())];
        let m = mutate(&mut rng, base, &corpus);
        assert_round_trip(&m);
        // Keep parseable mutants as new seeds (bounded pool).
        if ir_tgsi::text::parse(&m).is_ok() && m.len() < 20_000 {
            if pool.len() < 2000 {
                pool.push(m);
            } else {
                let k = rng.below(pool.len());
                pool[k] = m;
            }
        }
        n += 1;
    }
    n
}

#[test]
fn quick() {
    let n = fuzz(0x5eed, Duration::from_secs(3));
    assert!(n > 100, "only {n} executions");
}

#[test]
#[ignore = "long fuzzing run; see the module docs"]
fn long() {
    let secs: u64 =
        std::env::var("VISABENCH_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(600);
    let seed = std::env::var("VISABENCH_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    let n = fuzz(seed, Duration::from_secs(secs));
    println!("fuzz: {n} executions in {secs} s (seed {seed})");
}
