//! The layout protects search and results: at every window size an agent uses (a 360 px strip,
//! 420×700 beside a softphone, the default 980×640) and every text size up to 2.0, the search box
//! and three result rows are inside the window; panes fold away first and come back by key; a
//! dialog fits the window.
//!
//! The harness is given the window's size in pixels and the text size in the preferences; egui's
//! zoom then lays the window out in (w/z)×(h/z) points, as the real window does.

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tactful::gui::{AppState, Prefs};

use crate::gui_support::{app, store_with, window};

const SIZES: [[f32; 2]; 3] = [[360.0, 640.0], [420.0, 700.0], [980.0, 640.0]];
const TEXT_SIZES: [f32; 3] = [1.0, 1.5, 2.0];

fn open(pixels: [f32; 2], zoom: f32, compact: bool) -> Harness<'static, AppState> {
    let prefs = Prefs { lang: Some("en".into()), zoom, compact, ..Prefs::default() };
    let (state, _clipboard) = app(store_with(None), prefs);
    let mut harness = window(state, pixels, 12);
    // The first frames settle fonts and panel sizes.
    harness.run();
    harness
}

fn assert_inside(harness: &Harness<'_, AppState>, label: &str, case: &str) {
    let window = harness.ctx.content_rect();
    let rect = harness.get_by_label(label).rect();
    assert!(
        window.expand(0.5).contains_rect(rect) && rect.width() > 1.0,
        "{case}: {label} at {rect:?} is not inside the window {window:?}"
    );
}

#[test]
fn search_and_three_results_stay_in_sight_at_every_size_and_text_size() {
    for pixels in SIZES {
        for zoom in TEXT_SIZES {
            for compact in [false, true] {
                let case = format!(
                    "{}x{} at text size {zoom}{}",
                    pixels[0],
                    pixels[1],
                    if compact { ", compact" } else { "" }
                );
                let harness = open(pixels, zoom, compact);
                assert_inside(&harness, "Search", &case);
                let search = harness.get_by_label("Search").rect();
                assert!(search.width() >= 100.0, "{case}: the search box is {:.0} points wide", search.width());
                for row in 1..=3 {
                    assert_inside(&harness, &format!("Copy result {row}"), &case);
                }
            }
        }
    }
}

#[test]
fn a_narrow_window_folds_the_panes_and_their_keys_bring_them_back() {
    let mut harness = open([420.0, 700.0], 1.0, false);
    assert!(!harness.state().panes.side && !harness.state().panes.detail, "both folded at 420 px");
    assert!(harness.query_by_label("Situations").is_none());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::B);
    harness.run();
    assert!(harness.state().panes.side, "Ctrl+B opens the side panel");
    harness.get_by_label("Situations");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::B);
    harness.run();
    assert!(!harness.state().panes.side, "and closes it");
    let wide = open([980.0, 640.0], 1.0, false);
    assert!(wide.state().panes.side && wide.state().panes.detail, "both shown at 980 px");
}

#[test]
fn the_fill_in_form_fits_a_narrow_strip_with_its_buttons_in_sight() {
    for zoom in TEXT_SIZES {
        let mut harness = open([420.0, 700.0], zoom, true);
        harness.get_by_label("Search").type_text("delivery delay");
        harness.run();
        let template = harness.state().search.hits.iter().position(|hit| {
            harness.state().library.index.phrase(hit.position).is_some_and(|phrase| phrase.content.text.contains('{'))
        });
        let row = template.expect("a template matches");
        harness.key_press_modifiers(egui::Modifiers::COMMAND, [Key::Num1, Key::Num2, Key::Num3, Key::Num4][row.min(3)]);
        harness.run();
        assert!(harness.state().fill_form().is_some(), "text size {zoom}: the form is open");
        let case = format!("fill-in form at 420x700, text size {zoom}");
        // A fresh install's Enter pastes (Settings); Shift+Enter copies.
        assert_inside(&harness, "Paste (Enter)", &case);
        assert_inside(&harness, "Copy (Shift+Enter)", &case);
        assert_inside(&harness, "Cancel (Esc)", &case);
    }
}
