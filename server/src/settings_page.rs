//! The Settings page's service: shows the settings, validates and saves each change (appending
//! it to the audit log with its before and after values, never a secret: a replaced key shows as
//! its last four characters), saves the Atlassian connection with its secrets sealed and bound to
//! their site, opens them again at start, tests the connection in use and lists the
//! organisations a key can see. The settings themselves are read and written through
//! [`crate::settings`].

use std::sync::Arc;

use app::{
    audit::{AuditAction, AuditOutcome, AuditSetting},
    auth::SignedIn,
    code::Code,
    error::AppError,
    settings::{
        Check, ConnectionInput, ConnectionSource, ConnectionView, MAX_RETENTION_DAYS, MAX_SYNC_INTERVAL_HOURS,
        MIN_RETENTION_DAYS, ProtectedChange, SecretInfo, SettingsView,
    },
    users::{SeatPrices, Thresholds},
};
use chrono::{NaiveTime, Utc};
use reqwest::Url;
use secrecy::SecretString;
use serde_json::{Value, json};

use crate::{
    audit,
    org::Org,
    protected,
    secrets::MasterKey,
    settings::{
        self, ADMIN_KEY_SECRET, CONNECTION, OVERDUE_DAYS, PROTECTED, RETENTION_DAYS, SEAT_PRICES, SITE_TOKEN_SECRET,
        SYNC_INTERVAL_HOURS, SavedConnection, WARNING_DAYS, protected_entries, retention_days, seat_prices,
        sync_interval_hours, thresholds,
    },
    store::{AuditEntry, Store, StoreError, StoredSecret},
    upstream::{
        Connection, Engine, EngineConfig, Site, Upstream, UpstreamError,
        api::admin::{Directories, UserSearch},
        site_hosts::{AllowedHost, SiteUrlRefusal, may_receive_token, site_origin},
    },
};

/// What a stored site token opens to: the token and the site origin and e-mail it was saved for.
/// They are sealed with it, so that the token goes to no other host, and for no other account,
/// whatever the saved settings say later.
struct BoundToken {
    /// `None` for a token saved before tokens were bound (see [`BoundToken::is_for`]).
    site: Option<(String, String)>,
    token: SecretString,
}

const BOUND_TOKEN: &str = "uam-site-token:v2\n";

fn bind_token(origin: &str, email: &str, token: &str) -> SecretString {
    SecretString::from(format!("{BOUND_TOKEN}{origin}\n{email}\n{token}"))
}

fn unbind_token(opened: &SecretString) -> BoundToken {
    use secrecy::ExposeSecret;
    let text = opened.expose_secret();
    match text.strip_prefix(BOUND_TOKEN).map(|rest| rest.splitn(3, '\n').collect::<Vec<_>>()).as_deref() {
        Some([origin, email, token]) => BoundToken {
            site: Some(((*origin).to_owned(), (*email).to_owned())),
            token: SecretString::from((*token).to_owned()),
        },
        _ => BoundToken { site: None, token: SecretString::clone(opened) },
    }
}

impl BoundToken {
    /// Whether the token was saved for this origin and account. A token saved before tokens were
    /// bound counts as saved for the site stored beside it (`stored_beside`), and for no other.
    fn is_for(&self, origin: &str, email: &str, stored_beside: bool) -> bool {
        match &self.site {
            Some((bound_origin, bound_email)) => bound_origin == origin && bound_email == email,
            None => stored_beside,
        }
    }
}

/// The saved connection with its secrets opened, ready to use (`None` when nothing is saved). A
/// site whose token was saved for another host or account, or whose host is no longer allowed,
/// is left out (the site checks then say it is not configured) rather than sent the token.
pub async fn open_saved_connection(
    store: &dyn Store,
    master_key: &MasterKey,
    admin_url: &Url,
    allowed: &[AllowedHost],
) -> Result<Option<Connection>, StoreError> {
    let Some(saved) = settings::saved_connection(store).await? else { return Ok(None) };
    let secrets = store.secrets().await?;
    let open = |name: &str| {
        secrets.iter().find(|s| s.name == name).and_then(|s| master_key.open(name, &s.org_id, &s.sealed).ok())
    };
    let Some(key) = open(ADMIN_KEY_SECRET) else { return Ok(None) };
    let site = match (
        saved.site_url.as_deref().and_then(|u| Url::parse(u).ok()),
        saved.site_email,
        open(SITE_TOKEN_SECRET),
    ) {
        (Some(url), Some(email), Some(opened)) => match unbind_token(&opened) {
            bound
                if bound.is_for(&url.origin().ascii_serialization(), &email, true)
                    && may_receive_token(&url, allowed, None) =>
            {
                Some(Site { url, email, token: Arc::new(bound.token) })
            }
            _ => {
                tracing::warn!(site = %url.origin().ascii_serialization(), "the stored site token was not saved for this site and account, or the host is not allowed: the site is not used until the token is entered again");
                None
            }
        },
        _ => None,
    };
    Ok(Some(Connection { org_id: saved.org_id, admin_url: admin_url.clone(), admin_key: Arc::new(key), site }))
}

/// What one check came to, in the codes the page turns into sentences (`settings-check-outcome-*`),
/// with Atlassian's status kept for support and the seconds a "no answer" waited. A site check
/// keeps no status: the site's address is the admin's to type, and the page learns only our
/// category of what that host did, never what it answered.
fn check(what: &str, result: Result<(), &UpstreamError>, waited_secs: Option<u64>) -> Check {
    let from_site = what.starts_with("site-");
    let status = result.err().and_then(UpstreamError::status).map(|s| s.as_u16()).filter(|_| !from_site);
    let (outcome, seconds) = match result {
        Ok(()) => ("ok", None),
        Err(UpstreamError::NotAuthorized { status }) if status.as_u16() == 401 => ("unauthorized", None),
        Err(UpstreamError::NotAuthorized { .. }) => ("forbidden", None),
        Err(UpstreamError::NotFound) => ("not-found", None),
        Err(UpstreamError::Timeout | UpstreamError::Ambiguous(_)) => ("timeout", waited_secs),
        Err(UpstreamError::Unavailable { status, retry_after, .. }) if status.as_u16() == 429 => {
            ("rate-limited", retry_after.map(|wait| wait.as_secs().max(1)))
        }
        Err(UpstreamError::Unavailable { .. } | UpstreamError::CircuitOpen { .. }) => ("server-error", None),
        Err(UpstreamError::Connect(_)) => ("unreachable", None),
        Err(UpstreamError::Rejected { .. } | UpstreamError::Decode(_)) => ("rejected", None),
        Err(UpstreamError::SiteNotConfigured) => ("not-configured", None),
    };
    Check { what: what.to_owned(), outcome: outcome.to_owned(), status, seconds }
}

/// The error a person waiting on an Atlassian call reads: a refused key, no answer in time (with
/// how long was waited), or Atlassian unavailable (with when to come back, if it said).
fn interactive_error(error: &UpstreamError, waited_secs: Option<u64>, refused_field: &str) -> AppError {
    match error {
        UpstreamError::NotAuthorized { .. } => AppError::InvalidInput { field: refused_field.into() },
        UpstreamError::Timeout | UpstreamError::Ambiguous(_) => {
            AppError::AtlassianTimeout { seconds: waited_secs.unwrap_or_default() }
        }
        UpstreamError::Unavailable { retry_after, .. } => {
            AppError::AtlassianUnavailable { retry_after_secs: retry_after.map(|wait| wait.as_secs().max(1)) }
        }
        _ => AppError::AtlassianUnavailable { retry_after_secs: None },
    }
}

/// The Settings page's reads and changes.
pub struct SettingsService {
    pub master_key: Arc<MasterKey>,
    pub source: ConnectionSource,
    /// Its upstream is the connection in use (environment, saved, or the demo organisation's),
    /// which "Test connection" checks and a new key for the same organisation replaces.
    pub org: Arc<Org>,
    pub admin_url: Url,
    /// `UAM_SYNC_INTERVAL_HOURS`, when set.
    pub env_sync_interval: Option<f64>,
    pub org_name: Option<String>,
    /// `UAM_ALLOWED_SITE_HOSTS`: where a site URL saved here may point besides Atlassian's sites.
    pub allowed_site_hosts: Vec<AllowedHost>,
}

fn secret_info(secret: &StoredSecret, expires_on: Option<chrono::NaiveDate>) -> SecretInfo {
    SecretInfo {
        hint: secret.hint.clone(),
        set_by: secret.set_by.clone(),
        set_at: Some(secret.set_at),
        expires_on: expires_on.or(secret.expires_at.map(|t| t.date_naive())),
    }
}

/// The last four characters of a secret, for "ends in …".
fn hint(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    chars[chars.len().saturating_sub(4)..].iter().collect()
}

impl SettingsService {
    async fn changed(&self, who: &SignedIn, setting: AuditSetting, before: Value, after: Value) {
        if before != after {
            let details = json!({ "setting": setting.code(), "before": before, "after": after });
            let entry = AuditEntry {
                target: Some(setting.code().to_owned()),
                details,
                ..AuditEntry::new("", AuditAction::SettingsChanged, AuditOutcome::Ok).by(who)
            };
            // The setting is saved; a failure to record it is in the server's log.
            let _ = audit::append(self.org.store().as_ref(), &entry).await;
        }
    }

    pub async fn view(&self) -> Result<SettingsView, AppError> {
        let store = self.org.store().as_ref();
        let secrets = store.secrets().await?;
        let saved = settings::saved_connection(store).await?;
        let stored = |name: &str, expires| secrets.iter().find(|s| s.name == name).map(|s| secret_info(s, expires));
        let connection = match (self.source, saved) {
            (ConnectionSource::Environment, _) => {
                let upstream = self.org.upstream();
                let c = Some(&upstream.connection);
                ConnectionView {
                    source: ConnectionSource::Environment,
                    org_id: c.map(|c| c.org_id.clone()),
                    org_name: self.org_name.clone(),
                    site_url: c.and_then(|c| c.site.as_ref()).map(|s| s.url.to_string()),
                    site_email: c.and_then(|c| c.site.as_ref()).map(|s| s.email.clone()),
                    ..ConnectionView::default()
                }
            }
            (source, Some(saved)) => ConnectionView {
                source,
                // What is saved differs from what runs until the next start.
                pending_restart: source == ConnectionSource::Demo
                    || self.org.upstream().connection.org_id != saved.org_id,
                org_id: Some(saved.org_id.clone()),
                org_name: self.org_name.clone(),
                admin_key: stored(ADMIN_KEY_SECRET, saved.admin_key_expires_on),
                site_url: saved.site_url.clone(),
                site_email: saved.site_email.clone(),
                site_token: stored(SITE_TOKEN_SECRET, None),
            },
            (source, None) => ConnectionView { source, org_name: self.org_name.clone(), ..ConnectionView::default() },
        };
        Ok(SettingsView {
            connection,
            thresholds: thresholds(store).await?,
            protected: protected_entries(store).await?,
            sync_interval_hours: sync_interval_hours(store, self.env_sync_interval).await,
            sync_interval_from_env: self.env_sync_interval.is_some(),
            audit_retention_days: retention_days(store).await?,
            seat_prices: seat_prices(store).await?,
        })
    }

    pub async fn save_thresholds(&self, who: &SignedIn, new: Thresholds) -> Result<SettingsView, AppError> {
        if !new.is_valid() || new.overdue_days > 3650 {
            return Err(AppError::InvalidInput { field: "thresholds".into() });
        }
        let before = thresholds(self.org.store().as_ref()).await?;
        let actor = who.actor();
        self.org.store().set_setting(WARNING_DAYS, &new.warning_days.to_string(), Some(&actor)).await?;
        self.org.store().set_setting(OVERDUE_DAYS, &new.overdue_days.to_string(), Some(&actor)).await?;
        self.changed(who, AuditSetting::InactivityThresholds, json!(before), json!(new)).await;
        self.view().await
    }

    /// Adds and removes protected entries; any invalid entry is named and nothing is saved.
    pub async fn change_protected(&self, who: &SignedIn, change: ProtectedChange) -> Result<SettingsView, AppError> {
        let before = protected_entries(self.org.store().as_ref()).await?;
        let added: Vec<String> = change.add.iter().flat_map(|text| protected::split_paste(text)).collect();
        let invalid: Vec<String> = added.iter().filter(|e| protected::parse_entry(e).is_none()).cloned().collect();
        if !invalid.is_empty() || added.len() > 10_000 {
            return Err(AppError::InvalidEntries { entries: invalid.into_iter().take(50).collect() });
        }
        let removed: Vec<String> = change.remove.iter().filter_map(|e| protected::parse_entry(e)).collect();
        let mut after: Vec<String> = before
            .iter()
            .filter(|e| !removed.contains(e))
            .cloned()
            .chain(added.iter().filter_map(|e| protected::parse_entry(e)))
            .collect();
        after.sort();
        after.dedup();
        let value = serde_json::to_string(&after).map_err(|_| AppError::Internal)?;
        self.org.store().set_setting(PROTECTED, &value, Some(&who.actor())).await?;
        self.changed(who, AuditSetting::ProtectedAccounts, json!(before), json!(after)).await;
        self.view().await
    }

    pub async fn save_schedule(&self, who: &SignedIn, hours: f64, retention: u32) -> Result<SettingsView, AppError> {
        if !(0.0..=MAX_SYNC_INTERVAL_HOURS).contains(&hours) || (hours > 0.0 && hours < 1.0) || !hours.is_finite() {
            return Err(AppError::InvalidInput { field: "sync_interval_hours".into() });
        }
        if retention != 0 && !(MIN_RETENTION_DAYS..=MAX_RETENTION_DAYS).contains(&retention) {
            return Err(AppError::InvalidInput { field: "audit_retention_days".into() });
        }
        let store = self.org.store().as_ref();
        let actor = who.actor();
        if self.env_sync_interval.is_none() {
            let before = sync_interval_hours(store, None).await;
            store.set_setting(SYNC_INTERVAL_HOURS, &hours.to_string(), Some(&actor)).await?;
            self.changed(who, AuditSetting::SyncIntervalHours, json!(before), json!(hours)).await;
        }
        let before = retention_days(store).await?;
        store.set_setting(RETENTION_DAYS, &retention.to_string(), Some(&actor)).await?;
        self.changed(who, AuditSetting::AuditRetentionDays, json!(before), json!(retention)).await;
        self.view().await
    }

    /// Saves the monthly seat prices (an empty list clears them).
    pub async fn save_seat_prices(&self, who: &SignedIn, new: SeatPrices) -> Result<SettingsView, AppError> {
        if !new.is_valid() {
            return Err(AppError::InvalidInput { field: "seat_prices".into() });
        }
        let store = self.org.store().as_ref();
        let before = seat_prices(store).await?;
        let value = serde_json::to_string(&new).map_err(|_| AppError::Internal)?;
        store.set_setting(SEAT_PRICES, &value, Some(&who.actor())).await?;
        self.changed(who, AuditSetting::SeatPrices, json!(before), json!(new)).await;
        self.view().await
    }

    /// Saves the Atlassian connection (encrypting the secrets); it is used from the next start.
    pub async fn save_connection(&self, who: &SignedIn, input: ConnectionInput) -> Result<SettingsView, AppError> {
        if self.source == ConnectionSource::Environment {
            return Err(AppError::Forbidden);
        }
        let invalid = |field: &str| AppError::InvalidInput { field: field.into() };
        let org_id = input.org_id.trim().to_owned();
        if org_id.is_empty() || org_id.len() > 100 || !org_id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(invalid("org_id"));
        }
        // In demo mode, the demo's own simulator is a site too.
        let demo_site = match self.source {
            ConnectionSource::Demo => self.org.upstream().connection.site.as_ref().map(|site| site.url.clone()),
            _ => None,
        };
        let site_url = match input.site_url.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(url) => match site_origin(url, &self.allowed_site_hosts, demo_site.as_ref()) {
                Ok(origin) => Some(origin),
                Err(SiteUrlRefusal::Invalid) => return Err(invalid("site_url")),
                Err(SiteUrlRefusal::NotAllowed) => return Err(invalid("site_host")),
            },
            None => None,
        };
        let site_email = input.site_email.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        if site_email.as_deref().is_some_and(|e| !e.contains('@') || e.len() > 254 || e.chars().any(char::is_control)) {
            return Err(invalid("site_email"));
        }
        let existing = self.org.store().secrets().await?;
        let has = |name: &str| existing.iter().any(|s| s.name == name && s.org_id == org_id);
        let key = input.admin_api_key.as_deref().map(str::trim).filter(|k| !k.is_empty());
        if key.is_none() && !has(ADMIN_KEY_SECRET) || key.is_some_and(|k| k.len() > 4096) {
            return Err(invalid("admin_api_key"));
        }
        let before = settings::saved_connection(self.org.store().as_ref()).await?;
        let token = input.site_api_token.as_deref().map(str::trim).filter(|k| !k.is_empty());
        if site_url.is_some() != site_email.is_some()
            || (site_url.is_some() && token.is_none() && !has(SITE_TOKEN_SECRET))
            || token.is_some_and(|t| t.len() > 4096)
        {
            return Err(invalid("site"));
        }
        // The stored token stays only for the site and account it was saved for: a new URL or
        // e-mail needs the token again, so that it cannot be pointed elsewhere.
        if let (Some(url), Some(email), None) = (&site_url, &site_email, token) {
            let stored = existing.iter().find(|s| s.name == SITE_TOKEN_SECRET && s.org_id == org_id);
            let opened = stored.and_then(|s| self.master_key.open(SITE_TOKEN_SECRET, &s.org_id, &s.sealed).ok());
            let stored_beside = before
                .as_ref()
                .is_some_and(|b| b.site_url.as_ref() == Some(url) && b.site_email.as_ref() == Some(email));
            let parsed = Url::parse(url).map_err(|_| invalid("site_url"))?;
            let usable = opened.is_some_and(|o| unbind_token(&o).is_for(url, email, stored_beside))
                && may_receive_token(&parsed, &self.allowed_site_hosts, demo_site.as_ref());
            if !usable {
                return Err(invalid("site_api_token"));
            }
        }
        let actor = who.actor();
        let seal = |name: &str, value: &str, expires: Option<chrono::NaiveDate>| StoredSecret {
            name: name.to_owned(),
            org_id: org_id.clone(),
            sealed: match (name, &site_url, &site_email) {
                (SITE_TOKEN_SECRET, Some(url), Some(email)) => {
                    self.master_key.seal(name, &org_id, &bind_token(url, email, value))
                }
                _ => self.master_key.seal(name, &org_id, &SecretString::from(value.to_owned())),
            },
            hint: Some(hint(value)),
            set_by: Some(who.name.clone()),
            set_at: Utc::now(),
            expires_at: expires.map(|d| d.and_time(NaiveTime::MIN).and_utc()),
        };
        for (name, setting, value, expires) in [
            (ADMIN_KEY_SECRET, AuditSetting::AdminApiKey, key, input.admin_key_expires_on),
            (SITE_TOKEN_SECRET, AuditSetting::SiteApiToken, token, None),
        ] {
            if let Some(value) = value {
                let previous = existing.iter().find(|s| s.name == name).and_then(|s| s.hint.clone());
                self.org.store().put_secret(&seal(name, value, expires)).await?;
                let details = json!({ "setting": setting.code(), "before": previous.map(|h| format!("…{h}")), "after": format!("…{}", hint(value)) });
                let entry = AuditEntry {
                    target: Some(setting.code().to_owned()),
                    details,
                    ..AuditEntry::new("", AuditAction::SecretReplaced, AuditOutcome::Ok).by(who)
                };
                let _ = audit::append(self.org.store().as_ref(), &entry).await;
            }
        }
        let after = SavedConnection { org_id, site_url, site_email, admin_key_expires_on: input.admin_key_expires_on };
        let value = serde_json::to_string(&after).map_err(|_| AppError::Internal)?;
        self.org.store().set_setting(CONNECTION, &value, Some(&actor)).await?;
        self.changed(who, AuditSetting::Connection, json!(before), json!(after)).await;
        self.apply_if_same_org().await;
        self.view().await
    }

    /// New credentials for the organisation already in use apply at once (a rotated key must not
    /// wait for a restart); another organisation is connected at the next start, when the whole
    /// server (sign-in included) moves to it.
    async fn apply_if_same_org(&self) {
        let current = self.org.upstream();
        if self.source != ConnectionSource::Settings {
            return;
        }
        match open_saved_connection(
            self.org.store().as_ref(),
            &self.master_key,
            &self.admin_url,
            &self.allowed_site_hosts,
        )
        .await
        {
            Ok(Some(connection)) if connection.org_id == current.connection.org_id => {
                self.org.replace_upstream(Arc::new(Upstream::new(Arc::clone(&current.engine), connection)));
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "the saved connection could not be read back"),
        }
    }

    /// Checks each credential of the connection in use, and says plainly what works. The checks
    /// run side by side within one interactive deadline, so the whole test ends in seconds
    /// whatever Atlassian does.
    pub async fn test_connection(&self) -> Vec<Check> {
        let mut connection = self.org.upstream().connection.clone();
        // The environment's site is the operator's choice and the demo's is its simulator; a site
        // saved here is checked again, and a host that is not allowed gets no request at all.
        if self.source == ConnectionSource::Settings
            && connection.site.as_ref().is_some_and(|s| !may_receive_token(&s.url, &self.allowed_site_hosts, None))
        {
            connection.site = None;
        }
        let has_site = connection.site.is_some();
        let engine = Engine::new(EngineConfig::default()).interactive();
        let waited = engine.deadline_secs();
        let upstream = Upstream::new(Arc::new(engine), connection);
        // The stable search the sync reads users with (the directory list is experimental).
        let users = async { upstream.search_users(Directories::All, &UserSearch::default()).first().await.map(drop) };
        let jira = async { upstream.jira_myself().await.map(drop) };
        let jsm = async { upstream.service_desks()?.first().await.map(drop) };
        let confluence = async { upstream.spaces()?.first().await.map(drop) };
        let (orgs, users, jira, jsm, confluence) =
            tokio::join!(upstream.orgs().collect(), users, jira, jsm, confluence);
        let mut checks = vec![check("admin-key", orgs.as_ref().map(drop), waited)];
        if let Ok(orgs) = &orgs {
            let listed = orgs.iter().any(|o| o.id.as_deref() == Some(upstream.connection.org_id.as_str()));
            let not_listed = UpstreamError::NotFound;
            checks.push(check("org", if listed { Ok(()) } else { Err(&not_listed) }, waited));
        }
        checks.push(check("directory", users.as_ref().map(drop), waited));
        if !has_site {
            checks.push(check("site", Err(&UpstreamError::SiteNotConfigured), waited));
            return checks;
        }
        checks.push(check("site-jira", jira.as_ref().map(drop), waited));
        // A product the site does not have answers 404 where it lives: not a fault of the settings.
        let product = |what: &str, result: Result<(), UpstreamError>| match result {
            Err(UpstreamError::NotFound) => Check { outcome: "not-on-site".into(), ..check(what, Ok(()), waited) },
            other => check(what, other.as_ref().map(drop), waited),
        };
        checks.push(product("site-jsm", jsm));
        checks.push(product("site-confluence", confluence));
        checks
    }

    /// The organisations a key can see (the page's organisation picker), as (id, name).
    pub async fn orgs_for_key(&self, key: Option<String>) -> Result<Vec<(String, String)>, AppError> {
        // A key typed here is for Atlassian's admin API; without one, the key in use is asked
        // where it is used (in demo mode, the simulated organisation).
        let in_use = self.org.upstream();
        let (key, admin_url) = match key.map(|k| k.trim().to_owned()).filter(|k| !k.is_empty()) {
            Some(key) if key.len() <= 4096 => (SecretString::from(key), self.admin_url.clone()),
            Some(_) => return Err(AppError::InvalidInput { field: "admin_api_key".into() }),
            None => (SecretString::clone(&in_use.connection.admin_key), in_use.connection.admin_url.clone()),
        };
        let connection = Connection { org_id: String::new(), admin_url, admin_key: Arc::new(key), site: None };
        let engine = Engine::new(EngineConfig::default()).interactive();
        let waited = engine.deadline_secs();
        let upstream = Upstream::new(Arc::new(engine), connection);
        let orgs = upstream.orgs().collect().await.map_err(|e| {
            tracing::info!(error = %e, "cannot list the organisations of a key");
            interactive_error(&e, waited, "admin_api_key_refused")
        })?;
        Ok(orgs
            .iter()
            .filter_map(|o| {
                let id = o.id.clone()?;
                let name = o.display_name().unwrap_or(&id).to_owned();
                Some((id, name))
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use secrecy::ExposeSecret;

    use super::*;

    #[test]
    fn a_site_token_opens_with_the_site_and_account_it_was_saved_for() {
        let bound = unbind_token(&bind_token("https://acme.atlassian.net", "robot@acme.example", "tok\nen"));
        assert_eq!(bound.token.expose_secret(), "tok\nen", "the token comes back whole");
        assert!(bound.is_for("https://acme.atlassian.net", "robot@acme.example", false));
        assert!(!bound.is_for("https://other.atlassian.net", "robot@acme.example", true), "another site");
        assert!(!bound.is_for("https://acme.atlassian.net", "boss@acme.example", true), "another account");
        // Saved before tokens were bound: only for the site saved beside it.
        let legacy = unbind_token(&SecretString::from("plain-token"));
        assert_eq!(legacy.token.expose_secret(), "plain-token");
        assert!(legacy.is_for("https://acme.atlassian.net", "robot@acme.example", true));
        assert!(!legacy.is_for("https://acme.atlassian.net", "robot@acme.example", false));
    }
}
