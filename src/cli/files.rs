//! `tactful import` and `tactful export`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

use crate::interchange::{self, json};
use crate::model::{Lang, SituationKey};
use crate::store::{ExportFilter, ImportMode, ImportReport, Store};

/// Arguments of `tactful import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A collection file (format v1 JSON; see docs/format.md).
    pub file: PathBuf,
    /// Show what would be added, updated and left unchanged; change nothing.
    #[arg(long)]
    pub dry_run: bool,
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
}

fn list_ids(label: &str, ids: &[crate::model::PhraseId]) {
    const SHOWN: usize = 20;
    for id in ids.iter().take(SHOWN) {
        println!("  {label} {id}");
    }
    if ids.len() > SHOWN {
        println!("  … and {} more", ids.len() - SHOWN);
    }
}

fn summary(report: &ImportReport) -> String {
    let mut parts = vec![
        format!("{} added", report.added.len()),
        format!("{} updated", report.updated.len()),
        format!("{} unchanged", report.unchanged),
    ];
    if report.situations_added > 0 {
        parts.push(format!("{} new situations", report.situations_added));
    }
    if report.situation_texts_changed > 0 {
        parts.push(format!("{} situation titles changed", report.situation_texts_changed));
    }
    parts.join(", ")
}

pub(super) fn import(store: &mut Store, args: ImportArgs) -> Result<()> {
    let collection = interchange::read_file(&args.file)?;
    let mode = if args.dry_run { ImportMode::DryRun } else { ImportMode::Apply };
    let report = store.import(&args.file, &collection, mode)?;
    if args.dry_run {
        println!(
            "Dry run of {} into \"{}\": would be {}. Nothing was changed.",
            args.file.display(),
            report.collection,
            summary(&report)
        );
        list_ids("add", &report.added);
        list_ids("update", &report.updated);
    } else {
        println!("Imported {} into \"{}\": {}.", args.file.display(), report.collection, summary(&report));
        if let Some(backup) = &report.backup {
            println!("A backup of the phrasebook from before the import is at {}", backup.display());
        }
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
    let text = json::to_string(&store.export(&filter)?);
    match &args.output {
        Some(path) => write_atomically(path, text.as_bytes()),
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(text.as_bytes()) {
                // A reader that stopped early (`| head`) wanted no more; that is not a failure.
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.context("cannot write to standard output"),
            }
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
