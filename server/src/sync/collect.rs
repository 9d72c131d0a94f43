//! The collectors: one per API family, run concurrently (each within the upstream client's
//! limits), each streaming its pages into the store as they arrive. The org directory is read
//! once with `users/search` expanded with groups, product access and roles, so per-user details
//! never cost a request per user; group principals of projects and spaces are expanded from that
//! same directory, and only principals the directory does not know are looked up afterwards.

use std::{
    collections::{HashMap, HashSet},
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
};

use futures_util::{TryStreamExt, stream};
use serde_json::{Value, json};
use tokio::sync::mpsc;

use super::{SyncError, read};
use crate::{
    snapshot::facts::{AccountFacts, Batch, CatalogItem, Grant, Source},
    upstream::{Pages, Upstream, UpstreamError},
};

/// Projects, spaces, desks or organizations read at once within one family.
const FAN_OUT: usize = 4;
/// Accounts per Confluence `users-bulk` lookup.
const BULK_LOOKUP: usize = 250;

/// Where collectors send what they read.
pub(super) struct Out {
    pub tx: mpsc::Sender<Batch>,
    /// Account records sent so far (for progress).
    pub accounts: Arc<AtomicU64>,
}

impl Out {
    pub async fn send(&self, batch: Batch) -> Result<(), SyncError> {
        if batch.is_empty() {
            return Ok(());
        }
        if let Batch::Accounts(_, rows) = &batch {
            self.accounts.fetch_add(rows.len() as u64, Ordering::Relaxed);
        }
        self.tx.send(batch).await.map_err(|_| SyncError::WriterStopped)
    }
}

/// Accounts and groups already known, shared by the collectors.
#[derive(Default)]
pub(super) struct Seen {
    accounts: Mutex<HashSet<String>>,
    /// Groups referenced by projects and spaces: id → (name, whether Jira or Confluence named it).
    groups: Mutex<HashMap<String, (Option<String>, Family)>>,
    users: Mutex<HashSet<String>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Jira,
    Confluence,
}

impl Seen {
    /// Records accounts as known; returns those seen for the first time.
    fn first_time(&self, ids: impl IntoIterator<Item = String>) -> Vec<String> {
        let mut accounts = self.accounts.lock().unwrap_or_else(PoisonError::into_inner);
        ids.into_iter().filter(|id| accounts.insert(id.clone())).collect()
    }

    fn reference(&self, principal: &str, group_name: Option<String>, family: Family) {
        if let Some(id) = principal.strip_prefix("group:") {
            let mut groups = self.groups.lock().unwrap_or_else(PoisonError::into_inner);
            groups.entry(id.to_owned()).or_insert((group_name, family));
        } else if let Some(id) = principal.strip_prefix("user:") {
            self.users.lock().unwrap_or_else(PoisonError::into_inner).insert(id.to_owned());
        }
    }
}

/// What the admin API told the rest of the sync.
pub(super) struct Directory {
    /// Products by workspace ARI.
    pub products: Vec<(String, CatalogItem)>,
    pub groups: HashSet<String>,
}

/// Site families that a missing site configuration simply skips.
fn optional<T>(result: Result<T, UpstreamError>) -> Result<Option<T>, SyncError> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(UpstreamError::SiteNotConfigured) => Ok(None),
        Err(error) => Err(error.into()),
    }
}

/// Walks every page of `pages`, handing each to `each`.
async fn each_page<F, Fut>(up: &Upstream, mut pages: Pages, mut each: F) -> Result<(), SyncError>
where
    F: FnMut(Vec<Value>) -> Fut,
    Fut: Future<Output = Result<(), SyncError>>,
{
    while let Some(items) = pages.next(&up.engine).await? {
        each(items).await?;
    }
    Ok(())
}

/// The products (workspaces): read first, since group grants and the site families refer to them.
pub(super) async fn products(up: &Upstream) -> Result<Vec<(String, CatalogItem)>, SyncError> {
    Ok(up.workspaces().collect(&up.engine).await?.iter().filter_map(read::workspace).collect())
}

/// Org users (with groups, product access and roles) and groups (with the products they grant).
pub(super) async fn admin(
    up: &Upstream,
    out: &Out,
    seen: &Seen,
    products: Vec<(String, CatalogItem)>,
) -> Result<Directory, SyncError> {
    let product_key: HashMap<&str, &str> = products
        .iter()
        .filter_map(|(ari, p)| match p {
            CatalogItem::Product { key, .. } => Some((ari.as_str(), key.as_str())),
            _ => None,
        })
        .collect();
    let group_ids = Mutex::new(HashSet::new());
    let groups = each_page(up, up.groups(), |items| {
        let (product_key, group_ids) = (&product_key, &group_ids);
        async move {
            let mut catalog = Vec::with_capacity(items.len());
            for group in &items {
                let (Some(id), Some(name)) = (read::scalar(group, "id"), read::scalar(group, "name")) else { continue };
                // Only groups tied to resources grant product access: skip the lookup for the rest.
                let resources = group.pointer("/counts/resources").and_then(Value::as_u64).unwrap_or(1);
                let mut grants = Vec::new();
                if resources > 0 {
                    let directory = read::scalar(group, "directoryId").unwrap_or_else(|| "-".to_owned());
                    for assignment in up.group_role_assignments(&directory, &id).collect(&up.engine).await? {
                        if let Some(key) = assignment["resourceId"].as_str().and_then(|ari| product_key.get(ari)) {
                            grants.push((*key).to_owned());
                        }
                    }
                }
                grants.sort();
                grants.dedup();
                group_ids.lock().unwrap_or_else(PoisonError::into_inner).insert(id.clone());
                catalog.push(CatalogItem::Group { id, name, grants });
            }
            out.send(Batch::Catalog(catalog)).await
        }
    });
    let filter = json!({ "expand": ["groups", "productAccess", "platformRoles"] });
    let users = each_page(up, up.search_users(filter), |items| async move {
        let rows: Vec<(String, AccountFacts)> = items.iter().filter_map(read::org_user).collect();
        seen.first_time(rows.iter().map(|(id, _)| id.clone()));
        out.send(Batch::Accounts(Source::Org, rows)).await
    });
    tokio::try_join!(groups, users)?;
    Ok(Directory { products, groups: group_ids.into_inner().unwrap_or_else(PoisonError::into_inner) })
}

/// Jira: seats per application role, and every project's role members (user and group actors).
pub(super) async fn jira(
    up: &Upstream,
    out: &Out,
    seen: &Seen,
) -> Result<Vec<(String, Option<u64>, Option<u64>)>, SyncError> {
    let Some(projects) = optional(up.jira_projects())? else { return Ok(Vec::new()) };
    let seats = match up.jira_application_roles().await {
        Ok(roles) => roles.as_array().map(|r| r.iter().filter_map(read::application_role_seats).collect()),
        // Seats need "Administer Jira"; without it the workspaces' numbers stand.
        Err(UpstreamError::NotAuthorized { .. }) => None,
        Err(error) => return Err(error.into()),
    };
    each_page(up, projects, |items| async move {
        let catalog: Vec<CatalogItem> = items
            .iter()
            .filter_map(|p| {
                Some(CatalogItem::Project {
                    id: read::scalar(p, "id")?,
                    key: read::scalar(p, "key")?,
                    name: read::scalar(p, "name")?,
                })
            })
            .collect();
        let ids: Vec<String> = catalog.iter().map(|c| c.id().to_owned()).collect();
        out.send(Batch::Catalog(catalog)).await?;
        stream::iter(ids.into_iter().map(Ok))
            .try_for_each_concurrent(FAN_OUT, |project| async move {
                let roles = up.jira_project_roles(&project).await?;
                let mut grants = Vec::new();
                for url in roles.as_object().into_iter().flat_map(|m| m.values()).filter_map(Value::as_str) {
                    let Some(role_id) = read::role_id(url) else { continue };
                    let role = up.jira_project_role(&project, role_id).await?;
                    let name = role["name"].as_str().unwrap_or(role_id).to_owned();
                    for actor in role["actors"].as_array().into_iter().flatten() {
                        if let Some((principal, group_name)) = read::role_actor(actor) {
                            seen.reference(&principal, group_name, Family::Jira);
                            grants.push(Grant::new(principal, format!("project:{project}"), name.clone()));
                        }
                    }
                }
                out.send(Batch::Grants(grants)).await
            })
            .await
    })
    .await?;
    Ok(seats.unwrap_or_default())
}

/// JSM: service desks, their customers and organizations, and the organizations' members.
pub(super) async fn jsm(up: &Upstream, out: &Out, seen: &Seen) -> Result<(), SyncError> {
    let Some(desks) = optional(up.service_desks())? else { return Ok(()) };
    let desks = desks.collect(&up.engine).await?;
    let catalog: Vec<CatalogItem> = desks
        .iter()
        .filter_map(|d| {
            Some(CatalogItem::Desk {
                id: read::scalar(d, "id")?,
                project_key: read::scalar(d, "projectKey").unwrap_or_default(),
                name: read::scalar(d, "projectName").unwrap_or_default(),
            })
        })
        .collect();
    let desk_ids: Vec<String> = catalog.iter().map(|c| c.id().to_owned()).collect();
    out.send(Batch::Catalog(catalog)).await?;
    let organizations = Mutex::new(Vec::new());
    stream::iter(desk_ids.into_iter().map(Ok))
        .try_for_each_concurrent(FAN_OUT, |desk| {
            let organizations = &organizations;
            async move {
                let target = format!("desk:{desk}");
                each_page(up, up.desk_customers(&desk)?, |items| members(out, seen, items, &target, Source::Customer))
                    .await?;
                each_page(up, up.desk_organizations(&desk)?, |items| async move {
                    organizations.lock().unwrap_or_else(PoisonError::into_inner).extend(items);
                    Ok(())
                })
                .await
            }
        })
        .await?;
    // Organizations may serve several desks: list each once.
    let mut catalog: Vec<CatalogItem> = organizations
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner)
        .iter()
        .filter_map(|o| {
            Some(CatalogItem::JsmOrg { id: read::scalar(o, "id")?, name: read::scalar(o, "name").unwrap_or_default() })
        })
        .collect();
    catalog.sort_by(|a, b| a.id().cmp(b.id()));
    catalog.dedup_by(|a, b| a.id() == b.id());
    let org_ids: Vec<String> = catalog.iter().map(|c| c.id().to_owned()).collect();
    out.send(Batch::Catalog(catalog)).await?;
    stream::iter(org_ids.into_iter().map(Ok))
        .try_for_each_concurrent(FAN_OUT, |org| async move {
            let target = format!("jsm_org:{org}");
            each_page(up, up.jsm_organization_users(&org)?, |items| {
                members(out, seen, items, &target, Source::Customer)
            })
            .await
        })
        .await
}

/// A page of members (of a desk, a JSM organization or a site-only group): the membership of
/// each, and the account itself, as `source` describes it, when no other listing has yet.
async fn members(out: &Out, seen: &Seen, items: Vec<Value>, target: &str, source: Source) -> Result<(), SyncError> {
    let users: Vec<(String, AccountFacts)> = items.iter().filter_map(read::site_user).collect();
    let grants = users.iter().map(|(id, _)| Grant::new(format!("user:{id}"), target.to_owned(), "")).collect();
    let new: HashSet<String> = seen.first_time(users.iter().map(|(id, _)| id.clone())).into_iter().collect();
    let accounts = users.into_iter().filter(|(id, _)| new.contains(id)).collect();
    out.send(Batch::Accounts(source, accounts)).await?;
    out.send(Batch::Grants(grants)).await
}

/// Confluence: spaces and their role assignments (users and groups).
pub(super) async fn confluence(up: &Upstream, out: &Out, seen: &Seen) -> Result<(), SyncError> {
    let Some(roles) = optional(up.space_roles())? else { return Ok(()) };
    let role_names: HashMap<String, String> = roles
        .collect(&up.engine)
        .await?
        .iter()
        .filter_map(|r| Some((read::scalar(r, "id")?, read::scalar(r, "name")?)))
        .collect();
    let role_names = &role_names;
    each_page(up, up.spaces()?, |items| async move {
        let catalog: Vec<CatalogItem> = items
            .iter()
            .filter_map(|s| {
                Some(CatalogItem::Space {
                    id: read::scalar(s, "id")?,
                    key: read::scalar(s, "key").unwrap_or_default(),
                    name: read::scalar(s, "name").unwrap_or_default(),
                })
            })
            .collect();
        let ids: Vec<String> = catalog.iter().map(|c| c.id().to_owned()).collect();
        out.send(Batch::Catalog(catalog)).await?;
        stream::iter(ids.into_iter().map(Ok))
            .try_for_each_concurrent(FAN_OUT, |space| async move {
                let target = format!("space:{space}");
                each_page(up, up.space_role_assignments(&space)?, |items| {
                    let target = &target;
                    async move {
                        let grants = items
                            .iter()
                            .filter_map(|a| {
                                let principal = read::space_principal(a)?;
                                let role_id = read::scalar(a, "roleId")?;
                                let role = role_names.get(&role_id).cloned().unwrap_or(role_id);
                                seen.reference(&principal, None, Family::Confluence);
                                Some(Grant::new(principal, target.clone(), role))
                            })
                            .collect();
                        out.send(Batch::Grants(grants)).await
                    }
                })
                .await
            })
            .await
    })
    .await
}

/// Looks up what the directory did not describe: members of groups only the site knows, and
/// accounts named by projects and spaces that no listing returned (apps, former users).
pub(super) async fn resolve(up: &Upstream, out: &Out, seen: &Seen, directory: &Directory) -> Result<(), SyncError> {
    let site_groups: Vec<(String, (Option<String>, Family))> = seen
        .groups
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .iter()
        .filter(|(id, _)| !directory.groups.contains(*id))
        .map(|(id, v)| (id.clone(), v.clone()))
        .collect();
    for (id, (name, family)) in site_groups {
        let pages = match family {
            Family::Jira => up.jira_group_members(&id)?,
            Family::Confluence => up.confluence_group_members(&id)?,
        };
        let target = format!("group:{id}");
        members(out, seen, pages.collect(&up.engine).await?, &target, Source::Site).await?;
        out.send(Batch::Catalog(vec![CatalogItem::Group {
            name: name.unwrap_or_else(|| id.clone()),
            id,
            grants: Vec::new(),
        }]))
        .await?;
    }
    let named: Vec<String> = seen.users.lock().unwrap_or_else(PoisonError::into_inner).iter().cloned().collect();
    let unknown = seen.first_time(named);
    for chunk in unknown.chunks(BULK_LOOKUP) {
        let found: Vec<(String, AccountFacts)> = match optional(up.confluence_users(chunk).await)? {
            Some(found) => found.iter().filter_map(read::site_user).collect(),
            None => Vec::new(),
        };
        // An account Atlassian no longer describes (deleted, or hidden from this token) is still
        // recorded, by id, so every role that names it shows.
        let missing: Vec<(String, AccountFacts)> = chunk
            .iter()
            .filter(|id| !found.iter().any(|(f, _)| f == *id))
            .map(|id| (id.clone(), AccountFacts::default()))
            .collect();
        out.send(Batch::Accounts(Source::Site, found)).await?;
        out.send(Batch::Accounts(Source::Site, missing)).await?;
    }
    Ok(())
}

/// The final product list: workspaces, with Jira's application-role seats where the workspace
/// gives no capacity.
pub(super) fn products_with_seats(
    directory: &Directory,
    seats: &[(String, Option<u64>, Option<u64>)],
) -> Vec<CatalogItem> {
    directory
        .products
        .iter()
        .map(|(_, product)| {
            let mut product = product.clone();
            if let CatalogItem::Product { key, seats_used, capacity, .. } = &mut product
                && let Some((_, bought, used)) = seats.iter().find(|(k, _, _)| k == key)
            {
                if capacity.is_none() {
                    *capacity = *bought;
                }
                if seats_used.is_none() {
                    *seats_used = *used;
                }
            }
            product
        })
        .collect()
}
