-- Version 8: a case can be voided (status batal, with its reason) or
-- merged into the case it repeats; a status says whether its cases are
-- counted.  The status batal itself comes with the next sync of the rules.

ALTER TABLE status ADD COLUMN dihitung INTEGER NOT NULL DEFAULT 1;
ALTER TABLE kasus ADD COLUMN batal_alasan TEXT;
ALTER TABLE kasus ADD COLUMN gabung_ke TEXT;
