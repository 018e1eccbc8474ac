//! One frame of the window: decide which panes fit, read the keys, draw, then apply what the
//! keys and views asked for. The only file that knows both the views and the state's handlers.

use super::app::AppState;
use super::layout::fit_panes;
use super::views;

impl AppState {
    /// Draws the window and applies what the agent did.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let context = ui.ctx().clone();
        // Lookups read the thread's language; setting it each frame keeps a test's window (and a
        // second window on another thread) in its own language.
        crate::i18n::set_language(self.interface_language());
        self.apply_prefs(&context);
        let width = context.content_rect().width();
        self.panes = fit_panes(width, self.prefs.compact, (self.prefs.side_panel, self.prefs.detail_pane), self.panes);
        let mut actions = views::keyboard::actions(self, &context);
        actions.extend(views::draw(self, ui));
        for action in actions {
            self.apply(action, &context);
        }
        self.poll_team(&context);
        self.poll_import(&context);
        self.poll_paste(&context);
        self.refresh_for_frame(&context);
        if self.draft.open {
            let now = context.input(|input| input.time);
            if let Some(wait) = self.draft.refresh(&self.library.index, now) {
                context.request_repaint_after(wait);
            }
        }
        self.expire_toast(&context);
        focus_ring(&context);
        self.mark_first_results();
        if !self.library.is_rereading() && (!self.search.hits.is_empty() || self.library.index.is_empty()) {
            self.library.results_shown();
        }
    }

    /// For `benches/startup.sh`: when `TACTFUL_FIRST_RESULTS` names a file, the wall-clock time
    /// (nanoseconds since the Unix epoch) of the first frame that lays out search results is
    /// written to it, once per process. Nothing else reads it.
    fn mark_first_results(&self) {
        use std::sync::atomic::{AtomicBool, Ordering};
        static MARKED: AtomicBool = AtomicBool::new(false);
        if self.search.hits.is_empty() || MARKED.swap(true, Ordering::Relaxed) {
            return;
        }
        if let Some(path) = std::env::var_os("TACTFUL_FIRST_RESULTS") {
            let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            let _ = std::fs::write(path, since_epoch.as_nanos().to_string());
        }
    }
}

/// A ring around whatever has keyboard focus, in the accent colour, drawn above everything: egui's
/// own focus hint is a faint background that vanishes in both themes.
fn focus_ring(context: &egui::Context) {
    let Some(focused) = context.memory(|memory| memory.focused()) else { return };
    let Some(response) = context.read_response(focused) else { return };
    let visuals = if context.theme() == egui::Theme::Dark { egui::Visuals::dark() } else { egui::Visuals::light() };
    let color = super::theme::accent(&visuals);
    let layer = egui::LayerId::new(egui::Order::Tooltip, egui::Id::unique("focus-ring"));
    let painter = context.layer_painter(layer).with_clip_rect(response.interact_rect.expand(4.0));
    painter.rect_stroke(response.rect.expand(1.5), 4.0, egui::Stroke::new(2.0, color), egui::StrokeKind::Outside);
}
