-- The Audit page's filters: each equality filter has an index (the rowid, `seq`, rides along, so
-- a filtered page reads newest first without sorting), and the admin picker's list of actors
-- with their names reads from an index alone. Free-text search scans; see BENCHMARKS.md.
CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX audit_log_outcome ON audit_log (outcome);
CREATE INDEX audit_log_actor ON audit_log (actor, actor_name);
CREATE INDEX audit_log_actor_name ON audit_log (actor_name COLLATE NOCASE);
CREATE INDEX audit_log_target ON audit_log (target);
CREATE INDEX audit_log_target_name ON audit_log (target_name COLLATE NOCASE);
CREATE INDEX audit_log_target_email ON audit_log (target_email COLLATE NOCASE);
