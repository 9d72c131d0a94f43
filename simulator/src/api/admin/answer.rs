//! The admin API's error answers: its generic shape, and the few errors the spec gives their own
//! code (`Error.*.Model`).

use axum::response::Response;
use http::StatusCode;
use serde_json::json;

use crate::respond::Family;

pub fn err(status: StatusCode, message: &str) -> Response {
    Family::Admin.error(status, message)
}

pub fn bad_request(message: &str) -> Response {
    err(StatusCode::BAD_REQUEST, message)
}

pub fn not_found(what: &str) -> Response {
    err(StatusCode::NOT_FOUND, &format!("{what} not found"))
}

/// An error with one of the codes the spec pins down (`Error.*.Model`), rather than the generic one.
fn coded(status: StatusCode, code: &str, title: &str, detail: &str) -> Response {
    let mut response = err(status, detail);
    *response.body_mut() = axum::body::Body::from(
        json!({"errors": [{"id": format!("sim-{}", status.as_u16()), "status": status.as_u16().to_string(), "code": code, "title": title, "detail": detail}]})
            .to_string(),
    );
    response
}

pub fn bad_cursor() -> Response {
    coded(StatusCode::BAD_REQUEST, "ADMIN-400-1", "Invalid page cursor", "The cursor is not valid for this request.")
}

/// `Error.OrgNotFound.Model`: code `ADMIN-404-2`.
pub fn org_not_found() -> Response {
    coded(StatusCode::NOT_FOUND, "ADMIN-404-2", "Organization not found", "Organization not found")
}
