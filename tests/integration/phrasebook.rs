//! The shipped phrasebook meets the rules in data/README.md.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use tactful::builtin;
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
];
const LANGUAGES: [&str; 4] = ["en", "nl", "sv", "ru"];
const SPOKEN_LIMIT: usize = 200;

#[test]
fn shipped_data_follows_the_rules() {
    let collection = builtin::phrasebook().expect("the built-in phrasebook parses and validates");
    let situations: BTreeMap<&str, _> =
        collection.situations.iter().map(|situation| (situation.key.as_str(), situation)).collect();
    assert!(situations.len() >= 18, "{} situations", situations.len());
    for situation in situations.values() {
        for lang in LANGUAGES {
            let text = situation.texts.iter().find(|(code, _)| code.as_str() == lang).map(|(_, text)| text);
            let text = text.unwrap_or_else(|| panic!("{} has no {lang} title", situation.key));
            assert!(text.description.is_some(), "{} has no {lang} description", situation.key);
        }
    }
    let mut texts = BTreeSet::new();
    let mut groups: HashMap<&str, Vec<(&str, BTreeSet<String>)>> = HashMap::new();
    let mut per_situation: BTreeMap<(&str, &str), (usize, BTreeSet<&str>)> = BTreeMap::new();
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
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{at}: placeholder {name} is not snake_case"
            );
        }
        if content.tags.iter().any(|tag| tag == "call") {
            assert!(content.text.chars().count() <= SPOKEN_LIMIT, "{at}: spoken line over {SPOKEN_LIMIT} characters");
        }
        let is_template = content.tags.iter().any(|tag| tag == "template");
        if is_template {
            let title = content.title.as_deref().unwrap_or_default();
            assert!(!title.trim().is_empty(), "{at}: a template needs a title in its own language");
        } else {
            assert!(!content.avoid.is_empty(), "{at}: a phrase needs the blunt line it replaces");
            let entry = per_situation.entry((content.situation.as_str(), content.lang.as_str())).or_default();
            entry.0 += 1;
            entry.1.extend(content.avoid.iter().map(String::as_str));
        }
        let group = content.group.as_deref().unwrap_or_else(|| panic!("{at}: no group"));
        groups.entry(group).or_default().push((content.lang.as_str(), placeholders));
    }
    for (group, members) in &groups {
        let langs: BTreeSet<&str> = members.iter().map(|(lang, _)| *lang).collect();
        assert_eq!(langs, LANGUAGES.into_iter().collect(), "group {group} lacks a language");
        assert!(
            members.windows(2).all(|pair| pair[0].1 == pair[1].1),
            "group {group}: placeholders differ between languages"
        );
    }
    for ((situation, lang), (count, avoid)) in &per_situation {
        assert!(*count >= 6, "{situation}/{lang}: only {count} alternatives");
        assert!((2..=4).contains(&avoid.len()), "{situation}/{lang}: {} distinct avoid lines", avoid.len());
    }
    let templates = collection.phrases.iter().filter(|phrase| phrase.content.tags.iter().any(|tag| tag == "template"));
    let mut template_counts: BTreeMap<&str, usize> = BTreeMap::new();
    for phrase in templates {
        *template_counts.entry(phrase.content.lang.as_str()).or_default() += 1;
    }
    for lang in LANGUAGES {
        assert!(template_counts.get(lang).copied().unwrap_or(0) >= 10, "{lang}: fewer than 10 email templates");
    }
}
