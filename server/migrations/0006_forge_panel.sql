-- The Jira panel (issue 9): a session opened from Forge remembers the installation it came from,
-- and so does every audit entry of what its admin did. NULL for tab sessions and earlier entries
-- (whose hashes stay as they were: the hash covers this column only when it is set).
ALTER TABLE sessions ADD COLUMN installation_id TEXT;
ALTER TABLE audit_log ADD COLUMN installation_id TEXT;
