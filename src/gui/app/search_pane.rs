//! The search pane's state: what is typed, the filters of the side panel, the results and the
//! selected row, and the searcher (inline, or on a worker for a large phrasebook). The list keeps
//! its order until the query or a filter changes: a copy raises a phrase's rank for the *next*
//! search, never under the agent's fingers, so pressing Ctrl+2 twice copies the same phrase.

use std::sync::Arc;

use crate::model::{Phrase, Status};
use crate::search::{Filters, Hit, SearchIndex, Searcher};

use super::super::action::View;
use super::super::background::{BACKGROUND_THRESHOLD, BackgroundSearch};

/// How many results the list shows.
pub const RESULT_LIMIT: usize = 50;

/// Below this many matches in the chosen language the pane counts matches in the others.
const FEW: usize = 3;

/// What the filters outside the pane say (preferences and the team's collection filter).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scope {
    /// The language filter (`None`: all).
    pub lang: Option<String>,
    /// Include drafts.
    pub show_drafts: bool,
    /// The collection filter.
    pub collection: Option<String>,
}

/// The search box and the list under it.
#[derive(Default)]
pub struct SearchPane {
    /// What is typed in the search box.
    pub query: String,
    /// Situation filter from the side panel.
    pub situation: Option<String>,
    /// Tag filter from the side panel.
    pub tag: Option<String>,
    /// All, favourites, recent or the trash.
    pub view: View,
    /// Current results.
    pub hits: Vec<Hit>,
    /// Selected row.
    pub selected: usize,
    /// Every language for this query, after the cross-language hint was taken (until the query
    /// is cleared).
    pub every_language: bool,
    /// Matches in other languages when the chosen one has few (for the hint).
    pub elsewhere: usize,
    /// Focus the search box, with its text selected, on the next frame.
    pub wants_focus: bool,
    searcher: Searcher,
    searched_for: Option<(String, Filters)>,
    background: Option<BackgroundSearch>,
}

impl std::fmt::Debug for SearchPane {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("SearchPane")
            .field("query", &self.query)
            .field("hits", &self.hits.len())
            .field("selected", &self.selected)
            .finish_non_exhaustive()
    }
}

impl SearchPane {
    /// The filters the side panel, the preferences and the pane describe.
    pub fn filters(&self, scope: &Scope) -> Filters {
        Filters {
            lang: if self.every_language { None } else { scope.lang.clone() },
            situation: self.situation.clone(),
            statuses: Some(if scope.show_drafts { vec![Status::Vetted, Status::Draft] } else { vec![Status::Vetted] }),
            tag: self.tag.clone(),
            collection: scope.collection.clone(),
            favorites_only: self.view == View::Favourites,
            recent_only: self.view == View::Recent,
        }
    }

    /// Forgets the last search, so the next refresh searches again (the phrasebook changed).
    pub fn invalidate(&mut self) {
        self.searched_for = None;
    }

    fn is_current(&self, filters: &Filters) -> bool {
        self.searched_for.as_ref().is_some_and(|(query, searched)| query == &self.query && searched == filters)
    }

    /// Runs the search if the query or filters changed since the last one.
    pub fn refresh(&mut self, index: &SearchIndex, scope: &Scope) {
        if self.query.trim().is_empty() {
            self.every_language = false;
        }
        let filters = self.filters(scope);
        if self.is_current(&filters) {
            return;
        }
        self.hits = self.searcher.search(index, &self.query, &filters, RESULT_LIMIT);
        self.selected = 0;
        self.elsewhere = self.count_elsewhere(index, &filters);
        self.searched_for = Some((self.query.clone(), filters));
    }

    /// How many phrases in other languages match when the chosen language gives few.
    fn count_elsewhere(&mut self, index: &SearchIndex, filters: &Filters) -> usize {
        if filters.lang.is_none() || self.query.trim().is_empty() || self.hits.len() >= FEW {
            return 0;
        }
        let everywhere = Filters { lang: None, ..filters.clone() };
        let all = self.searcher.search(index, &self.query, &everywhere, RESULT_LIMIT);
        // The searcher refines its last answer when the query grows; searching the same text
        // with other filters would confuse that, so forget it.
        self.searcher = Searcher::new();
        all.len().saturating_sub(self.hits.len())
    }

    /// Like [`SearchPane::refresh`], but a large phrasebook is searched on a worker thread so no
    /// frame waits for it; the previous results stay until the new ones arrive.
    pub fn refresh_for_frame(&mut self, index: &Arc<SearchIndex>, scope: &Scope, context: &egui::Context) {
        if index.len() < BACKGROUND_THRESHOLD {
            self.refresh(index, scope);
            return;
        }
        let filters = self.filters(scope);
        // Browsing in the stored order reads only the rows shown, at any size: answered here, a
        // round trip to the worker (a frame or two) sooner; the worker still prepares for typing.
        if self.query.trim().is_empty() && index.browses_in_stored_order(&filters) {
            if let Some(background) = self.background.as_mut() {
                background.frame_began(context.cumulative_frame_nr());
            }
            if !self.is_current(&filters) {
                self.refresh(index, scope);
                let background = self.background.get_or_insert_with(|| BackgroundSearch::start(context.clone()));
                background.prepare_after_drawn(Arc::clone(index), &filters, context.cumulative_frame_nr());
                // A next frame, which tells the worker these were drawn.
                context.request_repaint();
            }
            return;
        }
        let background = self.background.get_or_insert_with(|| BackgroundSearch::start(context.clone()));
        if let Some(hits) = background.latest(context.cumulative_frame_nr()) {
            self.hits = hits;
            self.selected = 0;
            // A next frame, which tells the worker these were drawn (see `BackgroundSearch`).
            context.request_repaint();
        }
        if self.is_current(&filters) {
            return;
        }
        let Some(background) = self.background.as_mut() else { return };
        background.request(Arc::clone(index), &self.query, &filters, RESULT_LIMIT);
        self.searched_for = Some((self.query.clone(), filters));
    }

    /// The phrase of a result row.
    pub fn phrase_at<'index>(&self, index: &'index SearchIndex, row: usize) -> Option<&'index Phrase> {
        self.hits.get(row).and_then(|hit| index.phrase(hit.position))
    }

    /// Selects `row`, kept inside the list.
    pub fn select(&mut self, row: usize) {
        self.selected = row.min(self.hits.len().saturating_sub(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Seed, Store};

    fn builtin_index() -> SearchIndex {
        let store = Store::open_in_memory(Seed::Builtin).expect("opens");
        store.search_index(crate::model::now()).expect("loads")
    }

    #[test]
    fn a_copy_does_not_reorder_the_list_until_the_query_changes() {
        let mut index = builtin_index();
        let scope = Scope { lang: Some("en".into()), show_drafts: true, collection: None };
        let mut pane = SearchPane { query: "calm".into(), ..SearchPane::default() };
        pane.refresh(&index, &scope);
        let before: Vec<_> = pane.hits.iter().map(|hit| hit.id.clone()).collect();
        assert!(before.len() > 2);
        let second = before[1].clone();
        index.record_copy(&second, crate::model::now());
        pane.refresh(&index, &scope);
        let after: Vec<_> = pane.hits.iter().map(|hit| hit.id.clone()).collect();
        assert_eq!(before, after, "the same query keeps its order");
    }

    #[test]
    fn a_query_in_another_language_counts_its_matches_there() {
        let index = builtin_index();
        let scope = Scope { lang: Some("en".into()), show_drafts: true, collection: None };
        let mut pane = SearchPane { query: "terugbetal".into(), ..SearchPane::default() };
        pane.refresh(&index, &scope);
        assert!(pane.hits.len() < FEW);
        assert!(pane.elsewhere > 0, "Dutch phrases match");
        pane.every_language = true;
        pane.refresh(&index, &scope);
        assert!(
            pane.hits.iter().any(|hit| index.phrase(hit.position).is_some_and(|p| p.content.lang.as_str() == "nl"))
        );
    }
}
