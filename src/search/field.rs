//! Which part of a phrase a term matched in, and how much a match there counts. A leaf: every
//! other file of the search module may use it, it uses none of them.

/// Which part of a phrase a term matched in; earlier fields weigh more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// The phrase text.
    Text,
    /// The phrase's own title (templates have one, "Refund declined").
    Title,
    /// One of its avoid lines.
    Avoid,
    /// Its situation's title, in any language.
    Situation,
    /// Its situation's description and the words agents use for that moment ("shouting",
    /// "van het kastje naar de muur"), in the phrase's language.
    Keywords,
    /// Its tags.
    Tags,
    /// Its note.
    Note,
}

impl Field {
    /// Fields in haystack order.
    pub const ALL: [Field; 7] =
        [Field::Text, Field::Title, Field::Avoid, Field::Situation, Field::Keywords, Field::Tags, Field::Note];

    /// How much a match here counts, relative to the text. A title names the phrase, so a query
    /// that names it finds it first; what every phrase of a situation shares (its title, its
    /// keywords) counts less than what only this phrase says.
    pub fn weight(self) -> f32 {
        match self {
            Field::Title => 1.1,
            Field::Text => 1.0,
            Field::Avoid => 0.92,
            Field::Situation => 0.62,
            Field::Tags => 0.62,
            Field::Keywords => 0.6,
            Field::Note => 0.45,
        }
    }

    /// The name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Text => "text",
            Field::Title => "title",
            Field::Avoid => "avoid",
            Field::Situation => "situation",
            Field::Keywords => "keywords",
            Field::Tags => "tags",
            Field::Note => "note",
        }
    }
}

/// The heaviest field's weight: the most a match anywhere can count.
pub(super) const MOST_WEIGHT: f32 = 1.1;

/// The heaviest weight of every field but a phrase's own title: the most a word that no title
/// holds can count. Titles are few (templates), so a bound on what a phrase can score need not
/// lend every word the title's weight.
pub(super) const MOST_WEIGHT_OUTSIDE_TITLES: f32 = 1.0;

/// Where the title lies in [`TOKEN_FIELDS`].
pub(super) const TITLE_TOKENS: usize = 1;

/// The fields stored as word ids per phrase, in [`super::index::Entry::ends`] order (the
/// situation's title and keywords are shared by every phrase of the situation).
pub(super) const TOKEN_FIELDS: [Field; 5] = [Field::Text, Field::Title, Field::Avoid, Field::Tags, Field::Note];

/// The situation index of a phrase whose situation is unknown to the index.
pub(super) const NO_SITUATION: u32 = u32::MAX;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weight_bounds_hold_for_every_field() {
        assert_eq!(TOKEN_FIELDS[TITLE_TOKENS], Field::Title);
        for field in Field::ALL {
            assert!(field.weight() <= MOST_WEIGHT, "{field:?}");
            if field != Field::Title {
                assert!(field.weight() <= MOST_WEIGHT_OUTSIDE_TITLES, "{field:?}");
            }
        }
    }
}
