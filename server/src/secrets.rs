//! Secrets at rest: values such as the Admin API key are stored only as AES-256-GCM ciphertext
//! under a master key that lives outside the database (a key file, created with mode 0600 on
//! first start). Each value is bound by its associated data to its purpose and organisation, so
//! a ciphertext copied to another row or org does not open. A database holding secrets that the
//! master key cannot open stops start-up: nothing is discarded or overwritten.

use std::{fmt, io, path::Path};

use aes_gcm::{
    Aes256Gcm, Key, Nonce,
    aead::{Aead, KeyInit, OsRng, Payload, rand_core::RngCore},
};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use secrecy::{ExposeSecret, SecretString};

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("cannot read or create the master key file {path}: {source}")]
    KeyFile { path: String, source: io::Error },
    #[error("the master key file {path} does not hold a base64-encoded 32-byte key")]
    BadKey { path: String },
    #[error(
        "the database holds secrets but the master key file {path} is missing: restore the key file (or point UAM_MASTER_KEY_FILE at it). The stored secrets were left untouched"
    )]
    KeyMissing { path: String },
    #[error(
        "the master key in {path} does not open the secrets stored in the database: it is not the key they were written with. Restore the right key file; the stored secrets were left untouched"
    )]
    WrongKey { path: String },
    #[error("a stored secret does not open with the master key")]
    Undecryptable,
}

/// The key that encrypts every stored secret. Never printed.
pub struct MasterKey(Key<Aes256Gcm>);

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[REDACTED]")
    }
}

/// An encrypted value as stored: a fresh nonce and the ciphertext (with its tag).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// What a secret is bound to: opening it under any other purpose or org fails.
fn associated_data(purpose: &str, org: &str) -> Vec<u8> {
    format!("uam-secret:v1:{purpose}:{org}").into_bytes()
}

impl MasterKey {
    pub fn generate() -> MasterKey {
        MasterKey(Aes256Gcm::generate_key(OsRng))
    }

    /// A key given directly (`UAM_MASTER_KEY`): 32 bytes in base64.
    pub fn from_base64(text: &SecretString, source: &str) -> Result<MasterKey, SecretError> {
        let bytes = STANDARD
            .decode(text.expose_secret().trim())
            .map_err(|_| SecretError::BadKey { path: source.to_owned() })?;
        if bytes.len() != 32 {
            return Err(SecretError::BadKey { path: source.to_owned() });
        }
        Ok(MasterKey(*Key::<Aes256Gcm>::from_slice(&bytes)))
    }

    /// Reads the key file; creates it (mode 0600) when absent and `may_create` (no secrets are
    /// stored yet, so a new key loses nothing).
    pub fn load_or_create(path: &Path, may_create: bool) -> Result<MasterKey, SecretError> {
        let shown = path.display().to_string();
        let io_error = |source| SecretError::KeyFile { path: shown.clone(), source };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let bytes = STANDARD.decode(text.trim()).map_err(|_| SecretError::BadKey { path: shown.clone() })?;
                if bytes.len() != 32 {
                    return Err(SecretError::BadKey { path: shown });
                }
                Ok(MasterKey(*Key::<Aes256Gcm>::from_slice(&bytes)))
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound && may_create => {
                let key = MasterKey::generate();
                write_private(path, format!("{}\n", STANDARD.encode(key.0.as_slice())).as_bytes()).map_err(io_error)?;
                tracing::info!(path = %shown, "created the master key file that encrypts stored secrets; back it up");
                Ok(key)
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => Err(SecretError::KeyMissing { path: shown }),
            Err(error) => Err(io_error(error)),
        }
    }

    /// Encrypts `value` for `purpose` in `org` with a fresh random nonce.
    pub fn seal(&self, purpose: &str, org: &str, value: &SecretString) -> Sealed {
        let mut nonce = [0u8; 12];
        OsRng.fill_bytes(&mut nonce);
        let aad = associated_data(purpose, org);
        let payload = Payload { msg: value.expose_secret().as_bytes(), aad: &aad };
        // Encryption in memory fails only for inputs beyond AES-GCM's 64 GiB limit.
        let ciphertext = Aes256Gcm::new(&self.0).encrypt(Nonce::from_slice(&nonce), payload).unwrap_or_default();
        Sealed { nonce: nonce.to_vec(), ciphertext }
    }

    /// Opens a sealed value; fails if the key, the purpose, the org or any byte differs.
    pub fn open(&self, purpose: &str, org: &str, sealed: &Sealed) -> Result<SecretString, SecretError> {
        if sealed.nonce.len() != 12 {
            return Err(SecretError::Undecryptable);
        }
        let aad = associated_data(purpose, org);
        let payload = Payload { msg: &sealed.ciphertext, aad: &aad };
        let plain = Aes256Gcm::new(&self.0)
            .decrypt(Nonce::from_slice(&sealed.nonce), payload)
            .map_err(|_| SecretError::Undecryptable)?;
        String::from_utf8(plain).map(SecretString::from).map_err(|_| SecretError::Undecryptable)
    }
}

/// Writes a file readable by this user only.
pub(crate) fn write_private(path: &Path, contents: &[u8]) -> io::Result<()> {
    use std::io::Write;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CANARY: &str = "ATATT3xFfGF0-canary-admin-key-7f3a";

    #[test]
    fn sealed_values_open_only_for_their_purpose_and_org() {
        let key = MasterKey::generate();
        let sealed = key.seal("admin_api_key", "org-1", &SecretString::from(CANARY));
        assert!(!sealed.ciphertext.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()));
        assert_eq!(key.open("admin_api_key", "org-1", &sealed).expect("opens").expose_secret(), CANARY);
        assert!(key.open("site_api_token", "org-1", &sealed).is_err(), "another purpose");
        assert!(key.open("admin_api_key", "org-2", &sealed).is_err(), "another org");
        assert!(MasterKey::generate().open("admin_api_key", "org-1", &sealed).is_err(), "another key");
        for i in 0..sealed.ciphertext.len() {
            let mut flipped = sealed.clone();
            flipped.ciphertext[i] ^= 1;
            assert!(key.open("admin_api_key", "org-1", &flipped).is_err(), "byte {i} flipped");
        }
        let again = key.seal("admin_api_key", "org-1", &SecretString::from(CANARY));
        assert_ne!(again.nonce, sealed.nonce, "a fresh nonce every time");
    }

    #[test]
    fn the_key_never_prints() {
        assert_eq!(format!("{:?}", MasterKey::generate()), "[REDACTED]");
    }

    /// Every type that holds a secret, formatted with `{:?}` (what a `tracing` field or a
    /// panic message would show): the secret text is absent, the rest is still there.
    #[test]
    fn no_secret_holder_debugs_its_secret() {
        use chrono::Utc;
        let secret = |name: &str| format!("canary-{name}-9f8e7d");
        let now = Utc::now();
        let admin = crate::store::LocalAdmin {
            login: "ada".into(),
            name: "Ada".into(),
            password_hash: secret("argon2"),
            totp: true,
            created_at: now,
            created_by: "cli".into(),
        };
        let session = crate::store::SessionRecord {
            id_hash: secret("session-digest"),
            auth_via: "local".into(),
            installation_id: None,
            account_id: "ada".into(),
            name: "Ada".into(),
            email: None,
            created_at: now,
            last_seen_at: now,
            checked_at: now,
        };
        let connection = app::settings::ConnectionInput {
            org_id: "org-1".into(),
            admin_api_key: Some(secret("admin-key")),
            site_api_token: Some(secret("site-token")),
            ..Default::default()
        };
        let setup = app::auth::SetupStatus {
            valid: true,
            totp_seed: secret("seed"),
            totp_uri: format!("otpauth://totp/x?secret={}", secret("seed")),
            totp_qr_svg: format!("<svg>{}</svg>", secret("seed")),
            ..Default::default()
        };
        let mut config = crate::config::Config::defaults();
        config.admin_api_key = Some(SecretString::from(secret("config-admin-key")));
        config.site_api_token = Some(SecretString::from(secret("config-site-token")));
        config.master_key = Some(SecretString::from(secret("config-master-key")));
        config.oauth_client_secret = Some(SecretString::from(secret("config-oauth")));
        let token = format!("eyJhbGciOiJSUzI1NiIsImtpZCI6ImsifQ.e30.{}", secret("signature"));
        let unverified = crate::forge::token::parse(&token).expect("parses");
        let stored = crate::store::StoredSecret {
            name: "admin_api_key".into(),
            org_id: "org-1".into(),
            sealed: MasterKey::generate().seal("admin_api_key", "org-1", &SecretString::from(secret("sealed"))),
            hint: None,
            set_by: None,
            set_at: now,
            expires_at: None,
        };
        let shown = [
            format!("{admin:?}"),
            format!("{session:?}"),
            format!("{connection:?}"),
            format!("{setup:?}"),
            format!("{config:?}"),
            format!("{unverified:?}"),
            format!("{stored:?}"),
        ];
        for text in &shown {
            assert!(!text.contains("canary-"), "a secret in {text}");
        }
        assert!(shown[0].contains("ada") && shown[2].contains("org-1") && shown[5].contains("\"k\""), "{shown:?}");
    }

    #[test]
    fn the_key_file_is_created_private_once_and_read_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("keys").join("master.key");
        assert!(matches!(MasterKey::load_or_create(&path, false), Err(SecretError::KeyMissing { .. })));
        let created = MasterKey::load_or_create(&path, true).expect("created");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("metadata").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let read = MasterKey::load_or_create(&path, false).expect("read back");
        let sealed = created.seal("p", "o", &SecretString::from("v"));
        assert_eq!(read.open("p", "o", &sealed).expect("same key").expose_secret(), "v");
        std::fs::write(&path, "not a key").expect("overwrite");
        assert!(matches!(MasterKey::load_or_create(&path, true), Err(SecretError::BadKey { .. })));
    }
}
