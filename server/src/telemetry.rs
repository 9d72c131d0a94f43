//! Log output: one subscriber for the whole process, JSON lines by default.

use tracing_subscriber::{EnvFilter, fmt};

use crate::config::{Config, LogFormat};

pub fn init(config: &Config) {
    let filter = EnvFilter::try_new(&config.log).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = fmt().with_env_filter(filter).with_writer(std::io::stderr);
    // A second initialisation (tests starting several servers) keeps the first subscriber.
    let _ = match config.log_format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Pretty => builder.try_init(),
    };
}

/// The span every request's log lines carry: method, path and a request id. Never the query
/// string (it carries OAuth codes and states, and the set-up token) or any header (cookies).
pub fn request_span<B>(request: &http::Request<B>) -> tracing::Span {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    tracing::info_span!("request", request_id = id, method = %request.method(), path = %request.uri().path())
}
