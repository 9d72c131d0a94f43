use leptos::{prelude::*, server_fn::codec::Json};
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Which organisation this server shows, and whether it is the simulated demo one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deployment {
    pub demo: bool,
    pub org_name: Option<String>,
}

#[server(endpoint = "deployment_info", input = Json)]
pub async fn deployment_info() -> Result<Deployment, AppError> {
    Ok(crate::api::services::services()?.deployment())
}
