-- The first schema: settings, secrets, sync runs with their snapshots, jobs and the audit log.
-- Times are RFC 3339 text in UTC; structured records are JSON text.

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);

-- Encrypted with the master key (AES-256-GCM, bound to `name` and `org_id`); `hint` is what the
-- UI may show (the last four characters).
CREATE TABLE secrets (
    name       TEXT PRIMARY KEY,
    org_id     TEXT NOT NULL,
    nonce      BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    hint       TEXT,
    set_by     TEXT,
    set_at     TEXT NOT NULL,
    expires_at TEXT
);

CREATE TABLE sync_runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    trigger     TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    outcome     TEXT NOT NULL CHECK (outcome IN ('running', 'complete', 'failed', 'cancelled')),
    error       TEXT,
    -- A running sync touches this every few seconds; a stale one was interrupted (crash, kill).
    heartbeat_at TEXT NOT NULL,
    accounts    INTEGER NOT NULL DEFAULT 0,
    items       INTEGER NOT NULL DEFAULT 0,
    requests    INTEGER NOT NULL DEFAULT 0
);

-- What one source said of one account in one run (org directory, JSM customers, site lookups).
-- Snapshot rows are appended as pages arrive and read back once: no key to maintain on the way
-- in (random account ids would make every insert a B-tree search); loading sorts them once.
CREATE TABLE snapshot_accounts (
    run_id     INTEGER NOT NULL,
    source     TEXT NOT NULL,
    account_id TEXT NOT NULL,
    record     TEXT NOT NULL
);

-- A principal (`user:<id>` or `group:<id>`) holding a role in, or belonging to, a target
-- (`project:<id>`, `space:<id>`, `desk:<id>`, `jsm_org:<id>`, `group:<id>`). Duplicates are
-- merged when the snapshot is indexed.
CREATE TABLE snapshot_grants (
    run_id    INTEGER NOT NULL,
    principal TEXT NOT NULL,
    target    TEXT NOT NULL,
    role      TEXT NOT NULL DEFAULT ''
);

-- Products, groups, projects, spaces, service desks and JSM organizations of one run.
CREATE TABLE snapshot_catalog (
    run_id INTEGER NOT NULL,
    kind   TEXT NOT NULL,
    id     TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (run_id, kind, id)
) WITHOUT ROWID;

CREATE TABLE jobs (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    state       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    params      TEXT NOT NULL,
    progress    TEXT NOT NULL DEFAULT '{}',
    finished_at TEXT
);

-- Append-only; each entry's hash covers the previous one's (tamper evidence).
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT,
    outcome   TEXT NOT NULL,
    details   TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
