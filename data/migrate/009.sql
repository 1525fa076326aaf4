-- Version 9: the agency a case came from, for a province or BKN rolling
-- up many agencies' files (import --asal).

ALTER TABLE kasus ADD COLUMN asal TEXT;
ALTER TABLE kasus ADD COLUMN asal_nomor TEXT;
CREATE INDEX kasus_asal ON kasus (asal, asal_nomor) WHERE asal IS NOT NULL;
