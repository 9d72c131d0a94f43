//! Finds every locale under `i18n/<tag>/*.ftl` and compiles its messages into the crate, so that
//! adding a language is adding a folder: no code lists the locales by hand.

use std::{env, fmt::Write as _, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest.join("../i18n");
    println!("cargo:rerun-if-changed={}", root.display());

    let mut locales: Vec<(String, Vec<PathBuf>)> = fs::read_dir(&root)
        .expect("i18n/ exists beside app/")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| {
            let dir = entry.path();
            println!("cargo:rerun-if-changed={}", dir.display());
            let mut files: Vec<PathBuf> = fs::read_dir(&dir)
                .expect("locale folder is readable")
                .filter_map(Result::ok)
                .map(|file| file.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
                .collect();
            files.sort();
            (entry.file_name().to_string_lossy().into_owned(), files)
        })
        .collect();
    // English first: it is the source of truth and the fallback for every lookup.
    locales.sort_by(|(a, _), (b, _)| (a != "en", a).cmp(&(b != "en", b)));

    // The server renders every language, so it compiles them all. The browser only ever shows one:
    // it compiles English (the fallback) and reads its page's language from the page itself, which
    // keeps 25 other languages out of the bundle every visitor downloads.
    let browser = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let mut out = String::from(
        "/// Every locale found under `i18n/`, English first: its tag and its name in its own language.\n",
    );
    out.push_str("pub(crate) static LOCALES: &[(&str, &str)] = &[\n");
    for (tag, files) in &locales {
        let name = files.iter().find_map(native_name).unwrap_or_else(|| panic!("{tag} has no language-name"));
        writeln!(out, "    ({tag:?}, {name:?}),").expect("writing to a String");
    }
    out.push_str("];\n");
    writeln!(out, "/// How many locales there are.\npub const LOCALE_COUNT: usize = {};", locales.len())
        .expect("writing to a String");
    out.push_str("/// The Fluent sources compiled into this build, by locale tag.\n");
    out.push_str("pub(crate) static SOURCES: &[(&str, &[&str])] = &[\n");
    for (tag, files) in locales.iter().filter(|(tag, _)| !browser || tag == "en") {
        write!(out, "    ({tag:?}, &[").expect("writing to a String");
        for file in files {
            let path = file.canonicalize().expect("ftl file path");
            println!("cargo:rerun-if-changed={}", path.display());
            write!(out, "include_str!({:?}), ", path.display().to_string()).expect("writing to a String");
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// The value of the `language-name` message, written on one line by convention.
fn native_name(file: &PathBuf) -> Option<String> {
    let text = fs::read_to_string(file).expect("ftl file is readable");
    text.lines().find_map(|line| line.strip_prefix("language-name =").map(|name| name.trim().to_owned()))
}
