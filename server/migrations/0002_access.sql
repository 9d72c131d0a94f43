-- Who may sign in, and how: local admin accounts, the one-time set-up link, and server-side
-- sessions. Nothing here is stored in clear: passwords as Argon2id PHC strings, set-up tokens and
-- session ids as SHA-256 digests; a TOTP seed is a secret (`totp:<login>`) in `secrets`.

CREATE TABLE local_admins (
    login         TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    totp          INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL
);

CREATE TABLE setup_tokens (
    token_hash TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);

CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY,
    -- `local` or `atlassian`.
    auth_via     TEXT NOT NULL,
    account_id   TEXT NOT NULL,
    name         TEXT NOT NULL,
    email        TEXT,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    -- When the org-admin role was last confirmed with Atlassian (Atlassian sign-ins only).
    checked_at   TEXT NOT NULL
);

-- The audit log is append-only: no code path updates or deletes an entry, and the database
-- refuses to. Retention pruning (issue 7) goes through a recorded, explicit path.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Removal happens only through the store's two explicit paths (retention pruning and "delete
-- everything"), which open this gate inside their own transaction and record what they did.
CREATE TABLE audit_gate (open INTEGER NOT NULL);

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN NOT EXISTS (SELECT 1 FROM audit_gate)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
