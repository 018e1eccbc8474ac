//! The About dialog: the icon, the version line, the licence, and where this phrasebook and the
//! window's settings live, so an agent can tell IT exactly what is installed and what to back up.

use std::path::PathBuf;

use egui::RichText;

/// What the dialog shows besides the build facts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AboutFacts {
    /// The database file this window has open (none for an in-memory phrasebook).
    pub database: Option<PathBuf>,
    /// Where the window keeps its settings.
    pub settings: Option<PathBuf>,
}

impl AboutFacts {
    /// The facts for the database at `database`, with the platform's settings folder.
    pub fn for_database(database: Option<PathBuf>) -> Self {
        let settings = directories::ProjectDirs::from("", "", "tactful").map(|dirs| dirs.config_dir().to_path_buf());
        Self { database, settings }
    }
}

/// The icon as a texture, loaded once per context.
fn icon_texture(context: &egui::Context) -> egui::TextureHandle {
    let id = egui::Id::unique("tactful-about-icon");
    if let Some(texture) = context.data(|data| data.get_temp::<egui::TextureHandle>(id)) {
        return texture;
    }
    let png = include_bytes!("../../../assets/icon/hicolor/128x128/apps/tactful.png");
    let icon = eframe::icon_data::from_png_bytes(png).unwrap_or_default();
    let size = [usize::try_from(icon.width).unwrap_or(0), usize::try_from(icon.height).unwrap_or(0)];
    let image = if size[0] * size[1] * 4 == icon.rgba.len() {
        egui::ColorImage::from_rgba_unmultiplied(size, &icon.rgba)
    } else {
        egui::ColorImage::new([1, 1], vec![egui::Color32::TRANSPARENT])
    };
    let texture = context.load_texture("tactful-about-icon", image, egui::TextureOptions::LINEAR);
    context.data_mut(|data| data.insert_temp(id, texture.clone()));
    texture
}

/// Draws the dialog's content; returns true when the agent closes it.
pub fn ui(facts: &AboutFacts, ui: &mut egui::Ui) -> bool {
    let mut close = false;
    ui.horizontal(|ui| {
        let texture = icon_texture(ui.ctx());
        ui.add(egui::Image::new(&texture).fit_to_exact_size(egui::vec2(64.0, 64.0)));
        ui.vertical(|ui| {
            ui.heading("Tactful");
            ui.label(crate::about::VERSION_LINE);
            ui.label(RichText::new(tr!("about-description")).weak());
        });
    });
    ui.add_space(8.0);
    egui::Grid::new("about-facts").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        ui.label(tr!("about-licence"));
        ui.label(crate::about::LICENSE);
        ui.end_row();
        ui.label(tr!("about-phrasebook"));
        path_label(ui, facts.database.as_ref(), &tr!("about-in-memory"));
        ui.end_row();
        ui.label(tr!("about-settings"));
        path_label(ui, facts.settings.as_ref(), &tr!("about-no-settings-folder"));
        ui.end_row();
    });
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if let Some(path) = &facts.database
            && ui.button(tr!("about-copy-path")).on_hover_text(tr!("about-copy-path-tooltip")).clicked()
        {
            ui.ctx().copy_text(path.display().to_string());
        }
        if ui.button(tr!("about-close")).clicked() {
            close = true;
        }
    });
    close
}

fn path_label(ui: &mut egui::Ui, path: Option<&PathBuf>, missing: &str) {
    match path {
        Some(path) => ui.add(egui::Label::new(RichText::new(path.display().to_string()).monospace()).wrap()),
        None => ui.label(RichText::new(missing).weak()),
    };
}
