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
mod keys;
mod phrases;
mod team;

use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};

pub use crate::paths::DatabaseArgs;
use crate::store::{Store, StoreError};

/// Tactful: vetted, tactful alternatives to the blunt thing — search, copy, curate.
///
/// Run without a command to open the desktop window.
#[derive(Debug, Parser)]
#[command(name = "tactful", version = crate::about::VERSION_LINE, about, long_about = None, after_help = QUERY_HELP)]
pub struct Cli {
    /// Where the phrasebook lives (`--db`, `--no-builtin`).
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Bring the running window to the front (or open one) with the search focused.
    #[arg(long)]
    pub show: bool,
    /// What to do; none opens the desktop window.
    #[command(subcommand)]
    pub command: Option<Command>,
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
    /// Import a collection file (.json, .csv), espanso .yml or folder, or another tool's snippets.
    Import(files::ImportArgs),
    /// Export phrases as a collection file.
    Export(files::ExportArgs),
    /// The team commands (review, vet, subscribe, sync, conflicts, resolve…), flattened in.
    #[command(flatten)]
    Team(team::TeamCommand),
    /// Make a team signing key pair (minisign format; minisign and rsign2 read it too).
    Keygen(keys::KeygenArgs),
    /// Sign collection files for agents who trust your key: writes FILE.minisig beside each.
    Sign(keys::SignArgs),
    /// Keeps copied text on the Linux clipboard after `tactful copy` exits.
    #[command(hide = true)]
    ServeClipboard,
}

/// The database path: `--db`, `TACTFUL_DB`, or the platform data directory. Kept for callers
/// not yet moved to [`DatabaseArgs::path`].
pub fn database_path(args: &DatabaseArgs) -> Result<PathBuf> {
    Ok(args.path()?)
}

/// Opens the phrasebook the arguments point at ([`DatabaseArgs::open`]).
pub fn open_store(args: &DatabaseArgs) -> Result<Store> {
    Ok(args.open()?)
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
    error.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || cause.downcast_ref::<crate::interchange::WriteError>().is_some_and(|write| write.is_broken_pipe())
    })
}

fn run_command(database: &DatabaseArgs, command: Command) -> Result<()> {
    match command {
        Command::ServeClipboard => copy::serve_clipboard(),
        Command::Keygen(args) => keys::keygen(args),
        Command::Sign(args) => keys::sign(args),
        Command::Import(args) => files::import(&mut open_store(database)?, args),
        Command::Export(args) => files::export(&open_store(database)?, args),
        Command::Copy(args) => copy::copy(&mut open_store(database)?, args),
        Command::Check(args) => check::check(&open_store(database)?, args),
        Command::Team(command) => team::run(&mut open_store(database)?, command),
        other => phrases::run(&mut open_store(database)?, other),
    }
}

/// An error chain for people, as one line. In English it is the core's own words (with the
/// command line's hints, such as `--db`); in another interface language each error of the chain
/// that has a translated sentence is told through [`Explain`](crate::i18n::Explain), the rest as they are.
pub fn describe_error(error: &anyhow::Error) -> String {
    if crate::i18n::language() == crate::i18n::Language::En {
        return format!("{error:#}");
    }
    error.chain().map(explain_link).collect::<Vec<_>>().join(": ")
}

fn explain_link(link: &(dyn std::error::Error + 'static)) -> String {
    use crate::i18n::Explain;
    if let Some(error) = link.downcast_ref::<StoreError>() {
        error.explain()
    } else if let Some(error) = link.downcast_ref::<crate::interchange::ImportError>() {
        error.explain()
    } else if let Some(error) = link.downcast_ref::<crate::store::FetchFailed>() {
        error.explain()
    } else if let Some(error) = link.downcast_ref::<crate::remote::RemoteError>() {
        error.explain()
    } else if let Some(error) = link.downcast_ref::<crate::signing::SigningError>() {
        error.explain()
    } else {
        link.to_string()
    }
}
