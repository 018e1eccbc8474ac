//! `tactful import` and `tactful export`, in every format.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use crate::interchange::{self, FileFormat, ReadOptions};
use crate::model::{Lang, SituationKey};
use crate::store::{ExportFilter, ImportMode, ImportReport, Store};

/// Arguments of `tactful import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A collection file (format v1 JSON or CSV; see docs/format.md), an espanso match file or
    /// configuration folder, or another tool's export (Beeftext, Raycast, Alfred, TextExpander,
    /// Text Blaze; see docs/import.md).
    pub file: PathBuf,
    /// Show what would be added, updated, kept, retired and in conflict; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import into this collection instead of the one the file names (CSV and Espanso files
    /// default to the file name without extension).
    #[arg(long)]
    pub collection: Option<String>,
    /// Language of an Espanso file's snippets.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Situation for an Espanso file's snippets [default: espanso-snippets, created].
    #[arg(long)]
    pub situation: Option<String>,
    /// Refuse the whole file when one entry cannot be imported (for CI checks of a team
    /// collection). Without it, such entries are left out and listed with their line and reason.
    #[arg(long)]
    pub strict: bool,
    /// Print the report as JSON (skipped entries included).
    #[arg(long)]
    pub json: bool,
    /// The tool that wrote the file [default: told by extension and content].
    #[arg(long, value_enum, value_name = "TOOL")]
    pub from: Option<FromTool>,
}

/// Tools `tactful import --from` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FromTool {
    /// Tactful's own JSON or CSV.
    Tactful,
    /// An espanso match file (.yml) or configuration folder.
    Espanso,
    /// Beeftext's comboList.json or its CSV.
    Beeftext,
    /// Raycast's snippets export (.json).
    Raycast,
    /// Alfred's .alfredsnippets collection.
    Alfred,
    /// TextExpander's CSV export of a group.
    Textexpander,
    /// Text Blaze's CSV export.
    Textblaze,
}

impl From<FromTool> for interchange::Source {
    fn from(tool: FromTool) -> Self {
        match tool {
            FromTool::Tactful => interchange::Source::Tactful,
            FromTool::Espanso => interchange::Source::Espanso,
            FromTool::Beeftext => interchange::Source::Beeftext,
            FromTool::Raycast => interchange::Source::Raycast,
            FromTool::Alfred => interchange::Source::Alfred,
            FromTool::Textexpander => interchange::Source::TextExpander,
            FromTool::Textblaze => interchange::Source::TextBlaze,
        }
    }
}

/// Formats `tactful export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Format v1 JSON (keeps situations and collection name).
    Json,
    /// One row per phrase, for spreadsheets.
    Csv,
}

/// Arguments of `tactful export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write here instead of standard output (replaced atomically; a link is followed and the
    /// file it points to replaced; a device or FIFO is refused; `-` is standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only this language.
    #[arg(long)]
    pub lang: Option<String>,
    /// Only this situation key.
    #[arg(long)]
    pub situation: Option<String>,
    /// Only this collection (its name goes in the file).
    #[arg(long)]
    pub collection: Option<String>,
    /// File format [default: csv when the output file ends in .csv, else json].
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
}

fn list_ids(label: &str, ids: &[crate::model::PhraseId]) -> Result<()> {
    const SHOWN: usize = 20;
    let label = tr!(label);
    for id in ids.iter().take(SHOWN) {
        out!("  {label} {id}");
    }
    if ids.len() > SHOWN {
        out!("  {}", tr!("import-and-more", count = ids.len() - SHOWN));
    }
    Ok(())
}

/// Prints what an import did (or, for a dry run, would do), listing conflicts always.
pub(super) fn print_report(file: &Path, report: &ImportReport, dry_run: bool) -> Result<()> {
    if dry_run {
        out!("{}", tr!("cli-import-dry-run", file = file, collection = &report.collection, summary = report.summary()));
        list_ids("cli-import-add", &report.added)?;
        list_ids("cli-import-update", &report.updated)?;
        list_ids("cli-import-keep-local", &report.kept_local)?;
        list_ids("cli-import-retire", &report.retired)?;
    } else if report.changes_anything() {
        out!("{}", tr!("cli-imported", file = file, collection = &report.collection, summary = report.summary()));
    } else {
        out!("{}", tr!("cli-up-to-date", file = file, summary = report.summary()));
    }
    list_ids("cli-import-conflict", &report.conflicts)?;
    if !report.conflicts.is_empty() {
        out!("  {}", tr!("cli-conflicts-hint"));
    }
    if let Some(backup) = &report.backup {
        out!("{}", tr!("cli-backup-at", path = backup));
    }
    Ok(())
}

pub(super) fn import(store: &mut Store, args: ImportArgs) -> Result<()> {
    let options = ReadOptions {
        collection: args.collection,
        lang: Some(args.lang),
        situation: args.situation,
        partial: !args.strict,
        from: args.from.map(Into::into),
        detect_tools: true,
    };
    // The database's check and backup run while the file is read (a dry run takes none).
    let preparation = (!args.dry_run).then(|| store.prepare_import());
    let outcome = interchange::read_any(&args.file, &options)?;
    let report = match preparation {
        Some(preparation) => store.import_prepared(&args.file, &outcome.collection, preparation)?,
        None => store.import(&args.file, &outcome.collection, ImportMode::DryRun)?,
    };
    if args.json {
        return print_json_report(&args.file, &report, &outcome, args.dry_run);
    }
    print_report(&args.file, &report, args.dry_run)?;
    for note in &outcome.notes {
        out!("  {}", tr!("cli-not-supported", note = note.to_string()));
    }
    if !outcome.skipped.is_empty() {
        out!("{}", tr!("cli-skipped-entries", count = outcome.skipped.len(), file = &args.file));
        for skipped in &outcome.skipped {
            out!("  {}", tr!("cli-skipped", entry = skipped.to_string()));
        }
    }
    Ok(())
}

/// The import report for scripts: what was (or would be) done, what was imported with loss and
/// what was left out, each with its place in the file.
fn print_json_report(
    file: &Path,
    report: &ImportReport,
    outcome: &interchange::ReadOutcome,
    dry_run: bool,
) -> Result<()> {
    let places = |problems: &[interchange::Problem]| {
        problems
            .iter()
            .map(|problem| serde_json::json!({ "location": problem.location, "reason": problem.reason }))
            .collect::<Vec<_>>()
    };
    let ids = |ids: &[crate::model::PhraseId]| ids.iter().map(|id| id.as_str().to_owned()).collect::<Vec<_>>();
    let value = serde_json::json!({
        "file": file.display().to_string(),
        "collection": report.collection,
        "dry_run": dry_run,
        "added": ids(&report.added),
        "updated": ids(&report.updated),
        "unchanged": report.unchanged,
        "kept_local": ids(&report.kept_local),
        "retired": ids(&report.retired),
        "conflicts": ids(&report.conflicts),
        "situations_added": report.situations_added,
        "mapped_with_loss": places(&outcome.notes),
        "skipped": places(&outcome.skipped),
        "backup": report.backup.as_ref().map(|path| path.display().to_string()),
    });
    out!("{}", serde_json::to_string_pretty(&value)?);
    Ok(())
}

pub(super) fn export(store: &Store, args: ExportArgs) -> Result<()> {
    let filter = ExportFilter {
        lang: args.lang.map(Lang::new).transpose()?,
        situation: args.situation.map(SituationKey::new).transpose()?,
        collection: args.collection,
    };
    if let Some(name) = &filter.collection
        && !store.collections()?.iter().any(|collection| &collection.name == name)
    {
        anyhow::bail!("{}", tr!("cli-no-collection", name = name.as_str()));
    }
    let output = args.output.unwrap_or_else(|| PathBuf::from(interchange::STDOUT));
    let format = match args.format {
        Some(ExportFormat::Json) => FileFormat::Json,
        Some(ExportFormat::Csv) => FileFormat::Csv,
        None if FileFormat::of(&output) == Some(FileFormat::Csv) => FileFormat::Csv,
        None => FileFormat::Json,
    };
    let file = store.export(&filter)?;
    interchange::write_file(&output, &file, format)?;
    Ok(())
}

/// Writes `bytes` to `path` atomically. Kept for callers not yet moved to
/// [`interchange::write_file`], which every format goes through.
#[cfg(feature = "gui")]
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    Ok(interchange::output::write_bytes(path, bytes)?)
}
