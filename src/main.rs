//! The `tactful` binary: no command opens the desktop window, a command runs the CLI. Errors are
//! printed once, as one chain, with exit code 1; clap's usage errors exit with 2.

use std::process::ExitCode;

use clap::Parser;
use tactful::cli::{self, Cli};

fn main() -> ExitCode {
    // Messages for people follow the desktop locale; the window may override it from Settings.
    let desktop = tactful::i18n::from_environment(|name| std::env::var(name).ok());
    tactful::i18n::set_process_language(desktop.unwrap_or_default());
    let arguments = Cli::parse();
    let result = match arguments.command {
        Some(command) => cli::run(&arguments.database, command),
        None => open_window(&arguments),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("tactful: {}", cli::describe_error(&error));
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "gui")]
fn open_window(arguments: &Cli) -> anyhow::Result<()> {
    tactful::gui::run(&arguments.database, arguments.show)
}

#[cfg(not(feature = "gui"))]
fn open_window(_arguments: &Cli) -> anyhow::Result<()> {
    use clap::CommandFactory;
    Cli::command().print_help()?;
    Ok(())
}
