//! Structure of the control flow: matches IF/ELSE/ENDIF, loops, switches and subroutines and
//! computes where each flow instruction transfers control. The validator reports its errors;
//! the interpreter runs on its jump table.

use crate::opcode::Opcode;
use crate::program::Program;

/// A `SWITCH` and its labels.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Switch {
    /// Indices of its `CASE` instructions, in order.
    pub cases: Vec<usize>,
    /// Index of its `DEFAULT`, if any.
    pub default: Option<usize>,
    /// Index of its `ENDSWITCH`.
    pub end: usize,
}

/// The jump table of a well-structured program.
#[derive(Clone, Debug, Default)]
pub(crate) struct Flow {
    /// Per instruction: IF/UIF → where to go when false (after ELSE, or after ENDIF); ELSE →
    /// after ENDIF; BGNLOOP → after ENDLOOP; ENDLOOP and CONT → after BGNLOOP; BRK → after the
    /// innermost ENDLOOP or ENDSWITCH; BGNSUB → after ENDSUB; CAL → after the BGNSUB;
    /// SWITCH → its index in `switches`. Unused (0) for everything else.
    pub jump: Vec<usize>,
    pub switches: Vec<Switch>,
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
    let mut jump = vec![0usize; n];
    let mut switches = Vec::new();
    let mut errors = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut end_at: Option<usize> = None;
    let mut err = |index: usize, message: String| {
        errors.push(FlowError { index: Some(index), message });
    };
    for (i, inst) in p.insts.iter().enumerate() {
        if let Some(e) = end_at {
            if stack.is_empty() && inst.op != Opcode::BGNSUB {
                err(i, format!("only subroutines may follow END (instruction {e})"));
            }
        }
        match inst.op {
            Opcode::IF | Opcode::UIF => stack.push(Open::If { at: i, else_at: None }),
            Opcode::ELSE => match stack.last_mut() {
                Some(Open::If { else_at: e @ None, .. }) => *e = Some(i),
                Some(Open::If { .. }) => err(i, "second ELSE for one IF".into()),
                _ => err(i, "ELSE without IF".into()),
            },
            Opcode::ENDIF => match stack.last() {
                Some(Open::If { at, else_at }) => {
                    let (at, else_at) = (*at, *else_at);
                    stack.pop();
                    match else_at {
                        Some(e) => {
                            jump[at] = e + 1;
                            jump[e] = i + 1;
                        }
                        None => jump[at] = i + 1,
                    }
                }
                _ => err(i, "ENDIF without IF".into()),
            },
            Opcode::BGNLOOP => stack.push(Open::Loop { at: i, brks: vec![], conts: vec![] }),
            Opcode::ENDLOOP => match stack.last() {
                Some(Open::Loop { .. }) => {
                    if let Some(Open::Loop { at, brks, conts }) = stack.pop() {
                        jump[at] = i + 1;
                        jump[i] = at + 1;
                        for b in brks {
                            jump[b] = i + 1;
                        }
                        for c in conts {
                            jump[c] = at + 1;
                        }
                    }
                }
                _ => err(i, "ENDLOOP without BGNLOOP".into()),
            },
            Opcode::BRK => {
                let target = stack.iter_mut().rev().find_map(|o| match o {
                    Open::Loop { brks, .. } | Open::Switch { brks, .. } => Some(Some(brks)),
                    Open::Sub { .. } => Some(None),
                    Open::If { .. } => None,
                });
                match target {
                    Some(Some(brks)) => brks.push(i),
                    _ => err(i, "BRK outside a loop or switch".into()),
                }
            }
            Opcode::CONT => {
                let target = stack.iter_mut().rev().find_map(|o| match o {
                    Open::Loop { conts, .. } => Some(Some(conts)),
                    Open::Sub { .. } => Some(None),
                    Open::If { .. } | Open::Switch { .. } => None,
                });
                match target {
                    Some(Some(conts)) => conts.push(i),
                    _ => err(i, "CONT outside a loop".into()),
                }
            }
            Opcode::SWITCH => {
                stack.push(Open::Switch { at: i, sw: Switch::default(), brks: vec![] });
            }
            Opcode::CASE => match stack.last_mut() {
                Some(Open::Switch { sw, .. }) => sw.cases.push(i),
                _ => err(i, "CASE outside a SWITCH".into()),
            },
            Opcode::DEFAULT => match stack.last_mut() {
                Some(Open::Switch { sw, .. }) if sw.default.is_none() => sw.default = Some(i),
                Some(Open::Switch { .. }) => err(i, "second DEFAULT in one SWITCH".into()),
                _ => err(i, "DEFAULT outside a SWITCH".into()),
            },
            Opcode::ENDSWITCH => match stack.last() {
                Some(Open::Switch { .. }) => {
                    if let Some(Open::Switch { at, mut sw, brks }) = stack.pop() {
                        sw.end = i;
                        for b in brks {
                            jump[b] = i + 1;
                        }
                        jump[at] = switches.len();
                        switches.push(sw);
                    }
                }
                _ => err(i, "ENDSWITCH without SWITCH".into()),
            },
            Opcode::BGNSUB => {
                if !stack.is_empty() {
                    err(i, "BGNSUB inside other control flow".into());
                }
                stack.push(Open::Sub { at: i });
            }
            Opcode::ENDSUB => match stack.last() {
                Some(Open::Sub { at }) => {
                    jump[*at] = i + 1;
                    stack.pop();
                }
                _ => err(i, "ENDSUB without BGNSUB".into()),
            },
            Opcode::CAL => match inst.label {
                Some(l) if p.insts.get(l as usize).map(|t| t.op) == Some(Opcode::BGNSUB) => {
                    jump[i] = l as usize + 1;
                }
                Some(l) => err(i, format!("CAL target :{l} is not a BGNSUB")),
                None => err(i, "CAL without a target label".into()),
            },
            Opcode::END => {
                if let Some(e) = end_at {
                    err(i, format!("second END (the first is instruction {e})"));
                } else if !stack.is_empty() {
                    err(i, "END inside control flow or a subroutine".into());
                }
                end_at.get_or_insert(i);
            }
            _ => {}
        }
    }
    for o in stack.iter().rev() {
        errors.push(FlowError { index: Some(o.at()), message: o.describe().into() });
    }
    if end_at.is_none() {
        errors.push(FlowError { index: None, message: "program does not end with END".into() });
    }
    if errors.is_empty() {
        Ok(Flow { jump, switches })
    } else {
        Err(errors)
    }
}
