//! Which panes fit the window: the results keep their room, the side panel folds first, then the
//! detail pane. Pure arithmetic on the window's width, so it is tested without a window.

/// How wide compact mode makes the window, in points.
pub const COMPACT_WIDTH: f32 = 420.0;

/// Which panes the window shows this frame; worked out from the window's width and text size
/// before drawing, so the search box and results always keep their room.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Panes {
    /// The side panel is shown.
    pub side: bool,
    /// The detail pane (or the draft's findings) is shown beside the results.
    pub detail: bool,
    /// The agent asked for the side panel although the window is narrow.
    pub side_forced: bool,
    /// The agent asked for the detail pane although the window is narrow.
    pub detail_forced: bool,
    /// The window's size before compact mode made it a strip.
    pub size_before_compact: Option<egui::Vec2>,
}

/// The narrowest the results column may get before a pane beside it is folded away, in points.
pub const RESULTS_MIN_WIDTH: f32 = 320.0;
/// The side panel's width, in points.
pub const SIDE_WIDTH: f32 = 220.0;
/// The detail pane's narrowest width, in points.
pub const DETAIL_MIN_WIDTH: f32 = 300.0;

/// Which panes fit a window `width` points wide: the results keep [`RESULTS_MIN_WIDTH`]; the side
/// panel folds first, then the detail pane. A pane the agent opened with its key stays open.
pub fn fit_panes(width: f32, compact: bool, wanted: (bool, bool), previous: Panes) -> Panes {
    let (want_side, want_detail) = wanted;
    let spare = width - RESULTS_MIN_WIDTH;
    let detail_fits = spare >= DETAIL_MIN_WIDTH;
    let side_fits = spare - if detail_fits && want_detail { DETAIL_MIN_WIDTH } else { 0.0 } >= SIDE_WIDTH;
    Panes {
        side: !compact && want_side && (side_fits || previous.side_forced),
        detail: !compact && want_detail && (detail_fits || previous.detail_forced),
        side_forced: previous.side_forced && want_side,
        detail_forced: previous.detail_forced && want_detail,
        size_before_compact: previous.size_before_compact,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_side_panel_folds_before_the_detail_pane_and_both_before_the_results() {
        let both = (true, true);
        let wide = fit_panes(980.0, false, both, Panes::default());
        assert!(wide.side && wide.detail);
        let middle = fit_panes(700.0, false, both, Panes::default());
        assert!(!middle.side && middle.detail);
        let narrow = fit_panes(420.0, false, both, Panes::default());
        assert!(!narrow.side && !narrow.detail);
        let forced = Panes { side_forced: true, ..Panes::default() };
        assert!(fit_panes(420.0, false, both, forced).side, "a pane opened by key stays open");
        assert!(!fit_panes(1400.0, true, both, Panes::default()).side, "compact shows neither");
    }
}
