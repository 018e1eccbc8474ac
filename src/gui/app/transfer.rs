//! Import and export from the window: the file choice (a native dialog, or a path typed or passed
//! in by tests), the dry-run preview of an import, applying it, and writing an export.

use crate::i18n::Explain;
use std::path::{Path, PathBuf};

use super::AppState;
use super::modal::Modal;
use crate::gui::store_job::StoreJob;
use crate::interchange::{self, ImportError, ValidCollection};
use crate::model::PhraseId;
use crate::store::{ExportFilter, ImportMode, ImportReport, StoreError, StoreResult};

/// Chooses files for import and export. The window uses the native dialog; tests pass paths.
pub trait FileChooser {
    /// A collection file to import, or `None` when the person cancelled.
    fn open_collection(&self) -> Option<PathBuf>;
    /// Where to write an export named `suggested`, or `None` when the person cancelled.
    fn save_collection(&self, suggested: &str) -> Option<PathBuf>;
}

/// No dialog: the path is typed into the import or export dialog.
#[derive(Debug, Default)]
pub struct TypedPathOnly;

impl FileChooser for TypedPathOnly {
    fn open_collection(&self) -> Option<PathBuf> {
        None
    }

    fn save_collection(&self, _suggested: &str) -> Option<PathBuf> {
        None
    }
}

/// The desktop's own file dialog, through the XDG portal on Linux. Where no portal runs it
/// returns `None` and the typed path is used.
#[derive(Debug, Default)]
pub struct NativeFileChooser;

impl FileChooser for NativeFileChooser {
    fn open_collection(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(tr!("file-filter-import"), &["json", "csv", "yml", "yaml", "alfredsnippets"])
            .set_title(tr!("import-title"))
            .pick_file()
    }

    fn save_collection(&self, suggested: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(tr!("file-filter-collection"), &["json"])
            .set_title(tr!("export-title"))
            .set_file_name(suggested)
            .save_file()
    }
}

/// One phrase an import would add or update, for the preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewLine {
    /// Its id.
    pub phrase_id: PhraseId,
    /// Its language.
    pub lang: String,
    /// Its text.
    pub text: String,
    /// The text it replaces, for an update.
    pub before: Option<String>,
}

/// A parsed file and what importing it would do.
#[derive(Debug, Clone)]
pub struct ImportPreview {
    /// The file.
    pub file: PathBuf,
    /// Its validated content, applied as it is when the person confirms.
    pub collection: ValidCollection,
    /// The dry run's counts.
    pub report: ImportReport,
    /// Phrases that would be new.
    pub added: Vec<PreviewLine>,
    /// Phrases whose content would change.
    pub updated: Vec<PreviewLine>,
    /// Entries of the file left out, one line each: place and reason.
    pub skipped: Vec<String>,
    /// Entries imported with loss (a feature Tactful does not have), one line each.
    pub mapped_with_loss: Vec<String>,
}

impl ImportPreview {
    /// Pairs a dry-run `report` with the phrases it names.
    pub fn new(file: &Path, collection: ValidCollection, report: ImportReport) -> Self {
        let line = |phrase_id: &PhraseId| {
            let incoming = collection.phrases.iter().find(|phrase| &phrase.id == phrase_id);
            PreviewLine {
                phrase_id: phrase_id.clone(),
                lang: incoming.map(|phrase| phrase.content.lang.to_string()).unwrap_or_default(),
                text: incoming.map(|phrase| phrase.content.text.clone()).unwrap_or_default(),
                before: None,
            }
        };
        let added = report.added.iter().map(line).collect();
        let updated = report.updated.iter().map(line).collect();
        Self {
            file: file.to_path_buf(),
            collection,
            report,
            added,
            updated,
            skipped: Vec::new(),
            mapped_with_loss: Vec::new(),
        }
    }
}

/// The import dialog: a path, then a preview or the reasons the file cannot be imported.
#[derive(Debug, Default)]
pub struct ImportDialog {
    /// The file, typed or chosen.
    pub path: String,
    /// What importing it would do.
    pub preview: Option<ImportPreview>,
    /// Why it cannot be imported: one line per problem (file, JSON path, reason).
    pub problems: Vec<String>,
    /// The preview or the import running on a worker.
    pub work: Option<ImportWork>,
}

/// The import dialog's work in progress.
#[derive(Debug)]
pub enum ImportWork {
    /// Reading the file and working out what importing it would do.
    Preview(StoreJob<PreviewReady>),
    /// Importing it.
    Apply(StoreJob<ImportReport>),
}

/// A file read and its dry run, ready to become an [`ImportPreview`].
#[derive(Debug)]
pub struct PreviewReady {
    path: PathBuf,
    outcome: interchange::ReadOutcome,
    report: ImportReport,
}

/// What a finished [`ImportWork`] answered.
enum Finished {
    Preview(StoreResult<PreviewReady>),
    Apply(StoreResult<ImportReport>),
}

impl ImportDialog {
    /// Shows `error` as one line per problem.
    pub fn refuse(&mut self, error: &StoreError) {
        self.preview = None;
        self.problems = match error {
            StoreError::Import(import) => problem_lines(import),
            other => vec![other.explain()],
        };
    }
}

/// One line per problem in an import error, each naming the file, place and reason.
pub fn problem_lines(error: &ImportError) -> Vec<String> {
    match error {
        ImportError::Invalid { file, problems } => {
            problems.iter().map(|problem| tr!("import-problem", file = file, problem = problem.to_string())).collect()
        }
        other => vec![other.explain()],
    }
}

/// The export dialog: which collection, and where to.
#[derive(Debug, Clone, Default)]
pub struct ExportDialog {
    /// The file to write.
    pub path: String,
    /// One collection, or `None` for everything.
    pub collection: Option<String>,
    /// Why the last export failed.
    pub error: Option<String>,
}

impl AppState {
    /// Reads the dialog's file and works out what importing it would do, on a worker: a file of a
    /// hundred thousand phrases takes seconds, and the window keeps painting meanwhile.
    pub(super) fn preview_import(&mut self, context: &egui::Context) {
        let Modal::Import(dialog) = &mut self.modal else { return };
        if dialog.work.is_some() {
            return;
        }
        let path = PathBuf::from(dialog.path.trim());
        if dialog.path.trim().is_empty() {
            dialog.problems = vec![tr!("import-choose-file")];
            return;
        }
        dialog.problems.clear();
        dialog.preview = None;
        let job = StoreJob::start(self.library.store_mut(), context, move |own| {
            // Partial: entries that cannot be imported are listed in the preview, not a reason to
            // refuse the other 99% of the file; nothing is written until Apply.
            let options =
                interchange::ReadOptions { partial: true, detect_tools: true, ..interchange::ReadOptions::default() };
            let outcome = interchange::read_any(&path, &options)?;
            let report = own.import(&path, &outcome.collection, ImportMode::DryRun)?;
            Ok(PreviewReady { path, outcome, report })
        });
        dialog.work = Some(ImportWork::Preview(job));
    }

    /// Imports the previewed file, on a worker like the preview.
    pub(super) fn apply_import(&mut self, context: &egui::Context) {
        let Modal::Import(dialog) = &mut self.modal else { return };
        if dialog.work.is_some() {
            return;
        }
        let Some(preview) = dialog.preview.take() else { return };
        let job = StoreJob::start(self.library.store_mut(), context, move |own| {
            own.import(&preview.file, &preview.collection, ImportMode::Apply)
        });
        dialog.work = Some(ImportWork::Apply(job));
    }

    /// Takes in the import dialog's finished work: shows the preview, or closes the dialog and
    /// says what the import did, or lists why the file cannot be imported.
    pub fn poll_import(&mut self, context: &egui::Context) {
        let Modal::Import(dialog) = &mut self.modal else { return };
        let finished = match &mut dialog.work {
            Some(ImportWork::Preview(job)) => job.poll().map(Finished::Preview),
            Some(ImportWork::Apply(job)) => job.poll().map(Finished::Apply),
            None => None,
        };
        let Some(finished) = finished else { return };
        dialog.work = None;
        match finished {
            Finished::Preview(Ok(ready)) => {
                let mut preview = ImportPreview::new(&ready.path, ready.outcome.collection, ready.report);
                preview.skipped = ready.outcome.skipped.iter().map(ToString::to_string).collect();
                preview.mapped_with_loss = ready.outcome.notes.iter().map(ToString::to_string).collect();
                for line in &mut preview.updated {
                    let stored = self.library.phrase(&line.phrase_id);
                    line.before = stored.map(|phrase| phrase.content.text.clone()).filter(|text| text != &line.text);
                }
                dialog.preview = Some(preview);
            }
            Finished::Apply(Ok(report)) => {
                self.close_modal();
                let message = tr!(
                    "toast-imported",
                    collection = &report.collection,
                    added = report.added.len(),
                    updated = report.updated.len(),
                    retired = report.retired.len(),
                    conflicts = report.conflicts.len(),
                );
                self.after_change(&message, context);
            }
            Finished::Preview(Err(error)) | Finished::Apply(Err(error)) => dialog.refuse(&error),
        }
    }

    pub(super) fn export(&mut self, context: &egui::Context) {
        let Modal::Export(dialog) = &mut self.modal else { return };
        if dialog.path.trim().is_empty() {
            dialog.error = Some(tr!("export-choose-path"));
            return;
        }
        let path = PathBuf::from(dialog.path.trim());
        let filter = ExportFilter { collection: dialog.collection.clone(), ..ExportFilter::default() };
        let written = self.library.store().export(&filter).map_err(anyhow::Error::from).and_then(|file| {
            let count = file.phrases.len();
            crate::cli::files::write_atomically(&path, interchange::json::to_string(&file).as_bytes()).map(|()| count)
        });
        match written {
            Ok(count) => {
                self.close_modal();
                self.say(tr!("toast-exported", count = count, path = &path), context);
            }
            Err(error) => dialog.error = Some(format!("{error:#}")),
        }
    }
}
