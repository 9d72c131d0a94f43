//! Where the site API token may be sent. An admin types the site URL on the Settings
//! page, and the server then sends the site account's token there: a URL pointing at an internal
//! address would hand the token (and, through "Test connection", what that address answers) to
//! whoever chose it. So the page accepts only `https://<site>.atlassian.net`, hosts the operator
//! allows (`UAM_ALLOWED_SITE_HOSTS`), and, in demo mode, the demo's own simulator. The URL
//! configured in the environment (`UAM_ATLASSIAN_SITE_URL`) is the operator's own choice and is
//! not checked here.

use std::{fmt, str::FromStr};

use reqwest::Url;

/// A host the operator allows as a site besides Atlassian's: `host` (any port, http or https) or
/// `host:port` (that port only). IP literals are written as such (`10.0.0.5`, `[::1]:8080`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllowedHost {
    /// As the URL parser writes it: lower case, IPv6 in brackets.
    host: String,
    port: Option<u16>,
}

impl fmt::Display for AllowedHost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.port {
            Some(port) => write!(f, "{}:{port}", self.host),
            None => f.write_str(&self.host),
        }
    }
}

impl FromStr for AllowedHost {
    type Err = String;

    fn from_str(text: &str) -> Result<AllowedHost, String> {
        let text = text.trim();
        let refused = || format!("`{text}` is not a host or host:port (for example jira.example.com or 10.0.0.5:8443)");
        // IPv6 literals carry colons of their own: the port follows the closing bracket.
        let (host, port) = match text.strip_prefix('[') {
            Some(rest) => match rest.split_once(']') {
                Some((inside, "")) => (format!("[{inside}]"), None),
                Some((inside, after)) => (format!("[{inside}]"), Some(after.strip_prefix(':').ok_or_else(refused)?)),
                None => return Err(refused()),
            },
            None => match text.split_once(':') {
                Some((host, port)) => (host.to_owned(), Some(port)),
                None => (text.to_owned(), None),
            },
        };
        let port = match port {
            Some(digits) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
                Some(digits.parse::<u16>().map_err(|_| refused())?)
            }
            Some(_) => return Err(refused()),
            None => None,
        };
        // The host must already be in the form the URL parser writes, so that what the operator
        // reads in the configuration is exactly what is matched.
        let parsed = Url::parse(&format!("https://{host}/")).map_err(|_| refused())?;
        match parsed.host_str() {
            Some(canonical) if !host.is_empty() && canonical == host.to_ascii_lowercase() && host.is_ascii() => {
                Ok(AllowedHost { host: canonical.to_owned(), port })
            }
            _ => Err(refused()),
        }
    }
}

impl AllowedHost {
    fn admits(&self, url: &Url) -> bool {
        url.host_str() == Some(self.host.as_str())
            && self.port.is_none_or(|port| url.port_or_known_default() == Some(port))
    }
}

/// Why a site URL typed on the Settings page is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SiteUrlRefusal {
    /// Not a URL of a web site at all.
    Invalid,
    /// A web address, but not one the site token may be sent to.
    NotAllowed,
}

/// `<site>.atlassian.net` on https's own port, with `<site>` a plain label (letters, digits,
/// dashes; no punycode, so no look-alike of another name).
fn is_atlassian_site(url: &Url) -> bool {
    let Some(host) = url.domain() else { return false };
    let Some(label) = host.strip_suffix(".atlassian.net") else { return false };
    url.scheme() == "https"
        && url.port().is_none()
        && (1..=63).contains(&label.len())
        && label.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !label.starts_with('-')
        && !label.ends_with('-')
        && !label.starts_with("xn--")
}

/// Whether the site token may be sent to `url`'s origin: an Atlassian site, a host the operator
/// allows, or the demo's own simulator (`demo`, in demo mode only).
pub fn may_receive_token(url: &Url, allowed: &[AllowedHost], demo: Option<&Url>) -> bool {
    let web = matches!(url.scheme(), "https" | "http") && url.username().is_empty() && url.password().is_none();
    web && (is_atlassian_site(url)
        || allowed.iter().any(|host| host.admits(url))
        || demo.is_some_and(|demo| demo.origin() == url.origin()))
}

/// The origin (`https://acme.atlassian.net`) of a site URL typed on the Settings page, when the
/// site token may go there. A path, query or fragment is dropped (a URL copied from the browser's
/// address bar works); the host must be typed as the parser writes it, so encoded, full-width,
/// numeric-IP or other spellings that the parser would turn into another host are refused
/// rather than silently rewritten.
pub fn site_origin(typed: &str, allowed: &[AllowedHost], demo: Option<&Url>) -> Result<String, SiteUrlRefusal> {
    let typed = typed.trim();
    if typed.len() > 2048 {
        return Err(SiteUrlRefusal::Invalid);
    }
    let url = Url::parse(typed).map_err(|_| SiteUrlRefusal::Invalid)?;
    if !matches!(url.scheme(), "https" | "http") || url.host().is_none() {
        return Err(SiteUrlRefusal::Invalid);
    }
    let authority = typed
        .split_once("://")
        .map(|(_, rest)| rest.split(['/', '?', '#', '\\']).next().unwrap_or_default())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let host = url.host_str().unwrap_or_default();
    let canonical = match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    };
    let default_port = url.port_or_known_default().map(|port| format!("{host}:{port}"));
    let as_parsed = authority == canonical || Some(&authority) == default_port.as_ref();
    if !typed.is_ascii() || !as_parsed || !may_receive_token(&url, allowed, demo) {
        return Err(SiteUrlRefusal::NotAllowed);
    }
    Ok(url.origin().ascii_serialization())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed() -> Vec<AllowedHost> {
        ["jira.corp.example", "10.0.0.5:8443", "[::1]:9000"].iter().map(|h| h.parse().expect("valid")).collect()
    }

    #[test]
    fn the_allowed_hosts_setting_is_parsed_strictly() {
        let host: AllowedHost = " Jira.Corp.Example ".parse().expect("case and spaces do not matter");
        assert_eq!(host.to_string(), "jira.corp.example");
        assert_eq!("127.0.0.1:8080".parse::<AllowedHost>().map(|h| h.to_string()), Ok("127.0.0.1:8080".into()));
        assert_eq!("[::1]:9000".parse::<AllowedHost>().map(|h| h.to_string()), Ok("[::1]:9000".into()));
        for bad in [
            "",
            "https://jira.corp.example",
            "jira.corp.example/path",
            "user@jira.corp.example",
            "jira.corp.example:",
            "jira.corp.example:99999",
            "jira.corp.example:80:80",
            "::1",
            "[::1",
            "2130706433",
            "jïra.corp.example",
            "jira corp",
        ] {
            assert!(bad.parse::<AllowedHost>().is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn only_atlassian_sites_allowed_hosts_and_the_demo_pass() {
        use SiteUrlRefusal::{Invalid, NotAllowed};
        let demo = Url::parse("http://127.0.0.1:4100").expect("url");
        let ok = |origin: &str| Ok::<String, SiteUrlRefusal>(origin.to_owned());
        let table: &[(&str, Result<String, SiteUrlRefusal>)] = &[
            ("https://acme.atlassian.net", ok("https://acme.atlassian.net")),
            ("  https://ACME.atlassian.net/jira/your-work?x=1#top ", ok("https://acme.atlassian.net")),
            ("https://acme.atlassian.net:443/", ok("https://acme.atlassian.net")),
            ("https://acme-2.atlassian.net", ok("https://acme-2.atlassian.net")),
            ("http://acme.atlassian.net", Err(NotAllowed)),
            ("https://acme.atlassian.net:8443", Err(NotAllowed)),
            ("https://atlassian.net", Err(NotAllowed)),
            ("https://.atlassian.net", Err(NotAllowed)),
            ("https://a.b.atlassian.net", Err(NotAllowed)),
            ("https://acme.atlassian.net.", Err(NotAllowed)),
            ("https://acme.atlassian.net.evil.com", Err(NotAllowed)),
            ("https://acme.atlassian.net@evil.com", Err(NotAllowed)),
            ("https://user:pw@acme.atlassian.net", Err(NotAllowed)),
            ("https://evil.com#.atlassian.net", Err(NotAllowed)),
            ("https://evil.com\\.atlassian.net", Err(NotAllowed)),
            ("https://evil.com/.atlassian.net", Err(NotAllowed)),
            ("https://acmeatlassian.net", Err(NotAllowed)),
            ("https://xn--acm-nla.atlassian.net", Err(NotAllowed)),
            ("https://acmé.atlassian.net", Err(NotAllowed)),
            ("https://ａcme.atlassian.net", Err(NotAllowed)),
            ("https://acme.%61tlassian.net", Err(NotAllowed)),
            ("https://acme.atlassian.net%2eevil.com", Err(NotAllowed)),
            ("https://-acme.atlassian.net", Err(NotAllowed)),
            ("https://127.0.0.1", Err(NotAllowed)),
            ("http://127.0.0.1:4101", Err(NotAllowed)),
            ("http://2130706433:4100", Err(NotAllowed)),
            ("http://0x7f.0.0.1:4100", Err(NotAllowed)),
            ("http://[::1]:4100", Err(NotAllowed)),
            ("http://169.254.169.254/latest/meta-data", Err(NotAllowed)),
            ("http://localhost:4100", Err(NotAllowed)),
            // The demo's simulator, by its exact origin.
            ("http://127.0.0.1:4100/", ok("http://127.0.0.1:4100")),
            ("https://127.0.0.1:4100/", Err(NotAllowed)),
            // Hosts the operator allows, on any port unless one is named, http too.
            ("http://jira.corp.example", ok("http://jira.corp.example")),
            ("https://JIRA.corp.example:8080/secure", ok("https://jira.corp.example:8080")),
            ("https://x.jira.corp.example", Err(NotAllowed)),
            ("https://jira.corp.example.", Err(NotAllowed)),
            ("https://10.0.0.5:8443", ok("https://10.0.0.5:8443")),
            ("http://10.0.0.5:8443", ok("http://10.0.0.5:8443")),
            ("https://10.0.0.5", Err(NotAllowed)),
            ("https://167772165:8443", Err(NotAllowed)),
            ("http://[::1]:9000", ok("http://[::1]:9000")),
            ("http://[0:0::1]:9000", Err(NotAllowed)),
            ("http://u@jira.corp.example", Err(NotAllowed)),
            // Not web addresses at all.
            ("acme.atlassian.net", Err(Invalid)),
            ("ftp://acme.atlassian.net", Err(Invalid)),
            ("javascript:alert(1)", Err(Invalid)),
            ("file:///etc/passwd", Err(Invalid)),
            ("https://", Err(Invalid)),
            ("", Err(Invalid)),
        ];
        for (typed, expected) in table {
            assert_eq!(&site_origin(typed, &allowed(), Some(&demo)), expected, "{typed:?}");
        }
        // Outside demo mode the simulator's address is just another loopback address.
        assert_eq!(site_origin("http://127.0.0.1:4100", &allowed(), None), Err(NotAllowed));
        let long = format!("https://acme.atlassian.net/{}", "a".repeat(3000));
        assert_eq!(site_origin(&long, &[], None), Err(Invalid));
    }
}
