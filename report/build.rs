//! Embeds the TrueType font the report's figures are drawn with (see [`report_font`]).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    report_font();
}

/// Copies the TrueType font the report's figures are drawn with into `OUT_DIR/report-font.ttf`
/// (the binary embeds it, so GPU nodes need no fonts): `VISABENCH_FONT` if set, else
/// DejaVu Sans from Debian's `fonts-dejavu-core`. When none is found the file is left empty
/// and the report looks for a font at run time.
fn report_font() {
    println!("cargo:rerun-if-env-changed=VISABENCH_FONT");
    let candidates = [
        std::env::var("VISABENCH_FONT").unwrap_or_default(),
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf".to_string(),
        "/usr/share/fonts/dejavu/DejaVuSans.ttf".to_string(),
        "/usr/share/fonts/TTF/DejaVuSans.ttf".to_string(),
    ];
    let found = candidates
        .iter()
        .filter(|c| !c.is_empty())
        .find_map(|c| std::fs::read(c).ok().map(|b| (c, b)));
    let bytes = match found {
        Some((path, bytes)) => {
            println!("cargo:rerun-if-changed={path}");
            bytes
        }
        None => {
            println!("cargo:warning=no DejaVuSans.ttf (apt-get install fonts-dejavu-core): report figures will need VISABENCH_FONT at run time");
            Vec::new()
        }
    };
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("report-font.ttf"), bytes)
        .expect("cannot write OUT_DIR/report-font.ttf");
}
