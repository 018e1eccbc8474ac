//! Commands that read and change phrases: search, show, add, edit, rm, restore, situations.

use anyhow::{Context, Result, bail};
use clap::Args;
use serde::Serialize;

use super::Command;
use crate::model::{Lang, PhraseContent, PhraseId, SituationKey, Status};
use crate::search::{Filters, RecordsCheck, Searcher};
use crate::store::{PhraseEdit, Store};

/// Arguments of `tactful search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for (see "Search queries" in `tactful --help`); empty lists favourites and recent first.
    #[arg(num_args = 0.., value_name = "QUERY")]
    pub query: Vec<String>,
    /// Only this language (en, nl, sv, ru, …).
    #[arg(long)]
    pub lang: Option<String>,
    /// Only this situation key.
    #[arg(long)]
    pub situation: Option<String>,
    /// Only these statuses (repeatable); default draft and vetted.
    #[arg(long, value_parser = parse_status)]
    pub status: Vec<Status>,
    /// Only phrases with this tag.
    #[arg(long)]
    pub tag: Option<String>,
    /// Only this collection.
    #[arg(long)]
    pub collection: Option<String>,
    /// How many results (at least 1).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..))]
    pub limit: u16,
    /// Print a JSON array.
    #[arg(long)]
    pub json: bool,
}

fn parse_status(value: &str) -> Result<Status, String> {
    value.parse().map_err(|error: crate::model::ModelError| error.to_string())
}

/// Arguments of `tactful add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Situation key (see `tactful situations`).
    #[arg(long)]
    pub situation: String,
    /// Language code.
    #[arg(long)]
    pub lang: String,
    /// The blunt line it replaces (repeatable).
    #[arg(long)]
    pub avoid: Vec<String>,
    /// Why it works.
    #[arg(long)]
    pub note: Option<String>,
    /// A tag (repeatable).
    #[arg(long)]
    pub tag: Vec<String>,
    /// Review status.
    #[arg(long, value_parser = parse_status, default_value = "draft")]
    pub status: Status,
    /// Translation group.
    #[arg(long)]
    pub group: Option<String>,
    /// A short name, such as "Refund declined" (templates need one).
    #[arg(long)]
    pub title: Option<String>,
    /// What to say.
    pub text: String,
}

/// Arguments of `tactful edit`.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// Phrase id.
    pub id: String,
    /// New text.
    #[arg(long)]
    pub text: Option<String>,
    /// New status.
    #[arg(long, value_parser = parse_status)]
    pub status: Option<Status>,
    /// New situation key.
    #[arg(long)]
    pub situation: Option<String>,
    /// New language.
    #[arg(long)]
    pub lang: Option<String>,
    /// Replace the blunt lines (repeatable).
    #[arg(long)]
    pub avoid: Vec<String>,
    /// Remove all blunt lines.
    #[arg(long, conflicts_with = "avoid")]
    pub clear_avoid: bool,
    /// Replace the tags (repeatable).
    #[arg(long)]
    pub tag: Vec<String>,
    /// New note ("" removes it).
    #[arg(long)]
    pub note: Option<String>,
    /// New group ("" removes it).
    #[arg(long)]
    pub group: Option<String>,
    /// New title ("" removes it).
    #[arg(long)]
    pub title: Option<String>,
}

#[derive(Serialize)]
struct SearchRow<'a> {
    id: &'a str,
    text: &'a str,
    lang: &'a str,
    situation: &'a str,
    status: &'a str,
    score: f32,
    field: &'a str,
    ranges: Vec<[usize; 2]>,
    avoid: &'a [String],
    tags: &'a [String],
    favorite: bool,
}

pub(super) fn run(store: &mut Store, command: Command) -> Result<()> {
    match command {
        Command::Search(args) => search(store, args),
        Command::Show { id } => show(store, &parse_id(&id)?),
        Command::Add(args) => add(store, args),
        Command::Edit(args) => edit(store, args),
        Command::Rm { id } => {
            let id = parse_id(&id)?;
            store.delete_phrase(&id)?;
            out!("{}", tr!("cli-trashed", id = id.as_str()));
            Ok(())
        }
        Command::Restore { id: Some(id) } => {
            let phrase = store.restore_phrase(&parse_id(&id)?)?;
            out!("{}", tr!("cli-restored", id = phrase.id.as_str(), text = &phrase.content.text));
            Ok(())
        }
        Command::Restore { id: None } => {
            let trash = store.trash()?;
            if trash.is_empty() {
                out!("{}", tr!("cli-trash-empty"));
            }
            for phrase in trash {
                out!("{}  {}", phrase.id, first_line(&phrase.content.text));
            }
            Ok(())
        }
        Command::Situations { lang, json } => situations(store, &lang, json),
        _ => bail!("this command is handled elsewhere"),
    }
}

pub(super) fn parse_id(id: &str) -> Result<PhraseId> {
    PhraseId::new(id).map_err(anyhow::Error::from)
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text)
}

fn search(store: &Store, args: SearchArgs) -> Result<()> {
    // The stored index beside the database when it is current: no phrase is tokenised, and only
    // the records a search reads are checked (any damage found is answered below).
    let (index, _) = store.search_index_stored(crate::model::now(), RecordsCheck::WhenRead)?;
    let filters = Filters {
        lang: args.lang.map(|lang| Lang::new(lang).map(|lang| lang.to_string())).transpose()?,
        situation: args.situation,
        statuses: (!args.status.is_empty()).then_some(args.status),
        tag: args.tag.map(|tag| tag.to_lowercase()),
        collection: args.collection,
        favorites_only: false,
        recent_only: false,
    };
    let query = args.query.join(" ");
    let (_, ignored) = crate::search::query::Query::parse_counting_ignored(&query);
    if ignored > 0 {
        eprintln!("{}", tr!("cli-query-too-long", counted = crate::search::query::MAX_TERMS, ignored = ignored));
    }
    let mut hits = Searcher::new().search(&index, &query, &filters, usize::from(args.limit));
    // A stored index whose records were damaged gives no phrase for a hit, or did not let the
    // search read one: answer from the database instead, never with results left out.
    let rebuilt;
    let index = match hits.iter().all(|hit| index.phrase(hit.position).is_some()) && !index.found_damage() {
        true => &index,
        false => {
            rebuilt = store.rebuilt_search_index(crate::model::now())?;
            hits = Searcher::new().search(&rebuilt, &query, &filters, usize::from(args.limit));
            &rebuilt
        }
    };
    if args.json {
        let rows: Vec<SearchRow<'_>> = hits
            .iter()
            .filter_map(|hit| {
                let phrase = index.phrase(hit.position)?;
                Some(SearchRow {
                    id: phrase.id.as_str(),
                    text: &phrase.content.text,
                    lang: phrase.content.lang.as_str(),
                    situation: phrase.content.situation.as_str(),
                    status: phrase.content.status.as_str(),
                    score: (hit.score * 10.0).round() / 10.0,
                    field: hit.field.as_str(),
                    ranges: hit.ranges.iter().map(|range| [range.start, range.end]).collect(),
                    avoid: &phrase.content.avoid,
                    tags: &phrase.content.tags,
                    favorite: phrase.usage.favorite,
                })
            })
            .collect();
        out!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(());
    }
    if hits.is_empty() {
        out!("{}", tr!("cli-no-match"));
        return Ok(());
    }
    for (rank, hit) in hits.iter().enumerate() {
        let Some(phrase) = index.phrase(hit.position) else {
            continue;
        };
        let content = &phrase.content;
        out!("{:>2}. {}", rank + 1, first_line(&content.text));
        if let Some(avoid) = content.avoid.first() {
            out!("    {}", tr!("cli-instead-of", blunt = avoid.as_str()));
        }
        let draft = if content.status == Status::Vetted { String::new() } else { format!(" · {}", content.status) };
        out!("    {} · {}{draft} · {}", content.lang, content.situation, phrase.id);
    }
    Ok(())
}

fn show(store: &Store, id: &PhraseId) -> Result<()> {
    let phrase = store.phrase(id)?;
    let content = &phrase.content;
    let situations = store.situations()?;
    let situation = situations.iter().find(|situation| situation.key == content.situation);
    out!("{}\n", content.text);
    for line in &content.avoid {
        out!("{}", tr!("cli-instead-of", blunt = line.as_str()));
    }
    if let Some(note) = &content.note {
        out!("{}", tr!("cli-why", note = note.as_str()));
    }
    out!("{}", tr!("cli-id", id = phrase.id.as_str()));
    let title =
        situation.map(|situation| situation.title_in(content.lang.as_str())).unwrap_or(content.situation.as_str());
    out!("{}", tr!("cli-situation", title = title, key = content.situation.as_str()));
    out!(
        "{}",
        tr!(
            "cli-language-status-collection",
            lang = content.lang.as_str(),
            status = content.status.as_str(),
            collection = &phrase.collection
        )
    );
    let vetting = store.vetting(id)?;
    if let Some(at) = vetting.at {
        let on = crate::i18n::date(at.date_naive());
        match vetting.by {
            Some(name) => out!("{}", tr!("cli-vetted-by-on", name = name, date = on)),
            None => out!("{}", tr!("cli-vetted-on", date = on)),
        }
    }
    if vetting.needs_review {
        out!("{}", tr!("cli-needs-review"));
    }
    if let Some(key_id) = &vetting.signed_by {
        out!("{}", tr!("cli-signed-by-key", key = key_id.to_string()));
    }
    if !content.tags.is_empty() {
        out!("{}", tr!("cli-tags", tags = content.tags.join(", ")));
    }
    if phrase.usage.favorite || phrase.usage.copy_count > 0 {
        if phrase.usage.favorite {
            out!("{}", tr!("cli-copied-times-favourite", count = phrase.usage.copy_count));
        } else {
            out!("{}", tr!("cli-copied-times", count = phrase.usage.copy_count));
        }
    }
    if let Some(group) = &content.group {
        for sibling in store.group_members(group)?.into_iter().filter(|sibling| sibling.id != phrase.id) {
            out!("\n[{}] {}  ({})", sibling.content.lang, sibling.content.text, sibling.id);
        }
    }
    Ok(())
}

fn add(store: &mut Store, args: AddArgs) -> Result<()> {
    let content = PhraseContent {
        situation: SituationKey::new(args.situation)?,
        lang: Lang::new(args.lang)?,
        title: args.title,
        text: args.text,
        avoid: args.avoid,
        note: args.note,
        tags: args.tag,
        status: args.status,
        group: args.group,
    };
    let phrase = store.add_phrase(content, None)?;
    out!("{}", tr!("cli-added", id = phrase.id.as_str()));
    Ok(())
}

fn edit(store: &mut Store, args: EditArgs) -> Result<()> {
    let id = parse_id(&args.id)?;
    let optional = |value: Option<String>| value.map(|value| Some(value).filter(|value| !value.trim().is_empty()));
    let edit = PhraseEdit {
        situation: args.situation.map(SituationKey::new).transpose()?,
        lang: args.lang.map(Lang::new).transpose()?,
        title: optional(args.title),
        text: args.text,
        avoid: if args.clear_avoid { Some(Vec::new()) } else { (!args.avoid.is_empty()).then_some(args.avoid) },
        note: optional(args.note),
        tags: (!args.tag.is_empty()).then_some(args.tag),
        status: args.status,
        group: optional(args.group),
    };
    if edit == PhraseEdit::default() {
        bail!("{}", tr!("cli-nothing-to-change"));
    }
    let phrase = store.edit_phrase(&id, edit).with_context(|| tr!("cli-cannot-edit", id = id.as_str()))?;
    out!("{}", tr!("cli-updated", id = phrase.id.as_str(), text = first_line(&phrase.content.text)));
    Ok(())
}

#[derive(Serialize)]
struct SituationRow {
    key: String,
    title: String,
    description: Option<String>,
    phrases: usize,
}

fn situations(store: &Store, lang: &str, json: bool) -> Result<()> {
    let counts = store.situation_counts()?;
    let rows: Vec<SituationRow> = store
        .situations()?
        .into_iter()
        .map(|situation| SituationRow {
            title: situation.title_in(lang).to_owned(),
            description: situation.text_in(lang).and_then(|text| text.description.clone()),
            phrases: counts.get(situation.key.as_str()).copied().unwrap_or(0),
            key: situation.key.to_string(),
        })
        .collect();
    if json {
        out!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(());
    }
    let width = rows.iter().map(|row| row.key.len()).max().unwrap_or(0);
    for row in rows {
        out!("{:<width$}  {:>4}  {}", row.key, row.phrases, row.title);
    }
    Ok(())
}
