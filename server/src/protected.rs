//! Protected accounts: e-mail addresses and whole domains (`*@example.com`) that bulk actions must
//! never touch. Entries and the addresses checked against them are normalised the same way
//! (trimmed, Unicode NFC, lower case), so case, spacing and composition never let one through.

use crate::auth::normalise;

/// The normalised form of an entry, or `None` when it is neither an address nor `*@domain`.
pub fn parse_entry(text: &str) -> Option<String> {
    let entry = normalise(text);
    let (local, domain) = entry.split_once('@')?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !domain.contains('@')
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    let local_ok = !local.is_empty() && (local == "*" || !local.contains('*'));
    let clean = !entry.chars().any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == ';');
    (domain_ok && local_ok && clean && entry.chars().count() <= 254).then_some(entry)
}

/// Splits a pasted block (lines, commas, semicolons or spaces) into candidate entries.
pub fn split_paste(text: &str) -> Vec<String> {
    text.split([',', ';', '\n', '\r', '\t', ' ']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// Whether `email` is covered by `entries` (normalised entries, as stored).
pub fn is_protected(email: &str, entries: &[String]) -> bool {
    let email = normalise(email);
    let domain = email.rsplit_once('@').map(|(_, d)| format!("*@{d}"));
    entries.iter().any(|e| *e == email || Some(e) == domain.as_ref())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    use super::*;

    #[test]
    fn entries_are_validated_and_normalised() {
        assert_eq!(parse_entry("  Alice@Example.COM "), Some("alice@example.com".into()));
        assert_eq!(parse_entry("*@Example.com"), Some("*@example.com".into()));
        for bad in [
            "",
            "alice",
            "@example.com",
            "alice@",
            "alice@example",
            "a b@example.com",
            "a*b@example.com",
            "a@@example.com",
            "a@example..com",
        ] {
            assert_eq!(parse_entry(bad), None, "{bad:?}");
        }
        assert_eq!(split_paste("a@x.io, b@y.io;\nc@z.io  d@w.io"), ["a@x.io", "b@y.io", "c@z.io", "d@w.io"]);
    }

    #[test]
    fn domains_cover_every_address_in_them() {
        let entries = vec!["*@example.com".to_owned(), "boss@other.org".to_owned()];
        assert!(is_protected("Anyone@EXAMPLE.com", &entries));
        assert!(is_protected(" boss@other.org", &entries));
        assert!(!is_protected("boss@sub.example.com", &entries));
        assert!(!is_protected("intern@other.org", &entries));
    }

    proptest! {
        /// SR-28: an address differing from a protected entry only in case, surrounding spaces
        /// or Unicode composition (NFC or NFD) is always protected.
        #[test]
        fn case_space_and_composition_never_slip_through(
            local in "[a-zA-Zéüñøå.]{1,12}",
            domain in "[a-zäö]{1,10}\\.(com|org|fr)",
            upper in any::<bool>(),
            decomposed in any::<bool>(),
            pad in " {0,3}",
        ) {
            let entry = parse_entry(&format!("{local}@{domain}")).expect("valid");
            let mut candidate = format!("{pad}{local}@{domain}{pad}");
            if upper { candidate = candidate.to_uppercase(); }
            if decomposed { candidate = candidate.nfd().collect(); }
            prop_assert!(is_protected(&candidate, &[entry]));
            let domain_entry = parse_entry(&format!("*@{domain}")).expect("valid");
            prop_assert!(is_protected(&candidate, &[domain_entry]));
        }
    }
}
