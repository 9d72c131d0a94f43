//! Translations: Fluent messages (every language in the server build; English and the page's own
//! language in the browser's), the locale type, and how a request's locale is chosen. The server
//! decides the locale; the browser renders with the same one and the same messages, so
//! server-rendered text and hydrated text always agree.

use std::sync::OnceLock;

use fluent::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// One of the locales found under `i18n/`. English is the default and the fallback.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Locale(usize);

impl Locale {
    pub const ENGLISH: Locale = Locale(0);

    /// Every supported locale, English first, then by tag.
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..LOCALES.len()).map(Locale)
    }

    /// Its position in [`Locale::all`], for per-locale caches.
    pub(crate) fn index(self) -> usize {
        self.0
    }

    /// The BCP 47 tag, as used in `<html lang>`, the cookie and the folder name.
    pub fn tag(self) -> &'static str {
        LOCALES[self.0].0
    }

    /// The language's name in that language, for the language picker.
    pub fn native_name(self) -> &'static str {
        LOCALES[self.0].1
    }

    /// The supported locale with exactly this tag (case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        Locale::all().find(|locale| locale.tag().eq_ignore_ascii_case(tag))
    }

    fn language(self) -> &'static str {
        self.tag().split('-').next().unwrap_or_default()
    }

    /// The supported locale that best serves one `Accept-Language` range: the exact tag, else the
    /// same language (Chinese split by script, Norwegian variants served by Bokmål).
    fn serving(range: &str) -> Option<Locale> {
        if range == "*" {
            return Some(Locale::ENGLISH);
        }
        let range = range.replace('_', "-");
        if let Some(exact) = Locale::from_tag(&range) {
            return Some(exact);
        }
        let mut subtags = range.split('-');
        let language = subtags.next()?.to_ascii_lowercase();
        match language.as_str() {
            "zh" => {
                let traditional =
                    subtags.any(|s| ["hant", "tw", "hk", "mo"].contains(&s.to_ascii_lowercase().as_str()));
                Locale::from_tag(if traditional { "zh-TW" } else { "zh-CN" })
            }
            "no" | "nn" | "nb" => Locale::all().find(|l| l.language() == "nb"),
            _ => Locale::all().find(|l| l.language() == language),
        }
    }
}

/// Chooses the locale for a request: the cookie the user chose, then the browser's
/// `Accept-Language` preferences in order of quality, then English.
pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
    cookie.and_then(Locale::from_tag).or_else(|| accept_language.and_then(best_accepted)).unwrap_or_default()
}

fn best_accepted(header: &str) -> Option<Locale> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut params = item.split(';');
            let range = params.next()?.trim();
            let quality = match params.find_map(|p| p.trim().strip_prefix("q=")) {
                Some(q) => q.trim().parse::<f32>().ok()?,
                None => 1.0,
            };
            (!range.is_empty() && quality > 0.0).then_some((quality, position, range))
        })
        .collect();
    // Highest quality first; among equals, the order the browser sent.
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.into_iter().find_map(|(_, _, range)| Locale::serving(range))
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Option<Bundle>>; LOCALE_COUNT] = [const { OnceLock::new() }; LOCALE_COUNT];

/// The compiled messages of one locale, built on first use (a browser only ever builds its own and
/// English). `None` when this build does not have the locale's messages.
fn bundle(locale: Locale) -> Option<&'static Bundle> {
    BUNDLES[locale.0]
        .get_or_init(|| {
            let sources = sources(locale)?;
            let id: LanguageIdentifier = locale.tag().parse().expect("locale folders are named by valid BCP 47 tags");
            let mut bundle = Bundle::new_concurrent(vec![id]);
            // Our languages are all left-to-right; isolation marks would only litter the HTML.
            bundle.set_use_isolating(false);
            for source in sources {
                let resource = FluentResource::try_new(source).expect("Fluent files parse (checked by tests)");
                bundle.add_resource(resource).expect("message ids are unique per locale (checked by tests)");
            }
            Some(bundle)
        })
        .as_ref()
}

/// The Fluent sources of a locale compiled into this build.
fn compiled_sources(locale: Locale) -> Option<&'static [&'static str]> {
    SOURCES.iter().find(|(tag, _)| *tag == locale.tag()).map(|(_, files)| *files)
}

/// The sources a bundle is built from, owned (Fluent parses owned text).
fn owned(files: &[&str]) -> Vec<String> {
    files.iter().map(|file| (*file).to_owned()).collect()
}

#[cfg(not(feature = "hydrate"))]
fn sources(locale: Locale) -> Option<Vec<String>> {
    compiled_sources(locale).map(owned)
}

/// The browser has English compiled in; any other language comes with the page (see
/// [`page_messages`]), so the bundle carries one language instead of all of them.
#[cfg(feature = "hydrate")]
fn sources(locale: Locale) -> Option<Vec<String>> {
    compiled_sources(locale).map(owned).or_else(|| {
        let meta = leptos::prelude::document().query_selector(&format!("meta[name={PAGE_MESSAGES}]")).ok()??;
        (meta.get_attribute("lang")? == locale.tag())
            .then(|| meta.get_attribute("content"))
            .flatten()
            .map(|text| vec![text])
    })
}

/// The `<meta>` name under which a page carries its language's messages for the browser.
pub const PAGE_MESSAGES: &str = "uam-messages";

/// What a page rendered in `locale` hands the browser: the locale's Fluent source, or nothing for
/// English, which every bundle has.
pub fn page_messages(locale: Locale) -> Option<String> {
    (locale != Locale::ENGLISH).then(|| compiled_sources(locale).unwrap_or_default().join("\n"))
}

/// The message `id` in `locale`, falling back to English, then to the id itself.
pub fn message(locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    [locale, Locale::ENGLISH]
        .into_iter()
        .find_map(|locale| {
            let bundle = bundle(locale)?;
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
        })
        .unwrap_or_else(|| id.to_owned())
}

/// The translator a component uses: `i18n.t("nav-users")`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct I18n(pub Locale);

impl I18n {
    pub fn t(self, id: &str) -> String {
        message(self.0, id, None)
    }

    pub fn t_with<'a>(self, id: &str, args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(name, value);
        }
        message(self.0, id, Some(&fluent_args))
    }
}

/// The translator for the current page, in the locale the server chose (provided with the page's
/// preferences, which sit above this module; English where none was provided).
pub fn use_i18n() -> I18n {
    leptos::prelude::use_context::<I18n>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_first_and_default() {
        assert_eq!(Locale::default().tag(), "en");
        assert_eq!(Locale::ENGLISH.native_name(), "English");
    }

    #[test]
    fn every_locale_parses_and_names_itself() {
        for locale in Locale::all() {
            let sources = compiled_sources(locale).expect("the server build has every locale");
            for source in owned(sources) {
                if let Err((_, errors)) = FluentResource::try_new(source) {
                    panic!("{}: {errors:?}", locale.tag());
                }
            }
            let name = locale.native_name();
            assert_ne!(name, "language-name", "{} has no language-name", locale.tag());
        }
    }

    fn tag(locale: Locale) -> &'static str {
        locale.tag()
    }

    #[test]
    fn cookie_wins_over_accept_language() {
        assert_eq!(negotiate(Some("en"), Some("de-DE,de;q=0.9")), Locale::ENGLISH);
        assert_eq!(tag(negotiate(Some("ja"), Some("de-DE,de;q=0.9"))), "ja");
        assert_eq!(tag(negotiate(Some("ZH-tw"), None)), "zh-TW");
    }

    #[test]
    fn each_language_is_reached_from_its_regions_scripts_and_relatives() {
        let served = |header| tag(negotiate(None, Some(header)));
        assert_eq!(served("de-AT,en;q=0.5"), "de");
        assert_eq!(served("pt-PT"), "pt-BR");
        assert_eq!(served("zh"), "zh-CN");
        assert_eq!(served("zh-SG"), "zh-CN");
        assert_eq!(served("zh-Hant"), "zh-TW");
        assert_eq!(served("zh-HK"), "zh-TW");
        assert_eq!(served("no"), "nb");
        assert_eq!(served("nn-NO"), "nb");
        assert_eq!(served("sv-FI"), "sv");
        assert_eq!(served("xx, fi;q=0.8, de;q=0.9"), "de");
    }

    #[test]
    fn each_locale_names_itself_and_english_pages_carry_no_messages() {
        let names: Vec<&str> = Locale::all().map(Locale::native_name).collect();
        assert_eq!(names.len(), 26);
        assert!(names.contains(&"Deutsch") && names.contains(&"日本語") && names.contains(&"ไทย"));
        assert_eq!(page_messages(Locale::ENGLISH), None);
        let german = Locale::from_tag("de").expect("German ships");
        assert!(page_messages(german).is_some_and(|source| source.contains("language-name = Deutsch")));
    }

    #[test]
    fn unknown_cookie_falls_back_to_accept_language_then_english() {
        assert_eq!(negotiate(Some("xx-YY"), Some("en-GB")), Locale::ENGLISH);
        assert_eq!(negotiate(Some("xx-YY"), None), Locale::ENGLISH);
        assert_eq!(negotiate(None, Some("tlh, x-klingon;q=0.5")), Locale::ENGLISH);
        assert_eq!(negotiate(None, Some("")), Locale::ENGLISH);
    }

    #[test]
    fn region_variants_and_wildcard_reach_the_language() {
        assert_eq!(negotiate(None, Some("en-AU")), Locale::ENGLISH);
        assert_eq!(negotiate(None, Some("EN_us")), Locale::ENGLISH);
        assert_eq!(negotiate(None, Some("*")), Locale::ENGLISH);
    }

    #[test]
    fn quality_order_beats_header_order_and_zero_quality_is_refused() {
        // A refused English falls back to English only as the default, and malformed qualities are
        // ignored rather than trusted.
        assert_eq!(best_accepted("en;q=0"), None);
        assert_eq!(best_accepted("en;q=abc"), None);
        assert_eq!(best_accepted("xx;q=1, en;q=0.1"), Some(Locale::ENGLISH));
    }

    #[test]
    fn translation_falls_back_to_the_id() {
        assert_eq!(I18n(Locale::ENGLISH).t("no-such-message"), "no-such-message");
        assert_eq!(I18n::default().t_with("page-title", [("page", "Users".into())]), "Users · User Account Manager");
    }
}
