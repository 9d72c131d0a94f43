-- How each site family (Jira, JSM, Confluence) fared in a sync: complete, partial (with what was
-- skipped and why), not on the site, not configured, or stale (kept from an earlier sync). JSON.
ALTER TABLE sync_runs ADD COLUMN families TEXT NOT NULL DEFAULT '[]';
