//! The opcode table and the facts about each opcode. Every opcode is defined once, in
//! `opcodes!`'s invocation below; the enum, the mnemonics, operand counts, operand types (with
//! the sources read as another type than the rest), channel shapes and families all come from
//! it. The validator, the interpreter and the backends take their opcode facts from here.

/// The type an opcode reads its sources as, or writes its destination as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// Bits moved as they are (MOV, LOAD, STORE).
    Any,
    F32,
    I32,
    U32,
    F64,
    I64,
    U64,
}

impl Ty {
    /// Is this a 64-bit type, held in a lane pair (xy or zw)?
    pub fn is_wide(self) -> bool {
        matches!(self, Ty::F64 | Ty::I64 | Ty::U64)
    }
}

/// How an instruction maps source channels to destination channels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// Each enabled destination channel c is computed from channel c of every source.
    PerChannel,
    /// One result from the sources' first (swizzled x) channel, written to every enabled
    /// destination channel.
    Scalar,
    /// One result from the whole (swizzled) sources (dot products), replicated.
    Reduce,
    /// 64-bit per lane pair: destination pair xy from source pairs xy, zw from zw.
    Wide,
    /// 64-bit sources, 32-bit results: destination x from source pair xy, y from pair zw.
    WideToNarrow,
    /// 32-bit sources, 64-bit results: destination pair xy from source x, zw from source y.
    NarrowToWide,
    /// 64-bit shift: destination pair xy from source 0 pair xy and source 1 channel x, zw from
    /// pair zw and channel y.
    WideShift,
    /// Memory access (`LOAD`, `STORE`, atomics): see the crate documentation.
    Memory,
    /// Control flow and synchronization: no data result.
    Flow,
}

/// Broad families, used for documentation and filetest coverage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    Float,
    Integer,
    Convert,
    Double,
    Int64,
    Memory,
    Atomic,
    Sync,
    Flow,
}

macro_rules! opcodes {
    // The type source `$i` is read as: `$sty`, or `$aty` for source `$at` where one is named.
    (@src_ty $i:ident, $sty:ident) => { Ty::$sty };
    (@src_ty $i:ident, $sty:ident, $at:literal, $aty:ident) => {
        if $i == $at { Ty::$aty } else { Ty::$sty }
    };
    ($( $name:ident $mn:literal dst $nd:literal src $ns:literal
        $dty:ident <- $sty:ident $([$at:literal: $aty:ident])?, $shape:ident, $fam:ident; )*) => {
        /// A TGSI opcode.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(non_camel_case_types)] // mnemonic-shaped names read best: U64ADD, IMUL_HI
        pub enum Opcode { $($name,)* }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The mnemonic as printed (`UMAD`).
            pub fn mnemonic(self) -> &'static str {
                match self { $(Opcode::$name => $mn,)* }
            }
            /// Number of destination operands.
            pub fn num_dst(self) -> usize {
                match self { $(Opcode::$name => $nd,)* }
            }
            /// Number of source operands.
            pub fn num_src(self) -> usize {
                match self { $(Opcode::$name => $ns,)* }
            }
            /// The type the destination is written as.
            pub fn dst_ty(self) -> Ty {
                match self { $(Opcode::$name => Ty::$dty,)* }
            }
            /// The type the sources are read as (see [`Opcode::src_ty_at`] for the exceptions).
            pub fn src_ty(self) -> Ty {
                match self { $(Opcode::$name => Ty::$sty,)* }
            }
            /// The type source `i` is read as: [`Opcode::src_ty`], except for the sources the
            /// table names (`LDEXP`'s exponent, the 64-bit shifts' counts, `UCMP`'s condition,
            /// `MOV`'s float modifiers). It decides which sources may carry modifiers.
            pub fn src_ty_at(self, i: usize) -> Ty {
                match self { $(Opcode::$name => opcodes!(@src_ty i, $sty $(, $at, $aty)?),)* }
            }
            /// How channels map.
            pub fn shape(self) -> Shape {
                match self { $(Opcode::$name => Shape::$shape,)* }
            }
            /// The opcode's family.
            pub fn family(self) -> Family {
                match self { $(Opcode::$name => Family::$fam,)* }
            }
            /// Looks an opcode up by mnemonic.
            pub fn from_mnemonic(s: &str) -> Option<Opcode> {
                match s { $($mn => Some(Opcode::$name),)* _ => None }
            }
        }
    };
}

opcodes! {
    // ---- float (32-bit), per channel unless noted ------------------------------------
    // `MOV` moves bits, but its source modifiers are float modifiers (as in Mesa).
    MOV    "MOV"    dst 1 src 1  Any <- Any [0: F32], PerChannel, Float;
    ADD    "ADD"    dst 1 src 2  F32 <- F32, PerChannel, Float;
    MUL    "MUL"    dst 1 src 2  F32 <- F32, PerChannel, Float;
    MAD    "MAD"    dst 1 src 3  F32 <- F32, PerChannel, Float;
    FMA    "FMA"    dst 1 src 3  F32 <- F32, PerChannel, Float;
    DIV    "DIV"    dst 1 src 2  F32 <- F32, PerChannel, Float;
    MIN    "MIN"    dst 1 src 2  F32 <- F32, PerChannel, Float;
    MAX    "MAX"    dst 1 src 2  F32 <- F32, PerChannel, Float;
    FLR    "FLR"    dst 1 src 1  F32 <- F32, PerChannel, Float;
    CEIL   "CEIL"   dst 1 src 1  F32 <- F32, PerChannel, Float;
    TRUNC  "TRUNC"  dst 1 src 1  F32 <- F32, PerChannel, Float;
    ROUND  "ROUND"  dst 1 src 1  F32 <- F32, PerChannel, Float;
    FRC    "FRC"    dst 1 src 1  F32 <- F32, PerChannel, Float;
    SSG    "SSG"    dst 1 src 1  F32 <- F32, PerChannel, Float;
    CMP    "CMP"    dst 1 src 3  F32 <- F32, PerChannel, Float;
    SLT    "SLT"    dst 1 src 2  F32 <- F32, PerChannel, Float;
    SGE    "SGE"    dst 1 src 2  F32 <- F32, PerChannel, Float;
    SEQ    "SEQ"    dst 1 src 2  F32 <- F32, PerChannel, Float;
    SNE    "SNE"    dst 1 src 2  F32 <- F32, PerChannel, Float;
    FSLT   "FSLT"   dst 1 src 2  U32 <- F32, PerChannel, Float;
    FSGE   "FSGE"   dst 1 src 2  U32 <- F32, PerChannel, Float;
    FSEQ   "FSEQ"   dst 1 src 2  U32 <- F32, PerChannel, Float;
    FSNE   "FSNE"   dst 1 src 2  U32 <- F32, PerChannel, Float;
    LDEXP  "LDEXP"  dst 1 src 2  F32 <- F32 [1: I32], PerChannel, Float;
    RCP    "RCP"    dst 1 src 1  F32 <- F32, Scalar, Float;
    RSQ    "RSQ"    dst 1 src 1  F32 <- F32, Scalar, Float;
    SQRT   "SQRT"   dst 1 src 1  F32 <- F32, Scalar, Float;
    EX2    "EX2"    dst 1 src 1  F32 <- F32, Scalar, Float;
    LG2    "LG2"    dst 1 src 1  F32 <- F32, Scalar, Float;
    POW    "POW"    dst 1 src 2  F32 <- F32, Scalar, Float;
    SIN    "SIN"    dst 1 src 1  F32 <- F32, Scalar, Float;
    COS    "COS"    dst 1 src 1  F32 <- F32, Scalar, Float;
    DP2    "DP2"    dst 1 src 2  F32 <- F32, Reduce, Float;
    DP3    "DP3"    dst 1 src 2  F32 <- F32, Reduce, Float;
    DP4    "DP4"    dst 1 src 2  F32 <- F32, Reduce, Float;
    // ---- integer (32-bit), per channel ------------------------------------------------
    UADD   "UADD"   dst 1 src 2  U32 <- U32, PerChannel, Integer;
    UMUL   "UMUL"   dst 1 src 2  U32 <- U32, PerChannel, Integer;
    UMAD   "UMAD"   dst 1 src 3  U32 <- U32, PerChannel, Integer;
    IMUL_HI "IMUL_HI" dst 1 src 2 I32 <- I32, PerChannel, Integer;
    UMUL_HI "UMUL_HI" dst 1 src 2 U32 <- U32, PerChannel, Integer;
    IDIV   "IDIV"   dst 1 src 2  I32 <- I32, PerChannel, Integer;
    UDIV   "UDIV"   dst 1 src 2  U32 <- U32, PerChannel, Integer;
    UMOD   "UMOD"   dst 1 src 2  U32 <- U32, PerChannel, Integer;
    MOD    "MOD"    dst 1 src 2  I32 <- I32, PerChannel, Integer;
    INEG   "INEG"   dst 1 src 1  I32 <- I32, PerChannel, Integer;
    IABS   "IABS"   dst 1 src 1  I32 <- I32, PerChannel, Integer;
    ISSG   "ISSG"   dst 1 src 1  I32 <- I32, PerChannel, Integer;
    NOT    "NOT"    dst 1 src 1  U32 <- U32, PerChannel, Integer;
    AND    "AND"    dst 1 src 2  U32 <- U32, PerChannel, Integer;
    OR     "OR"     dst 1 src 2  U32 <- U32, PerChannel, Integer;
    XOR    "XOR"    dst 1 src 2  U32 <- U32, PerChannel, Integer;
    SHL    "SHL"    dst 1 src 2  U32 <- U32, PerChannel, Integer;
    ISHR   "ISHR"   dst 1 src 2  I32 <- I32, PerChannel, Integer;
    USHR   "USHR"   dst 1 src 2  U32 <- U32, PerChannel, Integer;
    IMIN   "IMIN"   dst 1 src 2  I32 <- I32, PerChannel, Integer;
    IMAX   "IMAX"   dst 1 src 2  I32 <- I32, PerChannel, Integer;
    UMIN   "UMIN"   dst 1 src 2  U32 <- U32, PerChannel, Integer;
    UMAX   "UMAX"   dst 1 src 2  U32 <- U32, PerChannel, Integer;
    ISLT   "ISLT"   dst 1 src 2  U32 <- I32, PerChannel, Integer;
    ISGE   "ISGE"   dst 1 src 2  U32 <- I32, PerChannel, Integer;
    USLT   "USLT"   dst 1 src 2  U32 <- U32, PerChannel, Integer;
    USGE   "USGE"   dst 1 src 2  U32 <- U32, PerChannel, Integer;
    USEQ   "USEQ"   dst 1 src 2  U32 <- U32, PerChannel, Integer;
    USNE   "USNE"   dst 1 src 2  U32 <- U32, PerChannel, Integer;
    UCMP   "UCMP"   dst 1 src 3  Any <- Any [0: U32], PerChannel, Integer;
    IBFE   "IBFE"   dst 1 src 3  I32 <- I32, PerChannel, Integer;
    UBFE   "UBFE"   dst 1 src 3  U32 <- U32, PerChannel, Integer;
    BFI    "BFI"    dst 1 src 4  U32 <- U32, PerChannel, Integer;
    BREV   "BREV"   dst 1 src 1  U32 <- U32, PerChannel, Integer;
    POPC   "POPC"   dst 1 src 1  U32 <- U32, PerChannel, Integer;
    LSB    "LSB"    dst 1 src 1  U32 <- U32, PerChannel, Integer;
    IMSB   "IMSB"   dst 1 src 1  I32 <- I32, PerChannel, Integer;
    UMSB   "UMSB"   dst 1 src 1  U32 <- U32, PerChannel, Integer;
    UARL   "UARL"   dst 1 src 1  U32 <- U32, PerChannel, Integer;
    // ---- 32-bit conversions ---------------------------------------------------------
    I2F    "I2F"    dst 1 src 1  F32 <- I32, PerChannel, Convert;
    U2F    "U2F"    dst 1 src 1  F32 <- U32, PerChannel, Convert;
    F2I    "F2I"    dst 1 src 1  I32 <- F32, PerChannel, Convert;
    F2U    "F2U"    dst 1 src 1  U32 <- F32, PerChannel, Convert;
    // ---- double precision (lane pairs) -------------------------------------------------
    DADD   "DADD"   dst 1 src 2  F64 <- F64, Wide, Double;
    DMUL   "DMUL"   dst 1 src 2  F64 <- F64, Wide, Double;
    DMAD   "DMAD"   dst 1 src 3  F64 <- F64, Wide, Double;
    DFMA   "DFMA"   dst 1 src 3  F64 <- F64, Wide, Double;
    DDIV   "DDIV"   dst 1 src 2  F64 <- F64, Wide, Double;
    DRCP   "DRCP"   dst 1 src 1  F64 <- F64, Wide, Double;
    DSQRT  "DSQRT"  dst 1 src 1  F64 <- F64, Wide, Double;
    DRSQ   "DRSQ"   dst 1 src 1  F64 <- F64, Wide, Double;
    DMIN   "DMIN"   dst 1 src 2  F64 <- F64, Wide, Double;
    DMAX   "DMAX"   dst 1 src 2  F64 <- F64, Wide, Double;
    DNEG   "DNEG"   dst 1 src 1  F64 <- F64, Wide, Double;
    DABS   "DABS"   dst 1 src 1  F64 <- F64, Wide, Double;
    DFLR   "DFLR"   dst 1 src 1  F64 <- F64, Wide, Double;
    DCEIL  "DCEIL"  dst 1 src 1  F64 <- F64, Wide, Double;
    DTRUNC "DTRUNC" dst 1 src 1  F64 <- F64, Wide, Double;
    DROUND "DROUND" dst 1 src 1  F64 <- F64, Wide, Double;
    DFRAC  "DFRAC"  dst 1 src 1  F64 <- F64, Wide, Double;
    DSSG   "DSSG"   dst 1 src 1  F64 <- F64, Wide, Double;
    DSEQ   "DSEQ"   dst 1 src 2  U32 <- F64, WideToNarrow, Double;
    DSNE   "DSNE"   dst 1 src 2  U32 <- F64, WideToNarrow, Double;
    DSLT   "DSLT"   dst 1 src 2  U32 <- F64, WideToNarrow, Double;
    DSGE   "DSGE"   dst 1 src 2  U32 <- F64, WideToNarrow, Double;
    D2F    "D2F"    dst 1 src 1  F32 <- F64, WideToNarrow, Double;
    D2I    "D2I"    dst 1 src 1  I32 <- F64, WideToNarrow, Double;
    D2U    "D2U"    dst 1 src 1  U32 <- F64, WideToNarrow, Double;
    F2D    "F2D"    dst 1 src 1  F64 <- F32, NarrowToWide, Double;
    I2D    "I2D"    dst 1 src 1  F64 <- I32, NarrowToWide, Double;
    U2D    "U2D"    dst 1 src 1  F64 <- U32, NarrowToWide, Double;
    D2I64  "D2I64"  dst 1 src 1  I64 <- F64, Wide, Double;
    D2U64  "D2U64"  dst 1 src 1  U64 <- F64, Wide, Double;
    I642D  "I642D"  dst 1 src 1  F64 <- I64, Wide, Double;
    U642D  "U642D"  dst 1 src 1  F64 <- U64, Wide, Double;
    // ---- 64-bit integers (lane pairs) --------------------------------------------------
    U64ADD "U64ADD" dst 1 src 2  U64 <- U64, Wide, Int64;
    U64MUL "U64MUL" dst 1 src 2  U64 <- U64, Wide, Int64;
    U64DIV "U64DIV" dst 1 src 2  U64 <- U64, Wide, Int64;
    I64DIV "I64DIV" dst 1 src 2  I64 <- I64, Wide, Int64;
    U64MOD "U64MOD" dst 1 src 2  U64 <- U64, Wide, Int64;
    I64MOD "I64MOD" dst 1 src 2  I64 <- I64, Wide, Int64;
    U64MIN "U64MIN" dst 1 src 2  U64 <- U64, Wide, Int64;
    U64MAX "U64MAX" dst 1 src 2  U64 <- U64, Wide, Int64;
    I64MIN "I64MIN" dst 1 src 2  I64 <- I64, Wide, Int64;
    I64MAX "I64MAX" dst 1 src 2  I64 <- I64, Wide, Int64;
    I64NEG "I64NEG" dst 1 src 1  I64 <- I64, Wide, Int64;
    I64ABS "I64ABS" dst 1 src 1  I64 <- I64, Wide, Int64;
    I64SSG "I64SSG" dst 1 src 1  I64 <- I64, Wide, Int64;
    U64SHL "U64SHL" dst 1 src 2  U64 <- U64 [1: U32], WideShift, Int64;
    I64SHR "I64SHR" dst 1 src 2  I64 <- I64 [1: U32], WideShift, Int64;
    U64SHR "U64SHR" dst 1 src 2  U64 <- U64 [1: U32], WideShift, Int64;
    U64SEQ "U64SEQ" dst 1 src 2  U32 <- U64, WideToNarrow, Int64;
    U64SNE "U64SNE" dst 1 src 2  U32 <- U64, WideToNarrow, Int64;
    U64SLT "U64SLT" dst 1 src 2  U32 <- U64, WideToNarrow, Int64;
    U64SGE "U64SGE" dst 1 src 2  U32 <- U64, WideToNarrow, Int64;
    I64SLT "I64SLT" dst 1 src 2  U32 <- I64, WideToNarrow, Int64;
    I64SGE "I64SGE" dst 1 src 2  U32 <- I64, WideToNarrow, Int64;
    I2I64  "I2I64"  dst 1 src 1  I64 <- I32, NarrowToWide, Int64;
    U2I64  "U2I64"  dst 1 src 1  U64 <- U32, NarrowToWide, Int64;
    F2I64  "F2I64"  dst 1 src 1  I64 <- F32, NarrowToWide, Int64;
    F2U64  "F2U64"  dst 1 src 1  U64 <- F32, NarrowToWide, Int64;
    I642F  "I642F"  dst 1 src 1  F32 <- I64, WideToNarrow, Int64;
    U642F  "U642F"  dst 1 src 1  F32 <- U64, WideToNarrow, Int64;
    // ---- memory ----------------------------------------------------------------------
    LOAD   "LOAD"   dst 1 src 2  Any <- Any, Memory, Memory;
    STORE  "STORE"  dst 1 src 2  Any <- Any, Memory, Memory;
    ATOMUADD "ATOMUADD" dst 1 src 3 U32 <- U32, Memory, Atomic;
    ATOMXCHG "ATOMXCHG" dst 1 src 3 Any <- Any, Memory, Atomic;
    ATOMCAS  "ATOMCAS"  dst 1 src 4 Any <- Any, Memory, Atomic;
    ATOMAND  "ATOMAND"  dst 1 src 3 U32 <- U32, Memory, Atomic;
    ATOMOR   "ATOMOR"   dst 1 src 3 U32 <- U32, Memory, Atomic;
    ATOMXOR  "ATOMXOR"  dst 1 src 3 U32 <- U32, Memory, Atomic;
    ATOMUMIN "ATOMUMIN" dst 1 src 3 U32 <- U32, Memory, Atomic;
    ATOMUMAX "ATOMUMAX" dst 1 src 3 U32 <- U32, Memory, Atomic;
    ATOMIMIN "ATOMIMIN" dst 1 src 3 I32 <- I32, Memory, Atomic;
    ATOMIMAX "ATOMIMAX" dst 1 src 3 I32 <- I32, Memory, Atomic;
    ATOMFADD "ATOMFADD" dst 1 src 3 F32 <- F32, Memory, Atomic;
    // ---- synchronization -----------------------------------------------------------
    BARRIER "BARRIER" dst 0 src 0 Any <- Any, Flow, Sync;
    MEMBAR  "MEMBAR"  dst 0 src 1 Any <- U32, Flow, Sync;
    // ---- structured control flow ---------------------------------------------------
    IF       "IF"       dst 0 src 1 Any <- F32, Flow, Flow;
    UIF      "UIF"      dst 0 src 1 Any <- U32, Flow, Flow;
    ELSE     "ELSE"     dst 0 src 0 Any <- Any, Flow, Flow;
    ENDIF    "ENDIF"    dst 0 src 0 Any <- Any, Flow, Flow;
    BGNLOOP  "BGNLOOP"  dst 0 src 0 Any <- Any, Flow, Flow;
    BRK      "BRK"      dst 0 src 0 Any <- Any, Flow, Flow;
    CONT     "CONT"     dst 0 src 0 Any <- Any, Flow, Flow;
    ENDLOOP  "ENDLOOP"  dst 0 src 0 Any <- Any, Flow, Flow;
    SWITCH   "SWITCH"   dst 0 src 1 Any <- U32, Flow, Flow;
    CASE     "CASE"     dst 0 src 1 Any <- U32, Flow, Flow;
    DEFAULT  "DEFAULT"  dst 0 src 0 Any <- Any, Flow, Flow;
    ENDSWITCH "ENDSWITCH" dst 0 src 0 Any <- Any, Flow, Flow;
    BGNSUB   "BGNSUB"   dst 0 src 0 Any <- Any, Flow, Flow;
    ENDSUB   "ENDSUB"   dst 0 src 0 Any <- Any, Flow, Flow;
    CAL      "CAL"      dst 0 src 0 Any <- Any, Flow, Flow;
    RET      "RET"      dst 0 src 0 Any <- Any, Flow, Flow;
    NOP      "NOP"      dst 0 src 0 Any <- Any, Flow, Flow;
    END      "END"      dst 0 src 0 Any <- Any, Flow, Flow;
}

impl Opcode {
    /// Is source `i` a memory resource (`MEMORY[k]`/`BUFFER[k]`)? It is source 0 of `LOAD`
    /// and the atomics; `STORE` names its resource as the destination.
    pub fn is_resource_src(self, i: usize) -> bool {
        i == 0 && self.shape() == Shape::Memory && self != Opcode::STORE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mnemonics_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for &op in Opcode::ALL {
            assert!(seen.insert(op.mnemonic()), "duplicate {}", op.mnemonic());
            assert_eq!(Opcode::from_mnemonic(op.mnemonic()), Some(op));
        }
        assert_eq!(Opcode::from_mnemonic("FOO"), None);
    }

    #[test]
    fn source_types_differ_only_where_the_table_says() {
        assert_eq!(Opcode::LDEXP.src_ty_at(0), Ty::F32);
        assert_eq!(Opcode::LDEXP.src_ty_at(1), Ty::I32);
        assert_eq!(Opcode::UCMP.src_ty_at(0), Ty::U32);
        assert_eq!(Opcode::UCMP.src_ty_at(1), Ty::Any);
        assert_eq!(Opcode::MOV.src_ty_at(0), Ty::F32);
        for op in [Opcode::U64SHL, Opcode::I64SHR, Opcode::U64SHR] {
            assert!(op.src_ty_at(0).is_wide());
            assert_eq!(op.src_ty_at(1), Ty::U32);
        }
        assert_eq!(Opcode::DADD.src_ty_at(1), Ty::F64);
    }
}
