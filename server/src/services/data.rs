//! "Delete everything" from the Settings page's script: the work is `crate::data::Erasures`'s,
//! which also serves the same forms posted without the script.

use std::net::SocketAddr;

use app::{
    api::data::{EraseRequest, ErasureApi, ErasureStatus},
    auth::SignedIn,
    error::AppError,
};
use axum::extract::ConnectInfo;
use http::{HeaderMap, request::Parts};
use leptos::prelude::use_context;

use crate::data::{Erasures, routes::address};

/// The headers of this request (which say whether it came from the Jira panel).
fn request_headers() -> HeaderMap {
    use_context::<Parts>().map(|p| p.headers).unwrap_or_default()
}

#[async_trait::async_trait]
impl ErasureApi for Erasures {
    async fn status(&self, who: &SignedIn) -> Result<ErasureStatus, AppError> {
        Ok(Erasures::status(self, who, &request_headers()).await?)
    }

    async fn schedule(&self, who: &SignedIn, request: EraseRequest) -> Result<ErasureStatus, AppError> {
        let parts = use_context::<Parts>();
        let connect = parts.as_ref().and_then(|p| p.extensions.get::<ConnectInfo<SocketAddr>>());
        let headers = request_headers();
        Erasures::schedule(self, who, &request, &headers, &address(connect)).await?;
        Ok(Erasures::status(self, who, &headers).await?)
    }

    async fn cancel(&self, who: &SignedIn) -> Result<bool, AppError> {
        Ok(Erasures::cancel(self, who).await?.is_some())
    }
}
