//! Colours and text styles shared by the views: calm, high-contrast, one accent.

use egui::{Color32, TextFormat, Visuals};

/// The accent used for highlights and the selected row.
pub fn accent(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode { Color32::from_rgb(255, 196, 92) } else { Color32::from_rgb(176, 96, 0) }
}

/// Muted text for hints and counts; at least 4.5:1 against the panel and the selected row.
pub fn muted(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode { Color32::from_gray(175) } else { Color32::from_gray(85) }
}

/// Secondary text that must be read at a glance (the blunt line a phrase replaces): close to the
/// body text, at least 4.5:1 against the panel and the selected row in both themes.
pub fn secondary(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode { Color32::from_gray(195) } else { Color32::from_gray(70) }
}

/// The body size of result rows, in points; secondary lines are at least 85 % of it.
pub const BODY_SIZE: f32 = 15.0;
/// The size of the "instead of" line and chips: 13/15 ≈ 87 % of the body.
pub const SECONDARY_SIZE: f32 = 13.0;

/// A phrase's status as the interface language says it ("draft", «черновик»).
pub fn status_name(status: crate::model::Status) -> String {
    tr!(match status {
        crate::model::Status::Draft => "status-draft",
        crate::model::Status::Vetted => "status-vetted",
        crate::model::Status::Retired => "status-retired",
    })
}

/// A language tag as people say it: "English", "Dutch (informal)", "English (US)".
pub fn language_name(code: &str) -> String {
    let mut parts = code.split('-');
    let id = match parts.next().unwrap_or(code) {
        "en" => "language-en",
        "nl" => "language-nl",
        "sv" => "language-sv",
        "ru" => "language-ru",
        "de" => "language-de",
        "fr" => "language-fr",
        "es" => "language-es",
        "da" => "language-da",
        "nb" | "no" => "language-nb",
        "fi" => "language-fi",
        "it" => "language-it",
        "pl" => "language-pl",
        "pt" => "language-pt",
        _ => return code.to_owned(),
    };
    let base = tr!(id);
    let rest: Vec<&str> = parts.collect();
    let variant = match rest.as_slice() {
        [] => None,
        ["x", "informal"] => Some(tr!("language-variant-informal")),
        ["x", "formal"] => Some(tr!("language-variant-formal")),
        [region] => Some(region.to_uppercase()),
        _ => Some(rest.join("-")),
    };
    match variant {
        Some(variant) => tr!("language-with-variant", language = base, variant = variant),
        None => base,
    }
}

/// The WCAG contrast ratio of two colours (1 to 21); the tests hold the palette to it.
#[cfg(test)]
pub fn contrast(foreground: Color32, background: Color32) -> f32 {
    fn luminance(color: Color32) -> f32 {
        let channel = |value: u8| {
            let value = f32::from(value) / 255.0;
            if value <= 0.040_45 { value / 12.92 } else { ((value + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
    }
    let (light, dark) = {
        let (a, b) = (luminance(foreground), luminance(background));
        if a > b { (a, b) } else { (b, a) }
    };
    (light + 0.05) / (dark + 0.05)
}

/// Background of the selected result.
pub fn selected_fill(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode { Color32::from_rgb(52, 58, 74) } else { Color32::from_rgb(226, 234, 250) }
}

/// A small rounded badge.
pub fn badge(ui: &mut egui::Ui, text: &str, strong: bool) {
    let visuals = ui.visuals();
    let (fill, color) = if strong {
        (accent(visuals).gamma_multiply(0.22), visuals.strong_text_color())
    } else {
        (visuals.faint_bg_color, secondary(visuals))
    };
    // A chip is one unit: it moves to the next line whole, never breaking a word ("retur/ns").
    egui::Frame::new()
        .fill(fill)
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| ui.add(egui::Label::new(egui::RichText::new(text).size(SECONDARY_SIZE).color(color)).extend()));
}

/// Lays out `text` with the character ranges in `ranges` highlighted.
pub fn highlighted(text: &str, ranges: &[std::ops::Range<usize>], ui: &egui::Ui, size: f32) -> egui::text::LayoutJob {
    let visuals = ui.visuals();
    let normal = TextFormat {
        font_id: egui::FontId::proportional(size),
        color: visuals.strong_text_color(),
        ..Default::default()
    };
    let marked =
        TextFormat { color: accent(visuals), underline: egui::Stroke::new(1.0, accent(visuals)), ..normal.clone() };
    let mut job = egui::text::LayoutJob::default();
    let byte_at = |character: usize| text.char_indices().nth(character).map_or(text.len(), |(byte, _)| byte);
    let mut cursor = 0;
    for range in ranges {
        let (start, end) = (byte_at(range.start), byte_at(range.end));
        if start < cursor || end > text.len() {
            continue;
        }
        job.append(&text[cursor..start], 0.0, normal.clone());
        job.append(&text[start..end], 0.0, marked.clone());
        cursor = end;
    }
    job.append(&text[cursor..], 0.0, normal);
    job.wrap.max_width = f32::INFINITY;
    job
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secondary_text_reads_at_four_and_a_half_to_one_in_both_themes() {
        for visuals in [Visuals::dark(), Visuals::light()] {
            for background in [visuals.panel_fill, selected_fill(&visuals), visuals.window_fill] {
                for color in [secondary(&visuals), muted(&visuals)] {
                    let ratio = contrast(color, background);
                    assert!(ratio >= 4.5, "{color:?} on {background:?}: {ratio:.2}");
                }
            }
        }
        const { assert!(SECONDARY_SIZE / BODY_SIZE >= 0.85) };
    }

    #[test]
    fn language_tags_read_as_names() {
        assert_eq!(language_name("nl"), "Dutch");
        assert_eq!(language_name("nl-x-informal"), "Dutch (informal)");
        assert_eq!(language_name("en-US"), "English (US)");
        assert_eq!(language_name("xx"), "xx");
    }
}
