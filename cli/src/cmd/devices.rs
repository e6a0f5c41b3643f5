//! `visabench devices`: the OpenCL platforms and devices, and which one `run` would pick.

use std::process::ExitCode;

/// Arguments of `visabench devices`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON (a list of devices, the default one marked) for scripts.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let devices = harness::opencl::list_devices()?;
    let default = harness::opencl::choose(&devices, None)?;
    if args.json {
        let v: Vec<serde_json::Value> = devices
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let mut v = serde_json::to_value(d).unwrap_or_default();
                if let Some(o) = v.as_object_mut() {
                    o.insert("default".into(), (i == default).into());
                }
                v
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(ExitCode::SUCCESS);
    }
    for (i, d) in devices.iter().enumerate() {
        let mark = if i == default { "*" } else { " " };
        println!(
            "{mark} {}:{}  {:<4} {}  [{}; {}; driver {}]",
            d.platform_index,
            d.device_index,
            d.kind,
            d.device_name,
            d.platform_name,
            d.platform_version,
            d.driver_version
        );
    }
    println!("(* = default; choose another with --device NAME or --device P:D)");
    Ok(ExitCode::SUCCESS)
}
