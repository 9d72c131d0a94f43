-- Bulk-action jobs: each target user's part, so a job survives a restart and every user ends
-- with a recorded outcome. `jobs` (from the first schema) holds the job itself.
ALTER TABLE jobs ADD COLUMN started_at TEXT;
ALTER TABLE jobs ADD COLUMN undo_of TEXT;
ALTER TABLE jobs ADD COLUMN error TEXT;

CREATE TABLE job_items (
    job_id           TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    account_id       TEXT NOT NULL,
    name             TEXT NOT NULL,
    email            TEXT,
    state            TEXT NOT NULL,
    -- The steps planned (JSON); after the run, the steps carried out.
    steps            TEXT NOT NULL DEFAULT '[]',
    skip             TEXT,
    reason           TEXT,
    atlassian_status INTEGER,
    request_id       TEXT,
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (job_id, seq)
) WITHOUT ROWID;

CREATE INDEX job_items_state ON job_items (job_id, state);
CREATE INDEX jobs_state ON jobs (state, created_at);
