//! `atlassian-sim`: serves a simulated Atlassian Cloud organisation on a port, for benchmarks
//! and manual exploration. Prints the org id and the credentials it accepts.

use std::{net::SocketAddr, process::ExitCode, time::Duration};

use atlassian_sim::{FaultRates, Products, Sim, SimConfig, SiteFamily, Sizes};
use clap::Parser;

#[derive(Debug, Parser)]
#[command(
    name = "atlassian-sim",
    version,
    about = "A simulated Atlassian Cloud organisation: the admin, user management, Jira, JSM, Confluence and OAuth APIs on one listener.",
    after_help = "The admin API is served under /admin/... and /users/..., the site APIs under /rest/... and /wiki/..., and sign-in under /authorize, /oauth/token and /me. Counters: GET /__sim/counters; ground truth: GET /__sim/info and /__sim/accounts; an admin's change made outside the product: POST /__sim/admin-change."
)]
struct Args {
    /// Address to listen on; port 0 picks a free one.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Seed of the generated org: the same seed and sizes give the same org.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Organisation users (managed and external accounts in the directory).
    #[arg(long, default_value_t = Sizes::DEMO.users)]
    users: usize,
    /// Jira Service Management customers.
    #[arg(long, default_value_t = Sizes::DEMO.customers)]
    customers: usize,
    /// Jira projects (a tenth of them are service desks).
    #[arg(long, default_value_t = Sizes::DEMO.projects)]
    projects: usize,
    /// Confluence spaces.
    #[arg(long, default_value_t = Sizes::DEMO.spaces)]
    spaces: usize,
    /// Requests per second allowed on the admin API (0 = unlimited).
    #[arg(long, default_value_t = 0.0)]
    admin_rps: f64,
    /// Requests per second allowed on each site API family: Jira, JSM, Confluence (0 = unlimited).
    #[arg(long, default_value_t = 0.0)]
    site_rps: f64,
    /// Burst size of every rate limit (default: one second's worth).
    #[arg(long)]
    burst: Option<f64>,
    /// Share of requests (0–1) answered with an injected fault, spread evenly over 5xx, 429, slow
    /// answers and dropped connections. The flags below set one kind each.
    #[arg(long, default_value_t = 0.0, value_parser = parse_rate)]
    fault_rate: f64,
    /// Share of requests answered 500, 502, 503 or 504.
    #[arg(long, value_parser = parse_rate)]
    fault_5xx_rate: Option<f64>,
    /// Share of requests answered 429 regardless of the rate limit.
    #[arg(long, value_parser = parse_rate)]
    fault_429_rate: Option<f64>,
    /// Share of requests handled but answered late (`--slow-ms`).
    #[arg(long, value_parser = parse_rate)]
    fault_slow_rate: Option<f64>,
    /// Share of requests whose connection is dropped before they are handled.
    #[arg(long, value_parser = parse_rate)]
    fault_drop_rate: Option<f64>,
    /// Seed of the fault injector.
    #[arg(long, default_value_t = 1)]
    fault_seed: u64,
    /// Milliseconds before a write shows in reads (eventual consistency).
    #[arg(long, default_value_t = 0)]
    write_delay_ms: u64,
    /// Milliseconds a slow fault holds its answer back.
    #[arg(long, default_value_t = 2_000)]
    slow_ms: u64,
    /// Organisation id (random from the seed when absent).
    #[arg(long)]
    org_id: Option<String>,
    /// The Admin API key to accept (random when absent).
    #[arg(long)]
    admin_key: Option<String>,
    /// The site account e-mail whose API token the site APIs accept.
    #[arg(long)]
    site_email: Option<String>,
    /// The site API token to accept (random when absent).
    #[arg(long)]
    site_token: Option<String>,
    /// The products the site has, comma-separated from jira, jsm, confluence. An absent product
    /// answers as on a real site without it: 404 under /wiki/... without Confluence, under
    /// /rest/servicedeskapi/... without JSM, and under /rest/api/... without Jira and JSM (JSM
    /// includes the Jira platform). Workspaces, product access, seats, projects, spaces, desks
    /// and customers follow.
    #[arg(long, default_value = "jira,jsm,confluence", value_parser = Products::parse)]
    products: Products,
    /// The last N Jira projects are listed but the site account gets 403 on their roles
    /// (/rest/api/3/project/{id}/role and .../role/{roleId}). /__sim/info lists them.
    #[arg(long, default_value_t = 0)]
    unreadable_projects: usize,
    /// The last N Confluence spaces are listed but the site account gets 403 on their
    /// role-assignments and permissions. /__sim/info lists them.
    #[arg(long, default_value_t = 0)]
    unreadable_spaces: usize,
    /// Every endpoint the official specs mark x-experimental answers 404, as an unknown route.
    #[arg(long)]
    no_experimental: bool,
    /// A site family (jira, jsm or confluence) that answers 503 to every request; repeat the flag
    /// or separate with commas. PUT /__sim/failing-family {"families": [...]} changes it live.
    #[arg(long, value_delimiter = ',', value_parser = SiteFamily::parse)]
    failing_family: Vec<SiteFamily>,
}

fn parse_rate(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(rate) if (0.0..=1.0).contains(&rate) => Ok(rate),
        _ => Err("must be a number from 0 to 1".to_owned()),
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let mut config = SimConfig::random_credentials();
    if let Some(key) = args.admin_key {
        config.admin_key = key;
    }
    if let Some(email) = args.site_email {
        config.site_email = email;
    }
    if let Some(token) = args.site_token {
        config.site_token = token;
    }
    config.seed = args.seed;
    config.sizes = Sizes { users: args.users, customers: args.customers, projects: args.projects, spaces: args.spaces };
    config.org_id = args.org_id;
    config.admin_rps = args.admin_rps;
    config.site_rps = args.site_rps;
    config.burst = args.burst;
    let even = FaultRates::uniform(args.fault_rate);
    config.faults = FaultRates {
        server_error: args.fault_5xx_rate.unwrap_or(even.server_error),
        too_many_requests: args.fault_429_rate.unwrap_or(even.too_many_requests),
        slow: args.fault_slow_rate.unwrap_or(even.slow),
        dropped: args.fault_drop_rate.unwrap_or(even.dropped),
    };
    if config.faults.total() > 1.0 {
        eprintln!("atlassian-sim: the fault rates add up to more than 1");
        return ExitCode::FAILURE;
    }
    config.fault_seed = args.fault_seed;
    config.write_delay = Duration::from_millis(args.write_delay_ms);
    config.slow_delay = Duration::from_millis(args.slow_ms);
    config.products = args.products;
    config.unreadable_projects = args.unreadable_projects;
    config.unreadable_spaces = args.unreadable_spaces;
    config.no_experimental = args.no_experimental;
    config.failing_families = args.failing_family;

    let started = std::time::Instant::now();
    let sim = Sim::new(config);
    let generated_in = started.elapsed();
    let listener = match tokio::net::TcpListener::bind(args.listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("atlassian-sim: cannot listen on {}: {error}", args.listen);
            return ExitCode::FAILURE;
        }
    };
    let addr = listener.local_addr().map_or_else(|_| args.listen.to_string(), |a| a.to_string());
    {
        let world = sim.world();
        println!("Atlassian simulator listening on http://{addr}");
        println!("  org id:       {}", world.org_id);
        println!("  admin key:    {}", sim.config.admin_key);
        println!("  site email:   {}", sim.config.site_email);
        println!("  site token:   {}", sim.config.site_token);
        println!("  oauth client: {} / {}", sim.config.oauth_client_id, sim.config.oauth_client_secret);
        println!("  generated {} accounts in {:.2} s", world.accounts.len(), generated_in.as_secs_f64());
    }
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match atlassian_sim::serve(listener, sim, shutdown).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("atlassian-sim: {error}");
            ExitCode::FAILURE
        }
    }
}
