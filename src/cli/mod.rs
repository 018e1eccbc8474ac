//! The `tactful` command line: clap definitions and one function per command, over the core.
//! Human output by default, `--json` where a script would want it.

/// Writes one line to standard output, returning a failed write as an error; [`run`] turns a
/// reader that stopped early (`tactful search refund | head -1`) into a quiet success.
macro_rules! out {
    ($($argument:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($argument)*)?
    }};
}

mod check;
mod copy;
pub(crate) mod files;
mod phrases;
mod team;

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};

use crate::store::{Seed, Store};

/// Tactful: vetted, tactful alternatives to the blunt thing — search, copy, curate.
///
/// Run without a command to open the desktop window.
#[derive(Debug, Parser)]
#[command(name = "tactful", version = crate::about::VERSION_LINE, about, long_about = None, after_help = QUERY_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Bring the running window to the front (or open one) with the search focused.
    #[arg(long)]
    pub show: bool,
    /// What to do; none opens the desktop window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Where the phrasebook lives.
#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// The database file [default: the platform data directory, e.g. ~/.local/share/tactful/tactful.sqlite].
    #[arg(long, global = true, env = "TACTFUL_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Leave a newly created database empty instead of loading the built-in phrasebook.
    #[arg(long, global = true)]
    pub no_builtin: bool,
}

const QUERY_HELP: &str = "\
Search queries:
  Words match in any order, each on its own: in the phrase text, the blunt lines it replaces,
  its situation (any language), tags and note. Case, accents and one typo in longer words are
  forgiven.
    refund late      both words, anywhere
    'exact           exactly these letters
    ^start           the text (or a blunt line) starts with it
    !word            leave out phrases containing it
    \"two words\"      these words together, exactly";

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Search phrases, best first.
    Search(phrases::SearchArgs),
    /// Show one phrase in full, with its translations.
    Show {
        /// Phrase id.
        id: String,
    },
    /// Copy a phrase to the clipboard (filling placeholders with --set name=value).
    Copy(copy::CopyArgs),
    /// Add a phrase to your Personal collection.
    Add(phrases::AddArgs),
    /// Change a phrase.
    Edit(phrases::EditArgs),
    /// Move a phrase to the trash (undo with `tactful restore`).
    Rm {
        /// Phrase id.
        id: String,
    },
    /// Bring a phrase back from the trash; without an id, list the trash.
    Restore {
        /// Phrase id.
        id: Option<String>,
    },
    /// List situations with their phrase counts.
    Situations {
        /// Titles in this language.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check a draft reply for blunt wording the phrasebook has alternatives for.
    Check(check::CheckArgs),
    /// Import a collection file: .json, .csv or Espanso .yml (a three-way merge, all or nothing).
    Import(files::ImportArgs),
    /// Export phrases as a collection file.
    Export(files::ExportArgs),
    #[command(flatten)]
    Team(team::TeamCommand),
    /// Keeps copied text on the Linux clipboard after `tactful copy` exits.
    #[command(hide = true)]
    ServeClipboard,
}

/// The database path: `--db`, `TACTFUL_DB`, or the platform data directory.
pub fn database_path(args: &DatabaseArgs) -> Result<PathBuf> {
    if let Some(path) = &args.db {
        return Ok(path.clone());
    }
    let directories = directories::ProjectDirs::from("", "", "tactful")
        .context("cannot find a home directory for the database; pass --db PATH or set TACTFUL_DB")?;
    Ok(directories.data_dir().join("tactful.sqlite"))
}

/// Opens the phrasebook the arguments point at.
pub fn open_store(args: &DatabaseArgs) -> Result<Store> {
    let path = database_path(args)?;
    let seed = if args.no_builtin { Seed::Empty } else { Seed::Builtin };
    Store::open(&path, seed).with_context(|| format!("cannot open the phrasebook at {}", path.display()))
}

/// Runs a command. A reader that closed standard output early wanted no more; that ends the
/// command with success, not an error.
pub fn run(database: &DatabaseArgs, command: Command) -> Result<()> {
    match run_command(database, command) {
        Err(error) if is_broken_pipe(&error) => Ok(()),
        other => other,
    }
}

/// Whether the error, or anything that caused it, is a write to a closed pipe.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|cause| cause.downcast_ref::<std::io::Error>())
        .any(|cause| cause.kind() == std::io::ErrorKind::BrokenPipe)
}

fn run_command(database: &DatabaseArgs, command: Command) -> Result<()> {
    match command {
        Command::ServeClipboard => copy::serve_clipboard(),
        Command::Import(args) => files::import(&mut open_store(database)?, args),
        Command::Export(args) => files::export(&open_store(database)?, args),
        Command::Copy(args) => copy::copy(&mut open_store(database)?, args),
        Command::Check(args) => check::check(&open_store(database)?, args),
        Command::Team(command) => team::run(&mut open_store(database)?, command),
        other => phrases::run(&mut open_store(database)?, other),
    }
}
