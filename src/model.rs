//! The phrasebook's vocabulary: situations, phrases, statuses and the identifiers that tie them
//! together. Identifiers are newtypes validated on construction, so a `PhraseId` or `SituationKey`
//! that exists is always well-formed. This module knows nothing of storage, files or screens.

use std::fmt;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

/// Why a value cannot become part of the model.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// A phrase id outside `[A-Za-z0-9._-]{1,64}`.
    #[error("invalid id {0:?}: use 1 to 64 letters, digits, '.', '_' or '-'")]
    PhraseId(String),
    /// A situation key outside `[a-z0-9-]{1,64}`.
    #[error("invalid situation key {0:?}: use 1 to 64 lowercase letters, digits or '-'")]
    SituationKey(String),
    /// A language code that is not BCP 47 shaped.
    #[error("invalid language code {0:?}: use a BCP 47 code such as en, nl, sv, ru or pt-BR")]
    Lang(String),
    /// A status word other than draft, vetted or retired.
    #[error("invalid status {0:?}: use draft, vetted or retired")]
    Status(String),
    /// A text that is empty once surrounding white space is removed.
    #[error("{0} must not be empty")]
    Empty(&'static str),
}

/// The conversions every validated string identifier shares: from `String` through its own `new`,
/// back to `String`, and `Display` as the plain text.
macro_rules! string_newtype {
    ($name:ident) => {
        impl TryFrom<String> for $name {
            type Error = ModelError;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str(&self.0)
            }
        }
    };
}

fn is_id_char(character: char) -> bool {
    character.is_ascii_alphanumeric() || matches!(character, '.' | '_' | '-')
}

/// The stable identifier of a phrase, kept across exports and imports.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhraseId(String);

impl PhraseId {
    /// Validates `[A-Za-z0-9._-]{1,64}`.
    pub fn new(value: impl Into<String>) -> Result<Self, ModelError> {
        let value = value.into();
        if (1..=64).contains(&value.len()) && value.chars().all(is_id_char) {
            Ok(Self(value))
        } else {
            Err(ModelError::PhraseId(value))
        }
    }

    /// A fresh id for a phrase that arrived without one: readable prefix plus time and a counter,
    /// so two ids generated in the same process never collide.
    pub fn generate(situation: &SituationKey, lang: &Lang) -> Self {
        use std::sync::atomic::{AtomicU32, Ordering};
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let sequence = COUNTER.fetch_add(1, Ordering::Relaxed);
        let stamp = Utc::now().timestamp_micros();
        let suffix = format!("{stamp:x}{sequence:x}.{}", lang.as_str());
        let room = 64usize.saturating_sub(suffix.len() + 1);
        let prefix: String = situation.as_str().chars().take(room).collect();
        Self(format!("{prefix}.{suffix}"))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_newtype!(PhraseId);

/// The stable key of a situation, such as `declining-a-request`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SituationKey(String);

impl SituationKey {
    /// Validates `[a-z0-9-]{1,64}`.
    pub fn new(value: impl Into<String>) -> Result<Self, ModelError> {
        let value = value.into();
        let well_formed = (1..=64).contains(&value.len())
            && value
                .chars()
                .all(|character| character.is_ascii_lowercase() || character.is_ascii_digit() || character == '-');
        if well_formed { Ok(Self(value)) } else { Err(ModelError::SituationKey(value)) }
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_newtype!(SituationKey);

/// A BCP 47 language tag, stored in its canonical case (`en`, `pt-BR`, `sr-Latn`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Lang(String);

impl Lang {
    /// Accepts a primary language of 2–3 letters followed by subtags of 1–8 letters or digits,
    /// and canonicalises case so `EN`, `en` and `En` are one language.
    pub fn new(value: impl Into<String>) -> Result<Self, ModelError> {
        let value = value.into();
        let mut subtags = value.split('-');
        let primary = subtags.next().unwrap_or_default();
        let primary_ok = (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
        let mut canonical = primary.to_ascii_lowercase();
        for subtag in subtags {
            if !(1..=8).contains(&subtag.len()) || !subtag.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(ModelError::Lang(value));
            }
            canonical.push('-');
            // Regions are upper case, scripts title case, everything else lower case.
            if subtag.len() == 2 && subtag.chars().all(|c| c.is_ascii_alphabetic()) {
                canonical.push_str(&subtag.to_ascii_uppercase());
            } else if subtag.len() == 4 && subtag.chars().all(|c| c.is_ascii_alphabetic()) {
                canonical.push_str(&subtag[..1].to_ascii_uppercase());
                canonical.push_str(&subtag[1..].to_ascii_lowercase());
            } else {
                canonical.push_str(&subtag.to_ascii_lowercase());
            }
        }
        if primary_ok { Ok(Self(canonical)) } else { Err(ModelError::Lang(value)) }
    }

    /// The tag as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag, `pt` for `pt-BR`: what dates and titles are chosen by.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

string_newtype!(Lang);

/// Where a phrase stands in the team's review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Written but not yet reviewed.
    #[default]
    Draft,
    /// Reviewed and approved for use with customers.
    Vetted,
    /// No longer to be used; hidden from search unless asked for.
    Retired,
}

impl Status {
    /// Every status, in workflow order.
    pub const ALL: [Status; 3] = [Status::Draft, Status::Vetted, Status::Retired];

    /// The word used in files, the database and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Vetted => "vetted",
            Status::Retired => "retired",
        }
    }
}

impl std::str::FromStr for Status {
    type Err = ModelError;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value.trim().to_ascii_lowercase().as_str() {
            "draft" => Ok(Status::Draft),
            "vetted" => Ok(Status::Vetted),
            "retired" => Ok(Status::Retired),
            _ => Err(ModelError::Status(value.to_owned())),
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Text for one language: a situation's title and optional description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SituationText {
    /// Short title shown in lists and badges.
    pub title: String,
    /// One line on what the situation is about.
    pub description: Option<String>,
}

/// A kind of moment in a conversation, such as declining a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Situation {
    /// Stable key shared by every language.
    pub key: SituationKey,
    /// Title and description per language, ordered by language for deterministic output.
    pub texts: std::collections::BTreeMap<Lang, SituationText>,
}

impl Situation {
    /// The title in `lang`, else English, else any language, else the key itself.
    pub fn title_in(&self, lang: &str) -> &str {
        self.text_in(lang).map(|text| text.title.as_str()).unwrap_or(self.key.as_str())
    }

    /// The text in `lang`, falling back to English and then to the first language present.
    pub fn text_in(&self, lang: &str) -> Option<&SituationText> {
        self.texts
            .iter()
            .find(|(code, _)| code.as_str() == lang || code.primary() == lang)
            .or_else(|| self.texts.iter().find(|(code, _)| code.primary() == "en"))
            .or_else(|| self.texts.iter().next())
            .map(|(_, text)| text)
    }
}

/// The content of a phrase: everything a team shares about it. Personal data lives in [`Usage`].
/// Its serde form (fields in this order) is how merge bases and incoming conflict versions are
/// kept in the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhraseContent {
    /// The situation it helps with.
    pub situation: SituationKey,
    /// Language of `title`, `text`, `avoid` and `note`.
    pub lang: Lang,
    /// A short name for the phrase, such as "Refund declined": every template has one, since its text
    /// opens with a greeting that says nothing about what it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What to say; may hold `{placeholders}`.
    pub text: String,
    /// Blunt lines this phrase replaces.
    pub avoid: Vec<String>,
    /// Why the wording works.
    pub note: Option<String>,
    /// Channel and topic tags, lowercase.
    pub tags: Vec<String>,
    /// Review status.
    pub status: Status,
    /// Phrases sharing a group are translations of one another.
    pub group: Option<String>,
}

impl PhraseContent {
    /// Trims text fields, drops empty list entries, lowercases and deduplicates tags, and rejects
    /// an empty text: the one normal form stored, exported and compared.
    pub fn normalized(mut self) -> Result<Self, ModelError> {
        self.text = self.text.trim().to_owned();
        if self.text.is_empty() {
            return Err(ModelError::Empty("text"));
        }
        self.avoid =
            self.avoid.into_iter().map(|line| line.trim().to_owned()).filter(|line| !line.is_empty()).collect();
        self.note = self.note.map(|note| note.trim().to_owned()).filter(|note| !note.is_empty());
        self.title = self.title.map(|title| title.trim().to_owned()).filter(|title| !title.is_empty());
        let mut tags: Vec<String> =
            self.tags.into_iter().map(|tag| tag.trim().to_lowercase()).filter(|tag| !tag.is_empty()).collect();
        tags.sort();
        tags.dedup();
        self.tags = tags;
        self.group = self.group.map(|group| group.trim().to_owned()).filter(|group| !group.is_empty());
        Ok(self)
    }
}

/// Personal data about a phrase: never exported, survives every import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Usage {
    /// Marked as a favourite by this agent.
    pub favorite: bool,
    /// How many times it was copied.
    pub copy_count: u32,
    /// When it was last copied.
    pub last_copied_at: Option<DateTime<Utc>>,
}

/// A phrase as stored: content plus identity, collection, timestamps and personal usage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// Stable id.
    pub id: PhraseId,
    /// Name of the collection it belongs to.
    pub collection: String,
    /// The shared content.
    pub content: PhraseContent,
    /// When it was first stored.
    pub created_at: DateTime<Utc>,
    /// When its content last changed.
    pub updated_at: DateTime<Utc>,
    /// Personal usage data.
    pub usage: Usage,
}

/// A named set of phrases: the built-in phrasebook, the agent's own, or an imported team file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collection {
    /// Unique name, as given in the file that created it.
    pub name: String,
    /// Optional description.
    pub description: Option<String>,
    /// How many live phrases it holds.
    pub phrase_count: usize,
}

/// The collection the built-in phrasebook is seeded into.
pub const BUILTIN_COLLECTION: &str = "Tactful phrasebook";
/// The collection phrases added by hand go to.
pub const PERSONAL_COLLECTION: &str = "Personal";

/// A 64-bit FNV-1a hash: stable across Rust versions and platforms (unlike `DefaultHasher`), for
/// ids derived from content and names derived from paths.
pub fn stable_hash(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            hash ^= 0xff;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        for byte in *part {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Formats a timestamp the one way Tactful writes them: RFC 3339, UTC, whole seconds.
pub fn format_timestamp(timestamp: &DateTime<Utc>) -> String {
    timestamp.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Parses an RFC 3339 timestamp in any offset and returns it in UTC, truncated to whole seconds.
pub fn parse_timestamp(value: &str) -> Option<DateTime<Utc>> {
    let parsed = DateTime::parse_from_rfc3339(value.trim()).ok()?.with_timezone(&Utc);
    DateTime::from_timestamp(parsed.timestamp(), 0)
}

/// The current time, truncated to whole seconds like every stored timestamp.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(Utc::now().timestamp(), 0).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_ids_accept_the_documented_alphabet_only() {
        assert!(PhraseId::new("declining-a-request.offer_1.en").is_ok());
        assert!(PhraseId::new("").is_err());
        assert!(PhraseId::new("has space").is_err());
        assert!(PhraseId::new("x".repeat(65)).is_err());
        assert!(PhraseId::new("x".repeat(64)).is_ok());
    }

    #[test]
    fn generated_ids_are_valid_and_distinct() {
        let situation = SituationKey::new("a".repeat(64)).expect("valid key");
        let lang = Lang::new("pt-BR").expect("valid lang");
        let first = PhraseId::generate(&situation, &lang);
        let second = PhraseId::generate(&situation, &lang);
        assert_ne!(first, second);
        assert!(PhraseId::new(first.as_str()).is_ok(), "{first}");
    }

    #[test]
    fn language_codes_are_canonicalised() {
        assert_eq!(Lang::new("EN").expect("valid").as_str(), "en");
        assert_eq!(Lang::new("pt-br").expect("valid").as_str(), "pt-BR");
        assert_eq!(Lang::new("sr-latn").expect("valid").as_str(), "sr-Latn");
        assert!(Lang::new("english").is_err());
        assert!(Lang::new("e").is_err());
        assert!(Lang::new("en-").is_err());
    }

    #[test]
    fn content_normalisation_trims_and_sorts_tags() {
        let content = PhraseContent {
            situation: SituationKey::new("x").expect("valid"),
            lang: Lang::new("en").expect("valid"),
            title: None,
            text: "  Hello  ".into(),
            avoid: vec![" No. ".into(), "  ".into()],
            note: Some(" ".into()),
            tags: vec!["Email".into(), "call".into(), "email".into()],
            status: Status::Draft,
            group: Some("".into()),
        }
        .normalized()
        .expect("valid");
        assert_eq!(content.text, "Hello");
        assert_eq!(content.avoid, vec!["No."]);
        assert_eq!(content.note, None);
        assert_eq!(content.tags, vec!["call", "email"]);
        assert_eq!(content.group, None);
    }

    #[test]
    fn empty_text_is_rejected() {
        let content = PhraseContent {
            situation: SituationKey::new("x").expect("valid"),
            lang: Lang::new("en").expect("valid"),
            title: None,
            text: " \n ".into(),
            avoid: vec![],
            note: None,
            tags: vec![],
            status: Status::Draft,
            group: None,
        };
        assert_eq!(content.normalized(), Err(ModelError::Empty("text")));
    }

    #[test]
    fn timestamps_round_trip_in_utc_seconds() {
        let parsed = parse_timestamp("2026-11-23T10:15:30.123+01:00").expect("valid");
        assert_eq!(format_timestamp(&parsed), "2026-11-23T09:15:30Z");
        assert!(parse_timestamp("yesterday").is_none());
    }
}
