//! The serde shapes of format v1, field for field as `docs/format.md` documents them. Field order
//! here is key order in exported files, so changing it changes every team's diffs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::Status;

/// A whole collection file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectionFile {
    /// Always `tactful.collection`.
    pub format: String,
    /// Always 1 for this format.
    pub version: u32,
    /// The collection the phrases land in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the collection is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Situations defined or updated by this file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub situations: Vec<SituationEntry>,
    /// The phrases.
    #[serde(default)]
    pub phrases: Vec<PhraseEntry>,
}

/// A situation with its titles and descriptions by language code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SituationEntry {
    /// Stable key.
    pub key: String,
    /// Title per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub title: BTreeMap<String, String>,
    /// Description per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub description: BTreeMap<String, String>,
}

/// One phrase as written in a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhraseEntry {
    /// Stable id; derived from the content when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Situation key.
    pub situation: String,
    /// Language code.
    pub lang: String,
    /// A short name, such as "Refund declined" (every template has one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What to say.
    pub text: String,
    /// Blunt lines it replaces.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoid: Vec<String>,
    /// Why it works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Review status; `draft` when absent.
    #[serde(default)]
    pub status: Status,
    /// Translation group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Last content change, RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}
