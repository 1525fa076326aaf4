-- Version 5: a contest has a span (tahapan_mulai: the start of its stages)
-- and, for a legislative contest, the day parties were designated as
-- participants (penetapan_partai).  Built-in contests get theirs when the
-- built-in rules are stored again; a contest a user added is in progress
-- from its designation until its start is recorded.

ALTER TABLE pemilihan ADD COLUMN tahapan_mulai TEXT NOT NULL DEFAULT '';
ALTER TABLE pemilihan ADD COLUMN penetapan_partai TEXT NOT NULL DEFAULT '';
