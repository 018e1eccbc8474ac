//! Writes what a package ships beside the binary but generates from the command-line definitions:
//! the manual page and shell completions, so they never drift from `tactful --help`.
//!
//! `cargo run --example package_assets -- OUTDIR` writes `OUTDIR/tactful.1` and
//! `OUTDIR/completions/{tactful.bash,_tactful,tactful.fish}`. `scripts/package` runs it.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::CommandFactory;
use clap_complete::Shell;
use tactful::cli::Cli;

fn main() -> Result<()> {
    let out = PathBuf::from(std::env::args_os().nth(1).context("usage: package_assets OUTDIR")?);
    let completions = out.join("completions");
    std::fs::create_dir_all(&completions).with_context(|| format!("cannot create {}", completions.display()))?;

    let mut manual = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut manual)?;
    let manual_path = out.join("tactful.1");
    std::fs::write(&manual_path, manual).with_context(|| format!("cannot write {}", manual_path.display()))?;

    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let path = clap_complete::generate_to(shell, &mut Cli::command(), "tactful", &completions)
            .with_context(|| format!("cannot write the {shell} completions"))?;
        println!("{}", path.display());
    }
    println!("{}", manual_path.display());
    Ok(())
}
