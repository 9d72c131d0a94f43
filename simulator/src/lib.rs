//! A simulator of the Atlassian Cloud APIs that User Account Manager uses.
//!
//! It serves, on one listener, the organization admin API (`/admin/...`), the user management API
//! (`/users/...`), Jira and Jira Service Management (`/rest/...`), Confluence (`/wiki/...`) and the
//! OAuth 2.0 endpoints of "Sign in with Atlassian", with Atlassian's paths, auth schemes, status
//! codes, field names and page shapes. The server mounts it in-process for demo mode and tests;
//! the `atlassian-sim` binary serves it on a port.

pub mod generate;
pub mod model;
pub mod names;
pub mod rng;
