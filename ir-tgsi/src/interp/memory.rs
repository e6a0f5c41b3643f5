//! Memory: the spaces an instruction addresses, one work-item's view of them ([`Mem`]: the
//! global buffers, the `INPUT` block, its group's shared memory, its private memory), and the
//! memory instructions (`LOAD`, `STORE`, the atomics) on top of word accesses that fault,
//! never panic, outside a space or off alignment.

use super::decode::{DInst, Machine};
use super::exec::Step;
use super::lanes::enabled;
use super::InterpError;

/// The space a memory instruction addresses, resolved when the program is decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Space {
    Global,
    Shared,
    Private,
    Input,
    /// An index into `Env::buffers`.
    Buffer(usize),
}

/// The memory one work-item sees.
pub(super) struct Mem<'a> {
    pub buffers: &'a mut [Vec<u8>],
    pub input: &'a [u8],
    pub shared: &'a mut [u8],
    pub private: &'a mut [u8],
}

/// A failed word access: the space's name, the address and (out of bounds) the space's size.
pub(super) enum Fault {
    Oob(&'static str, u64, u64),
    Misaligned(&'static str, u64),
}

impl Mem<'_> {
    /// The bytes of the 32-bit word at `addr` in `space`.
    fn locate(&self, space: Space, addr: u64) -> Result<(Option<usize>, usize), Fault> {
        let (name, size, off, buf) = match space {
            Space::Global => {
                let b = (addr >> 32).wrapping_sub(1);
                let off = addr & 0xffff_ffff;
                match self.buffers.get(b as usize).filter(|_| b < self.buffers.len() as u64) {
                    Some(v) => ("global", v.len() as u64, off, Some(b as usize)),
                    None => return Err(Fault::Oob("global", addr, 0)),
                }
            }
            Space::Buffer(b) => ("buffer", self.buffers[b].len() as u64, addr, Some(b)),
            Space::Shared => ("shared", self.shared.len() as u64, addr, None),
            Space::Private => ("private", self.private.len() as u64, addr, None),
            Space::Input => ("input", self.input.len() as u64, addr, None),
        };
        if off % 4 != 0 {
            return Err(Fault::Misaligned(name, addr));
        }
        if off + 4 > size {
            return Err(Fault::Oob(name, addr, size));
        }
        Ok((buf, off as usize))
    }

    pub(super) fn load(&self, space: Space, addr: u64) -> Result<u32, Fault> {
        let (buf, off) = self.locate(space, addr)?;
        let bytes: &[u8] = match (space, buf) {
            (Space::Global | Space::Buffer(_), Some(b)) => &self.buffers[b],
            (Space::Shared, _) => self.shared,
            (Space::Private, _) => self.private,
            (Space::Input, _) => self.input,
            (Space::Global | Space::Buffer(_), None) => return Err(Fault::Oob("global", addr, 0)),
        };
        let mut w = [0u8; 4];
        w.copy_from_slice(&bytes[off..off + 4]);
        Ok(u32::from_le_bytes(w))
    }

    pub(super) fn store(&mut self, space: Space, addr: u64, v: u32) -> Result<(), Fault> {
        let (buf, off) = self.locate(space, addr)?;
        let bytes: &mut [u8] = match (space, buf) {
            (Space::Global | Space::Buffer(_), Some(b)) => &mut self.buffers[b],
            (Space::Shared, _) => self.shared,
            (Space::Private, _) => self.private,
            // The validator rejects writes to INPUT; keep the interpreter total anyway.
            (Space::Input, _) => return Err(Fault::Oob("input (read-only)", addr, 0)),
            (Space::Global | Space::Buffer(_), None) => return Err(Fault::Oob("global", addr, 0)),
        };
        bytes[off..off + 4].copy_from_slice(&v.to_le_bytes());
        Ok(())
    }
}

/// The address an address operand holds: a lane pair for `GLOBAL`, else its first channel.
fn address(inst: &DInst, v: [u32; 4]) -> u64 {
    if inst.space == Space::Global {
        u64::from(v[0]) | (u64::from(v[1]) << 32)
    } else {
        u64::from(v[0])
    }
}

impl Machine<'_> {
    /// `LOAD`: the words at `addr + 4c` for the enabled channels c.
    pub(super) fn load(
        &self,
        pc: usize,
        addr: [u32; 4],
        mem: &Mem<'_>,
    ) -> Result<[u32; 4], InterpError> {
        let inst = &self.insts[pc];
        let base = address(inst, addr);
        let mut r = [0u32; 4];
        for ch in enabled(inst.mask) {
            let at = base.wrapping_add(4 * ch as u64);
            r[ch] = mem.load(inst.space, at).map_err(|x| self.fault(pc, x))?;
        }
        Ok(r)
    }

    /// `STORE`: value's enabled channels c to `addr + 4c`.
    pub(super) fn store(
        &self,
        pc: usize,
        addr: [u32; 4],
        value: [u32; 4],
        mem: &mut Mem<'_>,
    ) -> Result<Step, InterpError> {
        let inst = &self.insts[pc];
        let base = address(inst, addr);
        for ch in enabled(inst.mask) {
            let at = base.wrapping_add(4 * ch as u64);
            mem.store(inst.space, at, value[ch]).map_err(|x| self.fault(pc, x))?;
        }
        Ok(Step::Next)
    }

    /// An atomic: the word at `addr` becomes `combine(old, v.x, w.x)`; returns the old word.
    pub(super) fn atomic(
        &self,
        pc: usize,
        [addr, v, w]: [[u32; 4]; 3],
        mem: &mut Mem<'_>,
        combine: impl Fn(u32, u32, u32) -> u32,
    ) -> Result<[u32; 4], InterpError> {
        let inst = &self.insts[pc];
        let at = address(inst, addr);
        let old = mem.load(inst.space, at).map_err(|x| self.fault(pc, x))?;
        let new = combine(old, v[0], w[0]);
        mem.store(inst.space, at, new).map_err(|x| self.fault(pc, x))?;
        Ok([old; 4])
    }

    /// The error for a failed access by instruction `pc`.
    pub(super) fn fault(&self, pc: usize, e: Fault) -> InterpError {
        match e {
            Fault::Oob(space, addr, size) => InterpError::OutOfBounds {
                index: pc,
                text: self.text(pc),
                space: space.into(),
                addr,
                size,
            },
            Fault::Misaligned(space, addr) => InterpError::Misaligned {
                index: pc,
                text: self.text(pc),
                space: space.into(),
                addr,
            },
        }
    }
}
