//! What the `spirv` path supports, checked before translation. Everything else is
//! [`SpirvError::Unsupported`] naming the instruction, capability or operand and its word offset.
//!
//! Supported: OpenCL kernels (`Kernel` capability, `Physical64` addressing, `OpenCL` memory
//! model, `OpenCL.std` extended instructions) without images, samplers, pipes, events, device
//! enqueue, groups or specialization constants.

use crate::SpirvError;
use rspirv::dr;
use rspirv::spirv::{
    AddressingModel, Capability, Decoration, ExecutionMode, ExecutionModel, MemoryModel, Op,
    StorageClass, Word,
};
use std::collections::HashMap;

fn unsupported(construct: String, offset: usize) -> SpirvError {
    SpirvError::Unsupported { construct, offset }
}

fn word(inst: &[u32], i: usize, offset: usize) -> Result<u32, SpirvError> {
    inst.get(i).copied().ok_or_else(|| SpirvError::Malformed {
        offset,
        message: format!("{} words is too short for its opcode", inst.len()),
    })
}

/// The capabilities the path supports.
pub fn capability_supported(c: Capability) -> bool {
    matches!(
        c,
        Capability::Addresses
            | Capability::Linkage
            | Capability::Kernel
            | Capability::Vector16
            | Capability::Float16Buffer
            | Capability::Float16
            | Capability::Float64
            | Capability::Int64
            | Capability::Int64Atomics
            | Capability::Int16
            | Capability::Int8
            | Capability::GenericPointer
    )
}

/// The opcodes the translator handles ([`crate::translate`]).
pub fn opcode_supported(op: Op) -> bool {
    use Op::*;
    matches!(
        op,
        Nop | Undef
            | SourceContinued
            | Source
            | SourceExtension
            | Name
            | MemberName
            | String
            | Line
            | NoLine
            | ModuleProcessed
            | Decorate
            | MemberDecorate
            | ExtInstImport
            | ExtInst
            | MemoryModel
            | EntryPoint
            | ExecutionMode
            | Capability
            | TypeVoid
            | TypeBool
            | TypeInt
            | TypeFloat
            | TypeVector
            | TypeArray
            | TypeStruct
            | TypePointer
            | TypeFunction
            | ConstantTrue
            | ConstantFalse
            | Constant
            | ConstantComposite
            | ConstantNull
            | Function
            | FunctionParameter
            | FunctionEnd
            | FunctionCall
            | Variable
            | Load
            | Store
            | CopyMemorySized
            | AccessChain
            | InBoundsAccessChain
            | PtrAccessChain
            | InBoundsPtrAccessChain
            | VectorExtractDynamic
            | VectorInsertDynamic
            | VectorShuffle
            | CompositeConstruct
            | CompositeExtract
            | CompositeInsert
            | CopyObject
            | ConvertFToU
            | ConvertFToS
            | ConvertSToF
            | ConvertUToF
            | UConvert
            | SConvert
            | FConvert
            | ConvertPtrToU
            | ConvertUToPtr
            | SatConvertSToU
            | SatConvertUToS
            | PtrCastToGeneric
            | GenericCastToPtr
            | Bitcast
            | SNegate
            | FNegate
            | IAdd
            | FAdd
            | ISub
            | FSub
            | IMul
            | FMul
            | UDiv
            | SDiv
            | FDiv
            | UMod
            | SRem
            | FRem
            | Dot
            | Any
            | All
            | IsNan
            | IsInf
            | LogicalEqual
            | LogicalNotEqual
            | LogicalOr
            | LogicalAnd
            | LogicalNot
            | Select
            | IEqual
            | INotEqual
            | UGreaterThan
            | SGreaterThan
            | UGreaterThanEqual
            | SGreaterThanEqual
            | ULessThan
            | SLessThan
            | ULessThanEqual
            | SLessThanEqual
            | FOrdEqual
            | FUnordEqual
            | FOrdNotEqual
            | FUnordNotEqual
            | FOrdLessThan
            | FUnordLessThan
            | FOrdGreaterThan
            | FUnordGreaterThan
            | FOrdLessThanEqual
            | FUnordLessThanEqual
            | FOrdGreaterThanEqual
            | FUnordGreaterThanEqual
            | ShiftRightLogical
            | ShiftRightArithmetic
            | ShiftLeftLogical
            | BitwiseOr
            | BitwiseXor
            | BitwiseAnd
            | Not
            | BitCount
            | ControlBarrier
            | MemoryBarrier
            | AtomicLoad
            | AtomicStore
            | AtomicExchange
            | AtomicCompareExchange
            | AtomicIIncrement
            | AtomicIDecrement
            | AtomicIAdd
            | AtomicISub
            | AtomicSMin
            | AtomicUMin
            | AtomicSMax
            | AtomicUMax
            | AtomicAnd
            | AtomicOr
            | AtomicXor
            | Phi
            | LoopMerge
            | SelectionMerge
            | Label
            | Branch
            | BranchConditional
            | Switch
            | Return
            | ReturnValue
            | Unreachable
            | LifetimeStart
            | LifetimeStop
    )
}

/// Decorations the translator honours or may ignore without changing what the program computes.
fn decoration_supported(d: Decoration) -> bool {
    matches!(
        d,
        Decoration::Alignment
            | Decoration::SaturatedConversion
            | Decoration::FuncParamAttr
            | Decoration::BuiltIn
            | Decoration::Constant
            | Decoration::LinkageAttributes
            | Decoration::FPFastMathMode
            | Decoration::NoSignedWrap
            | Decoration::NoUnsignedWrap
            | Decoration::Restrict
            | Decoration::Aliased
            | Decoration::MaxByteOffset
            | Decoration::CPacked
            | Decoration::UserSemantic
            | Decoration::Coherent
            | Decoration::NonWritable
            | Decoration::NonReadable
    )
}

/// Checks one instruction (`inst` = its words, at word `offset`).
pub fn instruction(op: Op, inst: &[u32], offset: usize) -> Result<(), SpirvError> {
    if !opcode_supported(op) {
        let what = match op {
            Op::TypeImage | Op::TypeSampler | Op::TypeSampledImage => "image type ",
            Op::TypePipe | Op::TypePipeStorage | Op::TypeReserveId => "pipe type ",
            _ => "",
        };
        return Err(unsupported(format!("{what}instruction Op{op:?}"), offset));
    }
    match op {
        Op::Capability => {
            let c = word(inst, 1, offset)?;
            match Capability::from_u32(c) {
                Some(cap) if capability_supported(cap) => {}
                Some(cap) => return Err(unsupported(format!("capability {cap:?}"), offset)),
                None => {
                    return Err(SpirvError::Malformed {
                        offset,
                        message: format!("unknown capability {c}"),
                    })
                }
            }
        }
        Op::MemoryModel => {
            let a = AddressingModel::from_u32(word(inst, 1, offset)?);
            let m = MemoryModel::from_u32(word(inst, 2, offset)?);
            if a != Some(AddressingModel::Physical64) {
                return Err(unsupported(
                    format!("addressing model {a:?} (only Physical64)"),
                    offset,
                ));
            }
            if m != Some(MemoryModel::OpenCL) {
                return Err(unsupported(
                    format!("memory model {m:?} (only OpenCL)"),
                    offset,
                ));
            }
        }
        Op::EntryPoint => {
            let m = ExecutionModel::from_u32(word(inst, 1, offset)?);
            if m != Some(ExecutionModel::Kernel) {
                return Err(unsupported(
                    format!("execution model {m:?} (only Kernel)"),
                    offset,
                ));
            }
        }
        Op::ExecutionMode => {
            let m = ExecutionMode::from_u32(word(inst, 2, offset)?);
            match m {
                Some(
                    ExecutionMode::LocalSize
                    | ExecutionMode::LocalSizeHint
                    | ExecutionMode::ContractionOff
                    | ExecutionMode::VecTypeHint,
                ) => {}
                other => {
                    return Err(unsupported(format!("execution mode {other:?}"), offset));
                }
            }
        }
        Op::ExtInstImport => {
            let name = string(&inst[2.min(inst.len())..]);
            if name != "OpenCL.std" {
                return Err(unsupported(
                    format!("extended instruction set `{name}`"),
                    offset,
                ));
            }
        }
        Op::TypePointer => storage_class(word(inst, 2, offset)?, offset)?,
        Op::Variable => storage_class(word(inst, 3, offset)?, offset)?,
        Op::Decorate | Op::MemberDecorate => {
            let i = if op == Op::Decorate { 2 } else { 3 };
            let d = word(inst, i, offset)?;
            match Decoration::from_u32(d) {
                Some(dec) if decoration_supported(dec) => {}
                Some(dec) => return Err(unsupported(format!("decoration {dec:?}"), offset)),
                None => {
                    return Err(SpirvError::Malformed {
                        offset,
                        message: format!("unknown decoration {d}"),
                    })
                }
            }
        }
        _ => {}
    }
    Ok(())
}

fn storage_class(sc: u32, offset: usize) -> Result<(), SpirvError> {
    match StorageClass::from_u32(sc) {
        Some(
            StorageClass::Function
            | StorageClass::CrossWorkgroup
            | StorageClass::Workgroup
            | StorageClass::UniformConstant
            | StorageClass::Generic
            | StorageClass::Input,
        ) => Ok(()),
        Some(other) => Err(unsupported(format!("storage class {other:?}"), offset)),
        None => Err(SpirvError::Malformed {
            offset,
            message: format!("unknown storage class {sc}"),
        }),
    }
}

/// A SPIR-V literal string (nul-terminated, little-endian bytes in words).
pub fn string(words: &[u32]) -> String {
    let mut bytes = Vec::new();
    'outer: for w in words {
        for b in w.to_le_bytes() {
            if b == 0 {
                break 'outer;
            }
            bytes.push(b);
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Module-level checks on rspirv's representation.
pub fn module(m: &dr::Module, at: &HashMap<Word, usize>) -> Result<(), SpirvError> {
    if m.memory_model.is_none() {
        return Err(SpirvError::Malformed {
            offset: 5,
            message: "no OpMemoryModel".into(),
        });
    }
    if !m.capabilities.iter().any(|c| {
        matches!(
            c.operands.first(),
            Some(dr::Operand::Capability(Capability::Kernel))
        )
    }) {
        return Err(unsupported(
            "module without the Kernel capability (a Shader module)".into(),
            5,
        ));
    }
    // Scalar constants must be of a scalar type defined before them (rspirv's disassembler
    // assumes it).
    let mut scalars = std::collections::HashSet::new();
    for inst in &m.types_global_values {
        match inst.class.opcode {
            Op::TypeInt | Op::TypeFloat => {
                if let Some(id) = inst.result_id {
                    scalars.insert(id);
                }
            }
            Op::Constant | Op::SpecConstant
                if !inst.result_type.is_some_and(|t| scalars.contains(&t)) =>
            {
                let offset = inst
                    .result_id
                    .and_then(|id| at.get(&id).copied())
                    .unwrap_or(5);
                return Err(SpirvError::Malformed {
                    offset,
                    message: "OpConstant whose type is not a scalar type defined before it".into(),
                });
            }
            _ => {}
        }
    }
    for e in &m.entry_points {
        if let Some(dr::Operand::IdRef(f)) = e.operands.get(1) {
            if !m
                .functions
                .iter()
                .any(|g| g.def.as_ref().and_then(|d| d.result_id) == Some(*f))
            {
                return Err(SpirvError::Malformed {
                    offset: at.get(f).copied().unwrap_or(5),
                    message: format!("entry point names %{f}, which is no function"),
                });
            }
        }
    }
    Ok(())
}
