//! Folding text for matching: lower case, compatibility decomposition with marks stripped
//! (`rätt` → `ratt`, `ё` → `е`), ligatures and special letters expanded (`ß` → `ss`, `æ` → `ae`),
//! apostrophes dropped (`you’re` → `youre`). Query and phrase are folded the same way, so NFC and
//! NFD input behave alike. `fold_with_map` also records, for each folded character, the index of
//! the original character it came from, to highlight matches in the text as written.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Apostrophes in every spelling people and keyboards produce; folding drops them.
pub(crate) fn is_apostrophe(character: char) -> bool {
    matches!(character, '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{00b4}')
}

/// Calls `emit` with the folded form of one character (zero, one or several characters).
fn fold_char(character: char, emit: &mut impl FnMut(char)) {
    if character.is_ascii() {
        if character != '\'' && character != '`' {
            emit(character.to_ascii_lowercase());
        }
        return;
    }
    if is_apostrophe(character) || is_combining_mark(character) {
        return;
    }
    let expansion: Option<&str> = match character {
        'ß' | 'ẞ' => Some("ss"),
        'æ' | 'Æ' => Some("ae"),
        'œ' | 'Œ' => Some("oe"),
        'ø' | 'Ø' => Some("o"),
        'ł' | 'Ł' => Some("l"),
        'đ' | 'Đ' | 'ð' | 'Ð' => Some("d"),
        'þ' | 'Þ' => Some("th"),
        'ı' => Some("i"),
        '\u{00a0}' | '\u{2007}' | '\u{202f}' => Some(" "),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Some("-"),
        _ => None,
    };
    if let Some(expansion) = expansion {
        expansion.chars().for_each(&mut *emit);
        return;
    }
    decompose_compatible(character, |part| {
        if !is_combining_mark(part) {
            for lower in part.to_lowercase() {
                emit(lower);
            }
        }
    });
}

/// The folded form of `text`.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    if text.is_ascii() {
        folded.extend(text.chars().filter(|c| *c != '\'' && *c != '`').map(|c| c.to_ascii_lowercase()));
        return folded;
    }
    for character in text.chars() {
        fold_char(character, &mut |output| folded.push(output));
    }
    folded
}

/// Appends the folded form of `text` to `output`.
pub fn fold_into(text: &str, output: &mut String) {
    if text.is_ascii() {
        output.extend(text.chars().filter(|c| *c != '\'' && *c != '`').map(|c| c.to_ascii_lowercase()));
        return;
    }
    for character in text.chars() {
        fold_char(character, &mut |folded| output.push(folded));
    }
}

/// Folded text with the original character index of every folded character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoldedText {
    /// The folded text.
    pub text: String,
    /// `origin[i]` is the index (in characters) in the original text of folded character `i`.
    pub origin: Vec<usize>,
}

impl FoldedText {
    /// Maps a range of folded characters to the range of original characters it came from.
    pub fn original_range(&self, folded: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
        let first = *self.origin.get(folded.start)?;
        let last = *self.origin.get(folded.end.checked_sub(1)?)?;
        Some(first..last + 1)
    }
}

/// Folds `text`, remembering where each folded character came from.
pub fn fold_with_map(text: &str) -> FoldedText {
    let mut folded = FoldedText { text: String::with_capacity(text.len()), origin: Vec::with_capacity(text.len()) };
    for (index, character) in text.chars().enumerate() {
        fold_char(character, &mut |output| {
            folded.text.push(output);
            folded.origin.push(index);
        });
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_case_and_diacritics_in_every_script() {
        assert_eq!(fold("Rätt"), "ratt");
        assert_eq!(fold("uitléggen"), "uitleggen");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("ÆRØ"), "aero");
        assert_eq!(fold("ﬁle"), "file");
    }

    #[test]
    fn nfc_and_nfd_fold_alike() {
        let composed = "caf\u{e9} r\u{e4}tt";
        let decomposed = "cafe\u{301} ra\u{308}tt";
        assert_eq!(fold(composed), fold(decomposed));
    }

    #[test]
    fn apostrophes_vanish_so_youre_matches_you_are_written_either_way() {
        assert_eq!(fold("You’re"), "youre");
        assert_eq!(fold("You're"), "youre");
    }

    #[test]
    fn map_points_back_to_original_characters() {
        let folded = fold_with_map("Straße café");
        assert_eq!(folded.text, "strasse cafe");
        // "ss" both come from character 4 ('ß').
        assert_eq!(folded.origin[4], 4);
        assert_eq!(folded.origin[5], 4);
        assert_eq!(folded.original_range(8..12), Some(7..11));
    }

    #[test]
    fn map_handles_decomposed_input_and_emoji() {
        let folded = fold_with_map("😀 e\u{301}t");
        assert_eq!(folded.text, "😀 et");
        // 'e' at original 2, the combining accent (3) vanished, 't' at 4.
        assert_eq!(folded.original_range(2..4), Some(2..5));
    }
}
