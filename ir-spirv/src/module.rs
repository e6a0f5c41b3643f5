//! Loading a SPIR-V binary: our own walk over the words (every instruction's word offset, the
//! checks of [`crate::check`]), then rspirv's data representation (`rspirv::dr::Module`).

use crate::check;
use crate::SpirvError;
use rspirv::dr;
use rspirv::grammar::{OperandKind, INSTRUCTION_TABLE};
use rspirv::spirv::{Op, Word};
use std::collections::HashMap;

/// The SPIR-V magic number (first word of every module).
pub const MAGIC: u32 = 0x0723_0203;

/// A loaded, checked SPIR-V module.
#[derive(Debug)]
pub struct Module {
    /// The words, in host order.
    pub words: Vec<u32>,
    /// rspirv's data representation of the same module.
    pub dr: dr::Module,
    /// The word offset of the instruction that defines each result id.
    pub defined_at: HashMap<Word, usize>,
    /// Every instruction as (word offset, opcode), in binary order.
    pub instructions: Vec<(usize, Op)>,
}

/// Does `bytes` start like a SPIR-V module (either byte order)?
pub fn is_spirv(bytes: &[u8]) -> bool {
    bytes.len() >= 4 && {
        let w = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        w == MAGIC || w.swap_bytes() == MAGIC
    }
}

/// The words of a SPIR-V binary, in host order.
pub fn words(bytes: &[u8]) -> Result<Vec<u32>, SpirvError> {
    if bytes.len() % 4 != 0 {
        return Err(SpirvError::Malformed {
            offset: bytes.len() / 4,
            message: format!("{} bytes is not a whole number of words", bytes.len()),
        });
    }
    let mut w: Vec<u32> = bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    match w.first() {
        Some(&m) if m == MAGIC => {}
        Some(&m) if m.swap_bytes() == MAGIC => w.iter_mut().for_each(|x| *x = x.swap_bytes()),
        _ => {
            return Err(SpirvError::Malformed {
                offset: 0,
                message: "no SPIR-V magic number".into(),
            })
        }
    }
    Ok(w)
}

/// Where an instruction's result id is (word index within the instruction), from the grammar.
pub fn result_id_index(op: Op) -> Option<usize> {
    let g = INSTRUCTION_TABLE.lookup_opcode(op as u32)?;
    match g.operands.first().map(|o| o.kind) {
        Some(OperandKind::IdResult) => Some(1),
        Some(OperandKind::IdResultType)
            if g.operands.get(1).map(|o| o.kind) == Some(OperandKind::IdResult) =>
        {
            Some(2)
        }
        _ => None,
    }
}

impl Module {
    /// Loads and checks a SPIR-V binary: malformed structure is [`SpirvError::Malformed`],
    /// what the path does not support is [`SpirvError::Unsupported`], both with word offsets.
    pub fn load(bytes: &[u8]) -> Result<Module, SpirvError> {
        let words = words(bytes)?;
        if words.len() < 5 {
            return Err(SpirvError::Malformed {
                offset: words.len(),
                message: "the header needs 5 words".into(),
            });
        }
        let mut defined_at = HashMap::new();
        let mut instructions = Vec::new();
        let mut off = 5;
        let mut layout = Layout::default();
        while off < words.len() {
            let first = words[off];
            let count = (first >> 16) as usize;
            let code = first & 0xffff;
            if count == 0 {
                return Err(SpirvError::Malformed {
                    offset: off,
                    message: "instruction of zero words".into(),
                });
            }
            if off + count > words.len() {
                return Err(SpirvError::Malformed {
                    offset: off,
                    message: format!(
                        "instruction of {count} words runs past the module's end (word {})",
                        words.len()
                    ),
                });
            }
            let op = Op::from_u32(code).ok_or_else(|| SpirvError::Malformed {
                offset: off,
                message: format!("unknown opcode {code}"),
            })?;
            let inst = &words[off..off + count];
            check::instruction(op, inst, off)?;
            if let Some(i) = result_id_index(op) {
                if let Some(&id) = inst.get(i) {
                    defined_at.insert(id, off);
                }
            }
            layout.step(op, off)?;
            instructions.push((off, op));
            off += count;
        }
        if layout.in_function {
            return Err(SpirvError::Malformed {
                offset: words.len(),
                message: "the module ends inside a function".into(),
            });
        }
        let dr = rspirv::dr::load_words(&words).map_err(|e| parse_error(&e))?;
        check::module(&dr, &defined_at)?;
        Ok(Module {
            words,
            dr,
            defined_at,
            instructions,
        })
    }

    /// The word offset of the instruction defining `id` (0 when unknown).
    pub fn offset_of(&self, id: Word) -> usize {
        self.defined_at.get(&id).copied().unwrap_or(0)
    }

    /// The disassembly, as `spirv-dis` would print it (rspirv's printer).
    /// The generator line is the header's raw word (tool id, version): rspirv's vendor table
    /// names tools it does not know after itself.
    pub fn disassemble(&self) -> String {
        use rspirv::binary::Disassemble;
        let text = self.dr.disassemble();
        let g = self.words[2];
        let line = format!("; Generator: tool {} version {}", g >> 16, g & 0xffff);
        text.lines()
            .map(|l| {
                if l.starts_with("; Generator:") {
                    line.as_str()
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    }

    /// The entry points' names (the kernels), in order.
    pub fn kernel_names(&self) -> Vec<String> {
        self.dr
            .entry_points
            .iter()
            .filter_map(|e| match e.operands.get(2) {
                Some(dr::Operand::LiteralString(s)) => Some(s.clone()),
                _ => None,
            })
            .collect()
    }
}

fn parse_error(e: &rspirv::binary::ParseState) -> SpirvError {
    use rspirv::binary::ParseState as S;
    let offset = match e {
        S::WordCountZero(b, _)
        | S::OpcodeUnknown(b, _, _)
        | S::OperandExpected(b, _)
        | S::OperandExceeded(b, _)
        | S::TypeUnsupported(b, _)
        | S::SpecConstantOpIntegerIncorrect(b, _) => b / 4,
        _ => 0,
    };
    SpirvError::Malformed {
        offset,
        message: e.to_string(),
    }
}

/// Where instructions may stand: functions hold blocks, blocks end in a terminator, module-level
/// instructions stand outside functions. The loader (rspirv) checks the same but cannot say
/// where; this walk names the offset.
#[derive(Default)]
struct Layout {
    in_function: bool,
    in_block: bool,
}

impl Layout {
    fn step(&mut self, op: Op, offset: usize) -> Result<(), SpirvError> {
        use rspirv::grammar::reflect::{is_block_terminator, is_location_debug};
        let bad = |message: &str| {
            Err(SpirvError::Malformed {
                offset,
                message: format!("Op{op:?}: {message}"),
            })
        };
        let module_level = op.is_type()
            || op.is_constant()
            || op.is_annotation()
            || is_location_debug(op)
            || matches!(
                op,
                Op::Capability
                    | Op::Extension
                    | Op::ExtInstImport
                    | Op::MemoryModel
                    | Op::EntryPoint
                    | Op::ExecutionMode
                    | Op::ExecutionModeId
                    | Op::String
                    | Op::Source
                    | Op::SourceContinued
                    | Op::SourceExtension
                    | Op::Name
                    | Op::MemberName
                    | Op::ModuleProcessed
            );
        match op {
            Op::Function if self.in_function => bad("nested function"),
            Op::Function => {
                self.in_function = true;
                Ok(())
            }
            Op::FunctionEnd if !self.in_function || self.in_block => {
                bad("outside a function, or inside a block")
            }
            Op::FunctionEnd => {
                self.in_function = false;
                Ok(())
            }
            Op::FunctionParameter if !self.in_function || self.in_block => {
                bad("outside a function's header")
            }
            Op::Label if !self.in_function || self.in_block => {
                bad("outside a function, or inside a block")
            }
            Op::Label => {
                self.in_block = true;
                Ok(())
            }
            _ if is_block_terminator(op) && !self.in_block => bad("terminator outside a block"),
            _ if is_block_terminator(op) => {
                self.in_block = false;
                Ok(())
            }
            Op::FunctionParameter => Ok(()),
            Op::Variable | Op::Undef if !self.in_function => Ok(()),
            _ if module_level => Ok(()),
            _ if !self.in_block => bad("outside a block"),
            _ => Ok(()),
        }
    }
}
