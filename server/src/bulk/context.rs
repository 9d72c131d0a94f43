//! What the rules are judged against: protected entries and what the snapshot knows of products,
//! groups and desks (with, for product-access actions, which groups grant the products now), the
//! reads an action needs, and the users' current state read for a pre-flight.

use std::{
    collections::{BTreeMap, HashMap},
    time::Duration,
};

use app::{
    bulk::{BulkAction, PlannedUser, Step, Verdict},
    error::AppError,
};

use super::{
    Bulk,
    live::{self, LOOKUP_BATCH, Learned, Needs},
    plan::{Context, Live},
};
use crate::{settings, store::StoreError};

/// How long a pre-flight may spend reading its users, so the admin waiting on it gets an answer
/// in bounded time even when Atlassian is slow or holds calls back for its rate limit: a base,
/// and a little more per batch of a hundred users (10,000 users: under two minutes). Users not
/// read by then are left out, and the rules refuse them as not looked up, as for a batch that
/// failed.
fn read_budget(users: usize) -> Duration {
    const BASE: Duration = Duration::from_secs(20);
    const PER_BATCH: Duration = Duration::from_millis(800);
    BASE + PER_BATCH * u32::try_from(users.div_ceil(LOOKUP_BATCH)).unwrap_or(u32::MAX / 1_000)
}

impl Bulk {
    /// The rules' context: protected entries, what the snapshot knows of products, groups and
    /// desks, and, for product-access actions, which groups grant the products now (read live).
    pub(super) async fn context(
        &self,
        action: &BulkAction,
        acting: &str,
        acting_email: Option<String>,
    ) -> Result<Context, StoreError> {
        let mut ctx = self.snapshot_context(acting, acting_email).await?;
        if let BulkAction::RevokeAccess { products } | BulkAction::AssignAccess { products } = action {
            self.grants_now(products, &mut ctx).await;
        }
        Ok(ctx)
    }

    /// Replaces the snapshot's idea of which groups grant `products` with Atlassian's answer now
    /// (`groups/search` by the product's ARI; stable, where the per-group role assignments are
    /// `x-experimental`). A product that cannot be asked about, or not within the interactive
    /// deadline (the admin is waiting on the pre-flight), keeps the snapshot's groups.
    async fn grants_now(&self, products: &[String], ctx: &mut Context) {
        let up = self.org.upstream().interactive();
        for product in products {
            let Some((ari, _)) = ctx.products.get(product).cloned() else { continue };
            match live::granting_groups(&up, &ari).await {
                Ok(granting) => {
                    for (id, (_, grants)) in ctx.groups.iter_mut() {
                        if !granting.contains_key(id) {
                            grants.retain(|p| p != product);
                        }
                    }
                    for (id, name) in granting {
                        let entry = ctx.groups.entry(id).or_insert_with(|| (name, Vec::new()));
                        if !entry.1.contains(product) {
                            entry.1.push(product.clone());
                        }
                    }
                }
                Err(error) => {
                    tracing::warn!(%error, product, "cannot read which groups grant a product; using the last sync's")
                }
            }
        }
    }

    pub(super) async fn snapshot_context(
        &self,
        acting: &str,
        acting_email: Option<String>,
    ) -> Result<Context, StoreError> {
        let index = self.org.index();
        let acting_account_id = acting.split_once(':').map_or(acting, |(_, id)| id).to_owned();
        Ok(Context {
            acting_account_id,
            acting_email,
            protected: settings::protected_entries(self.org.store().as_ref()).await?,
            products: index
                .products()
                .filter(|(_, _, ari)| !ari.is_empty())
                .map(|(key, name, ari)| (key.to_owned(), (ari.to_owned(), name.to_owned())))
                .collect(),
            groups: index
                .groups()
                .map(|(id, name, grants)| (id.to_owned(), (name.to_owned(), grants.to_vec())))
                .collect(),
            desks: index
                .targets()
                .filter_map(|(typed, _, name)| Some((typed.strip_prefix("desk:")?.to_owned(), name.to_owned())))
                .collect::<BTreeMap<_, _>>(),
            direct_roles_unavailable: self.direct_roles_unavailable(),
        })
    }

    /// The desks whose customers an action or an undo's steps concern.
    pub(super) fn desks_for<'a>(&self, action: &BulkAction, steps: impl Iterator<Item = &'a Step>) -> Vec<String> {
        let mut desks: Vec<String> = steps
            .filter_map(|s| match s {
                Step::RemoveCustomer { desk, .. } | Step::AddCustomer { desk, .. } => Some(desk.clone()),
                _ => None,
            })
            .collect();
        if let BulkAction::RemoveCustomer { desks: named } = action {
            if named.is_empty() {
                let index = self.org.index();
                desks
                    .extend(index.targets().filter_map(|(typed, _, _)| typed.strip_prefix("desk:").map(str::to_owned)));
            } else {
                desks.extend(named.iter().cloned());
            }
        }
        desks.sort();
        desks.dedup();
        desks
    }

    /// Reads the users' current state, a hundred at a time, within [`read_budget`]; a batch that
    /// cannot be read (or is not reached in time) leaves its users out (the rules then refuse them). Where the org turns out not to offer the role
    /// APIs, `ctx` learns it, so the users who would need a direct role are told why not.
    pub(super) async fn read_all(
        &self,
        ids: &[String],
        needs: Needs,
        desks: &[String],
        ctx: &mut Context,
    ) -> Result<HashMap<String, Live>, AppError> {
        let up = self.org.upstream();
        let deadline = tokio::time::Instant::now() + read_budget(ids.len());
        let customers = if needs.desks {
            let read = tokio::time::timeout_at(deadline, live::desk_customers(&up, desks)).await;
            match read.unwrap_or(Err(crate::upstream::UpstreamError::Timeout)) {
                Ok(customers) => Some(customers),
                // The customer listing is `x-experimental`: without it, whom a desk serves cannot
                // be told, and each user is refused as not looked up.
                Err(crate::upstream::UpstreamError::NotFound) => None,
                Err(error) => {
                    tracing::warn!(%error, "cannot read the service desks' customers");
                    return Err(AppError::AtlassianUnavailable { retry_after_secs: None });
                }
            }
        } else {
            None
        };
        let learned = Learned::default();
        let mut all = HashMap::with_capacity(ids.len());
        for (n, chunk) in ids.chunks(LOOKUP_BATCH).enumerate() {
            let read = live::read_accounts(&up, chunk, needs, customers.as_ref(), &learned);
            match tokio::time::timeout_at(deadline, read).await {
                Ok(Ok(found)) => all.extend(found),
                Ok(Err(error)) => tracing::warn!(%error, users = chunk.len(), "cannot read users for a pre-flight"),
                Err(_) => {
                    let left = ids.len() - n * LOOKUP_BATCH;
                    tracing::warn!(users = left, "the pre-flight ran out of time reading users; they are left alone");
                    break;
                }
            }
        }
        if learned.roles_absent() {
            self.direct_roles_absent();
            ctx.direct_roles_unavailable = true;
        }
        Ok(all)
    }

    /// A planned user, named as Atlassian (or else the snapshot) names them.
    pub(super) fn planned(&self, id: &str, live: Option<&Live>, verdict: Verdict) -> PlannedUser {
        let known = self.org.index().name_and_email(id);
        let name = live.map(|l| l.name.clone()).filter(|n| !n.is_empty());
        let email = live.and_then(|l| l.email.clone());
        PlannedUser {
            account_id: id.to_owned(),
            name: name.or_else(|| known.as_ref().map(|k| k.0.clone())).unwrap_or_else(|| id.to_owned()),
            email: email.or_else(|| known.and_then(|k| k.1)),
            verdict,
        }
    }
}

/// What reads a job's users need, from its action (or, for an undo, its steps).
pub(super) fn needs<'a>(action: &BulkAction, steps: impl Iterator<Item = &'a Step>) -> Needs {
    let mut needs = Needs {
        roles: matches!(action, BulkAction::RevokeAccess { .. } | BulkAction::AssignAccess { .. }),
        desks: matches!(action, BulkAction::RemoveCustomer { .. }),
        // Any other action may suspend, restore or change a group membership.
        directories: !matches!(action, BulkAction::RemoveCustomer { .. }),
    };
    for step in steps {
        needs.roles |= matches!(step, Step::RevokeRole { .. } | Step::AssignRole { .. });
        needs.desks |= matches!(step, Step::RemoveCustomer { .. } | Step::AddCustomer { .. });
    }
    needs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_read_budget_grows_with_the_plan_but_stays_bounded() {
        assert_eq!(read_budget(1), Duration::from_millis(20_800));
        assert_eq!(read_budget(100), read_budget(1));
        assert!(read_budget(10_000) < Duration::from_secs(120));
        assert!(read_budget(usize::MAX) > read_budget(100_000));
    }
}
