//! Secrets at rest: stored only as ciphertext bound to its purpose and org, under a
//! master key kept outside the database; a database whose secrets the key cannot open stops
//! start-up and is left untouched.

use chrono::Utc;
use secrecy::{ExposeSecret, SecretString};
use server::{Backend, StartError, config::Config, secrets::SecretError, store::StoredSecret};

const CANARY: &str = "ATATT3xFfGF0-canary-admin-key-91c2";

fn config(data: &std::path::Path) -> Config {
    let mut config = Config::defaults();
    config.data_dir = data.to_path_buf();
    config
}

/// Every byte the database keeps on disk (the main file and its write-ahead log).
fn database_bytes(data: &std::path::Path) -> Vec<u8> {
    ["uam.sqlite3", "uam.sqlite3-wal"].iter().filter_map(|f| std::fs::read(data.join(f)).ok()).flatten().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_are_ciphertext_and_the_wrong_key_stops_start_up_without_touching_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let backend = Backend::open(&config(&data)).await.expect("first start creates the master key");
    let key_file = data.join("master.key");
    let original_key = std::fs::read(&key_file).expect("the key file exists");
    let sealed = backend.master_key.seal("admin_api_key", "org-1", &SecretString::from(CANARY));
    let secret = StoredSecret {
        name: "admin_api_key".into(),
        org_id: "org-1".into(),
        sealed: sealed.clone(),
        hint: Some("91c2".into()),
        set_by: Some("admin@acme.example".into()),
        set_at: Utc::now(),
        expires_at: None,
    };
    backend.org.store().put_secret(&secret).await.expect("stored");
    drop(backend);

    let bytes = database_bytes(&data);
    assert!(!bytes.is_empty());
    assert!(!bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()), "no plaintext in the database");

    // Another key: refused, and the stored secret stays exactly as it was.
    std::fs::remove_file(&key_file).expect("remove");
    std::fs::write(&key_file, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n").expect("another key");
    let refused = Backend::open(&config(&data)).await.err().expect("refused");
    assert!(matches!(refused, StartError::Secrets(SecretError::WrongKey { .. })), "{refused}");
    assert!(refused.to_string().contains("untouched"), "{refused}");

    // No key at all: refused too, and no new key is made up.
    std::fs::remove_file(&key_file).expect("remove");
    let refused = Backend::open(&config(&data)).await.err().expect("refused");
    assert!(matches!(refused, StartError::Secrets(SecretError::KeyMissing { .. })), "{refused}");
    assert!(!key_file.exists(), "a missing key is never replaced while secrets exist");

    // The right key again: the secret opens.
    std::fs::write(&key_file, &original_key).expect("restore");
    let backend = Backend::open(&config(&data)).await.expect("the right key opens");
    let stored = backend.org.store().secrets().await.expect("secrets");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].sealed, sealed, "the ciphertext was never rewritten");
    let opened = backend.master_key.open("admin_api_key", "org-1", &stored[0].sealed).expect("opens");
    assert_eq!(opened.expose_secret(), CANARY);
}

/// A master key from `UAM_MASTER_KEY` (a secrets manager) is used as is: no key file is written,
/// and secrets sealed under it open only with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_master_key_from_the_environment_needs_no_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let mut with_env = config(&data);
    with_env.master_key = Some(SecretString::from("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));
    let backend = Backend::open(&with_env).await.expect("starts");
    assert!(!data.join("master.key").exists());
    let secret = StoredSecret {
        name: "admin_api_key".into(),
        org_id: "org-1".into(),
        sealed: backend.master_key.seal("admin_api_key", "org-1", &SecretString::from(CANARY)),
        hint: None,
        set_by: None,
        set_at: Utc::now(),
        expires_at: None,
    };
    backend.org.store().put_secret(&secret).await.expect("stored");
    drop(backend);
    // Without it, the server refuses to start rather than make up a new key.
    let refused = Backend::open(&config(&data)).await.err().expect("refused");
    assert!(matches!(refused, StartError::Secrets(SecretError::KeyMissing { .. })), "{refused}");
    let mut wrong = config(&data);
    wrong.master_key = Some(SecretString::from("not base64"));
    assert!(matches!(Backend::open(&wrong).await.err(), Some(StartError::Secrets(SecretError::BadKey { .. }))));
    assert!(Backend::open(&with_env).await.is_ok());
    // The in-memory key types never print their value.
    assert!(!format!("{:?}", SecretString::from(CANARY)).contains(CANARY));
    assert!(format!("{:?}", SecretString::from(CANARY)).contains("[REDACTED]"));
}
