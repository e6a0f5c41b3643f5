//! `VISABENCH_PLATFORM=NAME`: the application sees only the OpenCL platforms whose name or
//! vendor contains `NAME` (case ignored). Many applications take the first platform
//! (`clGetPlatformIDs(1, …)`); on a node where PoCL comes first this makes them use the GPU
//! without changing them or the ICD loader's configuration.
//!
//! The exported `clGetPlatformIDs` answers with the visible platforms only. So that a hidden
//! platform cannot be reached through the loader's default either, `clGetDeviceIDs` with a
//! null platform and `clCreateContextFromType` without `CL_CONTEXT_PLATFORM` get the first
//! visible platform, and a hidden platform's handle is refused (`CL_INVALID_PLATFORM`).
//! Nothing matching: the application sees no platform (`CL_PLATFORM_NOT_FOUND_KHR`, as the
//! loader answers when there is none) and one stderr line names the platforms there are.

use crate::ffi::{self, cl, ClInt, Handle};
use crate::TAG;
use std::sync::OnceLock;

/// One platform as the real library describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Platform {
    /// Its handle.
    pub handle: Handle,
    /// `CL_PLATFORM_NAME`.
    pub name: String,
    /// `CL_PLATFORM_VENDOR`.
    pub vendor: String,
}

/// Whether `want` names platform `p`: a substring of its name or vendor, case ignored. An
/// empty `want` names every platform.
pub fn matches(want: &str, p: &Platform) -> bool {
    let want = want.trim().to_lowercase();
    p.name.to_lowercase().contains(&want) || p.vendor.to_lowercase().contains(&want)
}

/// What the application sees of the platforms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    /// Every platform, in the real library's order.
    pub all: Vec<Handle>,
    /// Those `VISABENCH_PLATFORM` names, in the same order.
    pub visible: Vec<Handle>,
}

impl View {
    /// The platforms of `all` that `want` names.
    pub fn select(want: &str, all: &[Platform]) -> View {
        View {
            all: all.iter().map(|p| p.handle).collect(),
            visible: all
                .iter()
                .filter(|p| matches(want, p))
                .map(|p| p.handle)
                .collect(),
        }
    }

    /// The platform a call naming `platform` may use: a visible one as it is, the null
    /// platform (the loader's default) as the first visible one, a hidden one not at all
    /// (`None`). A handle that is no platform at all is passed on for the real library to
    /// refuse.
    pub fn admit(&self, platform: Handle) -> Option<Handle> {
        if platform.is_null() {
            return self.visible.first().copied();
        }
        let hidden = self.all.contains(&platform) && !self.visible.contains(&platform);
        (!hidden).then_some(platform)
    }

    /// The zero-terminated `cl_context_properties` to create a context from type with, given
    /// the application's `(name, value)` pairs: unchanged (`Ok(None)`) when they name a
    /// visible platform; with the first visible platform when they name none (or the null
    /// platform); `Err(())` when they name a hidden one or no platform is visible.
    #[allow(clippy::result_unit_err)] // the only error is CL_INVALID_PLATFORM.
    pub fn context_properties(&self, pairs: &[(isize, isize)]) -> Result<Option<Vec<isize>>, ()> {
        let mut flat = Vec::with_capacity(2 * pairs.len() + 3);
        let mut named = false;
        let mut changed = false;
        for &(k, v) in pairs {
            if k == cl::CONTEXT_PLATFORM {
                named = true;
                let p = self.admit(Handle(v as usize)).ok_or(())?;
                changed |= p.0 as isize != v;
                flat.extend([k, p.0 as isize]);
            } else {
                flat.extend([k, v]);
            }
        }
        if !named {
            let first = self.visible.first().ok_or(())?;
            flat.extend([cl::CONTEXT_PLATFORM, first.0 as isize]);
            changed = true;
        }
        flat.push(0);
        Ok(changed.then_some(flat))
    }
}

/// The line printed when `want` names no platform.
pub fn no_match_line(want: &str, all: &[Platform]) -> String {
    let there = if all.is_empty() {
        "there are none".to_string()
    } else {
        let each: Vec<String> = all
            .iter()
            .map(|p| format!("`{}` (vendor `{}`)", p.name, p.vendor))
            .collect();
        format!("the platforms are {}", each.join(", "))
    };
    format!(
        "{TAG}: VISABENCH_PLATFORM=`{want}` matches no OpenCL platform ({there}); the application sees none"
    )
}

/// The platforms as the real library describes them.
fn describe() -> Result<Vec<Platform>, ClInt> {
    let ids = ffi::platform_ids().map_err(|f| f.code)?;
    Ok(ids
        .into_iter()
        .map(|handle| Platform {
            handle,
            name: ffi::platform_string(handle, cl::PLATFORM_NAME).unwrap_or_default(),
            vendor: ffi::platform_string(handle, cl::PLATFORM_VENDOR).unwrap_or_default(),
        })
        .collect())
}

/// The view of this process, worked out on first use: `None` without `VISABENCH_PLATFORM`,
/// `Some(Err(code))` when the real library could not list its platforms (calls then pass
/// through unchanged).
pub fn view() -> Option<&'static Result<View, ClInt>> {
    static VIEW: OnceLock<Result<View, ClInt>> = OnceLock::new();
    let want = crate::config().platform.as_deref()?;
    Some(VIEW.get_or_init(|| {
        let all = describe()?;
        let view = View::select(want, &all);
        if view.visible.is_empty() {
            eprintln!("{}", no_match_line(want, &all));
        } else if crate::config().verbose {
            let names: Vec<&str> = all
                .iter()
                .filter(|p| view.visible.contains(&p.handle))
                .map(|p| p.name.as_str())
                .collect();
            eprintln!(
                "{TAG}: VISABENCH_PLATFORM=`{want}`: the application sees {} of {} platforms: {}",
                view.visible.len(),
                all.len(),
                names.join(", ")
            );
        }
        Ok(view)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn platforms() -> Vec<Platform> {
        let p = |h, name: &str, vendor: &str| Platform {
            handle: Handle(h),
            name: name.into(),
            vendor: vendor.into(),
        };
        vec![
            p(0x10, "Portable Computing Language", "The pocl project"),
            p(0x20, "NVIDIA CUDA", "NVIDIA Corporation"),
            p(0x30, "rusticl", "Mesa/X.org"),
        ]
    }

    #[test]
    fn names_and_vendors_match_as_substrings_ignoring_case() {
        let all = platforms();
        let pick = |want: &str| View::select(want, &all).visible;
        assert_eq!(pick("nvidia"), [Handle(0x20)]);
        assert_eq!(pick("CUDA"), [Handle(0x20)]);
        assert_eq!(pick("Corporation"), [Handle(0x20)], "the vendor counts");
        assert_eq!(pick("pocl"), [Handle(0x10)], "vendor `The pocl project`");
        assert_eq!(pick("portable computing"), [Handle(0x10)]);
        assert_eq!(pick("mesa"), [Handle(0x30)]);
        // Several matches keep the library's order; none gives an empty list.
        assert_eq!(pick("o"), [Handle(0x10), Handle(0x20), Handle(0x30)]);
        assert_eq!(pick("AMD"), Vec::<Handle>::new());
        assert_eq!(View::select("x", &all).all.len(), 3);
    }

    #[test]
    fn hidden_platforms_cannot_be_reached_and_null_means_the_first_visible() {
        let v = View::select("nvidia", &platforms());
        assert_eq!(v.admit(Handle(0x20)), Some(Handle(0x20)));
        assert_eq!(v.admit(Handle(0x10)), None, "PoCL is hidden");
        assert_eq!(
            v.admit(Handle(0)),
            Some(Handle(0x20)),
            "the loader's default"
        );
        assert_eq!(
            v.admit(Handle(0x99)),
            Some(Handle(0x99)),
            "no platform: passed on"
        );
        let none = View::select("AMD", &platforms());
        assert_eq!(none.admit(Handle(0)), None);
        assert_eq!(none.admit(Handle(0x20)), None);
    }

    #[test]
    fn contexts_from_type_get_a_visible_platform() {
        let v = View::select("nvidia", &platforms());
        let p = cl::CONTEXT_PLATFORM;
        assert_eq!(v.context_properties(&[]), Ok(Some(vec![p, 0x20, 0])));
        assert_eq!(
            v.context_properties(&[(0x1085, 1)]),
            Ok(Some(vec![0x1085, 1, p, 0x20, 0]))
        );
        assert_eq!(v.context_properties(&[(p, 0x20)]), Ok(None));
        assert_eq!(v.context_properties(&[(p, 0x10)]), Err(()));
        assert_eq!(v.context_properties(&[(p, 0)]), Ok(Some(vec![p, 0x20, 0])));
        let none = View::select("AMD", &platforms());
        assert_eq!(none.context_properties(&[]), Err(()));
    }

    #[test]
    fn no_match_names_every_platform_on_one_line() {
        let line = no_match_line("AMD", &platforms());
        assert_eq!(line.lines().count(), 1);
        assert!(line.starts_with("visabench-interposer: VISABENCH_PLATFORM=`AMD` matches no"));
        for name in ["Portable Computing Language", "NVIDIA CUDA", "rusticl"] {
            assert!(line.contains(name), "{line}");
        }
        assert!(no_match_line("AMD", &[]).contains("there are none"));
    }
}
