//! The filters of the v2 group listings: the `groups/search` body and the query parameters of
//! the GET list, checked and matched against the org.

use axum::response::Response;
use http::StatusCode;
use serde::{Deserialize, Serialize};

use super::{
    answer::err,
    filter::{any_of, expands},
    paging::{Listing, Window},
};
use crate::{api::Params, model::World};

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct GroupQuery {
    #[serde(flatten)]
    pub window: Window,
    account_ids: Option<Vec<String>>,
    directory_ids: Option<Vec<String>>,
    group_ids: Option<Vec<String>>,
    group_names: Option<Vec<String>>,
    resource_ids: Option<Vec<String>>,
    resource_owners: Option<Vec<String>>,
    role_ids: Option<Vec<String>>,
    search_term: Option<String>,
    expand: Option<Vec<String>>,
    sort_by: Option<String>,
}

impl Listing for GroupQuery {
    fn window(&mut self) -> &mut Window {
        &mut self.window
    }
}

impl GroupQuery {
    pub fn from_params(params: &Params) -> Result<GroupQuery, Response> {
        let mut expand = params.all("expand").unwrap_or_default();
        if params.flag("counts") == Some(true) {
            expand.extend(["counts.users".to_owned(), "counts.resources".to_owned()]);
        }
        Ok(GroupQuery {
            window: Window::from_params(params)?,
            account_ids: params.all("accountIds"),
            directory_ids: params.all("directoryIds"),
            group_ids: params.all("groupIds"),
            group_names: params.all("groupNames"),
            resource_ids: params.all("resourceIds"),
            resource_owners: params.all("resourceOwners"),
            role_ids: params.all("roleIds"),
            search_term: params.get("searchTerm").map(str::to_owned),
            expand: (!expand.is_empty()).then_some(expand),
            sort_by: params.get("sortBy").map(str::to_owned),
        })
    }

    pub fn validate(&self) -> Result<(), Response> {
        let allowed = ["counts.users", "counts.resources"];
        if self.expand.iter().flatten().any(|e| !allowed.contains(&e.as_str())) {
            return Err(err(StatusCode::BAD_REQUEST, "expand must be among counts.users, counts.resources"));
        }
        Ok(())
    }

    pub fn expands(&self, what: &str) -> bool {
        expands(&self.expand, what)
    }

    pub fn matches(&self, world: &World, g: usize, directory: Option<usize>) -> bool {
        let group = &world.groups[g];
        directory.is_none_or(|d| group.directory == d)
            && any_of(&self.group_ids, &|id| group.id == id)
            && any_of(&self.group_names, &|n| group.name == n)
            && any_of(&self.account_ids, &|id| world.account(id).is_some_and(|ix| group.members.contains(&ix)))
            && any_of(&self.resource_ids, &|ari| {
                world.product_by_ari(ari).is_some_and(|p| group.roles.iter().any(|(x, _)| *x == p))
            })
            && any_of(&self.resource_owners, &|owner| {
                group.roles.iter().any(|(p, _)| world.products[*p].type_key == owner)
            })
            && any_of(&self.directory_ids, &|id| world.directories[group.directory].id == id)
            && any_of(&self.role_ids, &|r| group.roles.iter().any(|(_, x)| x == r))
            && self.search_term.as_deref().is_none_or(|t| group.name.to_lowercase().contains(&t.to_lowercase()))
    }
}
