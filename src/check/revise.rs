//! Putting an alternative into a draft so the sentence still reads well: the replacement takes the
//! capital its position needs (lower case mid-sentence, upper case at a sentence start), a blunt
//! lead-in in front of the passage ("As I already told you, …") goes with it, and punctuation is
//! not doubled. Works in characters, never bytes.

use std::ops::Range;

/// Lead-ins that only make the blunt line sound blunter; when one stands right before a passage
/// in the same sentence it is replaced together with the passage. Folded to lower case.
const BLUNT_LEAD_INS: &[&str] = &[
    "as i already told you",
    "as i already said",
    "as i told you",
    "as i said",
    "like i said",
    "as i have already explained",
    "as already explained",
    "as previously stated",
    "once again",
    "zoals ik al zei",
    "zoals ik al eerder zei",
    "zoals ik u al zei",
    "som jag redan sa",
    "som jag sa",
    "как я уже говорил",
    "как я уже сказал",
    "как я уже говорила",
    "как я уже сказала",
];

/// The draft with `range` (characters) replaced by `replacement`, fitted to where it lands.
pub fn revise(draft: &str, range: Range<usize>, replacement: &str) -> String {
    let characters: Vec<char> = draft.chars().collect();
    let mut start = range.start.min(characters.len());
    let mut end = range.end.clamp(start, characters.len());
    if let Some(lead_in) = lead_in_start(&characters, start) {
        start = lead_in;
    }
    let mut replacement = replacement.trim_end().to_owned();
    let ends_sentence = replacement.ends_with(['.', '!', '?']);
    match characters.get(end) {
        Some('.' | '!' | '?') if ends_sentence => end += 1,
        // "…, please call" keeps the draft's comma, not the phrase's full stop.
        Some(',' | ';' | ':') => {
            if let Some(stripped) = replacement.strip_suffix('.') {
                replacement = stripped.to_owned();
            }
        }
        _ => {
            // A sentence put before the rest of the draft's own sentence loses its full stop.
            let next = characters[end..].iter().find(|character| !character.is_whitespace());
            if next.is_some_and(|character| character.is_lowercase())
                && let Some(stripped) = replacement.strip_suffix('.')
            {
                replacement = stripped.to_owned();
            }
        }
    }
    let replacement = match sentence_start(&characters, start) {
        true => capitalise(&replacement),
        false => decapitalise(&replacement),
    };
    let mut revised: String = characters[..start].iter().collect();
    revised.push_str(&replacement);
    revised.extend(&characters[end..]);
    revised
}

/// Whether position `at` begins a sentence: the draft's start, or after ". ", "! ", "? " or a
/// line break (spaces and quotes in between allowed).
fn sentence_start(characters: &[char], at: usize) -> bool {
    let before = characters[..at].iter().rev().find(|character| !character.is_whitespace() && **character != '"');
    match before {
        None => true,
        Some(character) => matches!(character, '.' | '!' | '?' | '…') || characters[..at].last() == Some(&'\n'),
    }
}

/// Where a blunt lead-in ending right before `at` begins ("As I already told you, " + passage).
fn lead_in_start(characters: &[char], at: usize) -> Option<usize> {
    let mut end = at;
    while end > 0 && (characters[end - 1].is_whitespace() || characters[end - 1] == ',') {
        end -= 1;
    }
    let before: String = characters[..end].iter().collect::<String>().to_lowercase();
    let before_chars = before.chars().count();
    BLUNT_LEAD_INS.iter().find_map(|lead_in| {
        if !before.ends_with(lead_in) {
            return None;
        }
        let start = before_chars - lead_in.chars().count();
        // Only a whole lead-in at a sentence start counts ("… as I said" inside a clause stays).
        sentence_start(characters, start).then_some(start)
    })
}

/// The first letter in upper case.
fn capitalise(text: &str) -> String {
    let mut characters = text.chars();
    match characters.next() {
        Some(first) => first.to_uppercase().chain(characters).collect(),
        None => String::new(),
    }
}

/// The first letter in lower case, unless it starts a word that keeps its capital: "I", "I'm",
/// an acronym ("SMS"), or a placeholder.
fn decapitalise(text: &str) -> String {
    let first_word: String =
        text.chars().take_while(|character| character.is_alphanumeric() || *character == '\'').collect();
    let keeps_capital = first_word == "I"
        || first_word.starts_with("I'")
        || first_word.starts_with("I\u{2019}")
        || (first_word.chars().count() > 1 && first_word.chars().all(|character| !character.is_lowercase()));
    if keeps_capital {
        return text.to_owned();
    }
    let mut characters = text.chars();
    match characters.next() {
        Some(first) => first.to_lowercase().chain(characters).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_put_mid_sentence_starts_in_lower_case() {
        let draft = "Sorry, that's not possible today.";
        let revised = revise(draft, 7..26, "Order A-1 is outside our return window.");
        assert_eq!(revised, "Sorry, order A-1 is outside our return window today.");
    }

    #[test]
    fn a_replacement_at_a_sentence_start_gets_its_capital() {
        assert_eq!(revise("Thanks. calm down please.", 8..17, "take your time."), "Thanks. Take your time please.");
    }

    #[test]
    fn a_blunt_lead_in_goes_with_the_passage() {
        let draft = "Hi Ana. As I already told you, that's not possible.";
        let start = draft.find("that's").unwrap_or_default();
        let revised = revise(draft, start..start + "that's not possible".len(), "I can offer store credit instead.");
        assert_eq!(revised, "Hi Ana. I can offer store credit instead.");
    }

    #[test]
    fn a_greeting_before_the_passage_stays() {
        assert_eq!(revise("Hi, not my job, call them.", 4..14, "I'll sort it."), "Hi, I'll sort it, call them.");
    }

    #[test]
    fn one_full_stop_and_character_offsets() {
        assert_eq!(revise("Well — no. Bye", 7..9, "Let me see what I can do."), "Well — let me see what I can do. Bye");
        assert_eq!(
            revise("Ärgerlich: du irrst dich, klar", 11..24, "schauen wir nach"),
            "Ärgerlich: schauen wir nach, klar"
        );
    }
}
