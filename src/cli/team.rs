//! Team curation on the command line: the review queue, vetting, followed files and conflicts.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::{Args, Subcommand};
use serde::Serialize;

use super::files::print_report;
use super::phrases::parse_id;
use crate::model::{Phrase, PhraseContent};
use crate::store::{Resolution, Store, SyncReport};

/// Team commands.
#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// List collections (built-in, Personal, team ones) with their phrase counts.
    Collections,
    /// List what waits for review: drafts, translations flagged after a change, and conflicts.
    Review {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Mark a phrase vetted, recording who and when (clears "needs review").
    Vet(VetArgs),
    /// Follow a team collection file or folder: imported now, each time the window opens, and when
    /// it changes while the window is open.
    Subscribe {
        /// A collection file (.json, .csv, .yml) or a folder of them.
        path: PathBuf,
    },
    /// List followed files and folders.
    Subscriptions,
    /// Stop following a file or folder (its phrases stay).
    Unsubscribe {
        /// The path, as `tactful subscriptions` lists it.
        path: PathBuf,
    },
    /// Import every followed file or folder now.
    Sync,
    /// List phrases changed both here and upstream, with both versions.
    Conflicts {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Keep one side of a conflict.
    Resolve(ResolveArgs),
}

/// Arguments of `tactful vet`.
#[derive(Debug, Args)]
pub struct VetArgs {
    /// Phrase id.
    pub id: String,
    /// Who vets it [default: $TACTFUL_NAME, else $USER].
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

/// Arguments of `tactful resolve`.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("side").required(true).args(["ours", "theirs"])))]
pub struct ResolveArgs {
    /// Phrase id.
    pub id: String,
    /// Keep the local version.
    #[arg(long)]
    pub ours: bool,
    /// Take the incoming version (retires the phrase when it was removed upstream).
    #[arg(long)]
    pub theirs: bool,
}

/// Runs a team command.
pub fn run(store: &mut Store, command: TeamCommand) -> Result<()> {
    match command {
        TeamCommand::Collections => {
            for collection in store.collections()? {
                out!("{:>6}  {}", collection.phrase_count, collection.name);
            }
            Ok(())
        }
        TeamCommand::Review { json } => review(store, json),
        TeamCommand::Vet(args) => {
            let by = args.by.or_else(|| std::env::var("TACTFUL_NAME").ok()).or_else(|| std::env::var("USER").ok());
            let phrase = store.vet(&parse_id(&args.id)?, by.as_deref())?;
            match by {
                Some(name) => out!("Vetted {} (by {name}).", phrase.id),
                None => out!("Vetted {}.", phrase.id),
            }
            Ok(())
        }
        TeamCommand::Subscribe { path } => {
            let outcome = store.subscribe(&path)?;
            out!("Following {}.", outcome.path.display());
            print_sync(&outcome.reports)
        }
        TeamCommand::Subscriptions => {
            let subscriptions = store.subscriptions()?;
            if subscriptions.is_empty() {
                out!("No subscriptions. `tactful subscribe PATH` follows a team file or folder.");
            }
            for subscription in subscriptions {
                let synced = subscription
                    .synced_at
                    .map(|at| format!("synced {}", crate::model::format_timestamp(&at)))
                    .unwrap_or_else(|| "never synced".into());
                out!("{}  ({synced})", subscription.path.display());
                if let Some(error) = subscription.last_error {
                    out!("  last error: {error}");
                }
            }
            Ok(())
        }
        TeamCommand::Unsubscribe { path } => {
            store.unsubscribe(&path)?;
            out!("No longer following {}; its phrases stay.", path.display());
            Ok(())
        }
        TeamCommand::Sync => {
            if store.subscriptions()?.is_empty() {
                out!("No subscriptions. `tactful subscribe PATH` follows a team file or folder.");
                return Ok(());
            }
            let reports = store.sync_subscriptions()?;
            if reports.is_empty() {
                out!("The followed folders hold no collection files (.json, .csv, .yml) yet.");
            }
            print_sync(&reports)
        }
        TeamCommand::Conflicts { json } => conflicts(store, json),
        TeamCommand::Resolve(args) => {
            let resolution = if args.theirs { Resolution::Theirs } else { Resolution::Ours };
            let phrase = store.resolve(&parse_id(&args.id)?, resolution)?;
            let side = if args.theirs { "the incoming version" } else { "your version" };
            out!("Resolved {}: kept {side} ({}).", phrase.id, phrase.content.status);
            Ok(())
        }
    }
}

/// Prints one line per synced file; fails (exit 1) when any file could not be imported.
fn print_sync(reports: &[SyncReport]) -> Result<()> {
    let mut failed = 0;
    for report in reports {
        match &report.result {
            Ok(import) => print_report(&report.file, import, false)?,
            Err(error) => {
                failed += 1;
                eprintln!("{error:#}");
            }
        }
        for note in &report.notes {
            out!("  not supported: {note}");
        }
    }
    if failed > 0 {
        bail!("{failed} of {} followed files could not be imported; nothing was changed from them", reports.len());
    }
    Ok(())
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text)
}

#[derive(Serialize)]
struct ReviewRow<'a> {
    id: &'a str,
    reason: &'static str,
    lang: &'a str,
    text: &'a str,
}

fn review(store: &Store, json: bool) -> Result<()> {
    let queue = store.review_queue()?;
    let mut rows = Vec::new();
    let mut entries: Vec<(&Phrase, &'static str)> = Vec::new();
    for phrase in &queue.drafts {
        entries.push((phrase, "draft"));
    }
    for phrase in &queue.needs_review {
        entries.push((phrase, "needs review"));
    }
    for conflict in &queue.conflicts {
        entries.push((&conflict.ours, "conflict"));
    }
    for (phrase, reason) in &entries {
        rows.push(ReviewRow {
            id: phrase.id.as_str(),
            reason,
            lang: phrase.content.lang.as_str(),
            text: first_line(&phrase.content.text),
        });
    }
    if json {
        out!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(());
    }
    if rows.is_empty() {
        out!("Nothing to review.");
        return Ok(());
    }
    out!(
        "Drafts: {}; translations to re-check: {}; conflicts: {}.",
        queue.drafts.len(),
        queue.needs_review.len(),
        queue.conflicts.len()
    );
    for row in rows {
        out!("{:<12}  [{}] {}  ({})", row.reason, row.lang, row.text, row.id);
    }
    out!("`tactful vet ID` approves a phrase; `tactful conflicts` shows both versions of a conflict.");
    Ok(())
}

#[derive(Serialize)]
struct ConflictRow<'a> {
    id: &'a str,
    source: &'a str,
    ours: &'a PhraseContent,
    theirs: Option<&'a PhraseContent>,
}

fn conflicts(store: &Store, json: bool) -> Result<()> {
    let conflicts = store.conflicts()?;
    if json {
        let rows: Vec<ConflictRow<'_>> = conflicts
            .iter()
            .map(|conflict| ConflictRow {
                id: conflict.ours.id.as_str(),
                source: &conflict.source,
                ours: &conflict.ours.content,
                theirs: conflict.theirs.as_ref(),
            })
            .collect();
        out!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(());
    }
    if conflicts.is_empty() {
        out!("No conflicts.");
        return Ok(());
    }
    for conflict in &conflicts {
        out!("{}  (from {})", conflict.ours.id, conflict.source);
        out!("  ours:   {} [{}]", first_line(&conflict.ours.content.text), conflict.ours.content.status);
        match &conflict.theirs {
            Some(theirs) => out!("  theirs: {} [{}]", first_line(&theirs.text), theirs.status),
            None => out!("  theirs: removed upstream"),
        }
    }
    out!("`tactful resolve ID --ours` keeps yours; `--theirs` takes the incoming version.");
    Ok(())
}
