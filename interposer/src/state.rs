//! The interposer's tables: programs built from source (the application's handle → what the
//! interposer made of it), kernels of those programs, events waiting to be timed, and the
//! record being assembled. Pure bookkeeping: no OpenCL calls happen here.

use crate::ffi::Handle;
use crate::persist::Changes;
use interposer_record::record::{KernelRecord, Outcome, ProgramRecord, Record};
use std::collections::{HashMap, HashSet};

/// Options and embedded headers given to `clCompileProgram`.
#[derive(Clone, Debug, Default)]
pub struct CompileInfo {
    /// The compile options.
    pub options: String,
    /// `(include name, source)` of each embedded header.
    pub headers: Vec<(String, String)>,
}

/// A program the application created from source.
#[derive(Clone, Debug)]
pub struct Program {
    /// Index into [`Record::programs`].
    pub id: usize,
    /// Its context.
    pub context: Handle,
    /// The source as the application passed it.
    pub source: String,
    /// The program the driver actually built, when it is not the application's handle.
    pub replacement: Option<Handle>,
    /// The build log to report when a strict build failed.
    pub failure: Option<String>,
    /// The application's last build options.
    pub options: String,
    /// Set by `clCompileProgram`.
    pub compile: Option<CompileInfo>,
}

/// Everything the interposer tracks.
#[derive(Debug, Default)]
pub struct State {
    programs: HashMap<Handle, Program>,
    replacements: HashMap<Handle, Handle>,
    kernels: HashMap<Handle, usize>,
    kernel_index: HashMap<(usize, String), usize>,
    pending: Vec<(usize, Handle)>,
    profiled_queues: HashSet<Handle>,
    /// The record being assembled (written by [`crate::persist`]).
    pub record: Record,
    /// What changed since the record was last written.
    pub changes: Changes,
}

/// A launch's global size and local size (`None`: left to the runtime), per dimension.
pub type Shape<'a> = (&'a [u64], Option<&'a [u64]>);

impl State {
    /// A program created from `source`; returns its id.
    pub fn add_program(&mut self, app: Handle, context: Handle, source: String) -> usize {
        let id = self.record.programs.len();
        self.record.programs.push(ProgramRecord {
            id,
            key: String::new(),
            name: String::new(),
            options: String::new(),
            path: String::new(),
            outcome: Outcome::Unbuilt,
            error: None,
            compile_seconds: 0.0,
            stages: Vec::new(),
            driver_build_seconds: 0.0,
            builds: 0,
        });
        // A handle the runtime reuses after the old program's release starts afresh.
        if let Some(old) = self.programs.remove(&app) {
            if let Some(r) = old.replacement {
                self.replacements.remove(&r);
            }
        }
        self.programs.insert(
            app,
            Program {
                id,
                context,
                source,
                replacement: None,
                failure: None,
                options: String::new(),
                compile: None,
            },
        );
        id
    }

    /// The program behind an application handle.
    pub fn program(&self, app: Handle) -> Option<&Program> {
        self.programs.get(&app)
    }

    /// Mutable access to a program.
    pub fn program_mut(&mut self, app: Handle) -> Option<&mut Program> {
        self.programs.get_mut(&app)
    }

    /// The handle the driver should see for `program`: its replacement, or itself.
    pub fn swap(&self, program: Handle) -> Handle {
        self.programs
            .get(&program)
            .and_then(|p| p.replacement)
            .unwrap_or(program)
    }

    /// The application's handle for `program` (inverse of [`State::swap`]).
    pub fn app_handle(&self, program: Handle) -> Handle {
        self.replacements.get(&program).copied().unwrap_or(program)
    }

    /// Sets (or clears) the replacement of `app`; returns the previous one, which the caller
    /// releases.
    pub fn set_replacement(&mut self, app: Handle, replacement: Option<Handle>) -> Option<Handle> {
        let p = self.programs.get_mut(&app)?;
        let old = std::mem::replace(&mut p.replacement, replacement);
        if let Some(o) = old {
            self.replacements.remove(&o);
        }
        if let Some(r) = replacement {
            self.replacements.insert(r, app);
        }
        old
    }

    /// Forgets a released program; returns its replacement for the caller to release.
    pub fn remove_program(&mut self, app: Handle) -> Option<Handle> {
        let p = self.programs.remove(&app)?;
        if let Some(r) = p.replacement {
            self.replacements.remove(&r);
        }
        p.replacement
    }

    /// A kernel created from program `app` (application handle): starts or reuses the record of
    /// (program, name).
    pub fn add_kernel(&mut self, kernel: Handle, app: Handle, name: &str) {
        let Some(p) = self.programs.get(&app) else {
            return;
        };
        let id = p.id;
        let path = self.record.programs[id].path.clone();
        let idx = *self
            .kernel_index
            .entry((id, name.to_string()))
            .or_insert_with(|| {
                self.record.kernels.push(KernelRecord {
                    program: id,
                    name: name.to_string(),
                    path,
                    ..Default::default()
                });
                self.record.kernels.len() - 1
            });
        self.kernels.insert(kernel, idx);
    }

    /// The kernel record index of a tracked kernel.
    pub fn kernel(&self, kernel: Handle) -> Option<usize> {
        self.kernels.get(&kernel).copied()
    }

    /// Forgets a released kernel (its record stays).
    pub fn remove_kernel(&mut self, kernel: Handle) {
        self.kernels.remove(&kernel);
    }

    /// Counts one launch of kernel record `idx` with `shape` (global, local sizes); `event` is
    /// an event to time later.
    pub fn launched(&mut self, idx: usize, shape: Shape<'_>, event: Option<Handle>) {
        let k = &mut self.record.kernels[idx];
        self.changes.any = true;
        k.launches += 1;
        k.add_shape(shape.0, shape.1);
        match event {
            Some(e) => self.pending.push((idx, e)),
            None => k.untimed += 1,
        }
    }

    /// How many events wait to be timed.
    pub fn pending_len(&self) -> usize {
        self.pending.len()
    }

    /// Takes the events waiting to be timed (the caller polls them without the lock held).
    pub fn take_pending(&mut self) -> Vec<(usize, Handle)> {
        std::mem::take(&mut self.pending)
    }

    /// Returns events still running.
    pub fn put_back(&mut self, mut still: Vec<(usize, Handle)>) {
        still.append(&mut self.pending);
        self.pending = still;
    }

    /// A finished launch of kernel record `idx`: its GPU time, if known.
    pub fn finished(&mut self, idx: usize, ns: Option<u64>) {
        let k = &mut self.record.kernels[idx];
        self.changes.any = true;
        match ns {
            Some(ns) => {
                self.changes.first_time |= k.timed == 0;
                k.add_time(ns);
            }
            None => k.untimed += 1,
        }
    }

    /// Remembers whether the interposer added profiling to `queue`.
    pub fn set_queue_profiling_added(&mut self, queue: Handle, added: bool) {
        if added {
            self.profiled_queues.insert(queue);
            self.record.profiling_added = true;
        } else {
            self.profiled_queues.remove(&queue);
        }
    }

    /// Whether the interposer added profiling to `queue`.
    pub fn queue_profiling_added(&self, queue: Handle) -> bool {
        self.profiled_queues.contains(&queue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_swap_both_ways_and_kernels_share_records() {
        let mut s = State::default();
        let (app, ctx, rep) = (Handle(0x10), Handle(0x20), Handle(0x30));
        let id = s.add_program(app, ctx, "kernel void k(){}".into());
        assert_eq!(s.swap(app), app);
        s.record.programs[id].path = "llvm".into();
        assert_eq!(s.set_replacement(app, Some(rep)), None);
        assert_eq!(
            (s.swap(app), s.app_handle(rep), s.app_handle(app)),
            (rep, app, app)
        );

        s.add_kernel(Handle(0x40), app, "k");
        s.add_kernel(Handle(0x41), app, "k");
        s.add_kernel(Handle(0x42), Handle(0x99), "untracked");
        assert_eq!(s.record.kernels.len(), 1);
        assert_eq!(s.record.kernels[0].path, "llvm");
        let idx = s.kernel(Handle(0x41)).unwrap();
        s.launched(idx, (&[256], Some(&[64])), Some(Handle(0x50)));
        s.launched(idx, (&[256], Some(&[64])), None);
        let pending = s.take_pending();
        assert_eq!(pending, vec![(idx, Handle(0x50))]);
        assert_eq!(
            s.changes,
            Changes {
                any: true,
                first_time: false
            }
        );
        s.finished(idx, Some(1000));
        assert!(s.changes.first_time, "the kernel's first time");
        let k = &s.record.kernels[idx];
        assert_eq!(
            (k.launches, k.timed, k.untimed, k.total_ns),
            (2, 1, 1, 1000)
        );
        assert_eq!(k.shapes.len(), 1, "one shape, counted twice");
        assert_eq!(
            (k.shapes[0].global.as_slice(), k.shapes[0].launches),
            (&[256u64][..], 2)
        );
        s.launched(idx, (&[512, 2], None), None);
        assert_eq!(s.record.kernels[idx].shapes[1].local, None);

        assert_eq!(s.remove_program(app), Some(rep));
        assert_eq!(s.swap(app), app);
        assert_eq!(s.app_handle(rep), rep);
    }
}
