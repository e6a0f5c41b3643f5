//! Interpreter: whole programs over small NDRanges.

use ir_tgsi::interp::{global_address, run, run_with, Env, Grid, InterpError, Options};
use ir_tgsi::text::parse;

fn words(v: &[u32]) -> Vec<u8> {
    v.iter().flat_map(|w| w.to_le_bytes()).collect()
}
fn read_words(b: &[u8]) -> Vec<u32> {
    b.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

/// c[i] = a[i] + b[i] with float adds, pointers from the INPUT block.
const VADD: &str = "\
COMP
DCL SV[0], THREAD_ID
DCL SV[1], BLOCK_ID
DCL SV[2], BLOCK_SIZE
DCL MEMORY[0], GLOBAL
DCL MEMORY[1], INPUT
DCL TEMP[0..5], LOCAL
IMM[0] UINT32 {0, 8, 16, 2}
UMAD TEMP[0].x, SV[1].xxxx, SV[2].xxxx, SV[0].xxxx
SHL TEMP[0].x, TEMP[0].xxxx, IMM[0].wwww
U2I64 TEMP[0].xy, TEMP[0].xxxx
LOAD TEMP[1].xy, MEMORY[1].xxxx, IMM[0].xxxx
LOAD TEMP[2].xy, MEMORY[1].xxxx, IMM[0].yyyy
LOAD TEMP[3].xy, MEMORY[1].xxxx, IMM[0].zzzz
U64ADD TEMP[1].xy, TEMP[1].xyxy, TEMP[0].xyxy
U64ADD TEMP[2].xy, TEMP[2].xyxy, TEMP[0].xyxy
U64ADD TEMP[3].xy, TEMP[3].xyxy, TEMP[0].xyxy
LOAD TEMP[4].x, MEMORY[0].xxxx, TEMP[1].xyxy
LOAD TEMP[5].x, MEMORY[0].xxxx, TEMP[2].xyxy
ADD TEMP[4].x, TEMP[4].xxxx, TEMP[5].xxxx
STORE MEMORY[0].x, TEMP[3].xyxy, TEMP[4].xxxx
END
";

fn vadd_env(n: usize) -> Env {
    let a: Vec<u32> = (0..n).map(|i| (i as f32).to_bits()).collect();
    let b: Vec<u32> = (0..n).map(|i| (0.5 * i as f32).to_bits()).collect();
    let mut input = Vec::new();
    for k in 0..3 {
        input.extend_from_slice(&global_address(k).to_le_bytes());
    }
    Env {
        buffers: vec![words(&a), words(&b), vec![0; 4 * n]],
        bindings: vec![],
        input,
        dynamic_shared: 0,
    }
}

#[test]
fn vadd_over_several_groups() {
    let p = parse(VADD).unwrap();
    let mut env = vadd_env(64);
    let stats = run(&p, &Grid::linear(4, 16), &mut env).unwrap();
    let c = read_words(&env.buffers[2]);
    for (i, w) in c.iter().enumerate() {
        assert_eq!(f32::from_bits(*w), 1.5 * i as f32);
    }
    assert_eq!(stats.work_items, 64);
    assert_eq!(stats.instructions, 64 * 14); // 14 instructions per work-item, END included
}

#[test]
fn out_of_bounds_names_the_instruction() {
    let p = parse(VADD).unwrap();
    let mut env = vadd_env(64);
    env.buffers[1].truncate(100);
    let e = run(&p, &Grid::linear(4, 16), &mut env).unwrap_err();
    match &e {
        InterpError::OutOfBounds { index, text, .. } => {
            assert_eq!(*index, 10);
            assert!(text.starts_with("LOAD TEMP[5].x"), "{text}");
        }
        other => panic!("unexpected {other}"),
    }
}

#[test]
fn budget_stops_an_endless_loop() {
    let p = parse("COMP\nBGNLOOP\nENDLOOP\nEND\n").unwrap();
    let mut env = Env::default();
    let e = run_with(
        &p,
        &Grid::linear(1, 1),
        &mut env,
        &Options { budget: 1000, ..Options::default() },
    )
    .unwrap_err();
    assert!(matches!(e, InterpError::Budget { limit: 1000, .. }), "{e}");
}

#[test]
fn invalid_programs_are_rejected_before_running() {
    let p = parse("COMP\nMOV TEMP[0], TEMP[1]\nEND\n").unwrap();
    let e = run(&p, &Grid::linear(1, 1), &mut Env::default()).unwrap_err();
    assert!(matches!(e, InterpError::Invalid(_)), "{e}");
    assert!(e.to_string().contains("TEMP[0] is not declared"), "{e}");
}

/// Throughput: `cargo test -p ir-tgsi --release --test interp -- --ignored throughput --nocapture`.
#[test]
#[ignore = "timing; run in release"]
fn throughput() {
    // 64K work-items, each a 100-iteration loop of float and integer work plus a store.
    let src = "COMP\nDCL SV[0], THREAD_ID\nDCL SV[1], BLOCK_ID\nDCL SV[2], BLOCK_SIZE\n\
DCL BUFFER[0]\nDCL TEMP[0..3], LOCAL\nIMM[0] UINT32 {0, 1, 100, 2}\nIMM[1] FLT32 {0.5, 1.0, 0, 0}\n\
UMAD TEMP[0].x, SV[1].xxxx, SV[2].xxxx, SV[0].xxxx\nMOV TEMP[1], IMM[0].xxxx\n\
BGNLOOP\nUSGE TEMP[2].x, TEMP[1].xxxx, IMM[0].zzzz\nUIF TEMP[2].xxxx\nBRK\nENDIF\n\
MAD TEMP[1].y, TEMP[1].yyyy, IMM[1].xxxx, IMM[1].yyyy\nUADD TEMP[1].x, TEMP[1].xxxx, IMM[0].yyyy\n\
ENDLOOP\nSHL TEMP[3].x, TEMP[0].xxxx, IMM[0].wwww\nSTORE BUFFER[0].x, TEMP[3].xxxx, TEMP[1].yyyy\nEND\n";
    let p = parse(src).unwrap();
    let mut env = Env { buffers: vec![vec![0; 4 << 16]], bindings: vec![0], ..Env::default() };
    let t = std::time::Instant::now();
    let stats = run(&p, &Grid::linear(256, 256), &mut env).unwrap();
    let dt = t.elapsed().as_secs_f64();
    println!(
        "{} instructions in {dt:.3} s: {:.1} M instructions/s",
        stats.instructions,
        stats.instructions as f64 / dt / 1e6
    );
    assert_eq!(f32::from_bits(u32::from_le_bytes(env.buffers[0][..4].try_into().unwrap())), 2.0);
}
