-- What Atlassian reports happened in the organisation (its own audit events: changes made in
-- admin.atlassian.com, by SCIM, by other tools, and ours as Atlassian saw them), kept beside our
-- audit log but never in it: these rows are not hash-chained, not checkpointed, and are not
-- covered by `uam audit verify`. One row per event of one organisation (Atlassian's event id
-- deduplicates overlapping reads); `id` is our own order of arrival, which an export pins.
CREATE TABLE atlassian_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    -- When Atlassian says it happened (fixed-width RFC 3339 UTC, like the audit log's `at`).
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    -- `atlassian:<account id>`, as our own entries name an Atlassian admin.
    actor TEXT NOT NULL,
    actor_name TEXT,
    actor_email TEXT,
    -- How the actor authenticated (`api-token`, ...), when Atlassian says.
    auth_via TEXT,
    -- The first user the event is about, with the name and e-mail Atlassian gave.
    target TEXT,
    target_name TEXT,
    target_email TEXT,
    ip TEXT,
    product TEXT,
    -- The rest of the event (context, container, location), as JSON.
    details TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (org_id, event_id)
);

CREATE INDEX atlassian_events_at ON atlassian_events (at);
CREATE INDEX atlassian_events_action ON atlassian_events (action);
CREATE INDEX atlassian_events_actor ON atlassian_events (actor, actor_name);
CREATE INDEX atlassian_events_target ON atlassian_events (target);

-- Every account an event names (the incremental sync re-reads these users).
CREATE TABLE atlassian_event_accounts (
    event INTEGER NOT NULL REFERENCES atlassian_events (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    PRIMARY KEY (event, account_id)
) WITHOUT ROWID;

-- How far each organisation's events have been read: the newest event time of the last
-- complete read (the next read starts a little before it).
CREATE TABLE atlassian_events_mark (
    org_id TEXT PRIMARY KEY,
    newest_at TEXT NOT NULL,
    read_at TEXT NOT NULL
);

-- The incremental syncs: when each ran, what it read and refreshed, and up to which event time
-- its re-reads cover (the next one re-reads users named by events after it).
CREATE TABLE incremental_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    events INTEGER NOT NULL,
    users INTEGER NOT NULL,
    requests INTEGER NOT NULL,
    covered_until TEXT,
    error TEXT
);
