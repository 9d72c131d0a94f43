use std::process::ExitCode;

use clap::Parser;

/// mimalloc gives freed memory back to the system promptly: after a sync builds a new snapshot
/// and drops the old one, the server's resident size falls back instead of staying at its peak.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use server::cli::{Cli, Command};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    server::telemetry::init(&cli.config);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.config).await.map_err(|e| e.to_string()),
        Command::Sync => server::cli::sync(&cli.config).await.map_err(|e| e.to_string()),
        Command::Users(args) => server::cli::users(&cli.config, &args).await.map_err(|e| e.to_string()),
        Command::Admin(command) => server::cli::admin(&cli.config, &command).await.map_err(|e| e.to_string()),
        Command::Data(command) => server::cli::data(&cli.config, &command).await.map_err(|e| e.to_string()),
        Command::Audit(command) => server::cli::audit(&cli.config, &command).await.map_err(|e| e.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("uam: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: server::config::Config) -> Result<(), server::StartError> {
    let listener = server::bind(&config).await?;
    let server = server::Server::prepare(listener, &config).await?;
    if let Some(addr) = server.addr() {
        println!("User Account Manager is running at http://{addr}");
    }
    if let Some(demo) = server.demo_addr() {
        println!("Demo mode: the simulated Atlassian organisation answers at http://{demo}");
    }
    server.run(shutdown_signal()).await
}

/// Ctrl-C or SIGTERM: finish the requests in flight, then stop.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}
