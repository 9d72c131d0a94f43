//! No text reaches a reader without going through Fluent. Reads the app's source and fails on any
//! string literal that a `view!` shows as text or as a human-read attribute (a title, a label, a
//! placeholder), and on any English-looking sentence elsewhere in the app's code. Symbols and
//! punctuation (" · ", "—", ": ") are not words and may stay literal.

use std::{
    fs,
    path::{Path, PathBuf},
};

/// Attributes a person reads or hears.
const READ_ATTRIBUTES: &[&str] = &[
    "title",
    "alt",
    "placeholder",
    "aria-label",
    "aria-description",
    "aria-valuetext",
    "aria-roledescription",
    "label",
];

#[derive(Debug)]
struct Literal {
    value: String,
    /// The nearest character before the opening quote that is not white space.
    before: Option<char>,
    /// The attribute name when the literal is an attribute's value (`name="..."`).
    attribute: Option<String>,
    /// The nearest character after the closing quote that is not white space.
    after: Option<char>,
    line: usize,
}

fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source folder").filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            into.push(path);
        }
    }
}

/// The source without unit-test modules, which hold expected values rather than shown text.
fn without_tests(source: &str) -> &str {
    source.find("#[cfg(test)]").map_or(source, |at| &source[..at])
}

/// The string literals of a piece of Rust, with what stands around them; comments are skipped.
fn literals(code: &str, first_line: usize) -> Vec<Literal> {
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    let mut line = first_line;
    let previous = |end: usize| chars[..end].iter().rev().find(|c| !c.is_whitespace()).copied();
    while i < chars.len() {
        match chars[i] {
            '\n' => line += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
                i += 2;
                continue;
            }
            // A char literal such as '"' would otherwise open a string.
            '\'' if chars.get(i + 2) == Some(&'\'') => {
                i += 3;
                continue;
            }
            // An escaped char literal ('\'', '\u{202f}'): skip the escaped character, then to the quote.
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                continue;
            }
            '"' => {
                let start = i;
                let raw = start > 0 && chars[start - 1] == 'r';
                let mut value = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' && !raw {
                        i += 1;
                    }
                    line += usize::from(chars[i] == '\n');
                    value.push(chars[i]);
                    i += 1;
                }
                let before = previous(if raw { start - 1 } else { start });
                let attribute = (before == Some('=')).then(|| {
                    let end = chars[..start].iter().rposition(|c| *c == '=').unwrap_or(0);
                    let name: String = chars[..end]
                        .iter()
                        .rev()
                        .skip_while(|c| c.is_whitespace())
                        .take_while(|c| c.is_alphanumeric() || **c == '-' || **c == '_' || **c == ':')
                        .collect();
                    name.chars().rev().collect()
                });
                let after = chars[i + 1..].iter().find(|c| !c.is_whitespace()).copied();
                found.push(Literal { value, before, attribute, after, line });
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// The bodies of the `view!` macros in a file, with the line each starts on.
fn view_bodies(source: &str) -> Vec<(&str, usize)> {
    let mut bodies = Vec::new();
    let mut rest = 0;
    while let Some(found) = source[rest..].find("view! {") {
        let open = rest + found + "view! ".len();
        let mut depth = 0;
        let mut end = open;
        for (offset, c) in source[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                end = open + offset;
                break;
            }
        }
        bodies.push((&source[open + 1..end], source[..open].lines().count()));
        rest = open + 1;
    }
    bodies
}

fn has_words(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Literals that are not prose even where text could stand: message ids (looked up by the caller),
/// codes and CSS classes (lower-case tokens), and example addresses.
fn is_code(value: &str) -> bool {
    value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || " -_".contains(c))
        || value.contains("://")
        || value.contains('@')
}

/// The ids of the English messages: a literal that is one is a lookup, not text.
fn message_ids() -> Vec<String> {
    let en =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n/en/main.ftl")).expect("en messages");
    en.lines().filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned())).collect()
}

/// A literal a `view!` shows: a text child (between tags or braces), or a read attribute's value.
fn shown_in_view(literal: &Literal) -> bool {
    let text_child = matches!(literal.before, Some('>' | '}' | '"' | '{')) && !matches!(literal.after, Some('=' | '.'))
        || literal.after == Some('<') && literal.before != Some('=');
    let read_attribute = literal.attribute.as_deref().is_some_and(|name| READ_ATTRIBUTES.contains(&name));
    (text_child || read_attribute) && has_words(&literal.value) && !is_code(&literal.value)
}

/// A literal that reads like an English sentence or phrase anywhere in the code: a capital, then
/// words separated by spaces.
fn reads_like_prose(value: &str) -> bool {
    let mut words = value.split(' ');
    let Some(first) = words.next() else { return false };
    let capitalised =
        first.chars().next().is_some_and(char::is_uppercase) && first.chars().skip(1).all(char::is_lowercase);
    let rest: Vec<&str> = words.collect();
    capitalised
        && first.len() > 1
        && !rest.is_empty()
        && rest.iter().all(|word| word.chars().all(|c| c.is_alphabetic() || ",.:;!?'".contains(c)))
}

fn offences() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    let ids = message_ids();
    let mut offences = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("readable source file");
        let code = without_tests(&source);
        let name = file.strip_prefix(&root).unwrap_or(&file).display().to_string();
        for (body, line) in view_bodies(code) {
            for literal in literals(body, line).iter().filter(|l| shown_in_view(l) && !ids.contains(&l.value)) {
                offences.push(format!("{name}:{}: {:?} is shown without a message", literal.line, literal.value));
            }
        }
        let lines: Vec<&str> = code.lines().collect();
        // `#[error("...")]` texts are for the server log; the reader sees the translated `error-<code>`.
        let in_attribute = |l: &Literal| lines.get(l.line - 1).is_some_and(|text| text.trim_start().starts_with("#["));
        for literal in literals(code, 1).iter().filter(|l| reads_like_prose(&l.value) && !in_attribute(l)) {
            offences.push(format!("{name}:{}: {:?} reads like untranslated prose", literal.line, literal.value));
        }
    }
    // A nested `view!` is read twice, once inside its parent.
    offences.sort();
    offences.dedup();
    offences
}

#[test]
fn every_shown_string_goes_through_fluent() {
    let offences = offences();
    assert!(offences.is_empty(), "{}", offences.join("\n"));
}

#[test]
fn the_scanner_finds_text_children_read_attributes_and_prose() {
    let view = r#"
        <p class="notice" title="Hover text">"Hello there"</p>
        <span>{i18n.t("nav-users")}" · "</span>
        <input type="search" placeholder=i18n.t("search") aria-label="Search users" />
        {move || if busy.get() { "Working" } else { "" }}
    "#;
    let shown: Vec<String> = literals(view, 1).into_iter().filter(shown_in_view).map(|l| l.value).collect();
    assert_eq!(shown, ["Hover text", "Hello there", "Search users", "Working"]);
    assert!(is_code("check check-ok") && is_code("https://example.atlassian.net") && !is_code("Working"));
    assert!(message_ids().iter().any(|id| id == "nav-users"));
    assert!(reads_like_prose("Could not save the settings."));
    assert!(!reads_like_prose("Users"));
    assert!(!reads_like_prose("%Y-%m-%d"));
    assert_eq!(view_bodies("let a = view! { <p>{x}</p> }; view! { <b/> }").len(), 2);
}
