//! Planning a bulk action: the users a request names, each classified by the rules on what
//! Atlassian says of them now, kept for the admin to confirm.

use std::collections::HashSet;

use app::{
    auth::SignedIn,
    bulk::{BulkAction, DEFAULT_CONFIRM_THRESHOLD, MAX_JOB_USERS, Preflight, Targets},
    error::AppError,
};
use chrono::Utc;

use super::{
    Bulk,
    context::needs,
    new_id,
    plan::{self, Context, Live},
};
use crate::settings;

impl Bulk {
    pub async fn preflight(&self, who: &SignedIn, action: BulkAction, targets: Targets) -> Result<Preflight, AppError> {
        let mut ctx = self.context(&action, &who.actor(), who.email.clone()).await?;
        self.validate(&action, &ctx)?;
        let ids = self.resolve(targets).await?;
        let needs = needs(&action, std::iter::empty());
        let live = self.read_all(&ids, needs, &self.desks_for(&action, std::iter::empty()), &mut ctx).await?;
        let index = self.org.index();
        let users = ids
            .iter()
            .map(|id| {
                let verdict = match live.get(id) {
                    Some(l) => plan::classify(&action, l, &ctx),
                    // Not in the directory: a customer (or an app) by the snapshot, or gone.
                    None => {
                        let outside =
                            Live { account_id: id.clone(), account_type: index.account_type_of(id), ..Live::default() };
                        plan::classify(&action, &outside, &ctx)
                    }
                };
                self.planned(id, live.get(id), verdict)
            })
            .collect();
        let preflight =
            Preflight { plan_id: new_id(), action, undo_of: None, users, confirm_threshold: DEFAULT_CONFIRM_THRESHOLD };
        Ok(self.keep(preflight, who))
    }

    /// Refuses actions naming products or desks the organisation does not have.
    fn validate(&self, action: &BulkAction, ctx: &Context) -> Result<(), AppError> {
        let bad = |field: &str| Err(AppError::InvalidInput { field: field.to_owned() });
        match action {
            BulkAction::RevokeAccess { products } | BulkAction::AssignAccess { products } => {
                if products.is_empty() || products.len() > 50 || products.iter().any(|p| !ctx.products.contains_key(p))
                {
                    return bad("products");
                }
            }
            BulkAction::RemoveCustomer { desks } => {
                if desks.len() > 500 || desks.iter().any(|d| !ctx.desks.contains_key(d)) {
                    return bad("desks");
                }
            }
            BulkAction::Deactivate | BulkAction::Reactivate => {}
        }
        Ok(())
    }

    /// The account ids a request names, without duplicates, in the order given.
    async fn resolve(&self, targets: Targets) -> Result<Vec<String>, AppError> {
        let ids = match targets {
            Targets::Accounts(ids) => ids,
            Targets::Matching(query) => {
                let thresholds = settings::thresholds(self.org.store().as_ref()).await?;
                self.org.index().matching_ids(&query, Utc::now(), thresholds)
            }
        };
        let mut seen = HashSet::new();
        let ids: Vec<String> = ids.into_iter().filter(|id| seen.insert(id.clone())).collect();
        if ids.is_empty() || ids.len() > MAX_JOB_USERS || ids.iter().any(|id| id.is_empty() || id.len() > 128) {
            return Err(AppError::InvalidInput { field: "targets".into() });
        }
        Ok(ids)
    }
}
