-- SR-52: a TOTP code is accepted once. The time step (unix seconds / 30) of the last code that
-- signed each local admin in; only a code of a later step is accepted next time. Kept here, not
-- in memory, so that a restart or a second server sharing the database cannot accept it again.
ALTER TABLE local_admins ADD COLUMN totp_last_step INTEGER;
