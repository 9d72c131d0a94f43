//! Conformance of the simulator to Atlassian's published OpenAPI specs.
//!
//! Every endpoint the simulator serves that one of the saved specs describes is called over real
//! HTTP, and the answer is checked against the spec: the status must be one the operation
//! documents, and a JSON body must validate against the operation's response schema for that
//! status. The specs are the contract; when a check fails, the simulator is what has to change.
//!
//! Served but not in any saved spec (and so not checked here): the admin v2 writes
//! (`users/search`, `groups/search`, suspend/restore, group memberships, group role assignments
//! assign/revoke), v2 `users/count` and `users/{accountId}`, v1 org-level
//! `role-assignments/assign|revoke`, the OAuth endpoints and the simulator's own `/__sim/...`.

use std::{collections::BTreeSet, fmt::Write as _, sync::Arc};

use atlassian_sim::{
    Sim, SimConfig, Sizes,
    model::{AccountKind, AccountStatus, Principal},
};
use serde_json::{Map, Value, json};

const ADMIN_KEY: &str = "admin-key";
const SITE_EMAIL: &str = "site-admin@acme-corp.example";
const SITE_TOKEN: &str = "site-token";

// ----- specs -----

/// One saved spec: its operations and its component schemas, converted to JSON Schema.
struct Spec {
    file: &'static str,
    /// Where the spec's paths are mounted on the simulator (the spec's server URL path).
    prefix: &'static str,
    /// How the API authenticates.
    auth: Auth,
    doc: Value,
    /// `components.schemas`, converted by [`to_json_schema`].
    schemas: Value,
}

impl Spec {
    fn load(file: &'static str, prefix: &'static str, auth: Auth) -> Spec {
        let path = format!("{}/../../shared/atlassian-api/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("the Atlassian spec {path} is missing or unreadable ({e}); it is needed to check the simulator")
        });
        let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"));
        let schemas = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|s| s.iter().map(|(name, schema)| (name.clone(), to_json_schema(schema))).collect::<Map<_, _>>())
            .unwrap_or_default();
        let mut schemas = Value::Object(schemas);
        errata(file, &mut schemas);
        Spec { file, prefix, auth, doc, schemas }
    }

    fn admin() -> Spec {
        // The server URL is https://api.atlassian.com/admin; the paths start at /v1 and /v2.
        Spec::load("admin-organizations.swagger.v3.json", "/admin", Auth::Admin)
    }

    fn user_management() -> Spec {
        Spec::load("admin-user-management.swagger.v3.json", "", Auth::Admin)
    }

    fn jira() -> Spec {
        Spec::load("jira-platform.swagger-v3.v3.json", "", Auth::Site)
    }

    fn jsm() -> Spec {
        Spec::load("jira-service-management.swagger.v3.json", "", Auth::Site)
    }

    fn confluence_v2() -> Spec {
        // The server URL is https://{your-domain}/wiki/api/v2; the paths start after it.
        Spec::load("confluence-v2.openapi.v3.json", "/wiki/api/v2", Auth::Site)
    }

    fn confluence_v1() -> Spec {
        Spec::load("confluence-v1.swagger.v3.json", "", Auth::Site)
    }

    /// A call of the operation `method template`, with the template's `{parameters}` filled in
    /// order from `args`.
    fn call<'s>(&'s self, method: &'static str, template: &'static str, args: &[&str]) -> Call<'s> {
        let mut path = String::new();
        let mut rest = template;
        let mut args = args.iter();
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').map(|c| open + c).expect("unclosed parameter in a path template");
            let arg = args.next().unwrap_or_else(|| panic!("{template}: too few path arguments"));
            path.push_str(&rest[..open]);
            path.push_str(arg);
            rest = &rest[close + 1..];
        }
        path.push_str(rest);
        assert!(args.next().is_none(), "{template}: too many path arguments");
        Call {
            spec: self,
            method,
            template,
            path,
            query: String::new(),
            auth: self.auth,
            body: None,
            headers: Vec::new(),
        }
    }

    /// The operation's response for `status`: `Ok(Some(schema))` when it has a JSON body,
    /// `Ok(None)` when the spec gives no JSON schema, `Err` when the status is not documented.
    fn response_schema(&self, method: &str, template: &str, status: u16) -> Result<Option<Value>, String> {
        let op = self
            .doc
            .get("paths")
            .and_then(|p| p.get(template))
            .and_then(|p| p.get(method))
            .unwrap_or_else(|| panic!("{} has no operation {} {template}", self.file, method.to_uppercase()));
        let Some(mut response) = op.get("responses").and_then(|r| r.get(status.to_string())) else {
            let documented: Vec<&String> =
                op.get("responses").and_then(Value::as_object).map(|r| r.keys().collect()).unwrap_or_default();
            return Err(format!("status {status} is not documented (the spec documents {documented:?})"));
        };
        if let Some(reference) = response.get("$ref").and_then(Value::as_str) {
            let pointer = reference.strip_prefix('#').expect("only local response references are expected");
            response = self.doc.pointer(pointer).unwrap_or_else(|| panic!("{}: dangling {reference}", self.file));
        }
        Ok(response.pointer("/content/application~1json/schema").map(to_json_schema))
    }

    /// A validator for one response schema. The root document carries the converted component
    /// schemas at the place OpenAPI keeps them, so the spec's `#/components/schemas/...` refs
    /// resolve unchanged.
    fn validator(&self, schema: Value) -> jsonschema::Validator {
        let root = json!({ "allOf": [schema], "components": { "schemas": self.schemas } });
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            // `date`, `date-time`, `uri` and the like are checked; OpenAPI's own formats (`int32`,
            // `int64`, ...) are not JSON Schema formats and are ignored.
            .should_validate_formats(true)
            .should_ignore_unknown_formats(true)
            .build(&root)
            .unwrap_or_else(|e| panic!("{}: a response schema does not compile: {e}", self.file))
    }
}

/// Converts an OpenAPI 3.0 schema object to JSON Schema (draft 2020-12).
///
/// OpenAPI 3.0 schemas are a dialect of an old JSON Schema draft, and a JSON Schema validator
/// misreads some of it:
/// - `nullable: true` allows `null`, which JSON Schema spells `type: [T, "null"]` (or, when there is
///   no single `type` or there is an `enum`, `anyOf: [schema, {type: null}]`);
/// - a `$ref` replaces its whole object in OpenAPI 3.0, but in 2020-12 its siblings apply too, so
///   they are dropped (except `nullable`, handled as above);
/// - `exclusiveMinimum`/`exclusiveMaximum` are booleans modifying `minimum`/`maximum` in 3.0 and
///   numbers in 2020-12;
/// - `discriminator`, `xml`, `example` and `externalDocs` are OpenAPI annotations; they are dropped
///   so nothing can read them as constraints (`readOnly`/`writeOnly` are JSON Schema annotations
///   and stay);
/// - some patterns were written as YAML block scalars and kept the scalar's trailing newline
///   (`"[a-zA-Z0-9_|:-]{1,128}\n"` for account ids), which would demand a newline in the value;
///   it is trimmed.
///
/// Only schema positions are walked (`properties` values, `items`, `allOf`, ...), so a property
/// that happens to be called `example` or `nullable` is kept.
fn to_json_schema(schema: &Value) -> Value {
    let Value::Object(object) = schema else { return schema.clone() };
    let nullable = object.get("nullable").and_then(Value::as_bool) == Some(true);
    if let Some(reference) = object.get("$ref") {
        let target = json!({ "$ref": reference });
        return if nullable { json!({ "anyOf": [target, { "type": "null" }] }) } else { target };
    }
    let mut out = Map::new();
    for (key, value) in object {
        let converted = match key.as_str() {
            "nullable" | "discriminator" | "xml" | "example" | "externalDocs" => continue,
            "properties" | "patternProperties" => Value::Object(
                value
                    .as_object()
                    .map(|props| props.iter().map(|(name, s)| (name.clone(), to_json_schema(s))).collect())
                    .unwrap_or_default(),
            ),
            "items" | "additionalProperties" | "not" | "propertyNames" | "contains" => to_json_schema(value),
            "allOf" | "anyOf" | "oneOf" => {
                Value::Array(value.as_array().map(|all| all.iter().map(to_json_schema).collect()).unwrap_or_default())
            }
            "pattern" => json!(value.as_str().map_or("", str::trim_end)),
            "exclusiveMinimum" | "exclusiveMaximum" => {
                let bound = if key == "exclusiveMinimum" { "minimum" } else { "maximum" };
                match value {
                    Value::Bool(true) => object.get(bound).cloned().unwrap_or(Value::Null),
                    Value::Bool(false) => continue,
                    number => number.clone(),
                }
            }
            _ => value.clone(),
        };
        out.insert(key.clone(), converted);
    }
    for (exclusive, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
        // `minimum` with `exclusiveMinimum: true` has become `exclusiveMinimum: <minimum>` alone.
        if object.get(exclusive) == Some(&Value::Bool(true)) {
            out.remove(bound);
        }
    }
    if !nullable {
        return Value::Object(out);
    }
    match out.get("type") {
        Some(Value::String(kind)) if !out.contains_key("enum") => {
            let kind = kind.clone();
            out.insert("type".into(), json!([kind, "null"]));
            Value::Object(out)
        }
        _ => json!({ "anyOf": [Value::Object(out), { "type": "null" }] }),
    }
}

/// Corrects schemas that contradict their own spec, and only those. Each erratum checks that the
/// schema still has the defect, so a corrected spec makes the test fail here rather than hide it.
fn errata(file: &str, schemas: &mut Value) {
    if file == "admin-organizations.swagger.v3.json" {
        // `roles` of a user's or a group's role assignment is declared as an array of `RoleIds`,
        // which is itself an array of role id strings: a list of lists. The descriptions ("The
        // list of role IDs the user has for that resource ID") and the spec's own example
        // (`"roles": ["atlassian/user", "atlassian/admin"]`) say it is one flat list of role ids,
        // which is also what the generated jira.js client reads.
        for assignment in ["MultiDirectoryUserRoleAssignment", "MultiDirectoryGroupRoleAssignment"] {
            let roles = schemas
                .pointer_mut(&format!("/{assignment}/properties/roles"))
                .unwrap_or_else(|| panic!("{file}: {assignment}.roles is gone; drop this erratum"));
            assert_eq!(
                roles.get("items"),
                Some(&json!({ "$ref": "#/components/schemas/RoleIds" })),
                "{file}: {assignment}.roles is no longer a list of RoleIds lists; drop this erratum"
            );
            *roles = json!({ "$ref": "#/components/schemas/RoleIds" });
        }
    }
}

// ----- calls -----

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Auth {
    /// `Authorization: Bearer <admin key>`.
    Admin,
    /// Basic auth with the site account's e-mail and API token.
    Site,
    /// No credentials at all.
    None,
}

/// One request to the simulator, named after the spec operation it exercises.
struct Call<'s> {
    spec: &'s Spec,
    method: &'static str,
    template: &'static str,
    path: String,
    query: String,
    auth: Auth,
    body: Option<Value>,
    headers: Vec<(&'static str, &'static str)>,
}

impl Call<'_> {
    fn query(mut self, query: &str) -> Self {
        self.query = query.to_owned();
        self
    }

    fn json(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }

    /// JSM's experimental endpoints answer only with `X-ExperimentalApi: opt-in`.
    fn experimental(mut self) -> Self {
        self.headers.push(("X-ExperimentalApi", "opt-in"));
        self
    }

    fn name(&self) -> String {
        let query = if self.query.is_empty() { String::new() } else { format!("?{}", self.query) };
        format!(
            "{} {} ({} {}{}{query})",
            self.method.to_uppercase(),
            self.template,
            self.spec.file,
            self.spec.prefix,
            self.path
        )
    }
}

/// A running simulator, an HTTP client, and the failures found so far.
struct Harness {
    sim: Arc<Sim>,
    base: String,
    http: reqwest::Client,
    failures: Vec<String>,
    checked: BTreeSet<String>,
}

impl Harness {
    async fn start() -> Harness {
        Harness::start_with(|_| {}).await
    }

    async fn start_with(configure: impl FnOnce(&mut SimConfig)) -> Harness {
        let mut config = SimConfig::new(ADMIN_KEY, SITE_EMAIL, SITE_TOKEN);
        config.sizes = Sizes { users: 300, customers: 200, projects: 12, spaces: 6 };
        configure(&mut config);
        let sim = Sim::new(config);
        // reqwest is built without a TLS crypto provider in this workspace; plain HTTP still needs one.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind a local port");
        let base = format!("http://{}", listener.local_addr().expect("the listener's address"));
        tokio::spawn(atlassian_sim::serve(listener, Arc::clone(&sim), std::future::pending()));
        Harness { sim, base, http: reqwest::Client::new(), failures: Vec::new(), checked: BTreeSet::new() }
    }

    /// Sends the call, checks that the status is `status` and that the spec documents it, and
    /// validates a JSON body against the spec's schema for that status. Returns the body (`Null`
    /// when there is none or the check failed before it could be read).
    async fn expect(&mut self, call: Call<'_>, status: u16) -> Value {
        let name = call.name();
        let schema = match call.spec.response_schema(call.method, call.template, status) {
            Ok(schema) => schema,
            Err(why) => panic!("test bug: {name}: expecting {status}, but {why}"),
        };
        let url = format!(
            "{}{}{}{}{}",
            self.base,
            call.spec.prefix,
            call.path,
            if call.query.is_empty() { "" } else { "?" },
            call.query
        );
        let method = reqwest::Method::from_bytes(call.method.to_uppercase().as_bytes()).expect("an HTTP method");
        let mut request = self.http.request(method, &url);
        request = match call.auth {
            Auth::Admin => request.bearer_auth(ADMIN_KEY),
            Auth::Site => request.basic_auth(SITE_EMAIL, Some(SITE_TOKEN)),
            Auth::None => request,
        };
        for (header, value) in &call.headers {
            request = request.header(*header, *value);
        }
        if let Some(body) = &call.body {
            request = request.json(body);
        }
        let response = request.send().await.unwrap_or_else(|e| panic!("{name}: request failed: {e}"));
        let got = response.status().as_u16();
        let text = response.text().await.unwrap_or_else(|e| panic!("{name}: reading the body failed: {e}"));
        self.checked.insert(format!("{} {}{} {status}", call.method.to_uppercase(), call.spec.prefix, call.template));
        if got != status {
            self.fail(&name, &format!("status {got}, the spec's {status} was expected"), &text);
            return Value::Null;
        }
        let Some(schema) = schema else {
            if status == 204 && !text.is_empty() {
                self.fail(&name, "a 204 response has a body", &text);
            }
            return if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap_or(Value::Null) };
        };
        let body: Value = match serde_json::from_str(&text) {
            Ok(body) => body,
            Err(e) => {
                self.fail(&name, &format!("the body is not JSON: {e}"), &text);
                return Value::Null;
            }
        };
        let validator = call.spec.validator(schema);
        let errors: Vec<String> = validator
            .iter_errors(&body)
            .take(20)
            .map(|e| format!("  - instance '{}': {e} (schema path {})", e.instance_path, e.schema_path))
            .collect();
        if !errors.is_empty() {
            self.fail(
                &name,
                &format!("the body does not match the spec's {status} schema:\n{}", errors.join("\n")),
                &text,
            );
        }
        body
    }

    fn fail(&mut self, name: &str, what: &str, body: &str) {
        let excerpt: String = body.chars().take(500).collect();
        let more = if body.chars().count() > 500 { " ..." } else { "" };
        let message = format!("{name}: {what}\n  body: {excerpt}{more}");
        eprintln!("NONCONFORMANT {message}\n");
        self.failures.push(message);
    }

    /// Fails the test if any check failed; lists what was checked otherwise.
    fn finish(self) {
        let mut checked = String::new();
        for c in &self.checked {
            let _ = writeln!(checked, "  {c}");
        }
        eprintln!("checked against the spec:\n{checked}");
        assert!(
            self.failures.is_empty(),
            "{} response(s) do not conform to the Atlassian specs:\n\n{}",
            self.failures.len(),
            self.failures.join("\n\n")
        );
    }
}

fn str_at<'v>(value: &'v Value, pointer: &str) -> Option<&'v str> {
    value.pointer(pointer).and_then(Value::as_str)
}

// ----- the API families -----

#[tokio::test]
async fn admin_api_conforms_to_the_organizations_spec() {
    let spec = Spec::admin();
    let mut h = Harness::start().await;
    let (org, directory, member, admin, group, granting_group, ari) = {
        let w = h.sim.world();
        let member = w
            .directory_accounts()
            .find(|&ix| !w.acc(ix).activity.is_empty() && !w.roles_of(ix).is_empty() && !w.acc(ix).org_admin)
            .expect("an active directory user with roles");
        let admin = w.directory_accounts().find(|&ix| w.acc(ix).org_admin).expect("an org admin");
        let granting = w.groups.iter().find(|g| !g.roles.is_empty()).expect("a group granting roles");
        let plain = w.groups.iter().find(|g| g.roles.is_empty()).expect("a group without roles");
        (
            w.org_id.clone(),
            w.directories[0].id.clone(),
            w.acc(member).id.clone(),
            w.acc(admin).id.clone(),
            plain.id.clone(),
            granting.id.clone(),
            w.products[0].ari.clone(),
        )
    };

    h.expect(spec.call("get", "/v1/orgs", &[]), 200).await;
    h.expect(spec.call("get", "/v1/orgs/{orgId}", &[&org]), 200).await;
    let page = h.expect(spec.call("get", "/v1/orgs/{orgId}/users", &[&org]), 200).await;
    if let Some(next) = str_at(&page, "/links/next") {
        h.expect(spec.call("get", "/v1/orgs/{orgId}/users", &[&org]).query(&format!("cursor={next}")), 200).await;
    }
    for account in [&member, &admin] {
        h.expect(
            spec.call("get", "/v1/orgs/{orgId}/directory/users/{accountId}/last-active-dates", &[&org, account]),
            200,
        )
        .await;
    }

    h.expect(spec.call("get", "/v2/orgs/{orgId}/directories", &[&org]), 200).await;
    h.expect(spec.call("get", "/v2/orgs/{orgId}/directories", &[&org]).query(&format!("accountId={member}")), 200)
        .await;
    let users = "/v2/orgs/{orgId}/directories/{directoryId}/users";
    for dir in ["-", directory.as_str()] {
        let page = h.expect(spec.call("get", users, &[&org, dir]).query("limit=50"), 200).await;
        if let Some(next) = str_at(&page, "/links/next") {
            h.expect(spec.call("get", users, &[&org, dir]).query(&format!("cursor={next}")), 200).await;
        }
    }
    h.expect(
        spec.call("get", users, &[&org, "-"])
            .query("limit=20&expand=groups&expand=platformRoles&expand=productAccess&expand=counts.resources"),
        200,
    )
    .await;
    h.expect(spec.call("get", users, &[&org, "-"]).query("status=suspended&status=deactivated"), 200).await;
    h.expect(spec.call("get", "/v2/orgs/{orgId}/directories/{directoryId}/users/stats", &[&org, &directory]), 200)
        .await;
    for account in [&member, &admin] {
        h.expect(
            spec.call(
                "get",
                "/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}/role-assignments",
                &[&org, "-", account],
            ),
            200,
        )
        .await;
    }

    let groups = "/v2/orgs/{orgId}/directories/{directoryId}/groups";
    h.expect(spec.call("get", groups, &[&org, &directory]), 200).await;
    h.expect(spec.call("get", groups, &[&org, "-"]).query("limit=5&counts=true"), 200).await;
    h.expect(spec.call("get", "/v2/orgs/{orgId}/directories/{directoryId}/groups/stats", &[&org, "-"]), 200).await;
    for g in [&group, &granting_group] {
        h.expect(
            spec.call("get", "/v2/orgs/{orgId}/directories/{directoryId}/groups/{groupId}", &[&org, &directory, g]),
            200,
        )
        .await;
        h.expect(
            spec.call(
                "get",
                "/v2/orgs/{orgId}/directories/{directoryId}/groups/{groupId}/role-assignments",
                &[&org, &directory, g],
            ),
            200,
        )
        .await;
    }

    let page =
        h.expect(spec.call("post", "/v2/orgs/{orgId}/workspaces", &[&org]).json(json!({ "limit": 2 })), 200).await;
    if let Some(next) = str_at(&page, "/links/next") {
        h.expect(spec.call("post", "/v2/orgs/{orgId}/workspaces", &[&org]).json(json!({ "cursor": next })), 200).await;
    }

    let role = json!({ "role": "atlassian/user", "resource": ari });
    h.expect(
        spec.call("post", "/v1/orgs/{orgId}/users/{userId}/roles/assign", &[&org, &member]).json(role.clone()),
        204,
    )
    .await;
    h.expect(spec.call("post", "/v1/orgs/{orgId}/users/{userId}/roles/revoke", &[&org, &member]).json(role), 204).await;

    // Errors the spec gives a schema for.
    h.expect(spec.call("get", "/v1/orgs", &[]).auth(Auth::None), 401).await;
    h.expect(spec.call("get", "/v2/orgs/{orgId}/directories/{directoryId}/users", &[&org, "-"]).auth(Auth::None), 401)
        .await;
    h.expect(spec.call("get", "/v1/orgs/{orgId}", &[&"0".repeat(36)]), 404).await;
    h.expect(spec.call("get", "/v1/orgs/{orgId}/users", &[&"0".repeat(36)]), 404).await;
    h.expect(spec.call("get", "/v1/orgs/{orgId}/users", &[&org]).query("cursor=not-a-cursor"), 400).await;
    h.expect(spec.call("get", users, &[&org, "no-such-directory"]), 404).await;
    h.expect(spec.call("get", users, &[&org, "-"]).query("limit=1000"), 400).await;
    h.expect(
        spec.call("get", "/v2/orgs/{orgId}/directories/{directoryId}/groups/{groupId}", &[&org, "-", "no-such-group"]),
        404,
    )
    .await;
    h.expect(
        spec.call("get", "/v1/orgs/{orgId}/directory/users/{accountId}/last-active-dates", &[&org, "no-such-account"]),
        404,
    )
    .await;
    h.expect(spec.call("post", "/v2/orgs/{orgId}/workspaces", &[&"0".repeat(36)]).json(json!({})), 404).await;
    h.finish();
}

#[tokio::test]
async fn user_management_api_conforms_to_its_spec() {
    let spec = Spec::user_management();
    let mut h = Harness::start().await;
    let (managed, unmanaged, closed) = {
        let w = h.sim.world();
        let pick = |test: &dyn Fn(&atlassian_sim::model::Account) -> bool| {
            w.accounts.iter().find(|a| test(a)).map(|a| a.id.clone())
        };
        (
            pick(&|a| a.managed && a.status == AccountStatus::Active && a.kind == AccountKind::Atlassian)
                .expect("an active managed account"),
            pick(&|a| !a.managed && a.kind == AccountKind::Atlassian).expect("an unmanaged account"),
            pick(&|a| a.managed && a.status == AccountStatus::Closed),
        )
    };

    h.expect(spec.call("get", "/users/{account_id}/manage", &[&managed]), 200).await;
    h.expect(spec.call("get", "/users/{account_id}/manage", &[&managed]).query("privileges=lifecycle.enablement"), 200)
        .await;
    h.expect(
        spec.call("get", "/users/{account_id}/manage", &[&managed]).query("privileges=profile&privileges=profile.read"),
        200,
    )
    .await;
    h.expect(spec.call("get", "/users/{account_id}/manage", &[&unmanaged]), 200).await;
    h.expect(spec.call("get", "/users/{account_id}/manage/profile", &[&managed]), 200).await;
    h.expect(
        spec.call("post", "/users/{account_id}/manage/lifecycle/disable", &[&managed])
            .json(json!({ "message": "Left" })),
        204,
    )
    .await;
    h.expect(spec.call("get", "/users/{account_id}/manage/profile", &[&managed]), 200).await;
    h.expect(spec.call("post", "/users/{account_id}/manage/lifecycle/enable", &[&managed]), 204).await;

    h.expect(spec.call("get", "/users/{account_id}/manage/profile", &[&managed]).auth(Auth::None), 401).await;
    h.expect(spec.call("post", "/users/{account_id}/manage/lifecycle/disable", &[&managed]).auth(Auth::None), 401)
        .await;
    h.expect(spec.call("get", "/users/{account_id}/manage/profile", &[&unmanaged]), 403).await;
    h.expect(spec.call("post", "/users/{account_id}/manage/lifecycle/disable", &[&unmanaged]).json(json!({})), 403)
        .await;
    h.expect(spec.call("get", "/users/{account_id}/manage", &["no-such-account"]), 404).await;
    h.expect(spec.call("get", "/users/{account_id}/manage/profile", &["no-such-account"]), 404).await;
    h.expect(spec.call("post", "/users/{account_id}/manage/lifecycle/enable", &["no-such-account"]), 404).await;
    if let Some(closed) = closed {
        h.expect(spec.call("post", "/users/{account_id}/manage/lifecycle/enable", &[&closed]), 409).await;
    } else {
        let id = h.sim.change(|w| {
            let ix = w.accounts.iter().position(|a| a.managed && a.id != managed).expect("a second managed account");
            w.accounts[ix].status = AccountStatus::Closed;
            w.accounts[ix].id.clone()
        });
        h.expect(spec.call("post", "/users/{account_id}/manage/lifecycle/enable", &[&id]), 409).await;
    }
    h.finish();
}

#[tokio::test]
async fn jira_api_conforms_to_the_platform_spec() {
    let spec = Spec::jira();
    let mut h = Harness::start().await;
    let (project, role, user, group, outsider) = {
        let w = h.sim.world();
        let project = &w.projects[0];
        let role = project
            .roles
            .iter()
            .find(|r| {
                r.actors.iter().any(|a| matches!(a, Principal::User(_)))
                    && r.actors.iter().any(|a| matches!(a, Principal::Group(_)))
            })
            .or_else(|| project.roles.iter().find(|r| !r.actors.is_empty()))
            .expect("a project role with actors");
        let (g, group) = w
            .groups
            .iter()
            .enumerate()
            .find(|(_, g)| !g.synced && g.members.len() > 1)
            .expect("a group with members that is not synced");
        let user = w.acc(*group.members.iter().next().expect("a member")).id.clone();
        let outsider = w
            .directory_accounts()
            .find(|ix| !w.groups[g].members.contains(ix))
            .map(|ix| w.acc(ix).id.clone())
            .expect("a user outside the group");
        (project.key.clone(), role.id.to_string(), user, group.id.clone(), outsider)
    };

    h.expect(spec.call("get", "/rest/api/3/myself", &[]), 200).await;
    h.expect(spec.call("get", "/rest/api/3/project/search", &[]), 200).await;
    h.expect(spec.call("get", "/rest/api/3/project/search", &[]).query("startAt=0&maxResults=5"), 200).await;
    h.expect(spec.call("get", "/rest/api/3/project/{projectIdOrKey}/role", &[&project]), 200).await;
    h.expect(spec.call("get", "/rest/api/3/project/{projectIdOrKey}/role/{id}", &[&project, &role]), 200).await;
    h.expect(
        spec.call("get", "/rest/api/3/project/{projectIdOrKey}/role/{id}", &[&project, &role])
            .query("excludeInactiveUsers=true"),
        200,
    )
    .await;
    h.expect(
        spec.call("post", "/rest/api/3/project/{projectIdOrKey}/role/{id}", &[&project, &role])
            .json(json!({ "user": [outsider], "groupId": [group] })),
        200,
    )
    .await;
    h.expect(
        spec.call("delete", "/rest/api/3/project/{projectIdOrKey}/role/{id}", &[&project, &role])
            .query(&format!("user={outsider}")),
        204,
    )
    .await;
    h.expect(spec.call("get", "/rest/api/3/users/search", &[]).query("startAt=0&maxResults=1000"), 200).await;
    h.expect(spec.call("get", "/rest/api/3/users/search", &[]).query("startAt=100000"), 200).await;
    h.expect(
        spec.call("get", "/rest/api/3/group/member", &[])
            .query(&format!("groupId={group}&includeInactiveUsers=true&maxResults=2")),
        200,
    )
    .await;
    h.expect(spec.call("get", "/rest/api/3/group/bulk", &[]).query("maxResults=5"), 200).await;
    h.expect(spec.call("get", "/rest/api/3/group/bulk", &[]).query(&format!("groupId={group}")), 200).await;
    h.expect(spec.call("get", "/rest/api/3/user/groups", &[]).query(&format!("accountId={user}")), 200).await;
    h.expect(spec.call("get", "/rest/api/3/applicationrole", &[]), 200).await;
    h.expect(
        spec.call("post", "/rest/api/3/group/user", &[])
            .query(&format!("groupId={group}"))
            .json(json!({ "accountId": outsider })),
        201,
    )
    .await;
    h.expect(
        spec.call("delete", "/rest/api/3/group/user", &[]).query(&format!("groupId={group}&accountId={outsider}")),
        200,
    )
    .await;

    // Jira documents its errors without a body schema: only the status is checked.
    h.expect(spec.call("get", "/rest/api/3/myself", &[]).auth(Auth::None), 401).await;
    h.expect(spec.call("get", "/rest/api/3/project/{projectIdOrKey}/role", &["NOSUCHPROJECT"]), 404).await;
    h.expect(spec.call("get", "/rest/api/3/project/{projectIdOrKey}/role/{id}", &["NOSUCHPROJECT", &role]), 404).await;
    h.expect(spec.call("get", "/rest/api/3/group/member", &[]).query("groupId=no-such-group"), 404).await;
    h.finish();
}

#[tokio::test]
async fn jsm_api_conforms_to_the_service_management_spec() {
    let spec = Spec::jsm();
    let mut h = Harness::start().await;
    let (desk, customer, organization) = {
        let w = h.sim.world();
        let desk = w
            .service_desks
            .iter()
            .find(|d| !d.customers.is_empty() && !d.organizations.is_empty())
            .expect("a service desk");
        let customer = w.acc(*desk.customers.iter().next().expect("a customer")).id.clone();
        let organization = w.jsm_orgs.iter().find(|o| !o.members.is_empty()).expect("an organization with members");
        (desk.id.to_string(), customer, organization.id.to_string())
    };

    let page = h.expect(spec.call("get", "/rest/servicedeskapi/servicedesk", &[]), 200).await;
    assert!(page.pointer("/values/0").is_some(), "the simulator lists service desks");
    h.expect(spec.call("get", "/rest/servicedeskapi/servicedesk", &[]).query("start=0&limit=1"), 200).await;
    let customers = "/rest/servicedeskapi/servicedesk/{serviceDeskId}/customer";
    h.expect(spec.call("get", customers, &[&desk]).experimental(), 200).await;
    h.expect(spec.call("get", customers, &[&desk]).experimental().query("start=2&limit=2"), 200).await;
    h.expect(spec.call("get", "/rest/servicedeskapi/servicedesk/{serviceDeskId}/organization", &[&desk]), 200).await;
    h.expect(spec.call("get", "/rest/servicedeskapi/organization", &[]), 200).await;
    h.expect(spec.call("get", "/rest/servicedeskapi/organization", &[]).query(&format!("accountId={customer}")), 200)
        .await;
    h.expect(spec.call("get", "/rest/servicedeskapi/organization/{organizationId}/user", &[&organization]), 200).await;
    h.expect(spec.call("delete", customers, &[&desk]).experimental().json(json!({ "accountIds": [customer] })), 204)
        .await;

    h.expect(spec.call("get", "/rest/servicedeskapi/servicedesk", &[]).auth(Auth::None), 401).await;
    h.expect(spec.call("get", customers, &["999999"]).experimental(), 404).await;
    h.expect(spec.call("get", "/rest/servicedeskapi/servicedesk/{serviceDeskId}/organization", &["999999"]), 404).await;
    h.expect(spec.call("get", "/rest/servicedeskapi/organization/{organizationId}/user", &["999999"]), 404).await;
    h.expect(spec.call("delete", customers, &[&desk]).experimental().json(json!({ "accountIds": [] })), 400).await;
    h.finish();
}

#[tokio::test]
async fn confluence_v2_api_conforms_to_its_spec() {
    let spec = Spec::confluence_v2();
    let mut h = Harness::start().await;
    let (space, accounts) = {
        let w = h.sim.world();
        let space = w.spaces.iter().find(|s| s.assignments.len() > 1).expect("a space with role assignments");
        let accounts: Vec<String> = w.accounts.iter().take(5).map(|a| a.id.clone()).collect();
        (space.id.to_string(), accounts)
    };

    let page = h.expect(spec.call("get", "/spaces", &[]).query("limit=2"), 200).await;
    if let Some(next) = str_at(&page, "/_links/next") {
        let cursor = next.split("cursor=").nth(1).expect("a cursor in _links.next");
        h.expect(spec.call("get", "/spaces", &[]).query(&format!("limit=2&cursor={cursor}")), 200).await;
    }
    h.expect(spec.call("get", "/spaces/{id}/permissions", &[&space]), 200).await;
    h.expect(spec.call("get", "/spaces/{id}/permissions", &[&space]).query("limit=1"), 200).await;
    h.expect(spec.call("get", "/spaces/{id}/role-assignments", &[&space]), 200).await;
    h.expect(spec.call("get", "/spaces/{id}/role-assignments", &[&space]).query("principal-type=GROUP"), 200).await;
    h.expect(spec.call("get", "/space-roles", &[]), 200).await;
    h.expect(spec.call("post", "/users-bulk", &[]).json(json!({ "accountIds": accounts })), 200).await;

    // Confluence documents its errors without a body schema: only the status is checked.
    h.expect(spec.call("get", "/spaces", &[]).auth(Auth::None), 401).await;
    h.expect(spec.call("get", "/spaces", &[]).query("limit=1000"), 400).await;
    h.expect(spec.call("get", "/spaces/{id}/permissions", &["999999999"]), 404).await;
    h.expect(spec.call("get", "/spaces/{id}/role-assignments", &["999999999"]), 404).await;
    h.finish();
}

#[tokio::test]
async fn confluence_v1_api_conforms_to_its_spec() {
    let spec = Spec::confluence_v1();
    let mut h = Harness::start().await;
    let (group, outsider) = {
        let w = h.sim.world();
        let (g, group) =
            w.groups.iter().enumerate().find(|(_, g)| !g.synced && g.members.len() > 2).expect("a group with members");
        let outsider = w
            .directory_accounts()
            .find(|ix| !w.groups[g].members.contains(ix))
            .map(|ix| w.acc(ix).id.clone())
            .expect("a user outside the group");
        (group.id.clone(), outsider)
    };

    h.expect(spec.call("get", "/wiki/rest/api/group", &[]), 200).await;
    h.expect(spec.call("get", "/wiki/rest/api/group", &[]).query("start=1&limit=2"), 200).await;
    let members = "/wiki/rest/api/group/{groupId}/membersByGroupId";
    h.expect(spec.call("get", members, &[&group]), 200).await;
    h.expect(spec.call("get", members, &[&group]).query("start=1&limit=1&shouldReturnTotalSize=true"), 200).await;
    h.expect(
        spec.call("post", "/wiki/rest/api/group/userByGroupId", &[])
            .query(&format!("groupId={group}"))
            .json(json!({ "accountId": outsider })),
        201,
    )
    .await;
    h.expect(
        spec.call("delete", "/wiki/rest/api/group/userByGroupId", &[])
            .query(&format!("groupId={group}&accountId={outsider}")),
        204,
    )
    .await;

    h.expect(
        spec.call("delete", "/wiki/rest/api/group/userByGroupId", &[])
            .auth(Auth::None)
            .query(&format!("groupId={group}&accountId={outsider}")),
        401,
    )
    .await;
    h.finish();
}

#[tokio::test]
async fn events_conform_to_the_organizations_spec() {
    let spec = Spec::admin();
    let mut h = Harness::start().await;
    let (org, directory, user, group) = {
        let w = h.sim.world();
        let ix = w.plain_users().next().map(|a| w.account(&a.id).expect("indexed")).expect("a plain user");
        let group = w
            .groups
            .iter()
            .find(|g| !g.synced && g.directory == 0 && !g.members.contains(&ix))
            .expect("a group the user is not in");
        (w.org_id.clone(), w.directories[0].id.clone(), w.acc(ix).id.clone(), group.id.clone())
    };
    // A change through the API and one made in admin.atlassian.com, so both kinds of actor show.
    let suspend = "/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}/suspend";
    let url = format!(
        "{}/admin{}",
        h.base,
        suspend.replace("{orgId}", &org).replace("{directoryId}", &directory).replace("{accountId}", &user)
    );
    let status = h.http.post(url).bearer_auth(ADMIN_KEY).send().await.expect("suspend").status();
    assert_eq!(status, 204);
    let change = json!({ "action": "add_to_group", "accountId": user, "groupId": group });
    let answer = h.http.post(format!("{}/__sim/admin-change", h.base)).json(&change).send().await.expect("change");
    assert_eq!(answer.status(), 200);

    let events = "/v1/orgs/{orgId}/events";
    let page = h.expect(spec.call("get", events, &[&org]), 200).await;
    assert_eq!(page.pointer("/data/0/attributes/action"), Some(&json!("user_added_to_group")), "newest first");
    assert_eq!(page.pointer("/data/1/attributes/actor/auth/authType"), Some(&json!("api-token")));
    let page = h.expect(spec.call("get", events, &[&org]).query("limit=2"), 200).await;
    let next = str_at(&page, "/meta/next").expect("a next cursor").to_owned();
    h.expect(spec.call("get", events, &[&org]).query(&format!("limit=2&cursor={next}")), 200).await;
    let now = chrono::Utc::now().timestamp_millis();
    let week = 7 * 24 * 3_600_000;
    h.expect(
        spec.call("get", events, &[&org])
            .query(&format!("from={}&to={now}&action=user_access_suspended&limit=500", now - week)),
        200,
    )
    .await;
    h.expect(spec.call("get", events, &[&org]).query(&format!("actor={user}&q=group&product=jira,confluence")), 200)
        .await;
    let one = str_at(&page, "/data/0/id").expect("an event id").to_owned();
    h.expect(spec.call("get", "/v1/orgs/{orgId}/events/{eventId}", &[&org, &one]), 200).await;
    h.expect(spec.call("get", "/v1/orgs/{orgId}/event-actions", &[&org]), 200).await;

    for bad in
        ["limit=0", "limit=501", "limit=ten", "from=yesterday", "from=2&to=1", "cursor=not-a-cursor", "product=trello"]
    {
        h.expect(spec.call("get", events, &[&org]).query(bad), 400).await;
    }
    h.expect(spec.call("get", events, &[&org]).auth(Auth::None), 401).await;
    h.expect(spec.call("get", "/v1/orgs/{orgId}/events/{eventId}", &[&org, "no-such-event"]), 404).await;
    h.expect(spec.call("get", "/v1/orgs/{orgId}/event-actions", &[&"0".repeat(36)]), 404).await;
    h.finish();
}

#[tokio::test]
async fn workspaces_take_the_spec_page_sizes_and_a_cursor_alone() {
    let spec = Spec::admin();
    let mut h = Harness::start().await;
    let org = h.sim.world().org_id.clone();
    let workspaces = "/v2/orgs/{orgId}/workspaces";
    h.expect(spec.call("post", workspaces, &[&org]).json(json!({ "limit": 1000 })), 200).await;
    let page = h.expect(spec.call("post", workspaces, &[&org]).json(json!({ "limit": 1 })), 200).await;
    let next = str_at(&page, "/links/next").expect("a second page").to_owned();
    let second = h.expect(spec.call("post", workspaces, &[&org]).json(json!({ "cursor": next })), 200).await;
    assert_eq!(
        second.pointer("/data").and_then(Value::as_array).map(Vec::len),
        Some(1),
        "the cursor keeps the page size"
    );
    for body in [
        json!({ "limit": 0 }),
        json!({ "limit": 1001 }),
        json!({ "limit": "20" }),
        json!({ "cursor": next, "limit": 5 }),
        json!({ "sort": "name" }),
        json!([1]),
    ] {
        h.expect(spec.call("post", workspaces, &[&org]).json(body), 400).await;
    }
    h.finish();
}

/// Validates an answer whose status the spec leaves undocumented against one of its components.
fn check_component(spec: &Spec, component: &str, body: &Value) -> Result<(), String> {
    let validator = spec.validator(json!({ "$ref": format!("#/components/schemas/{component}") }));
    let errors: Vec<String> = validator.iter_errors(body).map(|e| format!("{} at '{}'", e, e.instance_path)).collect();
    if errors.is_empty() { Ok(()) } else { Err(errors.join("; ")) }
}

#[tokio::test]
async fn unreadable_projects_and_spaces_answer_403_in_their_api_shape() {
    let jira = Spec::jira();
    let mut h = Harness::start_with(|c| {
        c.unreadable_projects = 2;
        c.unreadable_spaces = 1;
    })
    .await;
    let (project, readable_project, space) = {
        let w = h.sim.world();
        let unreadable: Vec<_> = w.projects.iter().filter(|p| p.unreadable).collect();
        assert_eq!(unreadable.len(), 2);
        let space = w.spaces.iter().find(|s| s.unreadable).expect("an unreadable space");
        let readable = w.projects.iter().find(|p| !p.unreadable).expect("a readable project");
        (unreadable[0].id.to_string(), readable.id.to_string(), space.id.to_string())
    };
    let listed = h.expect(jira.call("get", "/rest/api/3/project/search", &[]).query("maxResults=100"), 200).await;
    assert!(listed["values"].as_array().is_some_and(|v| v.iter().any(|p| p["id"] == json!(project))), "still listed");
    h.expect(jira.call("get", "/rest/api/3/project/{projectIdOrKey}/role", &[&readable_project]), 200).await;

    // Jira and Confluence answer these 403s without the spec documenting them (it documents 404
    // for a project or space the account may not see at all): the bodies are checked against
    // each API's error shape.
    let site = |path: &str| h.http.get(format!("{}{path}", h.base)).basic_auth(SITE_EMAIL, Some(SITE_TOKEN));
    for path in [format!("/rest/api/3/project/{project}/role"), format!("/rest/api/3/project/{project}/role/10002")] {
        let response = site(&path).send().await.expect("request");
        assert_eq!(response.status(), 403, "{path}");
        let body: Value = response.json().await.expect("JSON");
        check_component(&jira, "ErrorCollection", &body).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    for path in
        [format!("/wiki/api/v2/spaces/{space}/permissions"), format!("/wiki/api/v2/spaces/{space}/role-assignments")]
    {
        let response = site(&path).send().await.expect("request");
        assert_eq!(response.status(), 403, "{path}");
        let body: Value = response.json().await.expect("JSON");
        assert_eq!(body.pointer("/errors/0/status"), Some(&json!(403)), "{path}: {body}");
    }
    let info: Value =
        h.http.get(format!("{}/__sim/info", h.base)).send().await.expect("info").json().await.expect("JSON");
    assert_eq!(info["unreadableProjects"].as_array().map(Vec::len), Some(2));
    assert_eq!(info["unreadableSpaces"][0]["id"], json!(space));
    h.finish();
}

/// The simulator's list of experimental routes is exactly the routes it serves that a spec marks
/// `x-experimental`; with `no_experimental` each of them answers 404.
#[tokio::test]
async fn the_experimental_routes_are_those_the_specs_mark() {
    let h = Harness::start().await;
    let normalize = |template: &str| {
        let mut out = String::new();
        let mut inside = false;
        for c in template.chars() {
            match c {
                '{' => {
                    inside = true;
                    out.push_str("{}");
                }
                '}' => inside = false,
                _ if !inside => out.push(c),
                _ => {}
            }
        }
        out
    };
    // Every operation a spec marks experimental, called once: the counters name the routes served.
    let mut marked = BTreeSet::new();
    for spec in [
        Spec::admin(),
        Spec::user_management(),
        Spec::jira(),
        Spec::jsm(),
        Spec::confluence_v2(),
        Spec::confluence_v1(),
    ] {
        for (template, operations) in spec.doc["paths"].as_object().expect("paths") {
            for (method, operation) in operations.as_object().expect("operations") {
                if operation.get("x-experimental") != Some(&Value::Bool(true)) {
                    continue;
                }
                let path =
                    format!("{}{}", spec.prefix, template.replace('{', "x{").replace('}', "").replace("x{", "1"));
                let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).expect("a method");
                let request = h.http.request(method.clone(), format!("{}{path}", h.base));
                let request = match spec.auth {
                    Auth::Admin => request.bearer_auth(ADMIN_KEY),
                    _ => request.basic_auth(SITE_EMAIL, Some(SITE_TOKEN)),
                };
                let status = request.send().await.expect("request").status();
                // A path served for another method only answers 405: that operation is not served.
                if status != 405 {
                    marked.insert(format!("{method} {}", normalize(&format!("{}{template}", spec.prefix))));
                }
            }
        }
    }
    let served: BTreeSet<String> = h
        .sim
        .counters()
        .requests
        .keys()
        .filter_map(|endpoint| endpoint.split_once(' ').map(|(m, t)| format!("{m} {}", normalize(t))))
        .filter(|endpoint| marked.contains(endpoint))
        .collect();
    let listed: BTreeSet<String> =
        atlassian_sim::experimental::EXPERIMENTAL.iter().map(|(m, t)| format!("{m} {}", normalize(t))).collect();
    assert_eq!(
        listed, served,
        "experimental::EXPERIMENTAL must list exactly the served routes the specs mark x-experimental"
    );

    let off = Harness::start_with(|c| c.no_experimental = true).await;
    let org = off.sim.world().org_id.clone();
    for (method, template) in atlassian_sim::experimental::EXPERIMENTAL {
        let path = template.replace("{orgId}", &org);
        let path = path.split('/').map(|s| if s.starts_with('{') { "1" } else { s }).collect::<Vec<_>>().join("/");
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
        let response = off.http.request(method, format!("{}{path}", off.base)).header("X-ExperimentalApi", "opt-in");
        let response = if path.starts_with("/admin/") {
            response.bearer_auth(ADMIN_KEY)
        } else {
            response.basic_auth(SITE_EMAIL, Some(SITE_TOKEN))
        };
        let response = response.send().await.expect("request");
        assert_eq!(response.status(), 404, "{path} with experimental endpoints off");
        // The route's own handler would answer 404 for the made-up ids too; this is the answer to
        // a route that does not exist.
        let text = response.text().await.expect("a body");
        assert!(text.contains("No such resource"), "{path}: {text}");
    }
    let directories = format!("{}/admin/v2/orgs/{org}/workspaces", off.base);
    assert_eq!(off.http.post(directories).bearer_auth(ADMIN_KEY).send().await.expect("request").status(), 200);
}

// ----- the checker itself -----

#[test]
fn nullable_and_ref_siblings_follow_openapi() {
    let accepts = |schema: Value, instance: Value| {
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(&json!({ "allOf": [to_json_schema(&schema)], "components": { "schemas": { "N": { "type": "integer" } } } }))
            .expect("a valid schema")
            .is_valid(&instance)
    };
    assert!(accepts(json!({ "type": "string", "nullable": true }), Value::Null));
    assert!(!accepts(json!({ "type": "string", "nullable": true }), json!(3)));
    assert!(!accepts(json!({ "type": "string" }), Value::Null));
    assert!(accepts(json!({ "type": "string", "enum": ["a"], "nullable": true }), Value::Null));
    assert!(!accepts(json!({ "type": "string", "enum": ["a"], "nullable": true }), json!("b")));
    assert!(accepts(json!({ "$ref": "#/components/schemas/N", "nullable": true }), Value::Null));
    assert!(!accepts(json!({ "$ref": "#/components/schemas/N", "nullable": true }), json!("x")));
    // A `$ref`'s siblings do not apply in OpenAPI 3.0.
    assert!(accepts(json!({ "$ref": "#/components/schemas/N", "maximum": 1 }), json!(5)));
    // A property called like an OpenAPI keyword is still a property.
    let with_example = json!({ "type": "object", "properties": { "example": { "type": "string" } } });
    assert!(!accepts(with_example, json!({ "example": 1 })));
    assert!(accepts(json!({ "type": "string", "pattern": "^[a-z:]{1,8}\n" }), json!("abc:def")));
    assert!(!accepts(json!({ "type": "integer", "minimum": 1, "exclusiveMinimum": true }), json!(1)));
    assert!(accepts(json!({ "type": "integer", "minimum": 1, "exclusiveMinimum": true }), json!(2)));
}

#[test]
fn the_spec_schemas_reject_what_they_forbid() {
    let admin = Spec::admin();
    let orgs = admin.response_schema("get", "/v1/orgs", 200).expect("documented").expect("a JSON schema");
    let validator = admin.validator(orgs);
    assert!(validator.is_valid(&json!({ "data": [], "links": {} })));
    assert!(
        !validator.is_valid(&json!({ "data": [{ "id": "x", "type": "org" }] })),
        "type is an enum, and fields are required"
    );
    let jira = Spec::jira();
    let user = jira.response_schema("get", "/rest/api/3/myself", 200).expect("documented").expect("a JSON schema");
    assert!(
        !jira.validator(user).is_valid(&json!({ "accountId": "a", "favouriteColour": "blue" })),
        "Jira objects are closed"
    );
    assert!(admin.response_schema("get", "/v1/orgs", 418).is_err(), "undocumented statuses are refused");
}
