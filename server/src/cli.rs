//! The command line: `uam`'s commands (with the options of [`Config`]) and the tools for cron jobs
//! and scripts they run, such as `uam sync` and `uam users`. They use the same
//! configuration and database as the server and may run while it runs (the store lets one sync
//! run at a time across processes; the server picks up a snapshot written here within seconds).

use std::{io::Write, time::Duration};

use app::{
    csv_export,
    i18n::{Locale, message},
    users::{AccountType, Inactivity, Kind, SortKey, Status, UserQuery, UserRow},
};
use chrono::{NaiveDate, Utc};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::{Backend, StartError, config::Config, settings, sync::SyncError};

#[derive(Debug, Parser)]
#[command(
    name = "uam",
    version,
    about = "User Account Manager: see, audit and act on every user of an Atlassian Cloud organisation.",
    long_about = None,
    after_help = "Every option can also be set through the environment variable named beside it; a flag wins over the environment."
)]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web app (what `uam` does when no command is given).
    Serve,
    /// Run one sync with the configured connection, printing progress; exits non-zero on failure.
    Sync,
    /// Query the last synced snapshot with the same filters as the Users page.
    Users(UsersArgs),
    /// Local admin accounts (the first one, or a break-glass account).
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Everything the product stores: export it as one archive, or delete it.
    #[command(subcommand)]
    Data(DataCommand),
    /// The tamper-evident audit log: check its hash chain against the signed checkpoints.
    #[command(subcommand)]
    Audit(AuditCommand),
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Start(#[from] StartError),
    #[error("the sync failed: {0}")]
    Sync(#[from] SyncError),
    #[error("there is no snapshot yet: run `uam sync` first")]
    NoSnapshot,
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("cannot write the output: {0}")]
    Output(#[from] std::io::Error),
    #[error("cannot create the admin: {0}")]
    Admin(#[from] crate::auth::NewAdminError),
    #[error(transparent)]
    Secrets(#[from] crate::secrets::SecretError),
    #[error(transparent)]
    Data(#[from] crate::data::DataError),
    #[error(transparent)]
    Checkpoints(#[from] crate::audit::CheckpointError),
    /// `uam audit verify` found a problem (the summary names the first bad entry).
    #[error("{0}")]
    NotVerified(String),
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Creates a local admin account. Reads the password from the first line of standard input
    /// (and, with --totp, the authenticator's code from the second).
    Create(AdminCreateArgs),
}

#[derive(Debug, Args)]
pub struct AdminCreateArgs {
    /// The sign-in name (an e-mail address or a short name).
    #[arg(long)]
    pub login: String,
    /// The name shown in the top bar and the audit log.
    #[arg(long)]
    pub name: String,
    /// Protect the account with an authenticator app (TOTP): prints the seed, then reads a code.
    #[arg(long)]
    pub totp: bool,
}

/// Creates a local admin in the configured database (no organisation is contacted).
pub async fn create_admin(config: &Config, new: &crate::auth::NewAdmin) -> Result<crate::store::LocalAdmin, CliError> {
    crate::prepare_data_dir(&config.data_dir)?;
    let store = crate::store::open_sqlite(&config.database()).await?;
    let master_key = std::sync::Arc::new(crate::open_master_key(config, store.as_ref()).await?);
    let accounts = crate::auth::LocalAccounts { store, master_key, require_totp: config.require_totp };
    Ok(accounts.create_admin(new, "cli").await?)
}

/// `uam admin create`: works on the database alone (no organisation is contacted).
pub async fn admin(config: &Config, command: &AdminCommand) -> Result<(), CliError> {
    let AdminCommand::Create(args) = command;
    let mut lines = std::io::stdin().lines();
    eprintln!("Password for {} (at least {} characters):", args.login, crate::auth::password::MIN_LENGTH);
    let password = lines.next().transpose()?.unwrap_or_default();
    let totp = if args.totp || config.require_totp {
        let seed = crate::auth::totp::new_seed();
        eprintln!("Add this key to the authenticator app: {seed}");
        eprintln!("({})", crate::auth::totp::uri("User Account Manager", &args.login, &seed));
        eprintln!("Then enter the code it shows:");
        Some((seed, lines.next().transpose()?.unwrap_or_default()))
    } else {
        None
    };
    let new = crate::auth::NewAdmin {
        login: args.login.clone(),
        name: args.name.clone(),
        password: secrecy::SecretString::from(password),
        totp,
    };
    let admin = create_admin(config, &new).await?;
    println!("Created the local admin {}.", admin.login);
    Ok(())
}

/// `uam users`: the Users page's filters as flags.
#[derive(Debug, Clone, Args)]
pub struct UsersArgs {
    /// Text to find in names and e-mail addresses.
    #[arg(long)]
    pub search: Option<String>,
    /// Only org users, project (and space) members, or JSM customers.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    #[arg(long, value_enum)]
    pub account_type: Option<AccountTypeArg>,
    /// Any of these statuses (repeat the flag, or separate with commas).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub status: Vec<StatusArg>,
    /// A product key (`jira-software`, `confluence`, `jira-servicedesk`, ...): users with access,
    /// with inactivity measured in that product.
    #[arg(long)]
    pub product: Option<String>,
    /// A group id.
    #[arg(long)]
    pub group: Option<String>,
    /// A Jira project or Confluence space: `project:<id>` or `space:<id>`.
    #[arg(long)]
    pub project: Option<String>,
    /// A service desk or JSM organization: `desk:<id>` or `jsm_org:<id>`.
    #[arg(long)]
    pub desk: Option<String>,
    /// Any of these inactivity classes (e.g. `--inactive overdue,never`).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub inactive: Vec<InactivityArg>,
    /// Only managed accounts (the org's claimed domains).
    #[arg(long, conflicts_with = "external")]
    pub managed: bool,
    /// Only external (unmanaged) accounts.
    #[arg(long)]
    pub external: bool,
    /// Last active before this day (YYYY-MM-DD); never-active accounts included.
    #[arg(long)]
    pub active_before: Option<NaiveDate>,
    /// Last active on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub active_after: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = SortArg::Name)]
    pub sort: SortArg,
    /// Sort in descending order.
    #[arg(long)]
    pub desc: bool,
    /// At most this many users.
    #[arg(long)]
    pub limit: Option<usize>,
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
}

macro_rules! value_enum {
    ($arg:ident => $target:ty { $($variant:ident),* $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
        pub enum $arg { $($variant),* }
        impl From<$arg> for $target {
            fn from(value: $arg) -> $target {
                match value { $($arg::$variant => <$target>::$variant),* }
            }
        }
    };
}

value_enum!(KindArg => Kind { OrgUser, ProjectMember, Customer });
value_enum!(AccountTypeArg => AccountType { Atlassian, Customer, App });
value_enum!(StatusArg => Status { Active, Suspended, Deactivated, Pending });
value_enum!(InactivityArg => Inactivity { Active, Warning, Overdue, Never, NoAccess });
value_enum!(SortArg => SortKey { Name, Email, Status, AccountType, LastActive, AddedToOrg });

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// RFC 4180 CSV with a header row; cells are defused against spreadsheet formulas.
    Csv,
    /// A JSON array of user records (unsanitised, for machines).
    Json,
}

impl UsersArgs {
    pub fn query(&self) -> UserQuery {
        UserQuery {
            text: self.search.clone(),
            kind: self.kind.map(Into::into),
            account_type: self.account_type.map(Into::into),
            status: self.status.iter().map(|&s| s.into()).collect(),
            product: self.product.clone(),
            group: self.group.clone(),
            project: self.project.clone(),
            desk: self.desk.clone(),
            inactivity: self.inactive.iter().map(|&i| i.into()).collect(),
            managed: match (self.managed, self.external) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            },
            active_before: self.active_before,
            active_after: self.active_after,
            sort: self.sort.into(),
            descending: self.desc,
            page: 0,
            page_size: 0,
        }
    }
}

/// `uam sync`: one sync, progress on standard error, a summary on standard output.
pub async fn sync(config: &Config) -> Result<(), CliError> {
    let backend = Backend::open(config).await?;
    if backend.demo.is_some() {
        eprintln!("No Atlassian connection is configured: syncing the simulated demo organisation.");
    }
    let syncer = std::sync::Arc::clone(&backend.syncer);
    let reporter = {
        let syncer = std::sync::Arc::clone(&syncer);
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_secs(2)).await;
                if let Some(p) = syncer.progress() {
                    let total = p.estimated_total.map(|t| format!(" of about {t}")).unwrap_or_default();
                    eprintln!(
                        "{:?}: {} accounts{total}, {} requests, {:.1} s waiting for rate limits",
                        p.phase,
                        p.items,
                        p.requests,
                        p.rate_limit_wait_ms as f64 / 1000.0
                    );
                }
            }
        })
    };
    let cancel = {
        let syncer = std::sync::Arc::clone(&syncer);
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                eprintln!("Cancelling: the previous snapshot stays in place.");
                syncer.cancel();
            }
        })
    };
    let result = syncer.run("command line").await;
    reporter.abort();
    cancel.abort();
    let run = result?;
    let took = run.finished_at.map(|f| (f - run.started_at).num_milliseconds() as f64 / 1000.0).unwrap_or_default();
    println!("Sync {} complete: {} accounts, {} requests, {took:.1} s.", run.id, run.accounts, run.requests);
    // A site family that was skipped, partly read or kept from before does not fail the command:
    // only the admin API's failures do (above).
    for report in &run.families {
        println!("  {}", crate::sync::summary::plain_summary(report));
    }
    Ok(())
}

/// `uam users`: the matching users of the current snapshot, as CSV or JSON on standard output.
pub async fn users(config: &Config, args: &UsersArgs) -> Result<(), CliError> {
    prepare_quietly(config)?;
    let store = crate::store::open_sqlite(&config.database()).await?;
    let index = load_index(store.as_ref()).await?.ok_or(CliError::NoSnapshot)?;
    let thresholds = settings::thresholds(store.as_ref()).await?;
    let rows = index.rows(&args.query(), Utc::now(), thresholds, args.limit);
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &rows).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        Format::Csv => out.write_all(users_csv(&rows).as_bytes())?,
    }
    Ok(())
}

/// The current snapshot, indexed; `None` before the first sync.
async fn load_index(store: &dyn crate::store::Store) -> Result<Option<crate::snapshot::index::Index>, CliError> {
    let Some(run) = store.latest_complete().await? else { return Ok(None) };
    let mut builder = crate::snapshot::IndexBuilder::default();
    store.load(run.id, &mut builder).await?;
    Ok(Some(builder.build(Some(run))))
}

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Writes everything the product stores (settings without secrets, local admins without
    /// passwords, sync history, audit log, the current snapshot) to one .tar.gz archive.
    Export {
        /// The archive to write; `-` for standard output.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Schedules deleting everything the product stores, including the audit log (whose new
    /// first entry records the deletion): the server carries it out after UAM_ERASURE_DELAY_HOURS,
    /// and any admin can cancel it meanwhile (or `uam data cancel`). With --now, deletes at once
    /// (stop the server first, or it keeps serving what it holds in memory until its next
    /// refresh). Either way the checkpoints keep a signed record of the erased log.
    Delete {
        /// Must be `DELETE`.
        #[arg(long)]
        confirm: String,
        /// Delete at once instead of scheduling.
        #[arg(long)]
        now: bool,
    },
    /// Cancels a scheduled deletion.
    Cancel,
}

/// `uam data export` and `uam data delete`: on the database alone, audited as `cli`.
pub async fn data(config: &Config, command: &DataCommand) -> Result<(), CliError> {
    prepare_quietly(config)?;
    let store = crate::store::open_sqlite(&config.database()).await?;
    match command {
        DataCommand::Export { out } => {
            let index = load_index(store.as_ref()).await?.unwrap_or_else(crate::snapshot::index::Index::empty);
            let org = config.org_id.clone().unwrap_or_else(|| "demo".to_owned());
            let bytes = crate::data::export(store.as_ref(), &index, &org, "cli").await?;
            if out.as_os_str() == "-" {
                std::io::stdout().lock().write_all(&bytes)?;
            } else {
                std::fs::write(out, &bytes)?;
                eprintln!("Wrote {} ({} bytes).", out.display(), bytes.len());
            }
        }
        DataCommand::Delete { confirm, now: true } => {
            let checkpoints = crate::audit::Checkpoints::open(config.checkpoint_paths())?;
            crate::data::delete_everything(store.as_ref(), &checkpoints, "cli", confirm, None).await?;
            eprintln!("Deleted everything User Account Manager stored.");
        }
        DataCommand::Delete { confirm, now: false } => {
            let delay = crate::data::delay_of(config.erasure_delay_hours);
            let cli = crate::store::AuditEntry::new("cli", "", "");
            let erasure = crate::data::schedule(store.as_ref(), &cli, "the command line", delay, confirm).await?;
            eprintln!(
                "Deleting everything is scheduled for {}: the server carries it out then, unless an admin cancels it (uam data cancel).",
                erasure.due_at.to_rfc3339()
            );
        }
        DataCommand::Cancel => {
            let cli = crate::store::AuditEntry::new("cli", "", "");
            match crate::data::cancel(store.as_ref(), &cli).await? {
                Some(erasure) => eprintln!("Cancelled the deletion scheduled by {}.", erasure.by),
                None => eprintln!("No deletion was scheduled."),
            }
        }
    }
    Ok(())
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Recomputes the audit log's whole hash chain and checks it against the signed checkpoints
    /// (UAM_AUDIT_CHECKPOINTS, with the public key beside UAM_AUDIT_KEY_FILE). Prints a one-line
    /// summary and exits 0 when it holds; otherwise names the first bad entry and exits 1.
    Verify {
        /// Print the whole result as JSON on standard output.
        #[arg(long)]
        json: bool,
    },
}

/// `uam audit verify`: reads the database and the checkpoints only (creates nothing).
pub async fn audit(config: &Config, command: &AuditCommand) -> Result<(), CliError> {
    let AuditCommand::Verify { json } = command;
    prepare_quietly(config)?;
    let store = crate::store::open_sqlite(&config.database()).await?;
    let checkpoints = crate::audit::Checkpoints::open_for_verification(config.checkpoint_paths())?;
    let verification = crate::audit::verify(store.as_ref(), &checkpoints).await?;
    if *json {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer(&mut out, &verification).map_err(std::io::Error::from)?;
        writeln!(out)?;
    } else if verification.is_ok() {
        println!("{}", verification.summary());
    }
    if verification.is_ok() { Ok(()) } else { Err(CliError::NotVerified(verification.summary())) }
}

/// The data folder must exist for the database; `uam users` reads only, so it does not start
/// the demo organisation.
fn prepare_quietly(config: &Config) -> Result<(), StartError> {
    crate::prepare_data_dir(&config.data_dir)
}

/// Users as CSV with English headers (the command line has no locale to negotiate).
pub fn users_csv(rows: &[UserRow]) -> String {
    let header: Vec<String> = csv_export::USER_COLUMNS.iter().map(|id| message(Locale::ENGLISH, id, None)).collect();
    csv_export::write(&header, rows.iter().map(csv_export::user_cells))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn trusted_proxies_are_addresses_or_ranges() {
        let cli = Cli::parse_from(["uam", "--trusted-proxies", "10.0.0.0/8, 192.0.2.7,::1"]);
        let shown: Vec<String> = cli.config.trusted_proxies.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["10.0.0.0/8", "192.0.2.7/32", "::1/128"]);
        assert!(Cli::try_parse_from(["uam", "--trusted-proxies", "proxy.example"]).is_err());
        assert!(Config::defaults().trusted_proxies.is_empty());
    }

    #[test]
    fn flags_override_defaults() {
        let cli = Cli::parse_from(["uam", "--listen", "127.0.0.1:0", "--data-dir", "/tmp/x", "serve"]);
        assert_eq!(cli.config.listen.port(), 0);
        assert_eq!(cli.config.data_dir, PathBuf::from("/tmp/x"));
        assert!(matches!(cli.command, Some(Command::Serve)));
    }
}
