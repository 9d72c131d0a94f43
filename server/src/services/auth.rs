//! Sign-in support for anonymous visitors: what the sign-in page offers, and set-up links.

use app::{
    api::auth::SignInApi,
    auth::{LoginOptions, SetupStatus},
    error::AppError,
};

use crate::auth::Access;

#[async_trait::async_trait]
impl SignInApi for Access {
    async fn login_options(&self) -> Result<LoginOptions, AppError> {
        Ok(Access::login_options(self).await?)
    }

    async fn setup_status(&self, token: String) -> Result<SetupStatus, AppError> {
        // No real link is this long; refuse it before touching the store.
        if token.len() > 100 {
            return Err(AppError::InvalidInput { field: "token".into() });
        }
        Ok(Access::setup_status(self, &token).await?)
    }
}
