//! The message catalogue: one Fluent bundle per interface language, built once from the `.ftl`
//! files embedded in the binary, and the formatting of one message with English as fallback.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use include_dir::{Dir, include_dir};

use super::{Arg, Language};

/// `assets/i18n/<code>/*.ftl`: every file of a language's folder belongs to its bundle.
static FILES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets/i18n");

type Bundle = FluentBundle<FluentResource>;

/// One bundle per [`Language`], in [`Language::ALL`] order.
fn bundles() -> &'static [Bundle; 4] {
    static BUNDLES: OnceLock<[Bundle; 4]> = OnceLock::new();
    BUNDLES.get_or_init(|| Language::ALL.map(bundle))
}

fn bundle(language: Language) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![locale_id(language)]);
    // Fluent wraps each placed value in Unicode isolation marks by default; egui's fonts draw
    // them as boxes, and no interface text mixes right-to-left scripts.
    bundle.set_use_isolating(false);
    for (_, source) in sources(language) {
        // A file that fails to parse in places keeps every message that did parse; the tests
        // parse every file strictly, so this only matters for a hand-edited build.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        // An id defined twice keeps its first text, as in a Fluent file read top to bottom.
        let _duplicates = bundle.add_resource(resource);
    }
    bundle
}

fn locale_id(language: Language) -> unic_langid::LanguageIdentifier {
    language.code().parse().unwrap_or_default()
}

/// The `.ftl` files of `language`: (file name, text), sorted by name.
fn sources(language: Language) -> Vec<(&'static str, &'static str)> {
    let Some(folder) = FILES.get_dir(language.code()) else {
        return Vec::new();
    };
    let mut files: Vec<_> = folder
        .files()
        .filter(|file| file.path().extension().is_some_and(|extension| extension == "ftl"))
        .filter_map(|file| Some((file.path().file_name()?.to_str()?, file.contents_utf8()?)))
        .collect();
    files.sort_unstable();
    files
}

/// `id` in `language` with `args`; the English text when the translation lacks the message (or
/// fails to format); the id itself when even English lacks it.
pub(super) fn format(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let bundles = bundles();
    let index = Language::ALL.iter().position(|candidate| *candidate == language).unwrap_or(0);
    format_in(&bundles[index], id, args).or_else(|| format_in(&bundles[0], id, args)).unwrap_or_else(|| {
        note_missing(id);
        id.to_owned()
    })
}

/// Ids looked up that even English lacks (or that failed to format): a typo in the code, or a
/// message whose variables the caller did not give. The window shows the id; tests read this.
static MISSING: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

fn note_missing(id: &str) {
    // A poisoned lock only means another thread panicked while noting; the set is still usable.
    let mut missing = MISSING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    missing.insert(id.to_owned());
}

/// Every id looked up so far in this process that English could not give a text for.
pub fn missing_ids() -> Vec<String> {
    MISSING.lock().unwrap_or_else(std::sync::PoisonError::into_inner).iter().cloned().collect()
}

fn format_in(bundle: &Bundle, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Number(number) => FluentValue::from(*number),
            Arg::Text(text) => FluentValue::from(text.as_str()),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let written = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    errors.is_empty().then(|| written.into_owned())
}

/// Formats `id` from a translation given as text, falling back to the embedded English: lets
/// tests prove the fallback without shipping a broken translation.
#[cfg(test)]
pub(super) fn format_from(language: Language, source: &str, id: &str, args: &[(&str, Arg)]) -> String {
    let mut translation = Bundle::new_concurrent(vec![locale_id(language)]);
    translation.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let _duplicates = translation.add_resource(resource);
    format_in(&translation, id, args).unwrap_or_else(|| format(Language::En, id, args))
}

/// One message of one language's files, as the consistency tests see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The message id.
    pub id: String,
    /// The file it is in (`window.ftl`).
    pub file: String,
    /// The variables its text and its variants use (`count`, `path`).
    pub variables: BTreeSet<String>,
}

/// Every message of `language`'s files, or the parse errors of the files that have any
/// (`file: line: error`), so a test can show a translator exactly where a file is broken.
pub fn messages(language: Language) -> Result<Vec<Message>, Vec<String>> {
    let mut messages = Vec::new();
    let mut errors = Vec::new();
    for (file, source) in sources(language) {
        match fluent_syntax::parser::parse(source) {
            Ok(resource) => messages.extend(resource.body.iter().filter_map(|entry| match entry {
                ast::Entry::Message(message) => Some(Message {
                    id: message.id.name.to_owned(),
                    file: file.to_owned(),
                    variables: message_variables(message),
                }),
                _ => None,
            })),
            Err((_, parse_errors)) => errors.extend(parse_errors.into_iter().map(|error| {
                let line = source[..error.pos.start.min(source.len())].lines().count().max(1);
                format!("{}/{file}: line {line}: {:?}", language.code(), error.kind)
            })),
        }
    }
    if errors.is_empty() { Ok(messages) } else { Err(errors) }
}

fn message_variables(message: &ast::Message<&str>) -> BTreeSet<String> {
    let mut variables = BTreeSet::new();
    let patterns = message.value.iter().chain(message.attributes.iter().map(|attribute| &attribute.value));
    for pattern in patterns {
        pattern_variables(pattern, &mut variables);
    }
    variables
}

fn pattern_variables(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, variables),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in arguments.positional.iter().chain(arguments.named.iter().map(|named| &named.value)) {
                inline_variables(argument, variables);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, variables),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference { .. } => {}
    }
}
