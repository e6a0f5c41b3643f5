//! Printer and parser: canonical form, round trip, error positions.

use ir_tgsi::text::{parse, print};

const SAMPLE: &str = "\
COMP
PROPERTY CS_FIXED_BLOCK_WIDTH 64
DCL SV[0], THREAD_ID
DCL SV[1], BLOCK_ID
DCL SV[2], BLOCK_SIZE
DCL MEMORY[0], GLOBAL
DCL MEMORY[1], INPUT
DCL TEMP[0..3], LOCAL
DCL CONST[0][0..1]
DCL ADDR[0]
DCL BUFFER[2], ATOMIC
IMM[0] UINT32 {2, 0, 0, 0}
IMM[1] FLT32 {1.0, 0.5, 0x7fc00000, -0.0}
IMM[2] FLT64 {0.1, 0x7ff0000000000000}
IMM[3] INT32 {-1}
IMM[4] INT64 {-9223372036854775808, 5}
  0: UMAD TEMP[0].x, SV[1].xxxx, SV[2].xxxx, SV[0].xxxx
  1: LOAD TEMP[1].x, MEMORY[1].xxxx, IMM[0].yyyy
  2: UIF TEMP[0].xxxx :4
  3:   STORE MEMORY[0].x, TEMP[2].xyxy, -|TEMP[1].xxxx|
  4: ENDIF
  5: MOV TEMP[3], TEMP[ADDR[0].x+1]
  6: ADD TEMP[3].xw, CONST[0][1], -IMM[1].wzyx
  7: END
";

#[test]
fn sample_is_canonical_and_round_trips() {
    let p = parse(SAMPLE).unwrap();
    assert_eq!(print(&p), SAMPLE);
    assert_eq!(parse(&print(&p)).unwrap(), p);
    assert_eq!(p.insts.len(), 8);
    assert_eq!(p.imms[1].lanes, [0x3f80_0000, 0x3f00_0000, 0x7fc0_0000, 0x8000_0000]);
}

#[test]
fn loose_input_prints_canonically() {
    let src = "COMP ; header\n\n  DCL TEMP[0..0]\nIMM[0] FLT32 { 1.0000, 3 }\nMOV TEMP[0].xyzw, IMM[0].xyzw ; comment\n 7: END\n";
    let p = parse(src).unwrap();
    assert_eq!(
        print(&p),
        "COMP\nDCL TEMP[0]\nIMM[0] FLT32 {1.0, 3.0}\n  0: MOV TEMP[0], IMM[0]\n  1: END\n"
    );
}

#[test]
fn floats_round_trip_bit_exactly() {
    for bits in [1u32, 0x0080_0000, 0x7f7f_ffff, 0x3dcc_cccd, 0xff80_0000, 0x7fa0_0001, 0x8000_0001]
    {
        let src = format!("COMP\nIMM[0] FLT32 {{{:#x}}}\n", bits);
        let p = parse(&src).unwrap();
        let q = parse(&print(&p)).unwrap();
        assert_eq!(q.imms[0].lanes[0], bits, "{}", print(&p));
    }
}

#[test]
fn errors_give_line_column_and_expectation() {
    let e = parse("COMP\nDCL TEMP[0]\n  MOV TEMP[0], FOO[1]\n").unwrap_err();
    assert_eq!((e.line, e.column), (3, 16));
    assert!(e.message.contains("expected a register"), "{e}");
    assert!(e.message.contains("`FOO`"), "{e}");
    let e = parse("COMP\nADD TEMP[0], TEMP[1]\n").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.message.contains("ADD takes 3 operands"), "{e}");
    let e = parse("MOV TEMP[0], TEMP[1]").unwrap_err();
    assert_eq!((e.line, e.column), (1, 1));
    let e = parse("COMP\nIMM[1] UINT32 {1}\n").unwrap_err();
    assert!(e.message.contains("immediate index 0"), "{e}");
    let e = parse("COMP\nMOV TEMP[0].yx, TEMP[1]\n").unwrap_err();
    assert!(e.message.contains("xyzw order"), "{e}");
    let e = parse("COMP\nMOV TEMP[0], TEMP[1].xy\n").unwrap_err();
    assert!(e.message.contains("1 or 4"), "{e}");
}

#[test]
fn crate_doc_mentions_every_opcode() {
    let doc = include_str!("../src/lib.rs");
    let doc: String = doc.lines().filter(|l| l.starts_with("//!")).collect::<Vec<_>>().join("\n");
    for op in ir_tgsi::Opcode::ALL {
        let m = format!("`{}`", op.mnemonic());
        let prefixed = format!("`{} ", op.mnemonic());
        assert!(
            doc.contains(&m) || doc.contains(&prefixed),
            "the crate documentation does not describe {}",
            op.mnemonic()
        );
    }
}
