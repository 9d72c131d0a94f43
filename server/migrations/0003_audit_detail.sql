-- Who acted and whom it touched, in full, and what Atlassian answered: the audit log's columns
-- that issue 7 asks for. Entries written before this migration keep these NULL and their hashes
-- (the hash covers these columns only when one of them is set).
ALTER TABLE audit_log ADD COLUMN actor_name TEXT;
ALTER TABLE audit_log ADD COLUMN auth_via TEXT;
ALTER TABLE audit_log ADD COLUMN target_name TEXT;
ALTER TABLE audit_log ADD COLUMN target_email TEXT;
ALTER TABLE audit_log ADD COLUMN atlassian_status INTEGER;
ALTER TABLE audit_log ADD COLUMN request_id TEXT;
ALTER TABLE audit_log ADD COLUMN job_id TEXT;

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_job ON audit_log (job_id) WHERE job_id IS NOT NULL;
