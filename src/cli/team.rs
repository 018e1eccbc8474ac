//! Team curation on the command line: the review queue, vetting, followed files and conflicts.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::{Args, Subcommand};
use serde::Serialize;

use super::files::print_report;
use super::phrases::parse_id;
use crate::model::{Phrase, PhraseContent};
use crate::signing::TrustedKey;
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
    /// Follow a team collection file, folder or web address: imported now, each time the window
    /// opens, and when it changes while the window is open (an address is polled every few minutes).
    Subscribe {
        /// A collection file (.json, .csv, .yml), a folder of them, or an https:// address of one.
        target: String,
        /// Accept only files signed by this minisign public key (the key line, or its .pub file).
        /// Repeat for several keys, such as the current and the next one during a key change.
        #[arg(long, value_name = "KEY")]
        trust: Vec<String>,
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
                Some(name) => out!("{}", tr!("cli-vetted-by", id = phrase.id.as_str(), name = name)),
                None => out!("{}", tr!("cli-vetted", id = phrase.id.as_str())),
            }
            Ok(())
        }
        TeamCommand::Subscribe { target, trust } => {
            let trusted = trust.iter().map(|key| TrustedKey::parse_or_read(key)).collect::<Result<Vec<_>, _>>()?;
            let outcome = store.follow(&target, &trusted)?;
            out!("{}", tr!("cli-following", path = &outcome.path));
            if !trusted.is_empty() {
                let ids: Vec<String> = trusted.iter().map(|key| key.id().to_string()).collect();
                out!("{}", tr!("cli-signed-only", keys = ids.join(", ")));
            }
            print_sync(&outcome.reports)
        }
        TeamCommand::Subscriptions => {
            let subscriptions = store.subscriptions()?;
            if subscriptions.is_empty() {
                out!("{}", tr!("cli-no-subscriptions"));
            }
            for subscription in subscriptions {
                let synced = subscription
                    .synced_at
                    .map(|at| tr!("cli-synced-at", at = crate::model::format_timestamp(&at)))
                    .unwrap_or_else(|| tr!("cli-never-synced"));
                out!("{}  ({synced})", subscription.path.display());
                if !subscription.trusted_keys.is_empty() {
                    let ids: Vec<String> = subscription.trusted_keys.iter().map(|key| key.id().to_string()).collect();
                    out!("  {}", tr!("cli-signed-by-keys", keys = ids.join(", ")));
                }
                if let Some(error) = subscription.last_error {
                    out!("  {}", tr!("cli-last-error", error = error.as_str()));
                }
            }
            Ok(())
        }
        TeamCommand::Unsubscribe { path } => {
            store.unsubscribe(&path)?;
            out!("{}", tr!("cli-unsubscribed", path = &path));
            Ok(())
        }
        TeamCommand::Sync => {
            if store.subscriptions()?.is_empty() {
                out!("{}", tr!("cli-no-subscriptions"));
                return Ok(());
            }
            let reports = store.sync_subscriptions()?;
            if reports.is_empty() {
                out!("{}", tr!("cli-no-collection-files"));
            }
            print_sync(&reports)
        }
        TeamCommand::Conflicts { json } => conflicts(store, json),
        TeamCommand::Resolve(args) => {
            let resolution = if args.theirs { Resolution::Theirs } else { Resolution::Ours };
            let phrase = store.resolve(&parse_id(&args.id)?, resolution)?;
            let id = if args.theirs { "cli-resolved-theirs" } else { "cli-resolved-ours" };
            out!("{}", tr!(id, id = phrase.id.as_str(), status = phrase.content.status.as_str()));
            Ok(())
        }
    }
}

/// Prints one line per synced file; fails (exit 1) when any file could not be imported.
fn print_sync(reports: &[SyncReport]) -> Result<()> {
    let mut failed = 0;
    for report in reports {
        match &report.result {
            Ok(_) if report.not_modified => out!("{}", tr!("cli-not-modified", file = &report.file)),
            Ok(import) => {
                print_report(&report.file, import, false)?;
                if let Some(signer) = report.signer {
                    out!("  {}", tr!("cli-signed-by-key", key = signer.to_string()));
                }
            }
            Err(error) => {
                failed += 1;
                eprintln!("{error:#}");
            }
        }
        for note in &report.notes {
            out!("  {}", tr!("cli-not-supported", note = note.to_string()));
        }
    }
    if failed > 0 {
        bail!("{}", tr!("cli-sync-failed", failed = failed, total = reports.len()));
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
        out!("{}", tr!("cli-nothing-to-review"));
        return Ok(());
    }
    out!(
        "{}",
        tr!(
            "cli-review-counts",
            drafts = queue.drafts.len(),
            recheck = queue.needs_review.len(),
            conflicts = queue.conflicts.len()
        )
    );
    for row in rows {
        let reason = tr!(match row.reason {
            "draft" => "cli-reason-draft",
            "needs review" => "cli-reason-needs-review",
            _ => "cli-reason-conflict",
        });
        out!("{reason:<12}  [{}] {}  ({})", row.lang, row.text, row.id);
    }
    out!("{}", tr!("cli-review-hint"));
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
        out!("{}", tr!("cli-no-conflicts"));
        return Ok(());
    }
    for conflict in &conflicts {
        out!("{}", tr!("cli-conflict-from", id = conflict.ours.id.as_str(), source = conflict.source.as_str()));
        out!(
            "  {}",
            tr!(
                "cli-conflict-ours",
                text = first_line(&conflict.ours.content.text),
                status = conflict.ours.content.status.as_str()
            )
        );
        match &conflict.theirs {
            Some(theirs) => out!(
                "  {}",
                tr!("cli-conflict-theirs", text = first_line(&theirs.text), status = theirs.status.as_str())
            ),
            None => out!("  {}", tr!("cli-conflict-theirs-removed")),
        }
    }
    out!("{}", tr!("cli-resolve-hint"));
    Ok(())
}
