//! The published contract: the OpenAPI document as utoipa derives it from the routes and the
//! domain types, completed with what the derive cannot say, so that a client generated from it
//! (or a fuzzer reading it) meets exactly the server that runs:
//!
//! - every operation lists every status it can return; errors as `application/problem+json`;
//!   the statuses that any request can meet (503 while the database is away, 414 and 431 for
//!   oversized heads, 401 without a valid token, 400/413/415/422 for bodies) are added here from
//!   the operation's shape, so they cannot be forgotten on a new route;
//! - cross-field rules the domain applies (a patch changes something; coordinates come in
//!   pairs; a message goes to a store or to an engineer) as `minProperties` / `anyOf` / `oneOf`.

use serde_json::{json, Map, Value};

const PROBLEM: &str = "application/problem+json";

fn problem_response(description: &str) -> Value {
    json!({
        "description": description,
        "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    })
}

fn describe(status: &str) -> &'static str {
    match status {
        "400" => "Malformed request: JSON that does not parse, a key twice, a bad query or path parameter",
        "401" => "Missing, expired or revoked access token",
        "403" => "Not allowed for the caller's role or stores",
        "404" => "Not found, or not visible to the caller",
        "409" => "Conflicts with the current state (taken, not allowed from this status, ...)",
        "413" => "Body larger than 1 MiB",
        "414" => "Request target longer than 8 KiB",
        "415" => "Body is not application/json",
        "422" => "A field is invalid; `errors` names each one",
        "429" => "Too many attempts; see Retry-After",
        "431" => "More than 100 header fields or 32 KiB of headers",
        "410" => "The sync cursor is older than the change log kept: rebuild from since=0",
        "503" => "The database is unreachable; retry after Retry-After seconds",
        _ => "Error",
    }
}

/// Completes the derived document (see the module comment).
pub fn complete(mut doc: Value) -> Value {
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (method, op) in item.iter_mut() {
                if let Some(op) = op.as_object_mut() {
                    complete_operation(path, method, op);
                }
            }
        }
    }
    if let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        complete_schemas(schemas);
    }
    doc
}

/// Query parameters that take domain words: their schema is built from the domain's enums.
fn parameter_schema(path: &str, name: &str) -> Option<Value> {
    use storedesk_domain::{Priority, Status};
    let words = |w: Vec<&str>| w.join("|");
    let list = |w: String| format!("^({w})(,({w}))*$");
    if path == "/api/sync/changes" && name == "since" {
        return Some(json!({"type": "string", "pattern": crate::store::changes::CURSOR_PATTERN}));
    }
    if path != "/api/issues" {
        return None;
    }
    let uuid = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    Some(match name {
        "status" => {
            json!({"type": "string", "pattern": list(words(Status::ALL.iter().map(|s| s.as_str()).collect()))})
        }
        "priority" => {
            json!({"type": "string", "pattern": list(words(Priority::ALL.iter().map(|p| p.as_str()).collect()))})
        }
        "sort" => json!({"type": "string", "enum": crate::routes::issues::SORT_KEYS.iter()
            .flat_map(|k| [k.to_string(), format!("-{k}")]).collect::<Vec<_>>()}),
        "assignee" => json!({"type": "string", "pattern": format!("^(none|{uuid})$")}),
        "include" => json!({"type": "string", "enum": ["comments"]}),
        _ => return None,
    })
}

/// Secured operations that only read what the caller may see (filtered, never refused).
const NEVER_FORBIDDEN: [(&str, &str); 5] = [
    ("get", "/api/me"),
    ("get", "/api/issues"),
    ("get", "/api/sync/changes"),
    ("get", "/api/sync/live"),
    ("get", "/api/assignments"),
];

/// An issue's path key: its UUID, or `STORE-<n>` in any case (`IssueRef::parse`).
fn issue_key_pattern() -> String {
    let uuid = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    format!("^({uuid}|[Ss][Tt][Oo][Rr][Ee]-0*[1-9][0-9]{{0,17}})$")
}

fn complete_operation(path: &str, method: &str, op: &mut Map<String, Value>) {
    if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
        for p in params.iter_mut() {
            let name = p["name"].as_str().unwrap_or_default().to_owned();
            if let Some(schema) = parameter_schema(path, &name) {
                p["schema"] = schema;
            }
            if name == storedesk_domain::sync::PROTOCOL_HEADER && p["in"] == "header" {
                // A whole number the server reads as u32 (utoipa would also allow null).
                p["schema"] = json!({"type": "integer", "minimum": 1, "maximum": u32::MAX});
            }
            if name == "key" && p["in"] == "path" {
                p["schema"] = json!({"type": "string", "pattern": issue_key_pattern()});
            }
        }
    }
    let secured = op.get("security").is_some();
    let has_body = op.get("requestBody").is_some();
    let params = op
        .get("parameters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let has_in = |place: &str| params.iter().any(|p| p["in"] == place);
    // Routes that work without the database never say 503, except /readyz, whose answer that is.
    let probes = crate::startup::WITHOUT_DATABASE.contains(&path) && path != "/readyz";

    let mut add: Vec<&str> = vec!["414", "431"];
    if !probes {
        add.push("503");
    }
    if secured {
        add.push("401");
        if !NEVER_FORBIDDEN.contains(&(method, path)) {
            add.push("403");
        }
        // A write can meet the resource's state: a taken id or code, a move the status does
        // not allow, a person still in a store.
        if method != "get" {
            add.push("409");
        }
    }
    if has_body {
        add.extend(["400", "413", "415", "422"]);
    }
    if has_in("query") {
        add.extend(["400", "422"]);
    }
    if has_in("path") {
        add.extend(["400", "404"]);
    }
    if has_in("header") {
        add.push("400");
    }
    let responses = op
        .entry("responses")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .expect("responses is an object");
    for status in add {
        responses
            .entry(status)
            .or_insert_with(|| problem_response(describe(status)));
    }
    for (status, response) in responses.iter_mut() {
        if !status.starts_with('4') && !status.starts_with('5') {
            continue;
        }
        // utoipa writes `application/json` for `body = Problem`: say what is sent.
        if let Some(content) = response.get_mut("content").and_then(Value::as_object_mut) {
            if let Some(schema) = content.remove("application/json") {
                content.insert(PROBLEM.to_owned(), schema);
            }
        } else if let Some(r) = response.as_object_mut() {
            r.insert(
                "content".into(),
                json!({PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}),
            );
        }
        if status == "503" || status == "429" {
            if let Some(r) = response.as_object_mut() {
                r.insert(
                    "headers".into(),
                    json!({"Retry-After": {"description": "seconds to wait before retrying", "schema": {"type": "integer", "minimum": 0}}}),
                );
            }
        }
    }
}

fn complete_schemas(schemas: &mut Map<String, Value>) {
    // A patch must change something.
    for patch in ["IssuePatch", "UserPatch", "StorePatch"] {
        if let Some(s) = schemas.get_mut(patch).and_then(Value::as_object_mut) {
            s.insert("minProperties".into(), json!(1));
        }
    }
    // Coordinates come in pairs, on the globe (`text::check_coordinates`).
    if let Some(s) = schemas.get_mut("Location").and_then(Value::as_object_mut) {
        s.insert(
            "anyOf".into(),
            // Both numbers, or each absent or null.
            json!([
                {"required": ["latitude", "longitude"],
                 "properties": {"latitude": {"type": "number", "minimum": -90, "maximum": 90},
                                "longitude": {"type": "number", "minimum": -180, "maximum": 180}}},
                {"properties": {"latitude": {"type": "null"}, "longitude": {"type": "null"}}}
            ]),
        );
    }
    // The sync push's operations are closed objects, like every request body.
    if let Some(variants) = schemas
        .get_mut("MutationOp")
        .and_then(|m| m.get_mut("oneOf"))
        .and_then(Value::as_array_mut)
    {
        for v in variants.iter_mut().filter_map(Value::as_object_mut) {
            v.insert("additionalProperties".into(), json!(false));
        }
    }
    // A message goes to exactly one recipient (`NewAssignment::validate`).
    if let Some(s) = schemas
        .get_mut("NewAssignment")
        .and_then(Value::as_object_mut)
    {
        s.insert(
            "oneOf".into(),
            json!([{"required": ["store_id"]}, {"required": ["engineer_id"]}]),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_is_problem_json_and_shared_statuses_are_listed() {
        let doc = complete(json!({
            "paths": {"/api/things/{id}": {"patch": {
                "security": [{"bearer": []}],
                "parameters": [{"name": "id", "in": "path"}],
                "requestBody": {},
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {}}},
                    "409": {"description": "taken", "content": {"application/json": {"schema": {}}}}
                }
            }}}
        }));
        let r = &doc["paths"]["/api/things/{id}"]["patch"]["responses"];
        for s in [
            "400", "401", "403", "404", "409", "413", "414", "415", "422", "431", "503",
        ] {
            assert!(r[s]["content"][PROBLEM].is_object(), "{s}: {r}");
            assert!(r[s]["content"]["application/json"].is_null(), "{s}");
        }
        assert!(r["200"]["content"]["application/json"].is_object());
        assert!(r["503"]["headers"]["Retry-After"].is_object());
        assert!(r["429"].is_null(), "not every operation is throttled");
    }
}
