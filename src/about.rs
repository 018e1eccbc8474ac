//! What a user (or IT) asks of a build: which version it is, where it came from, its licence.
//! Shown by `tactful --version` and the window's About dialog.

/// The version line: `0.1.0 (3f2c1ab, built 2026-11-29, Debian package)` when the packaging script
/// named the build, `0.1.0 (built from source)` otherwise.
pub const VERSION_LINE: &str = match option_env!("TACTFUL_BUILD") {
    Some(line) => line,
    None => concat!(env!("CARGO_PKG_VERSION"), " (built from source)"),
};

/// The licence, as an SPDX expression.
pub const LICENSE: &str = env!("CARGO_PKG_LICENSE");

/// One line on what Tactful is.
pub const DESCRIPTION: &str = env!("CARGO_PKG_DESCRIPTION");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_line_starts_with_the_crate_version() {
        assert!(VERSION_LINE.starts_with(env!("CARGO_PKG_VERSION")), "{VERSION_LINE}");
        assert!(VERSION_LINE.contains('('), "the line says where the build came from: {VERSION_LINE}");
    }
}
