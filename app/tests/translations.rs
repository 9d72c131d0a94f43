//! Every language says everything English says, with the same placeholders, and is really
//! translated. `i18n/en` is the source of truth; each other folder under `i18n/` is checked
//! against it message by message.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Names and codes that read the same in every language. A message whose English text is only
/// these, placeholders and punctuation may stay as it is.
const UNTRANSLATED: &[&str] = &[
    "User Account Manager",
    "Jira Service Management",
    "Jira",
    "Confluence",
    "Atlassian",
    "JSM",
    "SCIM",
    "CSV",
    "API",
    "UTC",
    "ID",
];

/// Words some languages share with English, and the languages that do. Anything else identical to
/// English is an untranslated message.
const SHARED_WORDS: &[(&str, &[&str])] = &[
    ("Status", &["da", "de", "nb", "nl", "pl", "pt-BR", "ro", "sv"]),
    ("App", &["da", "de", "it", "nb", "nl", "sv"]),
    ("Dashboard", &["de", "it", "nl"]),
    ("Details", &["de", "nl"]),
    ("Name", &["de"]),
    ("Email", &["it", "vi"]),
    ("Hash", &["cs", "da", "de", "es", "fr", "it", "nb", "nl", "pl", "pt-BR", "ro", "sk", "sv"]),
    ("Admin", &["de", "fr"]),
    ("Action", &["fr"]),
    ("Actions", &["fr"]),
    ("Pages", &["fr"]),
    ("Organisation", &["da", "de", "fr", "sv"]),
    ("Site", &["fr", "nl", "pt-BR", "ro", "tr"]),
    ("Product", &["nl"]),
    ("Filters", &["nl"]),
    ("No", &["es", "it"]),
    ("Password", &["it"]),
    ("Login", &["pl"]),
];

struct Message {
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
    /// Everything a reader sees apart from the placeholders, for spotting untranslated copies.
    text: String,
}

fn i18n_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n")
}

/// A locale's messages by id, or the parse errors that make its files unusable.
fn load(tag: &str) -> Result<BTreeMap<String, Message>, String> {
    let mut messages = BTreeMap::new();
    let mut files: Vec<PathBuf> = fs::read_dir(i18n_dir().join(tag))
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let source = fs::read_to_string(&file).map_err(|e| e.to_string())?;
        let resource = fluent_syntax::parser::parse(source.as_str())
            .map_err(|(_, errors)| format!("{}: {errors:?}", file.display()))?;
        for entry in resource.body {
            let Entry::Message(message) = entry else { continue };
            let mut collected =
                Message { variables: BTreeSet::new(), attributes: BTreeSet::new(), text: String::new() };
            if let Some(value) = &message.value {
                walk(value, &mut collected);
            }
            for attribute in &message.attributes {
                collected.attributes.insert(attribute.id.name.to_owned());
                walk(&attribute.value, &mut collected);
            }
            if messages.insert(message.id.name.to_owned(), collected).is_some() {
                return Err(format!("{}: {} is defined twice", file.display(), message.id.name));
            }
        }
    }
    Ok(messages)
}

fn walk(pattern: &Pattern<&str>, into: &mut Message) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => into.text.push_str(value),
            PatternElement::Placeable { expression } => walk_expression(expression, into),
        }
    }
}

fn walk_expression(expression: &Expression<&str>, into: &mut Message) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, into);
            for variant in variants {
                walk(&variant.value, into);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, into),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, into: &mut Message) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in arguments.positional.iter().chain(arguments.named.iter().map(|named| &named.value)) {
                walk_inline(argument, into);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, into),
        InlineExpression::StringLiteral { value } => into.text.push_str(value),
        _ => {}
    }
}

fn locales() -> Vec<String> {
    let mut tags: Vec<String> = fs::read_dir(i18n_dir())
        .expect("i18n/ exists")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|tag| tag != "en")
        .collect();
    tags.sort();
    tags
}

/// True when the English text has nothing to translate: only names, codes, numbers and punctuation.
fn nothing_to_translate(english: &str) -> bool {
    let rest = UNTRANSLATED.iter().fold(english.to_owned(), |text, name| text.replace(name, ""));
    !rest.chars().any(char::is_alphabetic)
}

fn shared_word(tag: &str, english: &str) -> bool {
    let english = english.trim().trim_end_matches(['…', ':']);
    SHARED_WORDS.iter().any(|(word, tags)| *word == english && tags.contains(&tag))
}

#[test]
fn the_26_languages_are_all_there() {
    let mut tags = locales();
    tags.push("en".into());
    tags.sort();
    let expected = [
        "cs", "da", "de", "en", "es", "et", "fi", "fr", "hu", "it", "ja", "ko", "nb", "nl", "pl", "pt-BR", "ro", "ru",
        "sk", "sv", "th", "tr", "uk", "vi", "zh-CN", "zh-TW",
    ];
    assert_eq!(tags, expected);
}

#[test]
fn every_language_has_exactly_the_english_messages_with_the_same_placeholders() {
    let english = load("en").expect("en parses");
    let mut problems = Vec::new();
    for tag in locales() {
        let translated = match load(&tag) {
            Ok(messages) => messages,
            Err(error) => {
                problems.push(format!("{tag}: {error}"));
                continue;
            }
        };
        for (id, source) in &english {
            let Some(message) = translated.get(id) else {
                problems.push(format!("{tag}: lacks {id}"));
                continue;
            };
            if message.variables != source.variables {
                problems.push(format!("{tag}: {id} uses {:?}, en uses {:?}", message.variables, source.variables));
            }
            if message.attributes != source.attributes {
                problems
                    .push(format!("{tag}: {id} has attributes {:?}, en {:?}", message.attributes, source.attributes));
            }
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{tag}: has {id}, which en lacks"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_language_leaves_a_message_in_english() {
    let english = load("en").expect("en parses");
    let mut problems = Vec::new();
    for tag in locales() {
        let translated = load(&tag).expect("parses (checked above)");
        for (id, source) in &english {
            let Some(message) = translated.get(id) else { continue };
            let same = message.text.trim() == source.text.trim();
            if same && !nothing_to_translate(&source.text) && !shared_word(&tag, &source.text) {
                problems.push(format!("{tag}: {id} is still English: {:?}", source.text.trim()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_allowances_are_narrow() {
    // The allowances themselves must not hide a real message: a name or code list that swallowed a
    // sentence, or a shared word that is not a single word.
    assert!(!nothing_to_translate("Users"));
    assert!(!nothing_to_translate("Open Jira"));
    assert!(nothing_to_translate(" · User Account Manager"));
    for (word, _) in SHARED_WORDS {
        assert!(!word.contains(' '), "{word} is more than a word");
    }
}
