//! What the `spirv` path refuses, and how: unsupported SPIR-V is `Unsupported` naming the
//! instruction or capability and its word offset; malformed SPIR-V is an error with the offset.
//! The modules are assembled word by word here, so every offset is known.

use ir_spirv::{Module, SpirvError, SpirvPath};
use visabench_core::{Path, PathError, Target};

const MAGIC: u32 = 0x0723_0203;

fn op(code: u32, operands: &[u32]) -> Vec<u32> {
    let mut v = vec![((operands.len() as u32 + 1) << 16) | code];
    v.extend_from_slice(operands);
    v
}

/// A minimal OpenCL kernel `k` with `extra` instructions before the function, and the offset
/// of the first of them. Ids: 1 void, 2 fn type, 3 function, 4 label, 10.. free.
fn kernel(caps: &[u32], extra: &[Vec<u32>]) -> (Vec<u32>, usize) {
    let mut w = vec![MAGIC, 0x0001_0400, 0, 40, 0];
    for c in [4, 6].iter().chain(caps) {
        w.extend(op(17, &[*c])); // OpCapability
    }
    w.extend(op(14, &[2, 2])); // OpMemoryModel Physical64 OpenCL
    w.extend(op(15, &[6, 3, 0x6b])); // OpEntryPoint Kernel %3 "k"
    w.extend(op(19, &[1])); // OpTypeVoid %1
    w.extend(op(33, &[2, 1])); // OpTypeFunction %2 %1
    let at = w.len();
    for e in extra {
        w.extend(e);
    }
    w.extend(op(54, &[1, 3, 0, 2])); // OpFunction
    w.extend(op(248, &[4])); // OpLabel
    w.extend(op(253, &[])); // OpReturn
    w.extend(op(56, &[])); // OpFunctionEnd
    (w, at)
}

fn bytes(w: &[u32]) -> Vec<u8> {
    w.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn unsupported(w: &[u32]) -> (String, usize) {
    match Module::load(&bytes(w)) {
        Err(SpirvError::Unsupported { construct, offset }) => (construct, offset),
        other => panic!("expected Unsupported, got {other:?}"),
    }
}

fn malformed(b: &[u8]) -> (String, usize) {
    match Module::load(b) {
        Err(SpirvError::Malformed { message, offset }) => (message, offset),
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn a_minimal_kernel_compiles_to_ptx() {
    let (w, _) = kernel(&[], &[]);
    let m = Module::load(&bytes(&w)).unwrap();
    assert_eq!(m.kernel_names(), ["k"]);
    assert!(m.disassemble().contains("OpEntryPoint Kernel %3 \"k\""));
    let c = SpirvPath
        .compile_binary("k.spv", &bytes(&w), Target::default())
        .expect("a SPIR-V binary is the path's input")
        .unwrap();
    assert!(c.artifact.contains(".entry k"), "{}", c.artifact);
    let names: Vec<&str> = c.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["spirv", "llvm", "ptx"]);
    match test_support::ptxas_accepts(&c.artifact) {
        Ok(()) | Err(test_support::PtxasError::Missing(_)) => {}
        Err(e) => panic!("ptxas: {e}"),
    }
}

#[test]
fn opencl_c_is_not_taken_as_a_binary() {
    assert!(SpirvPath
        .compile_binary("k.cl", b"__kernel void k() {}", Target::default())
        .is_none());
}

#[test]
fn a_shader_module_is_refused_at_its_capability() {
    // OpCapability Shader; OpMemoryModel Logical GLSL450; OpEntryPoint GLCompute.
    let mut w = vec![MAGIC, 0x0001_0400, 0, 10, 0];
    w.extend(op(17, &[1]));
    w.extend(op(14, &[0, 1]));
    let (c, at) = unsupported(&w);
    assert_eq!((c.as_str(), at), ("capability Shader", 5));
    let e = SpirvPath
        .compile_binary("s.spv", &bytes(&w), Target::default())
        .unwrap()
        .unwrap_err();
    match e {
        PathError::Unsupported {
            path,
            construct,
            location,
            ..
        } => {
            assert_eq!(path, "spirv");
            assert_eq!(construct, "capability Shader");
            assert_eq!(location.as_deref(), Some("s.spv: SPIR-V word 5"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_glcompute_entry_point_is_refused() {
    let (mut w, _) = kernel(&[], &[]);
    // The entry point is the 4th instruction: 5 + 2 + 2 + 3 = word 12; model is its 2nd word.
    assert_eq!(w[12] & 0xffff, 15);
    w[13] = 5;
    let (c, at) = unsupported(&w);
    assert!(c.contains("execution model Some(GLCompute)"), "{c}");
    assert_eq!(at, 12);
}

#[test]
fn images_pipes_and_missing_capabilities_are_refused_by_name() {
    let float = op(22, &[10, 32]);
    let image = op(25, &[11, 10, 1, 0, 0, 0, 0, 0, 0]);
    let (w, at) = kernel(&[], &[float.clone(), image]);
    let (c, off) = unsupported(&w);
    assert_eq!(c, "image type instruction OpTypeImage");
    assert_eq!(off, at + float.len());

    let (w, at) = kernel(&[], &[op(38, &[12, 0])]);
    assert_eq!(
        unsupported(&w),
        ("pipe type instruction OpTypePipe".into(), at)
    );

    let (w, _) = kernel(&[19], &[]); // DeviceEnqueue
    assert_eq!(unsupported(&w), ("capability DeviceEnqueue".into(), 9));

    let (mut w, _) = kernel(&[], &[]);
    w[10] = 1; // OpMemoryModel Physical32
    assert!(unsupported(&w)
        .0
        .contains("addressing model Some(Physical32)"));
}

#[test]
fn malformed_binaries_name_the_offset() {
    let (w, _) = kernel(&[], &[]);
    let b = bytes(&w);
    let (m, at) = malformed(&b[..b.len() - 2]);
    assert!(m.contains("not a whole number of words"), "{m}");
    assert_eq!(at, (b.len() - 2) / 4);

    let (m, at) = malformed(&bytes(&w[..w.len() - 4]));
    assert_eq!(m, "the module ends inside a function");
    assert_eq!(at, w.len() - 4);
    // An instruction between two blocks.
    let mut stray = w[..w.len() - 1].to_vec();
    stray.extend(op(128, &[1, 20, 21, 22])); // OpIAdd after OpReturn
    stray.extend(op(56, &[]));
    let (m, at) = malformed(&bytes(&stray));
    assert_eq!(m, "OpIAdd: outside a block");
    assert_eq!(at, w.len() - 1);

    let mut z = w.clone();
    z[7] = 0; // the second OpCapability's first word
    assert_eq!(
        malformed(&bytes(&z)),
        ("instruction of zero words".into(), 7)
    );

    let mut long = w.clone();
    let last = long.len() - 1;
    long[last] = (9 << 16) | 56;
    let (m, at) = malformed(&bytes(&long));
    assert!(m.contains("runs past the module's end"), "{m}");
    assert_eq!(at, last);

    assert_eq!(malformed(b"\x01\x02\x03\x04").1, 0);
    assert!(!ir_spirv::is_spirv(b"__kernel"));
}

#[test]
fn spirv_val_reports_what_our_checks_let_through() {
    if ir_spirv::val::spirv_val().is_none() {
        eprintln!("spirv-val not installed (scripts/setup installs spirv-tools): skipped");
        return;
    }
    let (mut w, _) = kernel(&[], &[]);
    // The bound (header word 3) must exceed every id: spirv-val checks it, we do not.
    w[3] = 2;
    let e = SpirvPath
        .compile_binary("v.spv", &bytes(&w), Target::default())
        .unwrap()
        .unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("spirv-val"), "{msg}");
    assert!(msg.contains("bound"), "{msg}");
}

/// The fuzzer's first crash inside LLVM (a segfault no `catch_unwind` sees): a mutated
/// `particles` module that spirv-val accepts, with an `OpBitcast` between types of different
/// sizes, which LLVM's constant folder turned into a float of the wrong semantics. Now an error.
#[test]
fn a_bitcast_between_sizes_is_an_error_not_a_crash() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz-crash-bitcast.spv");
    let b = std::fs::read(file).unwrap();
    let e = SpirvPath
        .compile_binary("crash.spv", &b, Target::default())
        .unwrap()
        .unwrap_err();
    assert!(e.to_string().contains("BitCast between these types"), "{e}");
    assert!(e.to_string().contains("word 1066"), "{e}");
}
