//! Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the codes
//! authenticator apps show. Seeds are 160 random bits, written in base32 for the apps.

use aes_gcm::aead::{OsRng, rand_core::RngCore};
use hmac::{Hmac, Mac};
use sha1::Sha1;

const STEP_SECONDS: i64 = 30;
const DIGITS: u32 = 6;
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

pub fn new_seed() -> String {
    let mut bytes = [0u8; 20];
    OsRng.fill_bytes(&mut bytes);
    encode(&bytes)
}

fn encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

fn decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let value = BASE32.iter().position(|&b| char::from(b) == c.to_ascii_uppercase())?;
        buffer = (buffer << 5) | value as u32;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

/// The code for the step containing `unix_seconds`.
fn code_at(key: &[u8], unix_seconds: i64) -> Option<u32> {
    let counter = unix_seconds.div_euclid(STEP_SECONDS);
    let mut mac = Hmac::<Sha1>::new_from_slice(key).ok()?;
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let value = u32::from_be_bytes([digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    Some(value % 10u32.pow(DIGITS))
}

/// The code an authenticator shows now (for tests and the CLI's confirmation).
pub fn current_code(seed: &str, unix_seconds: i64) -> Option<String> {
    code_at(&decode(seed)?, unix_seconds).map(|code| format!("{code:06}"))
}

/// Accepts the code of the current step or the one before or after (clock drift).
pub fn verify(seed: &str, code: &str, unix_seconds: i64) -> bool {
    let code = code.trim().replace(' ', "");
    let Some(key) = decode(seed) else { return false };
    code.len() == DIGITS as usize
        && [-STEP_SECONDS, 0, STEP_SECONDS]
            .iter()
            .any(|drift| code_at(&key, unix_seconds + drift).is_some_and(|c| format!("{c:06}") == code))
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
        let seed = encode(b"12345678901234567890");
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

    #[test]
    fn base32_round_trips() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&bytes)).expect("decodes"), bytes);
        assert!(decode("not base32!").is_none());
    }
}
