//! Instructions: one LLVM instruction (or constant expression) handed to the room that
//! lowers it. Under `no-int64`, 64-bit idioms are tried first ([`super::int64`]).

use super::{unsupported, Lower, LowerError, Val, R};
use crate::ir::{Op, V};

impl Lower<'_> {
    /// Lowers one instruction or constant expression; `None` for instructions without a value.
    pub(super) fn compute(&mut self, i: V) -> R<Option<Val>> {
        let op = i
            .opcode()
            .ok_or_else(|| LowerError::Internal("not an instruction".into()))?;
        if let Some(x) = self.narrow_int64(op, i)? {
            return Ok(Some(x));
        }
        let x = match op {
            Op::LLVMAdd
            | Op::LLVMSub
            | Op::LLVMMul
            | Op::LLVMUDiv
            | Op::LLVMSDiv
            | Op::LLVMURem
            | Op::LLVMSRem
            | Op::LLVMShl
            | Op::LLVMLShr
            | Op::LLVMAShr
            | Op::LLVMAnd
            | Op::LLVMOr
            | Op::LLVMXor
            | Op::LLVMFAdd
            | Op::LLVMFSub
            | Op::LLVMFMul
            | Op::LLVMFDiv
            | Op::LLVMFRem => self.binary(op, i)?,
            Op::LLVMFNeg => self.fneg(i)?,
            Op::LLVMICmp => match self.narrow_icmp(i)? {
                Some(v) => v,
                None => self.compare(op, i)?,
            },
            Op::LLVMFCmp => self.compare(op, i)?,
            Op::LLVMSelect => self.select(i)?,
            Op::LLVMTrunc
            | Op::LLVMZExt
            | Op::LLVMSExt
            | Op::LLVMFPToUI
            | Op::LLVMFPToSI
            | Op::LLVMUIToFP
            | Op::LLVMSIToFP
            | Op::LLVMFPTrunc
            | Op::LLVMFPExt => self.convert(op, i)?,
            Op::LLVMBitCast | Op::LLVMAddrSpaceCast | Op::LLVMFreeze => self.bitcast(i)?,
            Op::LLVMPtrToInt | Op::LLVMPtrToAddr => self.ptr_to_int(i)?,
            Op::LLVMIntToPtr => self.int_to_ptr(i)?,
            Op::LLVMGetElementPtr => self.gep(i)?,
            Op::LLVMAlloca => self.alloca(i)?,
            Op::LLVMLoad => self.load(i)?,
            Op::LLVMStore => {
                self.store(i)?;
                return Ok(None);
            }
            Op::LLVMExtractValue => self.extract_value(i)?,
            Op::LLVMInsertValue => self.insert_value(i)?,
            Op::LLVMExtractElement => self.extract_element(i)?,
            Op::LLVMInsertElement => self.insert_element(i)?,
            Op::LLVMShuffleVector => self.shuffle_vector(i)?,
            Op::LLVMCall => return self.call(i),
            Op::LLVMFence => {
                self.membar();
                return Ok(None);
            }
            Op::LLVMAtomicRMW | Op::LLVMAtomicCmpXchg => self.atomic(i)?,
            Op::LLVMPHI => {
                return Err(LowerError::Internal("phi lowered as an instruction".into()))
            }
            Op::LLVMRet
            | Op::LLVMBr
            | Op::LLVMSwitch
            | Op::LLVMIndirectBr
            | Op::LLVMInvoke
            | Op::LLVMUnreachable
            | Op::LLVMCallBr
            | Op::LLVMUserOp1
            | Op::LLVMUserOp2
            | Op::LLVMVAArg
            | Op::LLVMResume
            | Op::LLVMLandingPad
            | Op::LLVMCleanupRet
            | Op::LLVMCatchRet
            | Op::LLVMCatchPad
            | Op::LLVMCleanupPad
            | Op::LLVMCatchSwitch => {
                return unsupported(format!("instruction `{}`", i.print()), Some(i))
            }
        };
        Ok(Some(x))
    }
}
