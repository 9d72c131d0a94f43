//! Anonymous traffic cannot grow storage without bound. Ten thousand failed sign-ins (one
//! login over and over, made-up logins a megabyte long, many clients behind a trusted proxy) and
//! ten thousand callbacks with an unknown OAuth `state`, sent 32 at a time, grow the database by
//! a small bounded amount, while a bulk job started just before finishes.

mod common;
#[path = "common/org.rs"]
mod org;

use atlassian_sim::Sizes;
use futures_util::StreamExt;
use org::{candidates, org_with};
use serde_json::json;
use sqlx::{Connection, SqliteConnection, sqlite::SqliteConnectOptions};

/// What the flood may add to the database, the bulk job's own rows included.
const GROWTH_BOUND: i64 = 256 * 1024;

/// Bytes the database uses: its pages (the write-ahead log's newest versions included) less the
/// free ones.
async fn used_bytes(path: &std::path::Path) -> i64 {
    let options = SqliteConnectOptions::new().filename(path).read_only(true);
    let mut db = SqliteConnection::connect_with(&options).await.expect("open the database");
    let (pages, free, size): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT page_count FROM pragma_page_count), (SELECT freelist_count FROM pragma_freelist_count),
                (SELECT page_size FROM pragma_page_size)",
    )
    .fetch_one(&mut db)
    .await
    .expect("pragmas");
    db.close().await.expect("close");
    (pages - free) * size
}

/// A cheap, repeatable stream of letters (xorshift), for made-up logins.
fn letters(seed: u64, len: usize) -> String {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            char::from(b'a' + u8::try_from(x % 26).expect("small"))
        })
        .collect()
}

/// The `i`-th failed sign-in: its login and the client the proxy forwards it for (none: the proxy
/// itself, i.e. the peer).
fn attempt(i: u64) -> (String, Option<String>) {
    match i % 4 {
        // One login from ever new addresses: locked after five tries whatever the address.
        0 => ("ceo@acme-corp.example".to_owned(), Some(format!("198.51.100.{}", i % 250))),
        // Made-up logins from twenty clients (each locked after twenty tries); every hundredth
        // is a megabyte long.
        1 => {
            let len = if i % 100 == 1 { 1_000_000 } else { 40 };
            (letters(i, len), Some(format!("203.0.113.{}", i % 20)))
        }
        // Made-up logins forwarded from IPv6 clients of one /64.
        2 => (letters(i, 200), Some(format!("2001:db8:7:7::{:x}", i % 500))),
        // Straight from the proxy, with no forwarded address.
        _ => (letters(i, 12), None),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_failed_sign_ins_and_bad_callbacks_grows_the_database_by_little_while_a_job_runs() {
    let org = org_with(
        Sizes { users: 40, customers: 5, projects: 1, spaces: 1 },
        |_| {},
        |config| {
            config.trusted_proxies = vec!["127.0.0.1/32".parse().expect("net")];
            config.oauth_client_id = Some("flood-client".to_owned());
            config.oauth_client_secret = Some("flood-secret".to_owned().into());
            config.atlassian_auth_url = config.atlassian_admin_url.clone();
        },
    )
    .await;
    let database = org.server.data_dir().join("uam.sqlite3");
    let store = org.server.store().await;
    let head = store.audit_head().await.expect("head").map_or(0, |h| h.seq);
    let before = used_bytes(&database).await;

    let (managed, _) = candidates(&org.sim);
    let targets = managed[..5].to_vec();
    let plan = org.preflight(json!({ "kind": "deactivate" }), &targets).await;
    let job = org.start(&plan, None).await;

    let origin = org.server.url("");
    let http = common::client();
    let outcomes: Vec<(String, u16, String)> = futures_util::stream::iter(0..20_000u64)
        .map(|i| {
            let (http, origin) = (http.clone(), origin.clone());
            let (login_url, callback_url) = (org.server.url("/auth/login"), org.server.url("/auth/atlassian/callback"));
            async move {
                let request = if i < 10_000 {
                    let (login, client) = attempt(i);
                    let request = http
                        .post(login_url)
                        .header("origin", origin)
                        .form(&[("login", login.as_str()), ("password", "not the password")]);
                    match client {
                        Some(client) => request.header("x-forwarded-for", format!("6.6.6.6, {client}")),
                        None => request,
                    }
                } else {
                    let state = letters(i, 43);
                    let cookie = if i % 2 == 0 { format!("uam_login={}", letters(i + 1, 43)) } else { String::new() };
                    http.get(format!("{callback_url}?code=x&state={state}")).header("cookie", cookie)
                };
                let response = request.send().await.expect("an answer");
                let status = response.status().as_u16();
                let location =
                    response.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or("").to_owned();
                (if i < 10_000 { "sign-in" } else { "callback" }.to_owned(), status, location)
            }
        })
        .buffer_unordered(32)
        .collect()
        .await;

    // Every request was refused cleanly: wrong logins go back to the sign-in page, callbacks 400.
    for (kind, status, location) in &outcomes {
        match kind.as_str() {
            "sign-in" => assert!(
                status == &303 && (location == "/login?error=invalid" || location == "/login?error=locked"),
                "{status} {location}"
            ),
            _ => assert_eq!(*status, 400),
        }
    }
    let locked = outcomes.iter().filter(|(_, _, l)| l == "/login?error=locked").count();
    assert!(locked > 8_000, "most tries were locked out before Argon2 ran: {locked}");

    let summary = org.finished(&job).await;
    assert_eq!(summary["summary"]["state"], "finished", "{summary}");
    assert_eq!(summary["summary"]["counts"]["done"], 5, "{summary}");

    let after = used_bytes(&database).await;
    eprintln!("the flood grew the database by {} bytes", after - before);
    assert!(after - before < GROWTH_BOUND, "the database grew by {} bytes (bound {GROWTH_BOUND})", after - before);

    // What the log holds of the flood: a few entries, each login cut, the chain whole.
    let entries = store.audit_entries(head, 10_000).await.expect("audit");
    let refusals: Vec<_> =
        entries.iter().filter(|r| r.entry.action == "sign_in" && r.entry.outcome == "denied").collect();
    eprintln!("it left {} refusal entries in the audit log", refusals.len());
    assert!(!refusals.is_empty() && refusals.len() <= 60, "{} refusal entries", refusals.len());
    assert!(refusals.iter().all(|r| r.entry.actor.chars().count() <= "local:".len() + 121));
    assert!(refusals.iter().any(|r| r.entry.actor == "anonymous" && r.entry.details["from"] == "many"));
    assert!(refusals.iter().any(|r| r.entry.details["reason"] == "state"));
    let mut prev = entries.first().map(|r| r.prev_hash.clone()).unwrap_or_default();
    for record in &entries {
        assert_eq!(record.prev_hash, prev, "entry {} links to the one before", record.seq);
        assert_eq!(server::audit::entry_hash(&prev, record.seq, &record.entry), record.hash);
        prev.clone_from(&record.hash);
    }

    // The proxy's own address sent hundreds of failures, yet an admin behind it signs in.
    let signed_in = http
        .post(org.server.url("/auth/login"))
        .header("origin", &origin)
        .header("x-forwarded-for", "192.0.2.200")
        .form(&[("login", common::ADMIN_LOGIN), ("password", common::ADMIN_PASSWORD)])
        .send()
        .await
        .expect("sign-in");
    assert!(common::session_cookie(&signed_in).is_some(), "{:?}", signed_in.headers().get("location"));
}
