//! `tactful import` and `tactful export`, in every format.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

use crate::interchange::{self, ReadOptions, json};
use crate::model::{Lang, SituationKey};
use crate::store::{ExportFilter, ImportMode, ImportReport, Store};

/// Arguments of `tactful import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A collection file: format v1 JSON, CSV or an Espanso match file (.yml); see docs/format.md.
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
    /// Write here instead of standard output (replaced atomically).
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
    for id in ids.iter().take(SHOWN) {
        out!("  {label} {id}");
    }
    if ids.len() > SHOWN {
        out!("  … and {} more", ids.len() - SHOWN);
    }
    Ok(())
}

fn summary(report: &ImportReport) -> String {
    let mut parts = vec![
        format!("{} added", report.added.len()),
        format!("{} updated", report.updated.len()),
        format!("{} unchanged", report.unchanged),
        format!("{} local edits kept", report.kept_local.len()),
        format!("{} retired (removed upstream)", report.retired.len()),
        format!("{} conflicts", report.conflicts.len()),
    ];
    if !report.flagged_for_review.is_empty() {
        parts.push(format!("{} translations flagged for review", report.flagged_for_review.len()));
    }
    if report.situations_added > 0 {
        parts.push(format!("{} new situations", report.situations_added));
    }
    if report.situation_texts_changed > 0 {
        parts.push(format!("{} situation titles changed", report.situation_texts_changed));
    }
    parts.join(", ")
}

/// Prints what an import did (or, for a dry run, would do), listing conflicts always.
pub(super) fn print_report(file: &Path, report: &ImportReport, dry_run: bool) -> Result<()> {
    if dry_run {
        out!(
            "Dry run of {} into \"{}\": would be {}. Nothing was changed.",
            file.display(),
            report.collection,
            summary(report)
        );
        list_ids("add", &report.added)?;
        list_ids("update", &report.updated)?;
        list_ids("keep local", &report.kept_local)?;
        list_ids("retire", &report.retired)?;
    } else if report.changes_anything() {
        out!("Imported {} into \"{}\": {}.", file.display(), report.collection, summary(report));
    } else {
        out!("{} is up to date: {}.", file.display(), summary(report));
    }
    list_ids("conflict", &report.conflicts)?;
    if !report.conflicts.is_empty() {
        out!("  `tactful conflicts` shows both versions; `tactful resolve ID --ours|--theirs` settles one.");
    }
    if let Some(backup) = &report.backup {
        out!("A backup of the phrasebook from before the import is at {}", backup.display());
    }
    Ok(())
}

pub(super) fn import(store: &mut Store, args: ImportArgs) -> Result<()> {
    let options = ReadOptions { collection: args.collection, lang: Some(args.lang), situation: args.situation };
    let outcome = interchange::read_any(&args.file, &options)?;
    let mode = if args.dry_run { ImportMode::DryRun } else { ImportMode::Apply };
    let report = store.import(&args.file, &outcome.collection, mode)?;
    print_report(&args.file, &report, args.dry_run)?;
    for note in &outcome.notes {
        out!("  not supported: {note}");
    }
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
        anyhow::bail!("no collection named {name:?}");
    }
    let csv_output = args.output.as_deref().and_then(interchange::FileFormat::of) == Some(interchange::FileFormat::Csv);
    let format = args.format.unwrap_or(if csv_output { ExportFormat::Csv } else { ExportFormat::Json });
    let file = store.export(&filter)?;
    let text = match format {
        ExportFormat::Json => json::to_string(&file),
        ExportFormat::Csv => interchange::csv::to_string(&file),
    };
    match &args.output {
        Some(path) => write_atomically(path, text.as_bytes()),
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()).context("cannot write to standard output")
        }
    }
}

/// Writes through a temporary file in the same folder and renames it over `path`, so a crash
/// never leaves half a file where a team expects a whole one.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let folder = path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let file_name = path.file_name().context("the output path names no file")?.to_string_lossy();
    let temporary = folder.join(format!(".{file_name}.tactful-tmp"));
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    };
    write().map_err(|error| {
        let _ = std::fs::remove_file(&temporary);
        anyhow::Error::new(error).context(format!("cannot write {}", path.display()))
    })
}
