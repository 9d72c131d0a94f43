//! Local admin passwords: Argon2id with OWASP's minimum parameters (m = 19 MiB, t = 2, p = 1),
//! stored as a PHC string so the parameters travel with the hash.

use std::sync::Arc;

use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Semaphore;

use argon2::{
    Algorithm, Argon2, Params, Version,
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng},
};

/// Shorter passwords are refused when an account is created.
pub const MIN_LENGTH: usize = 12;
const MAX_LENGTH: usize = 256;

fn hasher() -> Argon2<'static> {
    let params = Params::new(19_456, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Whether a new password is acceptable (length only: NIST 800-63B advises against composition
/// rules).
pub fn acceptable(password: &str) -> bool {
    (MIN_LENGTH..=MAX_LENGTH).contains(&password.chars().count())
}

pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .unwrap_or_else(|_| unreachable!("Argon2id hashes any password up to the length limit"))
}

/// Checks a password against a stored PHC string (with the parameters the string names).
pub fn verify(stored: &str, password: &str) -> bool {
    password.chars().count() <= MAX_LENGTH
        && PasswordHash::new(stored).is_ok_and(|parsed| hasher().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// Checked so that a failed sign-in for an unknown login costs as much as one for a real account.
pub fn dummy_verify(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let _ = verify(DUMMY.get_or_init(|| hash("not a real password, only a timing equaliser")), password);
}

/// Checks a sign-in's password against the account's stored hash (or, with none, against a dummy
/// one, so an unknown login costs the same) on a blocking thread: Argon2 takes tens of
/// milliseconds of CPU and 19 MiB, which must neither stall the async threads nor, under a flood,
/// run on every blocking thread at once. At most one check per core runs; the rest queue.
pub async fn verify_off_thread(stored: Option<String>, password: SecretString) -> bool {
    static SLOTS: std::sync::OnceLock<Arc<Semaphore>> = std::sync::OnceLock::new();
    let slots = SLOTS.get_or_init(|| {
        Arc::new(Semaphore::new(std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)))
    });
    let Ok(slot) = Arc::clone(slots).acquire_owned().await else { return false };
    // The slot moves into the thread: a request that gives up does not free it before Argon2 ends.
    tokio::task::spawn_blocking(move || {
        let _slot = slot;
        match stored {
            Some(stored) => verify(&stored, password.expose_secret()),
            None => {
                dummy_verify(password.expose_secret());
                false
            }
        }
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stored PHC string names Argon2id with m ≥ 19456 KiB, t ≥ 2, p ≥ 1.
    #[test]
    fn hashes_are_argon2id_with_owasp_parameters() {
        let stored = hash("correct horse battery staple");
        let parsed = PasswordHash::new(&stored).expect("a PHC string");
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        let param = |name: &str| parsed.params.get_decimal(name).expect(name);
        assert!(param("m") >= 19_456);
        assert!(param("t") >= 2);
        assert!(param("p") >= 1);
        assert!(verify(&stored, "correct horse battery staple"));
        assert!(!verify(&stored, "correct horse battery stapler"));
        assert_ne!(stored, hash("correct horse battery staple"), "a fresh salt every time");
    }

    #[test]
    fn length_rules() {
        assert!(!acceptable("short"));
        assert!(acceptable("twelve chars"));
        assert!(!acceptable(&"x".repeat(257)));
        assert!(!verify("not a phc string", "anything"));
    }
}
