//! The function: the `.entry` with its parameters, `.reqntid`, shared and local arrays,
//! register declarations and the prologue the body needs, around the body.

use std::fmt::Write as _;

use ir_tgsi::Property;

use super::{Emitter, Res};
use crate::params;

impl Emitter<'_> {
    /// The `.entry` around the body, with what the body turned out to need.
    pub(super) fn finish(mut self) -> Res<String> {
        self.cur = None;
        // Prologue (after the body, when we know what it needs).
        let body = std::mem::take(&mut self.body);
        let body = if crate::opt::any(&self.opts) {
            let body = crate::opt::optimize(&body, &self.opts);
            // The optimiser may name fresh `%s`, `%d` and `%p` registers (if-conversion).
            let (s, d, p) = crate::opt::register_counts(&body);
            self.n_s = self.n_s.max(s);
            self.n_d = self.n_d.max(d);
            self.n_p = self.n_p.max(p);
            body
        } else {
            body
        };
        if self.uses_smem {
            if self.shared_bytes > 0 {
                self.line("mov.u32 %smem, tgsi_smem;");
            } else {
                self.line("mov.u32 %smem, 0;");
            }
        }
        if self.uses_priv {
            self.line("mov.u32 %priv, tgsi_priv;");
        }
        for (name, sreg) in self.sv_regs.clone() {
            self.line(format!("mov.u32 {name}, {sreg};"));
        }
        for b in self.buffers.clone() {
            let name = self
                .params
                .iter()
                .find(|p| matches!(p.slot.class, ir_tgsi::abi::ArgClass::GlobalPtr { buffer, .. } if buffer == b))
                .map(|p| p.name.clone())
                .unwrap_or_default();
            self.line(format!("ld.param.u64 %buf{b}, [{name}];"));
        }
        if self.uses_workdim {
            let (gy, gz, t, py, pz) = (self.s(), self.s(), self.s(), self.p(), self.p());
            self.line(format!("mov.u32 {gy}, %nctaid.y;"));
            self.line(format!("mov.u32 {t}, %ntid.y;"));
            self.line(format!("mul.lo.s32 {gy}, {gy}, {t};"));
            self.line(format!("mov.u32 {gz}, %nctaid.z;"));
            self.line(format!("mov.u32 {t}, %ntid.z;"));
            self.line(format!("mul.lo.s32 {gz}, {gz}, {t};"));
            self.line(format!("setp.gt.u32 {py}, {gy}, 1;"));
            self.line(format!("setp.gt.u32 {pz}, {gz}, 1;"));
            self.line(format!("selp.b32 %workdim, 2, 1, {py};"));
            self.line(format!("selp.b32 %workdim, 3, %workdim, {pz};"));
        }
        let prologue = std::mem::take(&mut self.body);

        let mut out = String::new();
        if self.uses_imm_table {
            // The immediates, for reads through an ADDR index (constant tables).
            let words: Vec<String> = if self.imm_stride == 4 {
                self.prog.imms.iter().map(|i| i.lanes[0].to_string()).collect()
            } else {
                self.prog.imms.iter().flat_map(|i| i.lanes).map(|w| w.to_string()).collect()
            };
            let _ = writeln!(
                out,
                ".const .align {} .b32 {}_imm[{}] = {{{}}};\n",
                self.imm_stride,
                self.kernel,
                words.len(),
                words.join(", ")
            );
        }
        let _ = writeln!(out, ".entry {}(", self.kernel);
        let decls: Vec<String> = self.params.iter().map(params::declaration).collect();
        for (k, d) in decls.iter().enumerate() {
            let sep = if k + 1 == decls.len() { "" } else { "," };
            let _ = writeln!(out, "\t{d}{sep}");
        }
        out.push_str(")\n");
        let fixed =
            [Property::FixedBlockWidth, Property::FixedBlockHeight, Property::FixedBlockDepth]
                .map(|p| self.prog.property(p));
        if fixed.iter().any(Option::is_some) {
            let [w, h, d] = fixed.map(|v| v.unwrap_or(1).max(1));
            let _ = writeln!(out, ".reqntid {w}, {h}, {d}");
        }
        out.push_str("{\n");
        if self.uses_smem && self.shared_bytes > 0 {
            let _ = writeln!(out, "\t.shared .align 16 .b8 tgsi_smem[{}];", self.shared_bytes);
        }
        if self.uses_priv {
            let _ = writeln!(out, "\t.local .align 16 .b8 tgsi_priv[{}];", self.private_bytes);
        }
        let mut regs = |kind: &str, name: &str, n: u32| {
            if n > 0 {
                let _ = writeln!(out, "\t.reg .{kind} {name}<{n}>;");
            }
        };
        regs("pred", "%p", self.n_p);
        regs("b32", "%t", 4 * self.n_temp);
        regs("b32", "%a", 4 * self.n_addr);
        regs("b32", "%s", self.n_s);
        regs("b64", "%d", self.n_d);
        if self.uses_smem {
            out.push_str("\t.reg .b32 %smem;\n");
        }
        if self.uses_priv {
            out.push_str("\t.reg .b32 %priv;\n");
        }
        if self.uses_workdim {
            out.push_str("\t.reg .b32 %workdim;\n");
        }
        for name in self.sv_regs.keys() {
            let _ = writeln!(out, "\t.reg .b32 {name};");
        }
        for b in &self.buffers {
            let _ = writeln!(out, "\t.reg .b64 %buf{b};");
        }
        out.push('\n');
        out.push_str(&prologue);
        out.push_str(&body);
        out.push_str("}\n");
        Ok(out)
    }
}
