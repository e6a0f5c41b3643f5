//! Reading clang's diagnostics (`file:line:col: severity: message`) from its stderr.

use visabench_core::Diagnostic;

/// Parses every located diagnostic line of clang's stderr.
///
/// `rename` maps the scratch file clang compiled back to the name the user knows. Lines that
/// are not diagnostics (source excerpts, carets, "N errors generated") are skipped.
pub(crate) fn parse(stderr: &str, scratch: &str, user_name: &str) -> Vec<Diagnostic> {
    stderr
        .lines()
        .filter_map(|l| parse_line(l, scratch, user_name))
        .collect()
}

fn parse_line(line: &str, scratch: &str, user_name: &str) -> Option<Diagnostic> {
    const SEVERITIES: [&str; 4] = ["fatal error", "error", "warning", "note"];
    // Find ": <severity>: " and split the location before it.
    let (loc, severity, message) = SEVERITIES.iter().find_map(|sev| {
        let marker = format!(": {sev}: ");
        line.find(&marker)
            .map(|i| (&line[..i], *sev, &line[i + marker.len()..]))
    })?;
    // loc = file:line:col (the file itself may contain ':').
    let mut parts = loc.rsplitn(3, ':');
    let column: u32 = parts.next()?.parse().ok()?;
    let line_no: u32 = parts.next()?.parse().ok()?;
    let file = parts.next()?;
    let file = if file == scratch { user_name } else { file };
    Some(Diagnostic {
        file: file.to_string(),
        line: line_no,
        column,
        severity: severity.to_string(),
        message: message.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_errors_and_renames_the_scratch_file() {
        let stderr = "/tmp/x/k.cl:3:7: error: use of undeclared identifier 'b'\n    3 | a = b;\n      |     ^\n\
                      inc/h.h:1:10: fatal error: 'y.h' file not found\n2 errors generated.\n";
        let d = parse(stderr, "/tmp/x/k.cl", "kernels/k.cl");
        assert_eq!(d.len(), 2);
        assert_eq!(
            d[0].to_string(),
            "kernels/k.cl:3:7: error: use of undeclared identifier 'b'"
        );
        assert_eq!(d[1].severity, "fatal error");
        assert_eq!(d[1].file, "inc/h.h");
        assert_eq!((d[1].line, d[1].column), (1, 10));
    }

    #[test]
    fn skips_lines_without_location() {
        assert!(parse("clang-22: error: unknown argument: '-cl-foo'\n", "a", "b").is_empty());
    }
}
