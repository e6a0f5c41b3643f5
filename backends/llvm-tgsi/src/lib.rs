//! The `tgsi` paths (the study's Xen-SVGA design): OpenCL C → clang → LLVM IR → **TGSI** →
//! our TGSI→PTX backend → PTX.
//!
//! Pipeline ([`lower_program`]):
//! 1–2. [`ir_llvm::prepare`], the front half the `llvm` path uses too (clang with
//!    `-gline-tables-only`, so errors name `file:line:col`; `nvvm-reflect-ftz` under
//!    `-cl-denorms-are-zero`; the work-group-size annotations), with one hook between linking
//!    libclc and libdevice: libclc's NVPTX builtins call libdevice's `__nv_*` functions; those
//!    the lowering's builtin table maps to TGSI (`__nv_sqrtf` → `SQRT`, see
//!    [`MAPPED_LIBDEVICE`]) are kept as declarations, the rest are linked from libdevice and
//!    lowered as code.
//! 3. Internalize everything but the kernels, `default<O3>` with the NVPTX target machine
//!    (calls it kept out of line are inlined in a second round, memory intrinsics of a constant
//!    length expanded: TGSI has neither), unless the profile's `plain-ir` switch is on the IR
//!    passes LLVM's NVPTX code generator runs before instruction selection (straight-line and
//!    loop strength reduction, [`CODEGEN_IR_PASSES`]), then
//!    `scalarizer<load-store>` (plain `scalarizer`, keeping vector loads and stores whole, when
//!    the profile's `scalar-memory` and `scalar-ptx-memory` are off),
//!    `lower-switch,fix-irreducible,unify-loop-exits` and, unless the
//!    profile's `duplicate-blocks` switch is on, `structurizecfg`; [`ir_llvm::check_resolved`]
//!    with the mapped declarations exempt.
//! 4. Lower each kernel ([`lower`]): structured control flow, values in virtual temporaries,
//!    memory through `MEMORY`/`BUFFER`; pack the temporaries into vec4 registers
//!    ([`regalloc`]); validate with [`ir_tgsi::validate`].
//! 5. [`backend_tgsi_ptx::compile_module_with`] with the profile's backend switches
//!    ([`Profile::backend_options`]): one `.entry` per kernel.
//!
//! Profiles ([`Profile`]): `tgsi` is [`Profile::modern`], `tgsi-2019` is
//! [`Profile::trillium2019`]. A construct a profile cannot express is
//! [`PathError::Unsupported`] naming the kernel, the construct and the source location.

mod cfg;
mod flatten;
mod ir;
mod lower;
pub mod profile;
pub mod regalloc;

pub use profile::{Profile, ProfileError};

use inkwell::attributes::AttributeLoc;
use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::values::AsValueRef;
use ir_tgsi::abi::InputLayout;
use ir_tgsi::Program;
use std::time::Instant;
use visabench_core::{ArtifactKind, CompileRequest, Compiled, Path, PathError, Stage};

/// libdevice functions (without the `__nv_` prefix) that become TGSI instructions instead of
/// being linked, e.g. `sqrtf` → `SQRT`, `expf` → `EX2(x·log2 e)`, `sqrt` → `DSQRT`. Derived
/// from the lowering's one table of math builtins (`src/lower/builtins.rs`), where each entry
/// names the intrinsics and libdevice functions it lowers and how: a new builtin is added
/// there, and only there.
pub const MAPPED_LIBDEVICE: &[&str] = lower::builtins::LIBDEVICE;

/// One lowered kernel (its TGSI program, signature and argument block).
pub use ir_tgsi::abi::Kernel;

/// A program lowered to TGSI, one [`Program`] per kernel.
#[derive(Clone, Debug)]
pub struct Lowered {
    /// The optimized, structurized LLVM module that was lowered.
    pub llvm: String,
    pub kernels: Vec<Kernel>,
    /// Seconds for clang, linking and the LLVM passes.
    pub llvm_seconds: f64,
    /// Seconds for the lowering, packing and validation.
    pub tgsi_seconds: f64,
}

impl Lowered {
    /// All kernels' TGSI, each preceded by a `; kernel NAME` line.
    pub fn tgsi_text(&self) -> String {
        let mut s = String::new();
        for k in &self.kernels {
            s.push_str(&format!("; kernel {}\n", k.name));
            s.push_str(&ir_tgsi::text::print(&k.program));
        }
        s
    }
}

fn stage_err(path: &str, stage: &str, message: impl Into<String>) -> PathError {
    PathError::Stage {
        path: path.into(),
        stage: stage.into(),
        message: message.into(),
    }
}

/// Compiles `req` to TGSI under `profile`; `path` names the path in errors.
pub fn lower_program(
    req: &CompileRequest<'_>,
    profile: &Profile,
    path: &str,
) -> Result<Lowered, PathError> {
    lower_kernels(req, profile, path, None)
}

/// [`lower_program`], keeping only kernel `only` when given ([`PathError::NoSuchKernel`] if
/// the program has none of that name).
pub fn lower_kernels(
    req: &CompileRequest<'_>,
    profile: &Profile,
    path: &str,
    only: Option<&str>,
) -> Result<Lowered, PathError> {
    let start = Instant::now();
    let ctx = Context::create();
    let keep_mapped: &dyn Fn(&Module<'_>) = &keep_mapped_declarations;
    let how = ir_llvm::FrontHalf {
        only,
        line_tables: true,
        between_links: Some(keep_mapped),
        libdevice_math: (!profile.libclc_math).then_some(&in_tgsi),
    };
    let ir_llvm::Prepared {
        module,
        signatures: sigs,
        ..
    } = ir_llvm::prepare(&ctx, req, path, &how)?;
    let llvm_seconds = start.elapsed().as_secs_f64();
    let mut l = lower_module(&module, sigs, &req.target, profile, path, req.file_name)?;
    l.llvm_seconds += llvm_seconds;
    Ok(l)
}

/// Lowers a module whose builtins are linked with [`keep_mapped_declarations`] run between
/// libclc and libdevice (as [`ir_llvm::prepare`] does for [`lower_kernels`]): step 3 onwards.
/// Another front end that makes LLVM IR (the `spirv` path's translator) uses this to run its
/// module on the TGSI interpreter; `sigs` are the kernels to lower, `file_name` names the
/// source in error locations.
pub fn lower_module(
    module: &Module<'_>,
    sigs: Vec<visabench_core::KernelSignature>,
    target: &visabench_core::Target,
    profile: &Profile,
    path: &str,
    file_name: &str,
) -> Result<Lowered, PathError> {
    let start = Instant::now();
    let names: Vec<String> = sigs.iter().map(|s| s.name.clone()).collect();
    optimize(module, target, &names, profile).map_err(|m| stage_err(path, "llvm", m))?;
    // The mapped libdevice declarations stay on purpose: they become TGSI instructions.
    ir_llvm::check_resolved(module, &|name| name.starts_with("__tgsi_nv_"))
        .map_err(|e| e.into_path_error(path))?;
    let llvm = module.print_to_string().to_string();
    let llvm_seconds = start.elapsed().as_secs_f64();

    let start = Instant::now();
    let layout = ir::Layout::of(module);
    let mut kernels = Vec::new();
    for sig in sigs {
        let f = module
            .get_function(&sig.name)
            .ok_or_else(|| stage_err(path, "tgsi", format!("kernel `{}` vanished", sig.name)))?;
        let input = InputLayout::from_signature(&sig);
        let prog = lower::lower_kernel(&layout, ir::V(f.as_value_ref()), &sig, &input, profile)
            .and_then(|p| regalloc::pack(p, profile.temps32))
            .map_err(|e| match e {
                lower::LowerError::Unsupported {
                    construct,
                    location,
                } => PathError::Unsupported {
                    path: path.into(),
                    kernel: sig.name.clone(),
                    construct,
                    location: location.map(|l| user_location(&l, file_name)),
                },
                lower::LowerError::Internal(m) => stage_err(
                    path,
                    "tgsi",
                    format!("kernel `{}`: internal error: {m}", sig.name),
                ),
            })?;
        if let Err(errs) = ir_tgsi::validate(&prog) {
            let msgs: Vec<String> = errs.iter().take(5).map(|e| e.to_string()).collect();
            return Err(stage_err(
                path,
                "tgsi",
                format!(
                    "kernel `{}`: the lowered TGSI does not validate: {}",
                    sig.name,
                    msgs.join("; ")
                ),
            ));
        }
        kernels.push(Kernel {
            name: sig.name.clone(),
            layout: input,
            signature: sig,
            program: prog,
        });
    }
    Ok(Lowered {
        llvm,
        kernels,
        llvm_seconds,
        tgsi_seconds: start.elapsed().as_secs_f64(),
    })
}

/// The libdevice math functions ([`ir_llvm::math::TABLE`]) whose code needs what TGSI cannot
/// say, found by compiling each one alone along `tgsi` (every other one is compiled so in
/// `tests/builtins.rs`, `every_libdevice_math_builtin_compiles_along_tgsi`): arithmetic
/// rounded toward zero or minus infinity (`add.rz`, `fma.rm`, `fma.rz`: `expf`, `exp10f`,
/// `log1pf`, `acoshf`, `asinhf`, `atanhf`, `fmodf`), `saturate`, approximate division
/// (`sinhf`, `coshf`, `tgammaf`), and inline PTX other than the few the lowering knows (the
/// double-precision argument reduction of `sin`, `cos`, `tan`; `cbrt`'s select). These stay
/// libclc's.
pub const LIBDEVICE_MATH_NOT_IN_TGSI: &[&str] = &[
    "expf", "exp10f", "log1pf", "acoshf", "asinhf", "atanhf", "fmodf", "sinhf", "coshf", "tgammaf",
    "sin", "cos", "tan", "cbrt",
];

/// Whether the `tgsi` paths take libdevice function `name`'s code (without `libclc-math`).
fn in_tgsi(name: &str) -> bool {
    !LIBDEVICE_MATH_NOT_IN_TGSI.contains(&name)
}

/// clang compiles a scratch copy of the source: name the user's file instead.
fn user_location(loc: &str, file_name: &str) -> String {
    let user_base = std::path::Path::new(file_name)
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or(file_name);
    match loc.split_once(':') {
        Some((f, rest))
            if std::path::Path::new(f).file_name().and_then(|s| s.to_str()) == Some(user_base) =>
        {
            format!("{file_name}:{rest}")
        }
        _ => loc.to_string(),
    }
}

/// Drops `convergent` from the kept libdevice declarations ([`keep_mapped_declarations`]) and
/// every call of them. clang marks every OpenCL function and call convergent, and LLVM does
/// not unroll a loop at run time around a convergent call; on the `llvm` path these calls are
/// inlined into intrinsics that are not convergent, so O3 unrolls there and not here (the
/// `nbody` loop around `1.0 / sqrt(r2)`: three square roots on `llvm`, one on `tgsi`). The
/// functions are pure math, which no work-item's neighbours affect.
fn not_convergent_math(module: &Module<'_>) {
    let convergent = inkwell::attributes::Attribute::get_named_enum_kind_id("convergent");
    for f in module.get_functions() {
        if !f.get_name().to_bytes().starts_with(b"__tgsi_nv_") {
            continue;
        }
        f.remove_enum_attribute(AttributeLoc::Function, convergent);
        let mut next =
            inkwell::values::BasicValue::get_first_use(&f.as_global_value().as_pointer_value());
        while let Some(u) = next {
            next = u.get_next_use();
            if let inkwell::values::AnyValueEnum::InstructionValue(i) = u.get_user() {
                if let Ok(call) = inkwell::values::CallSiteValue::try_from(i) {
                    call.remove_enum_attribute(AttributeLoc::Function, convergent);
                }
            }
        }
    }
}

/// Renames the declarations of [`MAPPED_LIBDEVICE`] functions so linking libdevice leaves
/// them alone; the lowering recognises the `__tgsi_nv_` prefix.
pub fn keep_mapped_declarations(module: &Module<'_>) {
    for f in module.get_functions() {
        let name = f.get_name().to_string_lossy().into_owned();
        if let Some(rest) = name.strip_prefix("__nv_") {
            if f.count_basic_blocks() == 0 && MAPPED_LIBDEVICE.contains(&rest) {
                let new = format!("__tgsi_nv_{rest}");
                // SAFETY: `f` is a live function of `module`; the name is copied by LLVM.
                unsafe {
                    inkwell::llvm_sys::core::LLVMSetValueName2(
                        f.as_value_ref(),
                        new.as_ptr().cast(),
                        new.len(),
                    );
                }
                // Pure functions: let the optimizer move and merge the calls.
                let ctx = module.get_context();
                let mem = inkwell::attributes::Attribute::get_named_enum_kind_id("memory");
                f.add_attribute(AttributeLoc::Function, ctx.create_enum_attribute(mem, 0));
                let nounwind = inkwell::attributes::Attribute::get_named_enum_kind_id("nounwind");
                f.add_attribute(
                    AttributeLoc::Function,
                    ctx.create_enum_attribute(nounwind, 0),
                );
                let wr = inkwell::attributes::Attribute::get_named_enum_kind_id("willreturn");
                f.add_attribute(AttributeLoc::Function, ctx.create_enum_attribute(wr, 0));
            }
        }
    }
}

/// The IR passes of LLVM's NVPTX code generator that the lowering runs unless the profile's
/// `plain-ir` switch is on, in its order: straight-line, then loop strength reduction, then
/// `early-cse`, the load/store vectorizer (adjacent accesses whose alignment LLVM proves become
/// one vector access, which the backend emits as one `.v2`/`.v4`) and `sroa`.
const CODEGEN_IR_PASSES: &str = "function(separate-const-offset-from-gep,slsr,early-cse,\
    nary-reassociate,early-cse),loop-reduce,function(early-cse,load-store-vectorizer,sroa)";

/// Internalize, `default<O3>`, then the passes that make the CFG structurizable.
fn optimize(
    module: &Module<'_>,
    target: &visabench_core::Target,
    keep: &[String],
    profile: &Profile,
) -> Result<(), String> {
    ir_llvm::internalize(module, keep);
    let triple = module.get_triple().as_str().to_string_lossy().into_owned();
    let tm = ir_llvm::target_machine(&triple, target).map_err(|e| e.to_string())?;
    if !profile.plain_ir {
        not_convergent_math(module);
    }
    module
        .run_passes("default<O3>", &tm, PassBuilderOptions::create())
        .map_err(|e| format!("optimization pipeline: {e}"))?;
    if flatten::calls_left(module, keep) {
        // TGSI has no calls: inline what LLVM kept out of line (recursion stays a call).
        flatten::inline_everything(module, keep);
        module
            .run_passes(
                "always-inline,default<O3>",
                &tm,
                PassBuilderOptions::create(),
            )
            .map_err(|e| format!("optimization pipeline after inlining: {e}"))?;
    }
    if flatten::expand_mem_intrinsics(module) > 0 {
        // The copies' words into registers where they can go (by-value structs, local copies).
        module
            .run_passes(
                "function(sroa,early-cse,instcombine,simplifycfg,dse)",
                &tm,
                PassBuilderOptions::create(),
            )
            .map_err(|e| format!("passes after expanding memory intrinsics: {e}"))?;
    }
    if !profile.plain_ir {
        // What LLVM's NVPTX code generator runs on the IR before instruction selection
        // (NVPTXPassConfig::addIRPasses): without it every address in a loop is recomputed
        // from the counter, which ptxas does not undo.
        module
            .run_passes(CODEGEN_IR_PASSES, &tm, PassBuilderOptions::create())
            .map_err(|e| format!("strength-reduction passes: {e}"))?;
    }
    // Vector loads and stores stay whole when the backend makes vector accesses of them.
    let scalarizer = if profile.scalar_memory || profile.scalar_ptx_memory {
        "scalarizer<load-store>"
    } else {
        "scalarizer"
    };
    let mut passes = format!("{scalarizer},lower-switch,fix-irreducible,unify-loop-exits");
    if !profile.duplicate_blocks {
        passes.push_str(",structurizecfg");
    }
    module
        .run_passes(&passes, &tm, PassBuilderOptions::create())
        .map_err(|e| format!("structurizing passes: {e}"))?;
    module.verify().map_err(|e| format!("module verifier: {e}"))
}

/// A `tgsi` path with one profile.
#[derive(Clone, Debug)]
pub struct TgsiPath {
    name: String,
    description: String,
    profile: Profile,
}

impl TgsiPath {
    /// `tgsi`: the modern profile.
    pub fn modern() -> TgsiPath {
        TgsiPath {
            name: "tgsi".into(),
            description: "OpenCL C → LLVM IR → TGSI (modern profile) → our TGSI→PTX backend (the study's virtual-ISA path)".into(),
            profile: Profile::modern(),
        }
    }

    /// `tgsi-2019`: the trillium2019 profile (the study's 2019 back-end restrictions).
    pub fn trillium2019() -> TgsiPath {
        TgsiPath {
            name: "tgsi-2019".into(),
            description: "OpenCL C → LLVM IR → TGSI with the 2019 back-end's restrictions (32-bit pointers, no int64/double/atomics, 32 temps, …) → PTX".into(),
            profile: Profile::trillium2019(),
        }
    }

    /// A path named `name` with any profile (for ablations).
    pub fn with_profile(name: &str, profile: Profile) -> TgsiPath {
        TgsiPath {
            name: name.to_string(),
            description: format!("OpenCL C → LLVM IR → TGSI (switches on: {profile}) → PTX"),
            profile,
        }
    }

    /// The profile.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }
}

impl Path for TgsiPath {
    fn name(&self) -> &str {
        &self.name
    }
    fn description(&self) -> &str {
        &self.description
    }
    /// `tgsi@PROFILE` (from either TGSI path: the profile names every switch, so the result
    /// is named by the profile alone): `modern`, `trillium2019`, each followed by toggles.
    fn with_profile(&self, profile: &str) -> Result<Box<dyn Path>, visabench_core::ProfileRefused> {
        let p = Profile::parse(profile).map_err(|e| visabench_core::ProfileRefused::Invalid {
            path: self.name.clone(),
            message: e.to_string(),
        })?;
        Ok(Box::new(TgsiPath::with_profile(
            &format!("tgsi@{profile}"),
            p,
        )))
    }
    /// From the modern profile, each restriction switched on alone (`modern+SWITCH`); from the
    /// 2019 profile, each switched off alone (`trillium2019-no-SWITCH`). Other profiles take
    /// none.
    fn ablation(&self) -> Vec<visabench_core::Toggle> {
        let (base, on) = if self.profile == Profile::modern() {
            ("modern", true)
        } else if self.profile == Profile::trillium2019() {
            ("trillium2019", false)
        } else {
            return Vec::new();
        };
        Profile::switch_names()
            .into_iter()
            .map(|s| visabench_core::Toggle {
                profile: if on {
                    format!("{base}+{s}")
                } else {
                    format!("{base}-no-{s}")
                },
                switch: s.to_string(),
                on,
            })
            .collect()
    }
    fn hands(&self) -> ArtifactKind {
        ArtifactKind::Ptx
    }
    fn stages(&self) -> Vec<&'static str> {
        vec!["llvm", "tgsi", "ptx"]
    }
    fn compile(&self, req: &CompileRequest<'_>) -> Result<Compiled, PathError> {
        self.compile_lowered(lower_program(req, &self.profile, &self.name)?, req)
    }
    fn compile_kernel(
        &self,
        req: &CompileRequest<'_>,
        kernel: &str,
    ) -> Result<Compiled, PathError> {
        self.compile_lowered(
            lower_kernels(req, &self.profile, &self.name, Some(kernel))?,
            req,
        )
    }
    fn selects_kernels(&self) -> bool {
        true
    }
}

impl TgsiPath {
    /// The TGSI→PTX stage and the stages of `lowered`.
    fn compile_lowered(
        &self,
        lowered: Lowered,
        req: &CompileRequest<'_>,
    ) -> Result<Compiled, PathError> {
        let start = Instant::now();
        let ks: Vec<(&str, &Program, &InputLayout)> = lowered
            .kernels
            .iter()
            .map(|k| (k.name.as_str(), &k.program, &k.layout))
            .collect();
        let ptx = backend_tgsi_ptx::compile_module_with(
            &ks,
            &req.target,
            &self.profile.backend_options(),
        )
        .map_err(|e| stage_err(&self.name, "ptx", e.to_string()))?;
        let ptx_seconds = start.elapsed().as_secs_f64();
        Ok(Compiled {
            kind: ArtifactKind::Ptx,
            artifact: ptx.clone(),
            build_options: String::new(),
            stages: vec![
                Stage {
                    name: "llvm".into(),
                    text: lowered.llvm.clone(),
                    seconds: lowered.llvm_seconds,
                },
                Stage {
                    name: "tgsi".into(),
                    text: lowered.tgsi_text(),
                    seconds: lowered.tgsi_seconds,
                },
                Stage {
                    name: "ptx".into(),
                    text: ptx,
                    seconds: ptx_seconds,
                },
            ],
        })
    }
}
