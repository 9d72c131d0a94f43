//! Who may use the product, and how they prove it: local admin accounts (Argon2id, optional or
//! required TOTP), "Sign in with Atlassian" for organisation admins, server-side sessions, and the
//! middleware that keeps everyone else out of every page and server function.

pub mod failures;
pub mod guard;
pub mod limits;
pub mod oauth;
pub mod password;
pub mod routes;
pub mod session;
pub mod totp;

use std::sync::Arc;

use app::{
    audit::{AuditAction, AuditOutcome},
    auth::{DemoAdmin, LoginOptions, SetupStatus, SignInMethod, SignedIn},
    code::Code,
};
use chrono::{DateTime, TimeDelta, Utc};
use reqwest::Url;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;
use unicode_normalization::UnicodeNormalization;

use crate::{
    secrets::MasterKey,
    store::{AuditEntry, LocalAdmin, SessionRecord, Store, StoreError, StoredSecret},
    upstream::{
        Upstream, UpstreamError,
        api::admin::{Directories, Expand, UserExpand, UserSearch},
    },
};

/// How long the set-up link printed at start works.
const SETUP_LINK_LIFETIME: TimeDelta = TimeDelta::hours(24);
/// The `org_id` local secrets (TOTP seeds) are bound to.
const LOCAL_SCOPE: &str = "local";

/// Trims, lower-cases and NFC-normalises an e-mail address or login, so that the same person is
/// always the same string.
pub fn normalise(text: &str) -> String {
    text.trim().nfc().collect::<String>().to_lowercase()
}

/// Why a sign-in was refused: each is a `login-error-<code>` message on the sign-in page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Refusal {
    /// A wrong login, password or authenticator code: one answer for all three.
    Invalid,
    Locked,
    NotAdmin,
    Unavailable,
}

/// A new local admin account, as the set-up page or `uam admin create` describe it.
pub struct NewAdmin {
    pub login: String,
    pub name: String,
    pub password: SecretString,
    /// The seed the admin's authenticator was given, and a code it showed (proof it was read).
    pub totp: Option<(String, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum NewAdminError {
    #[error("the login must be 1 to 120 characters without spaces")]
    Login,
    #[error("the name must be 1 to 120 characters")]
    Name,
    #[error("the password must be {min} to 256 characters", min = password::MIN_LENGTH)]
    Password,
    #[error("an authenticator (TOTP) is required, and its code must match")]
    Totp,
    #[error("an admin with that login already exists")]
    Taken,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Local admin accounts: what the set-up page, `uam admin create` and local sign-in share.
pub struct LocalAccounts {
    pub store: Arc<dyn Store>,
    pub master_key: Arc<MasterKey>,
    pub require_totp: bool,
}

impl LocalAccounts {
    /// Checks every field of a new local admin; the normalised login and name, and the TOTP seed.
    pub fn validate_admin<'a>(&self, new: &'a NewAdmin) -> Result<(String, String, Option<&'a String>), NewAdminError> {
        let login = normalise(&new.login);
        if login.is_empty() || login.chars().count() > 120 || login.contains(char::is_whitespace) {
            return Err(NewAdminError::Login);
        }
        let name = new.name.trim().to_owned();
        if name.is_empty() || name.chars().count() > 120 {
            return Err(NewAdminError::Name);
        }
        if !password::acceptable(new.password.expose_secret()) {
            return Err(NewAdminError::Password);
        }
        let seed = match &new.totp {
            Some((seed, code)) if totp::verify(seed, code, Utc::now().timestamp()) => Some(seed),
            Some(_) => return Err(NewAdminError::Totp),
            None if self.require_totp => return Err(NewAdminError::Totp),
            None => None,
        };
        Ok((login, name, seed))
    }

    /// Creates a local admin after checking every field. `by` is who did it (`setup-link`, `cli`).
    pub async fn create_admin(&self, new: &NewAdmin, by: &str) -> Result<LocalAdmin, NewAdminError> {
        let (login, name, seed) = self.validate_admin(new)?;
        let admin = LocalAdmin {
            login: login.clone(),
            name,
            password_hash: password::hash(new.password.expose_secret()),
            totp: seed.is_some(),
            created_at: Utc::now(),
            created_by: by.to_owned(),
        };
        let secret = seed.map(|seed| {
            let purpose = format!("totp:{login}");
            StoredSecret {
                sealed: self.master_key.seal(&purpose, LOCAL_SCOPE, &SecretString::from(seed.clone())),
                name: purpose,
                org_id: LOCAL_SCOPE.to_owned(),
                hint: None,
                set_by: Some(by.to_owned()),
                set_at: Utc::now(),
                expires_at: None,
            }
        });
        if !self.store.create_local_admin(&admin, secret.as_ref()).await? {
            return Err(NewAdminError::Taken);
        }
        let entry = AuditEntry {
            target: Some(format!("local:{login}")),
            target_name: Some(admin.name.clone()),
            details: json!({ "totp": admin.totp }),
            ..AuditEntry::new(by, AuditAction::LocalAdminCreated, AuditOutcome::Ok)
        };
        // The admin exists already; a failure to record it is in the server's log.
        let _ = crate::audit::append(self.store.as_ref(), &entry).await;
        Ok(admin)
    }

    async fn totp_seed(&self, login: &str) -> Option<SecretString> {
        let purpose = format!("totp:{login}");
        let secrets = self.store.secrets().await.ok()?;
        let stored = secrets.into_iter().find(|s| s.name == purpose)?;
        self.master_key.open(&purpose, LOCAL_SCOPE, &stored.sealed).ok()
    }
}

/// Everything sign-in needs, shared by the guard, the `/auth` routes and the services.
pub struct Access {
    pub policy: session::Policy,
    pub cookies: session::CookieNames,
    pub limiter: limits::Limiter,
    /// Refused sign-ins, counted so that a flood writes a few audit entries a minute.
    pub refusals: Arc<failures::Refusals>,
    /// `UAM_TRUSTED_PROXIES`: whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub oauth: Option<oauth::Client>,
    /// Its store keeps sessions and sign-in records; its organisation confirms the org-admin
    /// role of Atlassian sign-ins.
    pub org: Arc<crate::org::Org>,
    /// Normalised account ids and e-mails that may sign in; empty: every org admin.
    pub allowed: Vec<String>,
    pub local: LocalAccounts,
    /// The origin admins reach us at (`UAM_PUBLIC_URL`), for OAuth's redirect URI.
    pub public_url: Option<Url>,
    pub demo_admins: Vec<DemoAdmin>,
}

impl Access {
    /// Records a sign-in's step; one that cannot be recorded is in the server's log, and the
    /// step (which changes nothing at Atlassian) stands.
    pub async fn audit(&self, entry: AuditEntry) {
        let _ = crate::audit::append(self.org.store().as_ref(), &entry).await;
    }

    /// Prints nothing itself: returns the one-time set-up token when no local admin exists yet
    /// (a new token replaces any earlier, unused one).
    pub async fn setup_token(&self) -> Result<Option<String>, StoreError> {
        if self.org.store().local_admin_count().await? > 0 {
            return Ok(None);
        }
        let token = session::new_token();
        self.org.store().replace_setup_token(&session::digest(&token), Utc::now() + SETUP_LINK_LIFETIME).await?;
        Ok(Some(token))
    }

    pub async fn login_options(&self) -> Result<LoginOptions, StoreError> {
        Ok(LoginOptions {
            atlassian: self.oauth.is_some(),
            demo: !self.demo_admins.is_empty(),
            demo_admins: self.demo_admins.clone(),
            totp_required: self.local.require_totp,
            setup_pending: self.org.store().local_admin_count().await? == 0,
        })
    }

    pub async fn setup_status(&self, token: &str) -> Result<SetupStatus, StoreError> {
        let valid = self.org.store().setup_token_valid(&session::digest(token), Utc::now()).await?;
        let seed = totp::new_seed();
        let uri = totp::uri("User Account Manager", "admin", &seed);
        Ok(SetupStatus {
            valid,
            totp_required: self.local.require_totp,
            totp_qr_svg: if valid { totp::qr_svg(&uri) } else { String::new() },
            totp_uri: uri,
            totp_seed: seed,
        })
    }

    /// Checks a local admin's password (and TOTP code), within the rate limits.
    pub async fn check_local(
        &self,
        login: &str,
        password: &str,
        code: Option<&str>,
        address: &str,
    ) -> Result<SignedIn, Refusal> {
        let login = limits::typed_login(login);
        let now = Utc::now();
        // Reserved before the password is checked: parallel guesses get no more tries than serial.
        let Some(attempt) = self.limiter.reserve(&login, address, now) else { return Err(Refusal::Locked) };
        let admin = match self.org.store().local_admin(&login).await {
            // No account has a login that long (it was cut to one character past the limit).
            Ok(admin) => admin.filter(|_| login.chars().count() <= limits::LOGIN_MAX),
            Err(_) => {
                attempt.release();
                return Err(Refusal::Unavailable);
            }
        };
        // The code is checked whatever the password's verdict, and a wrong code is refused
        // exactly as a wrong password is, so the answer never tells which of the two was right.
        let code_step = match &admin {
            Some(admin) if admin.totp => self
                .local
                .totp_seed(&admin.login)
                .await
                .zip(code)
                .and_then(|(seed, code)| totp::matching_step(seed.expose_secret(), code, now.timestamp())),
            _ => None,
        };
        let stored = admin.as_ref().map(|admin| admin.password_hash.clone());
        let verified = password::verify_off_thread(stored, SecretString::from(password.to_owned())).await;
        let Some(admin) = admin.filter(|_| verified) else {
            attempt.failed();
            return Err(Refusal::Invalid);
        };
        if admin.totp || self.local.require_totp {
            // A code is accepted once: its step is recorded, and only a later step passes next
            // time, across restarts and servers (the record is in the database).
            let fresh = match code_step {
                Some(step) => self.org.store().accept_totp_step(&admin.login, step).await,
                None => Ok(false),
            };
            match fresh {
                Ok(true) => {}
                Ok(false) => {
                    attempt.failed();
                    return Err(Refusal::Invalid);
                }
                Err(_) => {
                    attempt.release();
                    return Err(Refusal::Unavailable);
                }
            }
        }
        attempt.succeeded();
        Ok(SignedIn {
            account_id: admin.login,
            name: admin.name,
            email: None,
            via: SignInMethod::Local,
            installation: None,
        })
    }

    /// Whether an Atlassian account may use the product: active, on the allowlist (when there is
    /// one), and holding the org-admin role in our organisation.
    pub async fn authorise_atlassian(&self, identity: &oauth::Identity) -> Result<SignedIn, Refusal> {
        if identity.account_status.as_deref().is_some_and(|s| s != "active") {
            return Err(Refusal::NotAdmin);
        }
        if !self.allowed.is_empty() {
            let email = identity.email.as_deref().map(normalise);
            let listed =
                self.allowed.iter().any(|a| *a == normalise(&identity.account_id) || Some(a) == email.as_ref());
            if !listed {
                return Err(Refusal::NotAdmin);
            }
        }
        // The admin is waiting on the sign-in page: a bounded check, not the background retries.
        match is_org_admin(&self.org.upstream().interactive(), &identity.account_id).await {
            Ok(true) => Ok(SignedIn {
                account_id: identity.account_id.clone(),
                name: identity.name.clone(),
                email: identity.email.clone(),
                via: SignInMethod::Atlassian,
                installation: None,
            }),
            Ok(false) => Err(Refusal::NotAdmin),
            Err(error) => {
                tracing::warn!(%error, "cannot confirm the org-admin role");
                Err(Refusal::Unavailable)
            }
        }
    }

    /// Opens a session for `who`: a fresh id every sign-in (the old one, if any, ends).
    pub async fn open_session(&self, who: &SignedIn, previous: Option<&str>) -> Result<String, StoreError> {
        if let Some(previous) = previous {
            self.org.store().end_session(&session::digest(previous)).await?;
        }
        let now = Utc::now();
        // Sessions nobody came back to are swept here, so the table holds only live ones.
        self.org.store().end_expired_sessions(now - self.policy.idle, now - self.policy.absolute).await?;
        let id = session::new_token();
        self.org
            .store()
            .create_session(&SessionRecord {
                id_hash: session::digest(&id),
                auth_via: who.via.code().to_owned(),
                installation_id: who.installation.clone(),
                account_id: who.account_id.clone(),
                name: who.name.clone(),
                email: who.email.clone(),
                created_at: now,
                last_seen_at: now,
                checked_at: now,
            })
            .await?;
        Ok(id)
    }

    /// The admin behind a session cookie, if the session is alive and (for Atlassian sign-ins)
    /// the account still holds the org-admin role; touching the session keeps it alive.
    pub async fn resolve(&self, id: &str, now: DateTime<Utc>) -> Option<SignedIn> {
        let hash = session::digest(id);
        let record = self.org.store().session(&hash).await.ok()??;
        if !self.policy.alive(&record, now) {
            let _ = self.org.store().end_session(&hash).await;
            return None;
        }
        let mut checked_at = record.checked_at;
        if self.policy.needs_recheck(&record, now) {
            // A page is waiting on this re-check: bounded like any interactive call.
            match is_org_admin(&self.org.upstream().interactive(), &record.account_id).await {
                Ok(true) => checked_at = now,
                Ok(false) => {
                    let _ = self.org.store().end_session(&hash).await;
                    self.audit(AuditEntry {
                        actor_name: Some(record.name.clone()),
                        auth_via: Some(record.auth_via.clone()),
                        installation_id: record.installation_id.clone(),
                        details: json!({ "reason": "org-admin role revoked" }),
                        ..AuditEntry::new(
                            &format!("atlassian:{}", record.account_id),
                            AuditAction::SessionEnded,
                            AuditOutcome::Denied,
                        )
                    })
                    .await;
                    return None;
                }
                // Fail closed for this request; the session stays and is checked again next time.
                Err(error) => {
                    tracing::warn!(%error, "cannot confirm the org-admin role");
                    return None;
                }
            }
        }
        // At most one write a minute per session: during a sync the database's write lock is busy,
        // and a page should not wait for it just to note that its admin is still there.
        if now - record.last_seen_at >= TimeDelta::minutes(1) || checked_at != record.checked_at {
            let _ = self.org.store().touch_session(&hash, now, checked_at).await;
        }
        Some(SignedIn {
            account_id: record.account_id,
            name: record.name,
            email: record.email,
            via: record.auth_via.parse().unwrap_or(SignInMethod::Local),
            installation: record.installation_id,
        })
    }

    /// Where admins reach us: the public URL when set, else the address the request used.
    pub fn base_url(&self, headers: &http::HeaderMap) -> String {
        match &self.public_url {
            Some(url) => url.as_str().trim_end_matches('/').to_owned(),
            None => {
                let host = headers.get(http::header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("localhost");
                format!("http://{host}")
            }
        }
    }

    pub async fn close_session(&self, id: &str) {
        let _ = self.org.store().end_session(&session::digest(id)).await;
    }
}

/// Whether the account holds `atlassian/org-admin` in our organisation: its platform roles, as
/// the stable `users/search` reports them (`accountIds` with `expand: ["platformRoles"]`). An
/// account outside the org's directories is not found, and so holds nothing. (The per-user
/// role-assignments listing would say the same, but it is `x-experimental`: an org without it
/// answers 404, and no admin could sign in.)
pub async fn is_org_admin(upstream: &Upstream, account_id: &str) -> Result<bool, UpstreamError> {
    let ids = [account_id.to_owned()];
    let search = UserSearch::accounts(&ids, Expand::of(&[UserExpand::PlatformRoles]));
    let found = upstream.search_users(Directories::All, &search).collect().await?;
    Ok(found.iter().any(|user| user.account_id.as_deref() == Some(account_id) && user.is_org_admin()))
}

#[cfg(test)]
mod tests {
    use strum::VariantArray;

    use super::*;

    /// Each refusal is a message the sign-in page knows (`login-error-<code>`).
    #[test]
    fn refusal_codes_are_login_errors() {
        let codes: Vec<&str> = Refusal::VARIANTS.iter().map(Code::code).collect();
        assert_eq!(codes, ["invalid", "locked", "not-admin", "unavailable"]);
        assert!(codes.iter().all(|code| app::auth::LOGIN_ERRORS.contains(code)));
    }

    #[test]
    fn normalisation_ignores_case_spaces_and_composition() {
        assert_eq!(normalise("  José@Example.COM "), normalise("jose\u{301}@example.com"));
    }
}
