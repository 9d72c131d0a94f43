//! Where a redirect after signing in or choosing a language may go: only a path on this server.

/// The longest `next` kept: a redirect target is a page of ours, never a document.
const NEXT_MAX_LENGTH: usize = 2048;
/// How often `next` is percent-decoded in search of a hidden trick: a proxy or a browser may
/// decode what we pass on once more, so a doubly encoded `%252F%252F` is as dangerous as `//`.
const DECODE_ROUNDS: usize = 3;

/// Where to go after signing in or choosing a language: only a path on this server, else `/`.
///
/// The target is parsed, not pattern-matched: it is resolved as a URL against a stand-in origin
/// and kept only when it stays on that origin, and what is returned is the parser's own
/// serialisation of its path, query and fragment (ASCII, percent-encoded), so that what the
/// browser follows is what was checked. Before that, every percent-decoding of it (up to
/// [`DECODE_ROUNDS`]) must be free of control characters (tab, CR, LF, `%01`...) and backslashes,
/// and its path must not begin with `//`, which some clients and proxies treat as another host.
pub fn safe_next(next: Option<&str>) -> String {
    next.and_then(local_path).unwrap_or_else(|| "/".to_owned())
}

fn local_path(next: &str) -> Option<String> {
    if next.len() > NEXT_MAX_LENGTH || !next.starts_with('/') {
        return None;
    }
    let mut text = std::borrow::Cow::Borrowed(next);
    for _ in 0..=DECODE_ROUNDS {
        let path = text.split(['?', '#']).next().unwrap_or_default();
        if text.chars().any(|c| c.is_control() || c == '\\') || path.starts_with("//") {
            return None;
        }
        let decoded = percent_decode(&text);
        if decoded == text {
            break;
        }
        text = std::borrow::Cow::Owned(decoded);
    }
    let base = reqwest::Url::parse("https://origin.invalid/").ok()?;
    let resolved = base.join(next).ok()?;
    let mut local = resolved.path().to_owned();
    for (mark, part) in [('?', resolved.query()), ('#', resolved.fragment())] {
        if let Some(part) = part {
            local.push(mark);
            local.push_str(part);
        }
    }
    // Dot segments can collapse into `//` (`/..//host`): check the parser's result, not only the input.
    let same_origin = resolved.origin() == base.origin() && resolved.username().is_empty();
    (same_origin && local.starts_with('/') && !local.starts_with("//")).then(|| local.to_owned())
}

/// `%XX` sequences decoded (bytes that are not UTF-8 become U+FFFD); anything else unchanged.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| char::from(*b).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn next_is_always_a_local_path() {
        assert_eq!(safe_next(Some("/users?x=1")), "/users?x=1");
        assert_eq!(safe_next(Some("/users?q=a%2Fb#top")), "/users?q=a%2Fb#top");
        assert_eq!(safe_next(Some("/embed/users")), "/embed/users");
        // The parser's own serialisation: what the browser follows is ASCII, what was checked.
        assert_eq!(safe_next(Some("/jobs/é x")), "/jobs/%C3%A9%20x");
        assert_eq!(safe_next(Some("/a/../users")), "/users");
        assert_eq!(safe_next(None), "/");
    }

    /// Every trick the review tried, each refused (falls back to `/`), none a panic.
    #[test]
    fn tricks_fall_back_to_the_dashboard() {
        for bad in [
            "//evil.example",
            "///evil.example",
            "https://evil.example",
            "http:evil.example",
            "javascript:alert(1)",
            "users",
            "",
            "/\\evil.example",
            "\\/evil.example",
            "/\tevil",
            "/\t/evil.example",
            "/\r\n/evil.example",
            "/users\nSet-Cookie: x=1",
            "/\u{1}",
            "/\u{7f}",
            "/\u{85}",
            "/%01",
            "/%0A",
            "/%0d%0aSet-Cookie:%20x=1",
            "/%09/evil.example",
            "/%2F%2Fevil.example",
            "/%2f/evil.example",
            "/%252F%252Fevil.example",
            "/%5Cevil.example",
            "/%5cevil.example",
            "/..//evil.example",
            "/a/../..//evil.example",
            "/./%2e%2e//evil.example",
        ] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad:?}");
        }
        assert_eq!(safe_next(Some(&format!("/{}", "a".repeat(NEXT_MAX_LENGTH)))), "/");
    }

    proptest! {
        /// Whatever `next` is, the answer is `/` or a single-slash path without control
        /// characters that a URL parser resolves against our origin to our origin.
        #[test]
        fn any_next_stays_on_our_origin(
            next in prop_oneof![
                any::<String>(),
                "/\\PC{0,40}",
                proptest::collection::vec(
                    proptest::sample::select(vec![
                        "/", "//", "\\", "%2F", "%2f", "%5C", "%25", "%09", "%0A", "%00", "\t", "\n", ":",
                        "@", "..", ".", "%2e", "?", "#", "javascript:", "http:", "evil.example", "é", "\u{2028}",
                    ]),
                    0..12,
                ).prop_map(|parts| parts.concat()),
            ]
        ) {
            let local = safe_next(Some(&next));
            let base = reqwest::Url::parse("https://a.example/").expect("base");
            prop_assert!(local.starts_with('/') && !local.starts_with("//"), "{local:?}");
            prop_assert!(!local.chars().any(|c| c.is_control() || c == '\\'), "{local:?}");
            let followed = base.join(&local).expect("a path resolves");
            prop_assert_eq!(followed.origin(), base.origin(), "{:?} -> {:?}", next, local);
            prop_assert!(http::HeaderValue::from_str(&local).is_ok(), "a valid Location: {local:?}");
        }
    }
}
