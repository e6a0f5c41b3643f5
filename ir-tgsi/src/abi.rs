//! The kernel argument block (`MEMORY INPUT`) layout.
//!
//! A kernel's arguments are laid out in order in the INPUT memory, each at its natural
//! alignment: a `__global`/`__constant` pointer is an 8-byte address, a `__local` pointer a
//! 4-byte offset into `SHARED` memory, a by-value argument its bytes. The lowering reads
//! arguments with `LOAD …, MEMORY[INPUT], offset`; the PTX backend maps the same offsets to
//! the kernel's `.param` list; the interpreter fills the block from the launch's arguments.

/// How one argument is passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgClass {
    /// `__global` or `__constant` pointer: 64-bit address. `buffer` is its `BUFFER` index
    /// (the count of such pointers before it).
    GlobalPtr { constant: bool, buffer: u32 },
    /// `__local` pointer: 32-bit offset into shared memory.
    LocalPtr,
    /// By value: `size` bytes, aligned to `align`.
    Value { size: u32, align: u32 },
}

/// One argument's slot in the INPUT block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub class: ArgClass,
    pub offset: u32,
    pub size: u32,
}

/// The layout of a kernel's argument block.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct InputLayout {
    pub slots: Vec<Slot>,
    /// Total size in bytes.
    pub size: u32,
}

impl InputLayout {
    /// Lays out arguments of the given classes (`buffer` indices are assigned here).
    pub fn new(classes: impl IntoIterator<Item = ArgClass>) -> InputLayout {
        let mut off = 0u32;
        let mut buffers = 0u32;
        let mut slots = Vec::new();
        for c in classes {
            let (class, size, align) = match c {
                ArgClass::GlobalPtr { constant, .. } => {
                    let b = buffers;
                    buffers += 1;
                    (ArgClass::GlobalPtr { constant, buffer: b }, 8, 8)
                }
                ArgClass::LocalPtr => (ArgClass::LocalPtr, 4, 4),
                ArgClass::Value { size, align } => {
                    (ArgClass::Value { size, align }, size, align.max(1))
                }
            };
            off = off.div_ceil(align) * align;
            slots.push(Slot { class, offset: off, size });
            off += size;
        }
        InputLayout { slots, size: off }
    }

    /// From a frontend signature.
    pub fn from_signature(sig: &visabench_core::KernelSignature) -> InputLayout {
        use visabench_core::{AddressSpace, ArgKind};
        InputLayout::new(sig.args.iter().map(|a| match &a.kind {
            ArgKind::Pointer { space: AddressSpace::Local, .. } => ArgClass::LocalPtr,
            ArgKind::Pointer { space, .. } => {
                ArgClass::GlobalPtr { constant: *space == AddressSpace::Constant, buffer: 0 }
            }
            ArgKind::ByValue { size, align, .. } => ArgClass::Value { size: *size, align: *align },
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lays_out_at_natural_alignment() {
        let l = InputLayout::new([
            ArgClass::Value { size: 4, align: 4 },
            ArgClass::GlobalPtr { constant: false, buffer: 0 },
            ArgClass::LocalPtr,
            ArgClass::GlobalPtr { constant: true, buffer: 0 },
            ArgClass::Value { size: 12, align: 4 },
        ]);
        let offs: Vec<u32> = l.slots.iter().map(|s| s.offset).collect();
        assert_eq!(offs, vec![0, 8, 16, 24, 32]);
        assert_eq!(l.size, 44);
        assert_eq!(l.slots[3].class, ArgClass::GlobalPtr { constant: true, buffer: 1 });
    }
}

/// One kernel as TGSI: its program, with the signature and argument block it was lowered for.
#[derive(Clone, Debug)]
pub struct Kernel {
    pub name: String,
    pub signature: visabench_core::KernelSignature,
    /// Its argument block.
    pub layout: InputLayout,
    pub program: crate::Program,
}
