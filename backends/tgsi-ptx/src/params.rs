//! The kernel's `.param` list: one parameter per INPUT slot, declared the way LLVM's NVPTX
//! back-end declares OpenCL kernel arguments for `nvptx64-nvidia-nvcl`.

use ir_tgsi::abi::{ArgClass, InputLayout, Slot};

/// How one parameter is declared in PTX.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ParamKind {
    /// `.u64 .ptr .global .align 4` (`__global` and `__constant` pointers).
    Global,
    /// `.u64 .ptr .shared .align 4` (`__local` pointers).
    Local,
    /// `.u8`/`.u16`/`.u32`/`.u64`: a by-value scalar of this many bytes.
    Scalar(u32),
    /// `.align A .b8 NAME[SIZE]`: vectors, structs and odd sizes.
    Bytes { size: u32, align: u32 },
}

/// One parameter: its name, the INPUT slot it carries and its declaration.
#[derive(Clone, Debug)]
pub(crate) struct Param {
    pub name: String,
    pub slot: Slot,
    pub kind: ParamKind,
}

/// The parameters of kernel `kernel` for `layout`, in slot order.
pub(crate) fn params(layout: &InputLayout, kernel: &str) -> Vec<Param> {
    layout
        .slots
        .iter()
        .enumerate()
        .map(|(i, slot)| {
            let kind = match slot.class {
                ArgClass::GlobalPtr { .. } => ParamKind::Global,
                ArgClass::LocalPtr => ParamKind::Local,
                ArgClass::Value { size, align } => {
                    if matches!(size, 1 | 2 | 4 | 8) && align == size {
                        ParamKind::Scalar(size)
                    } else {
                        ParamKind::Bytes { size: size.max(1), align: align.max(1) }
                    }
                }
            };
            Param { name: format!("{kernel}_param_{i}"), slot: *slot, kind }
        })
        .collect()
}

/// The declaration inside `.entry name( … )`.
pub(crate) fn declaration(p: &Param) -> String {
    match p.kind {
        ParamKind::Global => format!(".param .u64 .ptr .global .align 4 {}", p.name),
        ParamKind::Local => format!(".param .u64 .ptr .shared .align 4 {}", p.name),
        ParamKind::Scalar(n) => format!(".param .u{} {}", n * 8, p.name),
        ParamKind::Bytes { size, align } => {
            format!(".param .align {align} .b8 {}[{size}]", p.name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_follow_the_nvcl_abi() {
        let l = InputLayout::new([
            ArgClass::GlobalPtr { constant: false, buffer: 0 },
            ArgClass::GlobalPtr { constant: true, buffer: 0 },
            ArgClass::LocalPtr,
            ArgClass::Value { size: 4, align: 4 },
            ArgClass::Value { size: 8, align: 8 },
            ArgClass::Value { size: 16, align: 16 },
            ArgClass::Value { size: 12, align: 4 },
            ArgClass::Value { size: 1, align: 1 },
        ]);
        let d: Vec<String> = params(&l, "k").iter().map(declaration).collect();
        assert_eq!(
            d,
            vec![
                ".param .u64 .ptr .global .align 4 k_param_0",
                ".param .u64 .ptr .global .align 4 k_param_1",
                ".param .u64 .ptr .shared .align 4 k_param_2",
                ".param .u32 k_param_3",
                ".param .u64 k_param_4",
                ".param .align 16 .b8 k_param_5[16]",
                ".param .align 4 .b8 k_param_6[12]",
                ".param .u8 k_param_7",
            ]
        );
    }
}
