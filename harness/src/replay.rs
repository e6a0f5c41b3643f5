//! Replayed timing runs: the timing pass's default ([`TimingMode::Replay`]).
//!
//! A workload's host code does more than launch kernels: it makes and uploads inputs, downloads
//! results and may compute between launches (backprop's host layer). At `paper` size that host
//! work can cost far more than the kernels: in `results/2026-12-01-h200-explain-levels`
//! (`timing.txt`) backprop's 140 timed runs took 57.6 s for 0.1 s of kernel time, lud's 120 took
//! 61.1 s for 16.4 s. A timing pass that reruns the host code every repetition spends its time
//! on PCIe transfers and host loops, which limits how many repetitions fit in a time budget.
//!
//! So the timing pass runs each variant's host code once more (after its verification run),
//! recording every device operation ([`record`]), and then replays the recording ([`replay`])
//! for the warm-up and timed repetitions:
//!
//! * the same buffers, allocated in the same order (reused across repetitions through a
//!   [`Pool`]; a kernel never sees a buffer of another size);
//! * every write of the recorded run, with the same bytes, as a device-to-device copy from a
//!   pristine copy made once ([`Pristine`], shared by every variant that writes the same bytes);
//! * every launch with the same kernel, arguments and range, in the same order on the same
//!   in-order queue, timed by the same profiling events;
//! * no reads: nothing on the host uses their data any more, so the launches of one run follow
//!   one another without the host in between (a launch's GPU time does not include the gaps).
//!
//! The kernels thus see exactly what they saw in a real run, in the same order. After the timed
//! repetitions, one more replay performs the reads and compares each with the recorded run's (a
//! 64-bit digest, [`Checked`]): equal digests show that the replay reproduced the run; a
//! difference (a workload whose result depends on the order of atomics, for instance) is
//! recorded and reported, not hidden. `--timing rerun` ([`TimingMode::Rerun`]) runs the host
//! code every repetition instead, the behaviour before replay existed, for comparison.
//!
//! Two knobs, for experiments on what the replay changes (not for measuring):
//! `VISABENCH_REPLAY_IDLE_MS=N` leaves the GPU idle N ms before each replayed run (as a rerun's
//! host work does), and `VISABENCH_REPLAY_SYNC=1` waits for every copy before the next command
//! (as a rerun's blocking uploads do). `env.json` does not record them: a run that sets them is
//! an experiment and says so where it is published.
//!
//! What the recording freezes is the host's decisions: a host loop that stops on a flag read
//! from the device (bfs) replays the iterations the recorded run made. The recorded run is a
//! real run of a verified variant, so those are the iterations a correct run makes.

use crate::opencl::{Launch, Loaded, OpenClDevice, Session};
use kernels::{Arg, BufferId, Device, DeviceError, Instance, Range};
use opencl3::memory::Buffer;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
pub use visabench_core::digest::digest;

/// How the timing pass repeats a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimingMode {
    /// Run the host code once, recording; replay the device operations (see the module doc).
    #[default]
    Replay,
    /// Run the workload's whole host code every repetition.
    Rerun,
}

impl TimingMode {
    /// `replay` or `rerun`.
    pub fn name(self) -> &'static str {
        match self {
            TimingMode::Replay => "replay",
            TimingMode::Rerun => "rerun",
        }
    }

    /// Parses `replay` or `rerun`.
    pub fn parse(s: &str) -> Result<TimingMode, String> {
        match s {
            "replay" => Ok(TimingMode::Replay),
            "rerun" => Ok(TimingMode::Rerun),
            _ => Err(format!("unknown timing mode `{s}` (replay, rerun)")),
        }
    }
}

/// One device operation of a recorded run.
#[derive(Clone, Debug, PartialEq)]
enum Op {
    Alloc(usize),
    /// `len` bytes of pristine entry `src` into the start of `buf`.
    Write {
        buf: BufferId,
        src: usize,
        len: usize,
    },
    /// `len` bytes from the start of `buf`, whose digest was `digest`.
    Read {
        buf: BufferId,
        len: usize,
        digest: u64,
    },
    Launch {
        kernel: String,
        args: Vec<Arg>,
        range: Range,
    },
}

/// The device operations of one recorded run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    ops: Vec<Op>,
}

impl Trace {
    /// How many launches the run made.
    pub fn launches(&self) -> usize {
        self.ops
            .iter()
            .filter(|o| matches!(o, Op::Launch { .. }))
            .count()
    }

    fn allocs(&self) -> Vec<usize> {
        self.ops
            .iter()
            .filter_map(|o| match o {
                Op::Alloc(b) => Some((*b).max(1)),
                _ => None,
            })
            .collect()
    }
}

/// Every distinct byte string the recorded runs wrote, once on the device (and once on the
/// host, to recognise it when another variant writes it again).
pub struct Pristine<'s> {
    session: &'s Session,
    entries: Vec<(Vec<u8>, Buffer<u8>)>,
}

impl std::fmt::Debug for Pristine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pristine")
            .field("entries", &self.entries.len())
            .field("bytes", &self.bytes())
            .finish()
    }
}

impl<'s> Pristine<'s> {
    pub fn new(session: &'s Session) -> Pristine<'s> {
        Pristine {
            session,
            entries: Vec::new(),
        }
    }

    /// Bytes held (on the device, and as much again on the host).
    pub fn bytes(&self) -> usize {
        self.entries.iter().map(|(h, _)| h.len()).sum()
    }

    /// The entry holding `data`, made if no entry holds these bytes yet.
    fn intern(&mut self, data: &[u8]) -> Result<usize, DeviceError> {
        if let Some(i) = self.entries.iter().position(|(h, _)| h.as_slice() == data) {
            return Ok(i);
        }
        let buf = self.session.buffer_of(data)?;
        self.entries.push((data.to_vec(), buf));
        Ok(self.entries.len() - 1)
    }
}

/// A [`Device`] that runs on an OpenCL device and records what it is asked to do.
struct Recorder<'r, 'd, 's> {
    dev: &'r mut OpenClDevice<'d>,
    pristine: &'r mut Pristine<'s>,
    ops: Vec<Op>,
}

impl Device for Recorder<'_, '_, '_> {
    fn alloc(&mut self, bytes: usize) -> Result<BufferId, DeviceError> {
        let b = self.dev.alloc(bytes)?;
        self.ops.push(Op::Alloc(bytes));
        Ok(b)
    }

    fn write(&mut self, buf: BufferId, data: &[u8]) -> Result<(), DeviceError> {
        self.dev.write(buf, data)?;
        let src = self.pristine.intern(data)?;
        self.ops.push(Op::Write {
            buf,
            src,
            len: data.len(),
        });
        Ok(())
    }

    fn read(&mut self, buf: BufferId, out: &mut [u8]) -> Result<(), DeviceError> {
        self.dev.read(buf, out)?;
        self.ops.push(Op::Read {
            buf,
            len: out.len(),
            digest: digest(out),
        });
        Ok(())
    }

    fn launch(&mut self, kernel: &str, args: &[Arg], range: &Range) -> Result<(), DeviceError> {
        self.dev.launch(kernel, args, range)?;
        self.ops.push(Op::Launch {
            kernel: kernel.to_string(),
            args: args.to_vec(),
            range: range.clone(),
        });
        Ok(())
    }
}

/// Runs `inst`'s host code once on `loaded`, recording its device operations; the bytes it
/// writes go into `pristine`.
pub fn record<'s>(
    session: &'s Session,
    loaded: &mut Loaded,
    inst: &dyn Instance,
    pristine: &mut Pristine<'s>,
) -> Result<Trace, DeviceError> {
    let mut dev = session.device(loaded);
    let mut rec = Recorder {
        dev: &mut dev,
        pristine,
        ops: Vec::new(),
    };
    inst.run(&mut rec)?;
    let ops = std::mem::take(&mut rec.ops);
    dev.finish()?;
    Ok(Trace { ops })
}

/// Free device buffers by size, reused by the next replay (replays run one after another, so
/// one run's worth of buffers serves every variant of a timing pass).
#[derive(Default)]
pub struct Pool {
    free: HashMap<usize, Vec<Buffer<u8>>>,
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n: usize = self.free.values().map(Vec::len).sum();
        f.debug_struct("Pool").field("buffers", &n).finish()
    }
}

impl Pool {
    fn take(&mut self, session: &Session, bytes: usize) -> Result<Buffer<u8>, DeviceError> {
        match self.free.get_mut(&bytes).and_then(Vec::pop) {
            Some(b) => Ok(b),
            None => session.new_buffer(bytes),
        }
    }

    fn give_back(&mut self, sizes: &[usize], buffers: Vec<Buffer<u8>>) {
        for (&bytes, b) in sizes.iter().zip(buffers) {
            self.free.entry(bytes).or_default().push(b);
        }
    }
}

/// What the checking replay found: how many reads it made and how many differed from the
/// recorded run's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checked {
    pub reads: usize,
    pub differing: usize,
}

/// Replays `trace` on `loaded` and returns its launches with their GPU times; with `check`,
/// also performs the reads and compares them with the recorded run's.
pub fn replay(
    session: &Session,
    loaded: &mut Loaded,
    trace: &Trace,
    pristine: &Pristine<'_>,
    pool: &mut Pool,
    check: bool,
) -> Result<(Vec<Launch>, Checked), DeviceError> {
    let sizes = trace.allocs();
    let buffers = sizes
        .iter()
        .map(|&b| pool.take(session, b))
        .collect::<Result<Vec<_>, _>>()?;
    let knobs = Knobs::from_env();
    if knobs.idle_ms > 0 {
        std::thread::sleep(std::time::Duration::from_millis(knobs.idle_ms));
    }
    let mut dev = session.device_with(loaded, buffers);
    let mut checked = Checked::default();
    let mut scratch: Vec<u8> = Vec::new();
    for op in &trace.ops {
        match op {
            Op::Alloc(_) => {}
            Op::Write { buf, src, len } => {
                let (_, from) = pristine.entries.get(*src).ok_or_else(|| {
                    DeviceError::Other(format!("replay: pristine entry {src} is missing"))
                })?;
                dev.copy_from(*buf, from, *len)?;
                if knobs.sync {
                    dev.wait()?;
                }
            }
            Op::Read {
                buf,
                len,
                digest: d,
            } if check => {
                scratch.clear();
                scratch.resize(*len, 0);
                dev.read(*buf, &mut scratch)?;
                checked.reads += 1;
                if digest(&scratch) != *d {
                    checked.differing += 1;
                }
            }
            Op::Read { .. } => {}
            Op::Launch {
                kernel,
                args,
                range,
            } => dev.launch(kernel, args, range)?,
        }
    }
    let launches = dev.finish()?;
    pool.give_back(&sizes, dev.into_buffers());
    Ok((launches, checked))
}

/// The experiment knobs of the module doc.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Knobs {
    idle_ms: u64,
    sync: bool,
}

impl Knobs {
    fn from_env() -> Knobs {
        Knobs {
            idle_ms: std::env::var("VISABENCH_REPLAY_IDLE_MS")
                .ok()
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0),
            sync: std::env::var("VISABENCH_REPLAY_SYNC").is_ok_and(|v| v.trim() == "1"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timing_modes_parse_and_name_themselves() {
        for m in [TimingMode::Replay, TimingMode::Rerun] {
            assert_eq!(TimingMode::parse(m.name()), Ok(m));
        }
        let e = TimingMode::parse("fast").unwrap_err();
        assert!(e.contains("replay, rerun"), "{e}");
        assert_eq!(TimingMode::default(), TimingMode::Replay);
    }

    #[test]
    fn a_trace_lists_its_allocations_and_launches() {
        let t = Trace {
            ops: vec![
                Op::Alloc(0),
                Op::Alloc(64),
                Op::Write {
                    buf: BufferId(1),
                    src: 0,
                    len: 64,
                },
                Op::Launch {
                    kernel: "k".into(),
                    args: vec![Arg::Buffer(BufferId(1))],
                    range: Range::d1(16, 16),
                },
                Op::Read {
                    buf: BufferId(1),
                    len: 64,
                    digest: 0,
                },
            ],
        };
        assert_eq!(
            t.allocs(),
            vec![1, 64],
            "a zero-byte allocation is one byte, as alloc makes it"
        );
        assert_eq!(t.launches(), 1);
    }
}
