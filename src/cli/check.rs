//! `tactful check`: the draft with its blunt passages marked and the alternatives listed.

use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use crate::check::Checker;
use crate::search::SearchIndex;
use crate::store::Store;

/// Arguments of `tactful check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The draft to check; `-` or nothing reads standard input.
    pub file: Option<PathBuf>,
    /// The draft's language (detected when not given).
    #[arg(long)]
    pub lang: Option<String>,
    /// Print JSON: {"lang", "findings": [{"start", "end", "avoid", "situation", "alternatives"}]}.
    #[arg(long)]
    pub json: bool,
}

pub(super) fn check(store: &Store, args: CheckArgs) -> Result<()> {
    let draft = match args.file.as_deref().filter(|path| path.as_os_str() != "-") {
        Some(path) => std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?,
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).context("cannot read the draft from standard input")?;
            text
        }
    };
    let index = SearchIndex::build_streaming(
        |take| store.phrases_in_chunks(4096, take),
        &store.situations()?,
        crate::model::now(),
    )?;
    let report = Checker::new(&index).check(&index, &draft, args.lang.as_deref());
    if args.json {
        out!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    if report.findings.is_empty() {
        out!("No blunt wording found ({}).", report.lang);
        return Ok(());
    }
    let characters: Vec<char> = draft.chars().collect();
    let mut marked = String::new();
    let mut cursor = 0;
    for finding in &report.findings {
        // Findings are in order and apart; clamping keeps a slip from becoming a panic.
        let start = finding.start.clamp(cursor, characters.len());
        let end = finding.end.clamp(start, characters.len());
        marked.extend(&characters[cursor..start]);
        marked.push_str("[[");
        marked.extend(&characters[start..end]);
        marked.push_str("]]");
        cursor = end;
    }
    marked.extend(&characters[cursor..]);
    out!("{}\n", marked.trim_end());
    for (number, finding) in report.findings.iter().enumerate() {
        let passage: String = characters.iter().take(finding.end).skip(finding.start).collect();
        out!("{}. \"{passage}\" sounds like \"{}\" ({})", number + 1, finding.avoid, finding.situation);
        for alternative in &finding.alternatives {
            out!("   → {}  [{}]", alternative.text.lines().next().unwrap_or(&alternative.text), alternative.id);
        }
    }
    Ok(())
}
