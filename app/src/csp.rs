//! The Content-Security-Policy, written once: pages get it with the nonce their inline scripts
//! carry (set from the shell as the page renders); every other response gets it without one. Who
//! may frame a response (`frame-ancestors`) depends on its path, so the server adds it last.

/// The policy for a response; `nonce` is the page's, when it has inline scripts.
pub fn policy(nonce: Option<&str>) -> String {
    let scripts = nonce.map_or_else(
        || "'self' 'wasm-unsafe-eval'".to_owned(),
        |n| format!("'nonce-{n}' 'strict-dynamic' 'wasm-unsafe-eval'"),
    );
    let styles = nonce.map_or_else(|| "'self'".to_owned(), |n| format!("'self' 'nonce-{n}'"));
    format!(
        "default-src 'self'; script-src {scripts}; style-src {styles}; img-src 'self' data:; object-src 'none'; \
         base-uri 'none'; form-action 'self'; connect-src 'self'"
    )
}

/// Puts the policy, with this page's nonce, on the page's response.
#[cfg(feature = "ssr")]
pub fn apply_to_page() {
    use leptos::prelude::use_context;
    if let (Some(nonce), Some(response)) = (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>())
        && let Ok(value) = http::HeaderValue::from_str(&policy(Some(&nonce.to_string())))
    {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_forbids_plugins_and_base_rewrites() {
        for policy in [policy(None), policy(Some("abc"))] {
            for directive in ["object-src 'none'", "base-uri 'none'", "form-action 'self'"] {
                assert!(policy.contains(directive), "{policy}");
            }
            assert!(!policy.contains("unsafe-inline"), "{policy}");
            assert!(!policy.contains("frame-ancestors"), "the server adds it, by path: {policy}");
        }
        assert!(policy(Some("abc")).contains("script-src 'nonce-abc' 'strict-dynamic'"));
    }
}
