//! The shipped phrasebook meets the rules in data/README.md.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use tactful::builtin;
use tactful::check::Checker;
use tactful::search::SearchIndex;
use tactful::store::{Seed, Store};
use tactful::template::Template;

/// The documented tag set (data/README.md).
const ALLOWED_TAGS: &[&str] = &[
    "call",
    "chat",
    "email",
    "template",
    "refund",
    "delivery",
    "billing",
    "order",
    "booking",
    "policy",
    "complaint",
    "manager",
    "account",
    "returns",
    "feedback",
    "technical",
    "wait",
    "apology",
    "cancellation",
    "privacy",
    "social",
];
/// The base languages: every group exists in each of them.
const LANGUAGES: [&str; 4] = ["en", "nl", "sv", "ru"];
const CHANNELS: [&str; 3] = ["call", "chat", "email"];
const SPOKEN_LIMIT: usize = 200;
const MIN_SITUATIONS: usize = 30;
const MIN_ALTERNATIVES: usize = 8;
const MIN_TEMPLATES: usize = 24;
/// What one situation offers in one base language.
#[derive(Default)]
struct Coverage<'a> {
    alternatives: usize,
    avoid: BTreeSet<&'a str>,
    channels: BTreeSet<&'a str>,
}

/// The placeholder names documented in the table of data/README.md, the one list of them.
fn documented_placeholders() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/README.md");
    let readme = std::fs::read_to_string(path).expect("data/README.md");
    let start = readme.find("<!-- placeholders").expect("the placeholder table's start marker");
    let end = readme.find("<!-- /placeholders -->").expect("the placeholder table's end marker");
    readme[start..end]
        .lines()
        .filter_map(|line| line.strip_prefix("| `{"))
        .filter_map(|rest| rest.split_once("}`"))
        .map(|(name, _)| name.to_owned())
        .collect()
}

#[test]
fn shipped_data_follows_the_rules() {
    let collection = builtin::phrasebook().expect("the built-in phrasebook parses and validates");
    let situations: BTreeMap<&str, _> =
        collection.situations.iter().map(|situation| (situation.key.as_str(), situation)).collect();
    assert!(situations.len() >= MIN_SITUATIONS, "{} situations", situations.len());
    for situation in situations.values() {
        for lang in LANGUAGES {
            let text = situation.texts.iter().find(|(code, _)| code.as_str() == lang).map(|(_, text)| text);
            let text = text.unwrap_or_else(|| panic!("{} has no {lang} title", situation.key));
            assert!(text.description.is_some(), "{} has no {lang} description", situation.key);
        }
    }
    let documented = documented_placeholders();
    let mut used = BTreeSet::new();
    let mut texts = BTreeSet::new();
    // Base-language members of each group: (language, placeholders); variants checked apart.
    let mut groups: HashMap<&str, Vec<(&str, BTreeSet<String>)>> = HashMap::new();
    let mut variants: Vec<(String, &str, BTreeSet<String>)> = Vec::new();
    // Per situation and base language: alternatives, distinct blunt lines, channels.
    let mut per_situation: BTreeMap<(&str, &str), Coverage<'_>> = BTreeMap::new();
    let mut template_counts: BTreeMap<&str, usize> = BTreeMap::new();
    for phrase in &collection.phrases {
        let content = &phrase.content;
        let at = format!("{} ({})", phrase.id, phrase.path);
        assert!(situations.contains_key(content.situation.as_str()), "{at}: unknown situation");
        assert!(texts.insert(content.text.as_str()), "{at}: duplicate text");
        assert!(content.text == content.text.trim() && !content.text.is_empty(), "{at}: untrimmed or empty");
        assert_eq!(content.status, tactful::model::Status::Vetted, "{at}: everything shipped is vetted");
        for tag in &content.tags {
            assert!(ALLOWED_TAGS.contains(&tag.as_str()), "{at}: tag {tag:?} is not in the documented set");
        }
        let template = Template::parse(&content.text).unwrap_or_else(|error| panic!("{at}: {error}"));
        let placeholders: BTreeSet<String> = template.placeholders().into_iter().map(str::to_owned).collect();
        for name in &placeholders {
            assert!(documented.contains(name), "{at}: placeholder {{{name}}} is not in the table in data/README.md");
        }
        used.extend(placeholders.iter().cloned());
        if content.tags.iter().any(|tag| tag == "call") {
            assert!(content.text.chars().count() <= SPOKEN_LIMIT, "{at}: spoken line over {SPOKEN_LIMIT} characters");
        }
        let group = content.group.as_deref().unwrap_or_else(|| panic!("{at}: no group"));
        assert_eq!(phrase.id.as_str(), format!("{group}.{}", content.lang.as_str()), "{at}: id is not <group>.<lang>");
        assert!(
            group.strip_prefix(content.situation.as_str()).is_some_and(|slug| slug.starts_with('.')),
            "{at}: group is not <situation>.<slug>"
        );
        let lang = content.lang.as_str();
        if !LANGUAGES.contains(&lang) {
            variants.push((at, group, placeholders));
            continue;
        }
        let is_template = content.tags.iter().any(|tag| tag == "template");
        if is_template {
            assert!(content.tags.iter().any(|tag| tag == "email"), "{at}: a template is an email");
            let title = content.title.as_deref().unwrap_or_default();
            assert!(!title.trim().is_empty(), "{at}: a template needs a title in its own language");
            *template_counts.entry(lang).or_default() += 1;
        } else {
            assert!(!content.avoid.is_empty(), "{at}: a phrase needs the blunt line it replaces");
            assert!(content.note.is_some(), "{at}: a phrase needs a note on why it works");
            let entry = per_situation.entry((content.situation.as_str(), lang)).or_default();
            entry.alternatives += 1;
            entry.avoid.extend(content.avoid.iter().map(String::as_str));
            entry.channels.extend(content.tags.iter().map(String::as_str).filter(|tag| CHANNELS.contains(tag)));
        }
        groups.entry(group).or_default().push((lang, placeholders));
    }
    let undocumented_use: Vec<&String> = documented.difference(&used).collect();
    assert!(undocumented_use.is_empty(), "listed in data/README.md but used nowhere: {undocumented_use:?}");
    for (group, members) in &groups {
        let langs: BTreeSet<&str> = members.iter().map(|(lang, _)| *lang).collect();
        assert_eq!(langs, LANGUAGES.into_iter().collect(), "group {group}: languages");
        assert!(
            members.windows(2).all(|pair| pair[0].1 == pair[1].1),
            "group {group}: placeholders differ between languages"
        );
    }
    for (at, group, placeholders) in &variants {
        let base = groups.get(group).unwrap_or_else(|| panic!("{at}: a variant of a group that does not exist"));
        assert!(base.iter().all(|(_, names)| names == placeholders), "{at}: placeholders differ from its group");
    }
    for situation in situations.keys() {
        for lang in LANGUAGES {
            let Some(coverage) = per_situation.get(&(situation, lang)) else {
                panic!("{situation}/{lang}: no alternatives");
            };
            let count = coverage.alternatives;
            assert!(count >= MIN_ALTERNATIVES, "{situation}/{lang}: only {count} alternatives");
            let distinct = coverage.avoid.len();
            assert!((2..=6).contains(&distinct), "{situation}/{lang}: {distinct} distinct avoid lines");
            for channel in CHANNELS {
                assert!(coverage.channels.contains(channel), "{situation}/{lang}: no {channel} line");
            }
        }
    }
    for lang in LANGUAGES {
        let count = template_counts.get(lang).copied().unwrap_or(0);
        let needed = MIN_TEMPLATES;
        assert!(count >= needed, "{lang}: {count} email templates, fewer than {needed}");
    }
}

/// The draft checker must not flag the phrasebook's own advice: a vetted line that matches one of
/// its language's blunt lines would teach the very wording it warns against.
#[test]
fn no_vetted_line_matches_a_blunt_line_of_its_own_language() {
    let store = Store::open_in_memory(Seed::Builtin).expect("opens");
    let index =
        SearchIndex::build(store.phrases().expect("reads"), &store.situations().expect("reads"), tactful::model::now());
    let checker = Checker::new(&index);
    let mut offending = Vec::new();
    for phrase in index.phrases() {
        let lang = phrase.content.lang.primary();
        for finding in checker.check(&index, &phrase.content.text, Some(lang)).findings {
            let passage: String =
                phrase.content.text.chars().skip(finding.start).take(finding.end - finding.start).collect();
            offending.push(format!("{}: {passage:?} reads as {:?}", phrase.id, finding.avoid));
        }
    }
    assert!(offending.is_empty(), "vetted lines that say what they warn against:\n{}", offending.join("\n"));
}

/// A database seeded by an older binary gets this binary's phrasebook on start, through the team
/// merge: a line the agent edited keeps the edit, an untouched line takes the new wording, a line
/// the phrasebook dropped is retired, and the agent's deleted line stays deleted.
#[test]
fn an_older_database_takes_the_new_builtin_phrasebook_and_keeps_local_edits() {
    use tactful::model::{PhraseId, Status};
    use tactful::store::PhraseEdit;

    let current = builtin::phrasebook().expect("loads");
    let id = |index: usize| current.phrases[index].id.clone();
    let (reworded, edited, deleted) = (id(0), id(1), id(2));
    // The phrasebook as an older binary shipped it: one line worded differently, one line more.
    let mut older = current.clone();
    older.phrases[0].content.text = "An older wording of this line.".into();
    let mut dropped = older.phrases[3].clone();
    dropped.id = PhraseId::new(format!("{}.dropped", dropped.id.as_str().trim_end_matches(".en"))).expect("id");
    dropped.content.text = "A line a later phrasebook no longer has.".into();
    dropped.content.group = None;
    older.phrases.push(dropped.clone());

    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("db.sqlite");
    {
        let mut store = Store::open(&path, Seed::Empty).expect("opens");
        store.merge_builtin(&older, "an older version").expect("merges the older phrasebook");
        let edit = PhraseEdit { text: Some("The agent's own wording.".into()), ..PhraseEdit::default() };
        store.edit_phrase(&edited, edit).expect("edits");
        store.delete_phrase(&deleted).expect("deletes");
    }

    let store = Store::open(&path, Seed::Builtin).expect("reopens with this binary");
    assert_eq!(store.phrase(&reworded).expect("reads").content.text, current.phrases[0].content.text);
    assert_eq!(store.phrase(&edited).expect("reads").content.text, "The agent's own wording.");
    assert!(store.phrase(&deleted).is_err(), "a deleted built-in line stays in the trash");
    assert_eq!(store.phrase(&dropped.id).expect("reads").content.status, Status::Retired);
    assert!(store.conflicts().expect("reads").is_empty());
    let live = store.phrases().expect("reads");
    assert!(live.iter().any(|phrase| phrase.id == current.phrases.last().expect("phrases").id));

    // Nothing changed since: opening again merges nothing and leaves the agent's work alone.
    drop(store);
    let store = Store::open(&path, Seed::Builtin).expect("reopens");
    assert_eq!(store.phrase(&edited).expect("reads").content.text, "The agent's own wording.");
}

/// Choosing a register variant shows one wording per translation group: the variant's line where
/// it has one, the base language's line otherwise; choosing the base language hides the variants.
#[test]
fn a_register_variant_shows_one_wording_per_group() {
    use tactful::register::LanguageView;

    let store = Store::open_in_memory(Seed::Builtin).expect("opens");
    let phrases = store.phrases().expect("reads");
    let mut variants_seen = 0;
    for (variant, base) in [("en-US", "en"), ("nl-x-informal", "nl"), ("ru-x-formal", "ru")] {
        let base_groups: BTreeSet<&str> = phrases
            .iter()
            .filter(|phrase| phrase.content.lang.as_str() == base)
            .filter_map(|phrase| phrase.content.group.as_deref())
            .collect();
        let variant_lines = phrases.iter().filter(|phrase| phrase.content.lang.as_str() == variant).count();
        variants_seen += usize::from(variant_lines > 0);
        for chosen in [variant, base] {
            let view = LanguageView::new(chosen, &phrases);
            let shown: Vec<_> = phrases.iter().filter(|phrase| view.shows(phrase)).collect();
            let groups: BTreeSet<&str> = shown.iter().filter_map(|phrase| phrase.content.group.as_deref()).collect();
            assert_eq!(shown.len(), base_groups.len(), "{chosen}: one line per group");
            assert_eq!(groups, base_groups, "{chosen}: every group shown");
            let from_variant = shown.iter().filter(|phrase| phrase.content.lang.as_str() == variant).count();
            assert_eq!(from_variant, if chosen == variant { variant_lines } else { 0 }, "{chosen}: variant lines");
        }
    }
    assert_eq!(variants_seen, 3, "en-US, nl-x-informal and ru-x-formal all ship");
}
