//! The control-flow structure: matches `IF`/`ELSE`/`ENDIF`, loops, switches and subroutines,
//! links every flow instruction to the construct it belongs to and computes where it transfers
//! control. [`crate::validate()`] reports its errors and hands the [`Flow`] of a valid program
//! out in its [`crate::Validated`] product; the interpreter runs on the jump table, the
//! backends lay out code with the links.

use crate::opcode::Opcode;
use crate::program::Program;

/// A `SWITCH` and its labels.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Switch {
    /// Indices of its `CASE` instructions, in order.
    pub cases: Vec<usize>,
    /// Index of its `DEFAULT`, if any.
    pub default: Option<usize>,
    /// Index of its `ENDSWITCH`.
    pub end: usize,
}

/// The structure of a well-structured program: its jump table and the links between the
/// instructions of each construct. Only [`crate::validate()`] makes one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flow {
    /// See [`Flow::jump`].
    jump: Vec<usize>,
    switches: Vec<Switch>,
    /// See [`Flow::opener`].
    opener: Vec<usize>,
    /// Per `IF`/`UIF`: its `ELSE`, if any.
    else_of: Vec<Option<usize>>,
}

impl Flow {
    /// The jump table entry of instruction `i`: `IF`/`UIF` → where to go when false (after
    /// `ELSE`, or after `ENDIF`); `ELSE` → after `ENDIF`; `BGNLOOP` → after `ENDLOOP`;
    /// `ENDLOOP` and `CONT` → after `BGNLOOP`; `BRK` → after the innermost `ENDLOOP` or
    /// `ENDSWITCH`; `BGNSUB` → after `ENDSUB`; `CAL` → after the `BGNSUB`; `SWITCH` → its
    /// index in [`Flow::switches`]. Unused (0) for everything else.
    pub fn jump(&self, i: usize) -> usize {
        self.jump[i]
    }

    /// Every `SWITCH`, in the order their `ENDSWITCH`es appear.
    pub fn switches(&self) -> &[Switch] {
        &self.switches
    }

    /// The cases, default and end of the `SWITCH` at instruction `i`.
    pub fn switch(&self, i: usize) -> &Switch {
        &self.switches[self.jump[i]]
    }

    /// The opening instruction of the construct instruction `i` belongs to: the `IF`/`UIF`
    /// of an `ELSE` or `ENDIF`; the `BGNLOOP` of an `ENDLOOP` or `CONT` (the innermost one);
    /// the innermost `BGNLOOP` or `SWITCH` of a `BRK`; the `SWITCH` of a `CASE`, `DEFAULT` or
    /// `ENDSWITCH`; the `BGNSUB` of an `ENDSUB`. Unused (0) for everything else.
    pub fn opener(&self, i: usize) -> usize {
        self.opener[i]
    }

    /// The `ELSE` of the `IF`/`UIF` at instruction `i`, if it has one.
    pub fn else_of(&self, i: usize) -> Option<usize> {
        self.else_of[i]
    }

    /// The `ENDSUB` of the `BGNSUB` at instruction `i`.
    pub fn sub_end(&self, i: usize) -> usize {
        self.jump[i] - 1
    }

    /// The `BGNSUB` the `CAL` at instruction `i` calls.
    pub fn call_target(&self, i: usize) -> usize {
        self.jump[i] - 1
    }
}

/// A structural error at an instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FlowError {
    /// The instruction (`None`: the program as a whole).
    pub index: Option<usize>,
    pub message: String,
}

enum Open {
    If { at: usize, else_at: Option<usize> },
    Loop { at: usize, brks: Vec<usize>, conts: Vec<usize> },
    Switch { at: usize, sw: Switch, brks: Vec<usize> },
    Sub { at: usize },
}

impl Open {
    fn describe(&self) -> &'static str {
        match self {
            Open::If { .. } => "IF without ENDIF",
            Open::Loop { .. } => "BGNLOOP without ENDLOOP",
            Open::Switch { .. } => "SWITCH without ENDSWITCH",
            Open::Sub { .. } => "BGNSUB without ENDSUB",
        }
    }
    fn at(&self) -> usize {
        match self {
            Open::If { at, .. }
            | Open::Loop { at, .. }
            | Open::Switch { at, .. }
            | Open::Sub { at } => *at,
        }
    }
}

/// Analyses the structure; all errors are reported.
pub(crate) fn analyze(p: &Program) -> Result<Flow, Vec<FlowError>> {
    let n = p.insts.len();
    let mut a = Analysis {
        flow: Flow {
            jump: vec![0; n],
            switches: Vec::new(),
            opener: vec![0; n],
            else_of: vec![None; n],
        },
        errors: Vec::new(),
        stack: Vec::new(),
        end_at: None,
    };
    for (i, inst) in p.insts.iter().enumerate() {
        if let Some(e) = a.end_at {
            if a.stack.is_empty() && inst.op != Opcode::BGNSUB {
                a.err(i, format!("only subroutines may follow END (instruction {e})"));
            }
        }
        a.inst(p, i, inst.op);
    }
    for o in a.stack.iter().rev() {
        a.errors.push(FlowError { index: Some(o.at()), message: o.describe().into() });
    }
    if a.end_at.is_none() {
        a.errors.push(FlowError { index: None, message: "program does not end with END".into() });
    }
    if a.errors.is_empty() {
        Ok(a.flow)
    } else {
        Err(a.errors)
    }
}

/// The analysis in progress: the tables so far, the open constructs, the errors.
struct Analysis {
    flow: Flow,
    errors: Vec<FlowError>,
    stack: Vec<Open>,
    end_at: Option<usize>,
}

impl Analysis {
    fn err(&mut self, index: usize, message: String) {
        self.errors.push(FlowError { index: Some(index), message });
    }

    /// Instruction `i`, a `op`: opens, continues or closes a construct.
    fn inst(&mut self, p: &Program, i: usize, op: Opcode) {
        match op {
            Opcode::IF | Opcode::UIF => self.stack.push(Open::If { at: i, else_at: None }),
            Opcode::ELSE => self.else_(i),
            Opcode::ENDIF => self.endif(i),
            Opcode::BGNLOOP => self.stack.push(Open::Loop { at: i, brks: vec![], conts: vec![] }),
            Opcode::ENDLOOP => self.endloop(i),
            Opcode::BRK => self.brk(i),
            Opcode::CONT => self.cont(i),
            Opcode::SWITCH => {
                self.stack.push(Open::Switch { at: i, sw: Switch::default(), brks: vec![] });
            }
            Opcode::CASE => self.case(i),
            Opcode::DEFAULT => self.default(i),
            Opcode::ENDSWITCH => self.endswitch(i),
            Opcode::BGNSUB => {
                if !self.stack.is_empty() {
                    self.err(i, "BGNSUB inside other control flow".into());
                }
                self.stack.push(Open::Sub { at: i });
            }
            Opcode::ENDSUB => self.endsub(i),
            Opcode::CAL => self.cal(p, i),
            Opcode::END => self.end(i),
            _ => {}
        }
    }

    fn else_(&mut self, i: usize) {
        match self.stack.last_mut() {
            Some(Open::If { at, else_at: e @ None }) => {
                *e = Some(i);
                self.flow.opener[i] = *at;
            }
            Some(Open::If { .. }) => self.err(i, "second ELSE for one IF".into()),
            _ => self.err(i, "ELSE without IF".into()),
        }
    }

    fn endif(&mut self, i: usize) {
        let Some(&Open::If { at, else_at }) = self.stack.last() else {
            return self.err(i, "ENDIF without IF".into());
        };
        self.stack.pop();
        let f = &mut self.flow;
        f.opener[i] = at;
        f.else_of[at] = else_at;
        match else_at {
            Some(e) => {
                f.jump[at] = e + 1;
                f.jump[e] = i + 1;
            }
            None => f.jump[at] = i + 1,
        }
    }

    fn endloop(&mut self, i: usize) {
        let Some(Open::Loop { .. }) = self.stack.last() else {
            return self.err(i, "ENDLOOP without BGNLOOP".into());
        };
        if let Some(Open::Loop { at, brks, conts }) = self.stack.pop() {
            let f = &mut self.flow;
            f.opener[i] = at;
            f.jump[at] = i + 1;
            f.jump[i] = at + 1;
            for b in brks {
                f.jump[b] = i + 1;
            }
            for c in conts {
                f.jump[c] = at + 1;
            }
        }
    }

    fn brk(&mut self, i: usize) {
        let target = self.stack.iter_mut().rev().find_map(|o| match o {
            Open::Loop { at, brks, .. } | Open::Switch { at, brks, .. } => Some(Some((*at, brks))),
            Open::Sub { .. } => Some(None),
            Open::If { .. } => None,
        });
        match target {
            Some(Some((at, brks))) => {
                brks.push(i);
                self.flow.opener[i] = at;
            }
            _ => self.err(i, "BRK outside a loop or switch".into()),
        }
    }

    fn cont(&mut self, i: usize) {
        let target = self.stack.iter_mut().rev().find_map(|o| match o {
            Open::Loop { at, conts, .. } => Some(Some((*at, conts))),
            Open::Sub { .. } => Some(None),
            Open::If { .. } | Open::Switch { .. } => None,
        });
        match target {
            Some(Some((at, conts))) => {
                conts.push(i);
                self.flow.opener[i] = at;
            }
            _ => self.err(i, "CONT outside a loop".into()),
        }
    }

    fn case(&mut self, i: usize) {
        match self.stack.last_mut() {
            Some(Open::Switch { at, sw, .. }) => {
                sw.cases.push(i);
                self.flow.opener[i] = *at;
            }
            _ => self.err(i, "CASE outside a SWITCH".into()),
        }
    }

    fn default(&mut self, i: usize) {
        match self.stack.last_mut() {
            Some(Open::Switch { at, sw, .. }) if sw.default.is_none() => {
                sw.default = Some(i);
                self.flow.opener[i] = *at;
            }
            Some(Open::Switch { .. }) => self.err(i, "second DEFAULT in one SWITCH".into()),
            _ => self.err(i, "DEFAULT outside a SWITCH".into()),
        }
    }

    fn endswitch(&mut self, i: usize) {
        let Some(Open::Switch { .. }) = self.stack.last() else {
            return self.err(i, "ENDSWITCH without SWITCH".into());
        };
        if let Some(Open::Switch { at, mut sw, brks }) = self.stack.pop() {
            let f = &mut self.flow;
            f.opener[i] = at;
            sw.end = i;
            for b in brks {
                f.jump[b] = i + 1;
            }
            f.jump[at] = f.switches.len();
            f.switches.push(sw);
        }
    }

    fn endsub(&mut self, i: usize) {
        match self.stack.last() {
            Some(&Open::Sub { at }) => {
                self.flow.opener[i] = at;
                self.flow.jump[at] = i + 1;
                self.stack.pop();
            }
            _ => self.err(i, "ENDSUB without BGNSUB".into()),
        }
    }

    fn cal(&mut self, p: &Program, i: usize) {
        match p.insts[i].label {
            Some(l) if p.insts.get(l as usize).map(|t| t.op) == Some(Opcode::BGNSUB) => {
                self.flow.jump[i] = l as usize + 1;
            }
            Some(l) => self.err(i, format!("CAL target :{l} is not a BGNSUB")),
            None => self.err(i, "CAL without a target label".into()),
        }
    }

    fn end(&mut self, i: usize) {
        if let Some(e) = self.end_at {
            self.err(i, format!("second END (the first is instruction {e})"));
        } else if !self.stack.is_empty() {
            self.err(i, "END inside control flow or a subroutine".into());
        }
        self.end_at.get_or_insert(i);
    }
}
