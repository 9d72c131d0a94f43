//! Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the codes
//! authenticator apps show, computed and compared by `totp-rs`. Seeds are 160 random bits,
//! written in base32 for the apps. A code is good for its step and one step either side (clock
//! drift); that it is used once only is the caller's to enforce, with the step [`matching_step`]
//! returns.

use aes_gcm::aead::{OsRng, rand_core::RngCore};
use totp_rs::{Algorithm, Secret, TOTP};

const STEP_SECONDS: u64 = 30;
const DIGITS: usize = 6;

pub fn new_seed() -> String {
    let mut bytes = [0u8; 20];
    OsRng.fill_bytes(&mut bytes);
    match Secret::Raw(bytes.to_vec()).to_encoded() {
        Secret::Encoded(text) => text,
        Secret::Raw(_) => String::new(),
    }
}

/// The generator for a base32 seed (spaces, `=` and lower case tolerated, as apps show them);
/// `None` for a seed that is not base32 or shorter than the RFC's 128 bits.
fn generator(seed: &str) -> Option<TOTP> {
    let seed: String = seed.chars().filter(|c| !c.is_whitespace() && *c != '=').collect();
    let key = Secret::Encoded(seed.to_ascii_uppercase()).to_bytes().ok()?;
    // Skew 0: the drift is tried step by step below, so that the matching step is known.
    TOTP::new(Algorithm::SHA1, DIGITS, 0, STEP_SECONDS, key).ok()
}

/// The code an authenticator shows now (for tests and the CLI's confirmation).
pub fn current_code(seed: &str, unix_seconds: i64) -> Option<String> {
    Some(generator(seed)?.generate(u64::try_from(unix_seconds).ok()?))
}

/// The time step (`unix_seconds / 30`) whose code `code` is, among the current step and the one
/// before and after; the latest when several match. Every candidate is compared, in constant
/// time, whatever the outcome.
pub fn matching_step(seed: &str, code: &str, unix_seconds: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let generator = generator(seed)?;
    let now = u64::try_from(unix_seconds).ok()? / STEP_SECONDS;
    let mut matched = None;
    for step in [now.saturating_sub(1), now, now.saturating_add(1)] {
        if generator.check(&code, step.saturating_mul(STEP_SECONDS)) && code.len() == DIGITS {
            matched = i64::try_from(step).ok();
        }
    }
    matched
}

/// Whether `code` is the code of the current step or the one before or after (clock drift).
pub fn verify(seed: &str, code: &str, unix_seconds: i64) -> bool {
    matching_step(seed, code, unix_seconds).is_some()
}

/// The `otpauth://` URI that authenticator apps read (as a QR code or pasted).
pub fn uri(issuer: &str, account: &str, seed: &str) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => char::from(b).to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    format!("otpauth://totp/{}:{}?secret={seed}&issuer={}&digits=6&period=30", enc(issuer), enc(account), enc(issuer))
}

/// The URI as a QR code, an SVG drawn from squares (no script, no external image), for the
/// authenticator app's camera.
pub fn qr_svg(uri: &str) -> String {
    use qrcodegen::{QrCode, QrCodeEcc};
    let Ok(code) = QrCode::encode_text(uri, QrCodeEcc::Medium) else { return String::new() };
    let size = code.size();
    let border = 4;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let full = size + 2 * border;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" width=\"200\" height=\"200\" \
         shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1, with the 8-digit codes cut to our 6 digits.
    #[test]
    fn rfc_6238_vectors() {
        let seed = new_seed_from(b"12345678901234567890");
        for (time, code) in
            [(59, "287082"), (1_111_111_109, "081804"), (1_234_567_890, "005924"), (20_000_000_000, "353130")]
        {
            assert_eq!(current_code(&seed, time).as_deref(), Some(code), "at {time}");
        }
    }

    #[test]
    fn accepts_one_step_of_drift_and_nothing_else() {
        let seed = new_seed();
        let now = 1_800_000_000;
        let code = current_code(&seed, now).expect("code");
        assert!(verify(&seed, &code, now));
        assert!(verify(&seed, &code, now + 30));
        assert!(!verify(&seed, &code, now + 95));
        assert!(!verify(&seed, "12345", now));
        assert!(!verify(&seed, "", now));
    }

    #[test]
    fn the_qr_code_is_a_self_contained_svg() {
        let svg = qr_svg(&uri("User Account Manager", "admin@example.com", &new_seed()));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(!svg.contains("<script") && !svg.contains("href"));
        assert!(svg.matches('M').count() > 100, "a real code has many dark modules");
    }

    fn new_seed_from(bytes: &[u8]) -> String {
        match Secret::Raw(bytes.to_vec()).to_encoded() {
            Secret::Encoded(text) => text,
            Secret::Raw(_) => unreachable!("encoded"),
        }
    }

    #[test]
    fn seeds_are_160_bits_of_base32_and_bad_seeds_verify_nothing() {
        let seed = new_seed();
        assert_eq!(seed.len(), 32, "{seed}");
        assert_ne!(seed, new_seed());
        let code = current_code(&seed, 1_800_000_000).expect("code");
        let lower: Vec<char> = seed.to_lowercase().chars().collect();
        let spaced: Vec<String> = lower.chunks(4).map(|c| c.iter().collect()).collect();
        assert!(verify(&spaced.join(" "), &code, 1_800_000_000), "as an app shows it");
        for bad in ["not base32!", "", "AAAA"] {
            assert!(!verify(bad, "000000", 1_800_000_000), "{bad}");
        }
    }

    #[test]
    fn the_matching_step_is_the_one_whose_code_it_is() {
        let seed = new_seed();
        let now = 1_800_000_010;
        let step = now / 30;
        for drift in [-1, 0, 1] {
            let code = current_code(&seed, now + drift * 30).expect("code");
            assert_eq!(matching_step(&seed, &code, now), Some(step + drift), "drift {drift}");
            assert_eq!(matching_step(&seed, &format!(" {} {} ", &code[..3], &code[3..]), now), Some(step + drift));
        }
        assert_eq!(matching_step(&seed, "1234567", now), None);
        assert_eq!(matching_step(&seed, "", -5), None);
    }
}
