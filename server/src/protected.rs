//! Protected accounts: e-mail addresses, whole domains (`*@example.com`) and Atlassian account ids
//! that bulk actions must never touch. Entries and the addresses checked against them are normalised the same way
//! (trimmed, Unicode NFC, lower case), so case, spacing and composition never let one through.

use crate::auth::normalise;

/// Whether an entry (already normalised) looks like an Atlassian account id: `557058:<uuid>`,
/// `qm:<...>` for customers, or 24 hex-like characters for older accounts.
fn is_account_id(entry: &str) -> bool {
    (10..=128).contains(&entry.len())
        && entry.chars().any(|c| c.is_ascii_digit())
        && entry.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '-' | '_'))
}

/// The normalised form of an entry, or `None` when it is neither an address, `*@domain` nor an
/// account id.
pub fn parse_entry(text: &str) -> Option<String> {
    let entry = normalise(text);
    if !entry.contains('@') {
        return is_account_id(&entry).then_some(entry);
    }
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
/// Whether the account id is on the list (ids compare as entries are stored: trimmed, lower case).
pub fn is_protected_id(account_id: &str, entries: &[String]) -> bool {
    let id = normalise(account_id);
    entries.contains(&id)
}

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
            "not an id",
            "short1",
        ] {
            assert_eq!(parse_entry(bad), None, "{bad:?}");
        }
        assert_eq!(split_paste("a@x.io, b@y.io;\nc@z.io  d@w.io"), ["a@x.io", "b@y.io", "c@z.io", "d@w.io"]);
        assert_eq!(
            parse_entry(" 557058:F58131CB-b67d-43c7-b30d-6b58d40bd077 "),
            Some("557058:f58131cb-b67d-43c7-b30d-6b58d40bd077".into())
        );
        assert!(is_protected_id("5B10A2844C20165700EDE21G", &[parse_entry("5b10a2844c20165700ede21g").expect("id")]));
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
        /// An address differing from a protected entry only in case, surrounding spaces
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
