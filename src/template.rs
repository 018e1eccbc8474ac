//! Placeholders in phrase text: `{customer_name}` is filled in before copying, `{{` and `}}` stand
//! for literal braces. Renders the filled text as plain text and as HTML for mail clients.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

/// A placeholder text that cannot be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// `{` without its `}`.
    #[error("unclosed placeholder at character {0}: write {{name}}, or {{{{ for a literal brace")]
    Unclosed(usize),
    /// `}` without a `{`.
    #[error("stray '}}' at character {0}: write }}}} for a literal brace")]
    Stray(usize),
    /// `{}` or a name with other characters than letters, digits and `_`.
    #[error("invalid placeholder name {0:?}: use letters, digits and '_', such as {{customer_name}}")]
    Name(String),
}

/// One piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Text copied as it is.
    Literal(String),
    /// A named blank to fill in.
    Placeholder(String),
}

/// A parsed phrase text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    segments: Vec<Segment>,
}

impl Template {
    /// Parses `text`; a text without braces is one literal.
    pub fn parse(text: &str) -> Result<Self, TemplateError> {
        let mut segments = Vec::new();
        let mut literal = String::new();
        let mut characters = text.chars().enumerate().peekable();
        while let Some((position, character)) = characters.next() {
            match character {
                '{' if characters.peek().map(|(_, next)| *next) == Some('{') => {
                    characters.next();
                    literal.push('{');
                }
                '}' if characters.peek().map(|(_, next)| *next) == Some('}') => {
                    characters.next();
                    literal.push('}');
                }
                '}' => return Err(TemplateError::Stray(position)),
                '{' => {
                    let mut name = String::new();
                    loop {
                        match characters.next() {
                            Some((_, '}')) => break,
                            Some((_, '{')) | None => return Err(TemplateError::Unclosed(position)),
                            Some((_, inner)) => name.push(inner),
                        }
                    }
                    let name = name.trim().to_owned();
                    let well_formed = !name.is_empty()
                        && name.chars().all(|c| c.is_alphanumeric() || c == '_')
                        && !name.starts_with(|c: char| c.is_ascii_digit());
                    if !well_formed {
                        return Err(TemplateError::Name(name));
                    }
                    if !literal.is_empty() {
                        segments.push(Segment::Literal(std::mem::take(&mut literal)));
                    }
                    segments.push(Segment::Placeholder(name));
                }
                other => literal.push(other),
            }
        }
        if !literal.is_empty() {
            segments.push(Segment::Literal(literal));
        }
        Ok(Self { segments })
    }

    /// The pieces in order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Distinct placeholder names in order of first appearance: the fields of the fill-in form.
    pub fn placeholders(&self) -> Vec<&str> {
        // A set beside the list: a linear `contains` per name made a text with 100k placeholders
        // take seconds.
        let mut seen = std::collections::HashSet::new();
        let mut names: Vec<&str> = Vec::new();
        for segment in &self.segments {
            if let Segment::Placeholder(name) = segment
                && seen.insert(name.as_str())
            {
                names.push(name);
            }
        }
        names
    }

    /// Whether there is anything to fill in.
    pub fn has_placeholders(&self) -> bool {
        self.segments.iter().any(|segment| matches!(segment, Segment::Placeholder(_)))
    }

    /// Plain text with every placeholder replaced; an unfilled one stays visible as `{name}` so it
    /// is noticed before sending.
    pub fn render_plain(&self, values: &HashMap<String, String>) -> String {
        let mut output = String::new();
        for segment in &self.segments {
            match segment {
                Segment::Literal(text) => output.push_str(text),
                Segment::Placeholder(name) => match values.get(name).filter(|value| !value.is_empty()) {
                    Some(value) => output.push_str(value),
                    None => {
                        output.push('{');
                        output.push_str(name);
                        output.push('}');
                    }
                },
            }
        }
        output
    }

    /// HTML for mail clients: paragraphs from blank lines, `<br>` for single line breaks, and every
    /// character a customer or agent typed escaped.
    pub fn render_html(&self, values: &HashMap<String, String>) -> String {
        plain_to_html(&self.render_plain(values))
    }
}

/// Plain text as HTML for mail clients: paragraphs from blank lines, `<br>` for single line
/// breaks, every character escaped.
pub fn plain_to_html(plain: &str) -> String {
    let mut html = String::new();
    for paragraph in plain.split("\n\n").map(str::trim).filter(|paragraph| !paragraph.is_empty()) {
        html.push_str("<p>");
        let lines: Vec<String> = paragraph.lines().map(escape_html).collect();
        html.push_str(&lines.join("<br>\n"));
        html.push_str("</p>\n");
    }
    html
}

/// What a placeholder's name says about the value it wants; the fill-in form offers the matching
/// input. Names follow the phrasebook's convention (see `docs/format.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceholderKind {
    /// `{today}`: the only blank filled with today's date before the agent types anything.
    Today,
    /// `{…_date}` and `{deadline}`: a day the agent picks (a delivery, an appointment…).
    Date,
    /// `{…_time}`: a time of day.
    Time,
    /// Anything else: typed by the agent for this customer.
    Text,
}

impl PlaceholderKind {
    /// The kind a placeholder `name` is.
    pub fn of(name: &str) -> Self {
        if name == "today" {
            Self::Today
        } else if name.ends_with("_date") || name == "deadline" {
            Self::Date
        } else if name.ends_with("_time") {
            Self::Time
        } else {
            Self::Text
        }
    }
}

/// Escapes the five characters HTML gives meaning to.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// A date written the way a letter in `lang` writes it: "23 November 2026", "November 23, 2026"
/// (`en-US`), "23 november 2026", "23 ноября 2026 г."; ISO 8601 for languages without a table here.
pub fn format_date(date: NaiveDate, lang: &str) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const SV: [&str; 12] = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    // Russian dates use the genitive month: «23 ноября».
    const RU: [&str; 12] = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    const DE: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let month = date.month0() as usize;
    let (day, year) = (date.day(), date.year());
    let mut subtags = lang.split(['-', '_']);
    let primary = subtags.next().unwrap_or(lang);
    // American letters put the month first; every other English-speaking region writes the day first.
    if primary.eq_ignore_ascii_case("en") && subtags.next().is_some_and(|region| region.eq_ignore_ascii_case("us")) {
        return format!("{} {day}, {year}", EN[month]);
    }
    match primary {
        "en" => format!("{day} {} {year}", EN[month]),
        "nl" => format!("{day} {} {year}", NL[month]),
        "sv" => format!("{day} {} {year}", SV[month]),
        "ru" => format!("{day} {} {year} г.", RU[month]),
        "de" => format!("{day}. {} {year}", DE[month]),
        "fr" => format!("{day} {} {year}", FR[month]),
        _ => date.format("%Y-%m-%d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_today_is_today_and_dates_are_named_by_their_ending() {
        assert_eq!(PlaceholderKind::of("today"), PlaceholderKind::Today);
        assert_eq!(PlaceholderKind::of("delivery_date"), PlaceholderKind::Date);
        assert_eq!(PlaceholderKind::of("deadline"), PlaceholderKind::Date);
        assert_eq!(PlaceholderKind::of("callback_time"), PlaceholderKind::Time);
        assert_eq!(PlaceholderKind::of("date"), PlaceholderKind::Text, "a bare {{date}} is not assumed to be today");
        assert_eq!(PlaceholderKind::of("order_number"), PlaceholderKind::Text);
    }

    fn values(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(key, value)| ((*key).to_owned(), (*value).to_owned())).collect()
    }

    #[test]
    fn placeholders_are_listed_once_in_order() {
        let template = Template::parse("Hi {customer_name}, order {order_number} for {customer_name}").expect("valid");
        assert_eq!(template.placeholders(), ["customer_name", "order_number"]);
    }

    #[test]
    fn filling_replaces_and_keeps_unfilled_visible() {
        let template = Template::parse("Dear {customer_name}, re {order_number}.").expect("valid");
        assert_eq!(template.render_plain(&values(&[("customer_name", "Ana")])), "Dear Ana, re {order_number}.");
    }

    #[test]
    fn doubled_braces_are_literal() {
        let template = Template::parse("Use {{braces}} for {thing}").expect("valid");
        assert_eq!(template.placeholders(), ["thing"]);
        assert_eq!(template.render_plain(&values(&[("thing", "x")])), "Use {braces} for x");
    }

    #[test]
    fn malformed_placeholders_are_errors() {
        assert!(matches!(Template::parse("Hi {name"), Err(TemplateError::Unclosed(3))));
        assert!(matches!(Template::parse("Hi name}"), Err(TemplateError::Stray(7))));
        assert!(matches!(Template::parse("Hi {}"), Err(TemplateError::Name(_))));
        assert!(matches!(Template::parse("Hi {first name}"), Err(TemplateError::Name(_))));
    }

    #[test]
    fn html_escapes_user_values_and_keeps_paragraphs() {
        let template = Template::parse("Dear {customer_name},\n\nLine one\nline two").expect("valid");
        let html = template.render_html(&values(&[("customer_name", "<b>Bob & \"Co\"</b>")]));
        assert_eq!(html, "<p>Dear &lt;b&gt;Bob &amp; &quot;Co&quot;&lt;/b&gt;,</p>\n<p>Line one<br>\nline two</p>\n");
    }

    #[test]
    fn dates_follow_the_language() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date");
        assert_eq!(format_date(date, "en"), "23 November 2026");
        assert_eq!(format_date(date, "en-US"), "November 23, 2026");
        assert_eq!(format_date(date, "en-GB"), "23 November 2026");
        assert_eq!(format_date(date, "ru"), "23 ноября 2026 г.");
        assert_eq!(format_date(date, "sv"), "23 november 2026");
        assert_eq!(format_date(date, "nl-BE"), "23 november 2026");
        assert_eq!(format_date(date, "xx"), "2026-11-23");
    }
}
