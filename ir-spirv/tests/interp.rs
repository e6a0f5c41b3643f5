//! Every workload at `tiny` through the `spirv` path's front half — clang → SPIR-V → our reader
//! → our translator → libclc/libdevice — then lowered to TGSI (the `tgsi` path's modern
//! profile, [`backend_llvm_tgsi::lower_module`]) and run on the TGSI interpreter, must match
//! the workload's CPU reference. The interpreter is the oracle of the translator's LLVM IR:
//! there is no GPU here, and the TGSI lowering is itself verified on every workload from
//! clang's own IR (`backends/llvm-tgsi/tests/interp.rs`), so a wrong result here points at the
//! SPIR-V hop. TGSI has no 64-bit atomics: `atomics64` must be refused by name.

use backend_llvm_tgsi::{keep_mapped_declarations, lower_module, Profile};
use inkwell::context::Context;
use tgsi_device::TgsiDevice;
use visabench_core::{BuildOptions, CompileRequest, PathError, Target};

const REFUSED: &[(&str, &str)] = &[("atomics64", "64-bit atomic")];

#[test]
fn every_workload_matches_its_reference_through_spirv_on_the_interpreter() {
    let size = kernels::Size::Tiny;
    let mut failures = Vec::new();
    let mut passed = 0;
    let mut refused = Vec::new();
    for w in kernels::registry() {
        let (file, source) = w.source();
        let options = BuildOptions::parse(&w.build_options(size)).unwrap();
        let req = CompileRequest {
            file_name: file,
            source,
            options: &options,
            target: Target::default(),
        };
        let spv = match ir_spirv::to_spirv(&req) {
            Ok(b) => b,
            Err(e) => {
                failures.push(format!("{}: clang: {e}", w.name()));
                continue;
            }
        };
        let m = match ir_spirv::Module::load(&spv) {
            Ok(m) => m,
            Err(e) => {
                failures.push(format!("{}: load: {e}", w.name()));
                continue;
            }
        };
        let ctx = Context::create();
        let tm = ir_llvm::target_machine(frontend_opencl::TRIPLE, &req.target).unwrap();
        let dl = tm.get_target_data().get_data_layout();
        let t = match ir_spirv::translate::translate(&ctx, &m, file, frontend_opencl::TRIPLE, &dl) {
            Ok(t) => t,
            Err(e) => {
                failures.push(format!("{}: translate: {e}", w.name()));
                continue;
            }
        };
        ir_llvm::link_builtins(&t.module, true, false).unwrap();
        keep_mapped_declarations(&t.module);
        ir_llvm::link_builtins(&t.module, false, true).unwrap();
        // The kernels' signatures come from the source, as the harness binds arguments.
        let sigs = frontend_opencl::signatures_of(&req).unwrap();
        let names: Vec<&str> = sigs.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, t.kernels, "{}: kernels differ", w.name());
        let lowered = match lower_module(
            &t.module,
            sigs,
            &req.target,
            &Profile::modern(),
            "spirv",
            file,
        ) {
            Ok(l) => l,
            Err(PathError::Unsupported { construct, .. }) => {
                match REFUSED.iter().find(|(n, _)| *n == w.name()) {
                    Some((_, word)) if construct.contains(word) => refused.push(w.name()),
                    _ => failures.push(format!("{}: unexpected refusal: {construct}", w.name())),
                }
                continue;
            }
            Err(e) => {
                failures.push(format!("{}: lower: {e}", w.name()));
                continue;
            }
        };
        let inst = w.prepare(size, 1);
        let mut dev = TgsiDevice::new(&lowered.kernels);
        match inst.run(&mut dev) {
            Ok(out) => {
                let v = kernels::verify(&inst.reference(), &out, w.tolerance());
                if v.ok {
                    passed += 1;
                } else {
                    failures.push(format!(
                        "{}: wrong result: {} of {} wrong, first {:?}",
                        w.name(),
                        v.wrong,
                        v.compared,
                        v.first.iter().take(4).collect::<Vec<_>>()
                    ));
                }
            }
            Err(e) => failures.push(format!("{}: run: {e}", w.name())),
        }
    }
    eprintln!("spirv on the interpreter: {passed} workloads match, refused {refused:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(refused.len(), REFUSED.len(), "refused {refused:?}");
    assert_eq!(passed + refused.len(), kernels::registry().len());
}
