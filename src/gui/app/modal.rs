//! What sits on top of the window. Exactly one thing can: [`Modal`] names it, so "the editor and
//! the import dialog both open" cannot be represented, and the keyboard asks one `match` which
//! keys belong to whom. Also the fill-in form, which is safe by construction: it starts empty
//! except for the agent's own profile and `{today}`, and knows no other form's values.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::PhraseId;
use crate::template::{PlaceholderKind, Template, format_date};

use super::super::editor::Editor;
use super::super::prefs::Prefs;
use super::transfer::{ExportDialog, ImportDialog};

/// The one thing drawn over the window, if any.
#[derive(Debug, Default)]
pub enum Modal {
    /// Nothing: the search (or the trash, or Check a draft) has the keys.
    #[default]
    None,
    /// The keyboard shortcuts.
    Help,
    /// The version, licence and where the phrasebook lives.
    About,
    /// The selected phrase in large type.
    LargeType,
    /// Preferences and the agent's profile.
    Settings,
    /// The fill-in form of a phrase with blanks, before it is copied.
    Fill(FillForm),
    /// The phrase editor.
    Editor(Box<Editor>),
    /// Importing a collection file (boxed: its preview holds the whole parsed file).
    Import(Box<ImportDialog>),
    /// Exporting phrases.
    Export(ExportDialog),
    /// Adding or renaming a situation.
    Situation(SituationForm),
    /// Drafts, translations to re-check and conflicts.
    Review,
    /// Following a team folder or file.
    Subscribe,
}

impl Modal {
    /// Whether nothing is on top.
    pub fn is_none(&self) -> bool {
        matches!(self, Modal::None)
    }
}

/// The situation dialog: add one, or set its title in a language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SituationForm {
    /// The key; for a new situation, typed (derived from the title when left empty).
    pub key: String,
    /// Whether the situation exists already.
    pub existing: bool,
    /// The language of the title.
    pub lang: String,
    /// The title in that language.
    pub title: String,
    /// One line on what it is about.
    pub description: String,
    /// Why the last save was refused.
    pub error: Option<String>,
}

/// One blank of a fill-in form.
#[derive(Debug, Clone, PartialEq)]
pub struct FillField {
    /// The placeholder's name.
    pub name: String,
    /// What is typed (or picked) so far.
    pub value: String,
    /// What kind of value the name asks for.
    pub kind: PlaceholderKind,
    /// Marked because a copy was held back while it was empty.
    pub marked: bool,
}

/// The fill-in form for a phrase with blanks.
#[derive(Debug, Clone, PartialEq)]
pub struct FillForm {
    /// The phrase being filled.
    pub phrase_id: PhraseId,
    /// Its parsed text.
    pub template: Template,
    /// Its language: dates are written in it.
    pub lang: String,
    /// The blanks in order of first appearance.
    pub fields: Vec<FillField>,
    /// Focus the first field that wants typing on the next frame.
    pub focus_first: bool,
    /// The last copy was held back because of empty blanks (the form says so and offers "copy
    /// anyway").
    pub held_back: bool,
    /// The phrase is a translation waiting for review; the form says so.
    pub needs_review: bool,
}

impl FillForm {
    /// A new form for `template` in `lang`: empty, except the agent's profile from `prefs` and
    /// `{today}`. Nothing from an earlier form is carried over, so one customer's order number
    /// never reaches the next customer.
    pub fn new(phrase_id: PhraseId, template: Template, lang: &str, prefs: &Prefs, today: NaiveDate) -> Self {
        let fields = template
            .placeholders()
            .into_iter()
            .map(|name| {
                let kind = PlaceholderKind::of(name);
                let value = match kind {
                    PlaceholderKind::Today => format_date(today, lang),
                    _ => prefs.profile_value(name).unwrap_or_default().to_owned(),
                };
                FillField { name: name.to_owned(), value, kind, marked: false }
            })
            .collect();
        Self {
            phrase_id,
            template,
            lang: lang.to_owned(),
            fields,
            focus_first: true,
            held_back: false,
            needs_review: false,
        }
    }

    /// The values as a map for rendering.
    pub fn values(&self) -> HashMap<String, String> {
        self.fields.iter().map(|field| (field.name.clone(), field.value.clone())).collect()
    }

    /// The names of the blanks still empty.
    pub fn empty_blanks(&self) -> Vec<&str> {
        self.fields.iter().filter(|field| field.value.trim().is_empty()).map(|field| field.name.as_str()).collect()
    }

    /// Marks every empty blank (a copy was held back) and clears the mark of filled ones.
    pub fn mark_empty(&mut self) {
        for field in &mut self.fields {
            field.marked = field.value.trim().is_empty();
        }
        self.held_back = self.fields.iter().any(|field| field.marked);
    }

    /// Writes `date` into the blank `name`, in the form's language.
    pub fn set_date(&mut self, name: &str, date: NaiveDate) {
        let lang = self.lang.clone();
        if let Some(field) = self.fields.iter_mut().find(|field| field.name == name) {
            field.value = format_date(date, &lang);
            field.marked = false;
        }
    }

    /// The text with the blanks filled: plain, and HTML for mail clients.
    pub fn render(&self) -> (String, String) {
        let values = self.values();
        (self.template.render_plain(&values), self.template.render_html(&values))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(text: &str, lang: &str, prefs: &Prefs) -> FillForm {
        let template = Template::parse(text).expect("parses");
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date");
        FillForm::new(PhraseId::new("x.en").expect("an id"), template, lang, prefs, today)
    }

    #[test]
    fn a_new_form_holds_only_the_profile_and_today() {
        let prefs = Prefs { agent_name: "Sam".into(), company: "Acme".into(), ..Prefs::default() };
        let form = form("{customer_name} {order_number} {agent_name} {company} {today} {delivery_date}", "en", &prefs);
        let values = form.values();
        assert_eq!(values["customer_name"], "");
        assert_eq!(values["order_number"], "");
        assert_eq!(values["agent_name"], "Sam");
        assert_eq!(values["company"], "Acme");
        assert_eq!(values["today"], "29 November 2026");
        assert_eq!(values["delivery_date"], "", "a delivery date is picked, never assumed to be today");
        assert_eq!(form.empty_blanks(), vec!["customer_name", "order_number", "delivery_date"]);
    }

    #[test]
    fn a_picked_date_is_written_in_the_phrases_language() {
        let mut form = form("Levering op {delivery_date}.", "nl", &Prefs::default());
        form.set_date("delivery_date", NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date"));
        assert_eq!(form.render().0, "Levering op 3 december 2026.");
    }

    #[test]
    fn marking_empty_blanks_marks_only_those() {
        let mut form = form("{a} {b}", "en", &Prefs::default());
        form.fields[0].value = "filled".into();
        form.mark_empty();
        assert!(form.held_back);
        assert!(!form.fields[0].marked && form.fields[1].marked);
    }
}
