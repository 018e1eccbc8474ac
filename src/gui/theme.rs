//! Colours and text styles shared by the views: calm, high-contrast, one accent.

use egui::{Color32, TextFormat, Visuals};

/// The accent used for highlights and the selected row.
pub fn accent(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode { Color32::from_rgb(255, 196, 92) } else { Color32::from_rgb(176, 96, 0) }
}

/// Muted text for secondary lines ("instead of …", badges).
pub fn muted(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode { Color32::from_gray(150) } else { Color32::from_gray(105) }
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
        (visuals.faint_bg_color, muted(visuals))
    };
    egui::Frame::new()
        .fill(fill)
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| ui.label(egui::RichText::new(text).small().color(color)));
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
