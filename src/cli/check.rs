//! `tactful check`: the draft with its blunt passages marked and the alternatives listed.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::Args;

use crate::check::Checker;
use crate::interchange::ImportError;
use crate::model::Lang;
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

/// A draft is an email or a chat reply; a megabyte is hundreds of pages. Anything longer is a
/// mistake (a device, a log file) and is refused rather than read into memory.
pub const MAX_DRAFT_BYTES: u64 = 1024 * 1024;

fn read_draft(file: Option<&Path>) -> Result<String> {
    let too_long = || anyhow::anyhow!("{}", tr!("cli-draft-too-long", bytes = MAX_DRAFT_BYTES));
    let bytes = match file {
        Some(path) => crate::interchange::input::read_limited(path, MAX_DRAFT_BYTES).map_err(|error| match error {
            ImportError::TooLarge { .. } => too_long(),
            other => anyhow::Error::from(other),
        })?,
        None => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(MAX_DRAFT_BYTES + 1)
                .read_to_end(&mut bytes)
                .with_context(|| tr!("cli-draft-unreadable"))?;
            if bytes.len() as u64 > MAX_DRAFT_BYTES {
                return Err(too_long());
            }
            bytes
        }
    };
    String::from_utf8(bytes).with_context(|| tr!("cli-draft-not-utf8"))
}

/// The language asked for, if the phrasebook has phrases in it: checking against a language
/// with no phrases would always find nothing and look like a clean draft.
fn known_lang(store: &Store, lang: Option<&str>) -> Result<Option<Lang>> {
    let Some(lang) = lang else { return Ok(None) };
    let lang = Lang::new(lang).with_context(|| tr!("cli-bad-lang", lang = lang))?;
    let languages = store.languages()?;
    if !languages.contains(&lang) {
        let listed: Vec<&str> = languages.iter().map(Lang::as_str).collect();
        bail!("{}", tr!("cli-no-phrases-in", lang = lang.as_str(), languages = listed.join(", ")));
    }
    Ok(Some(lang))
}

pub(super) fn check(store: &Store, args: CheckArgs) -> Result<()> {
    let lang = known_lang(store, args.lang.as_deref())?;
    let draft = read_draft(args.file.as_deref().filter(|path| path.as_os_str() != "-"))?;
    let index = store.search_index(crate::model::now())?;
    let report = Checker::new(&index).check(&index, &draft, lang.as_ref().map(Lang::as_str));
    if args.json {
        out!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    if report.findings.is_empty() {
        out!("{}", tr!("draft-nothing-found", language = report.lang.as_str()));
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
        out!(
            "{}",
            tr!(
                "cli-finding",
                number = number + 1,
                passage = passage,
                blunt = finding.avoid.as_str(),
                situation = finding.situation.as_str()
            )
        );
        for alternative in &finding.alternatives {
            out!("   → {}  [{}]", alternative.text.lines().next().unwrap_or(&alternative.text), alternative.id);
        }
    }
    Ok(())
}
