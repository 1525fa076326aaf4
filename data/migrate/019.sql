-- Version 19: corrections in the open.  Each new column is NULL until a
-- correction sets it, so that the rows already proven by their events
-- keep their states.
-- A unit deactivated (the day): out of the compliance report's duties,
-- still the unit of its records; NULL while it is active.
ALTER TABLE unit ADD COLUMN nonaktif TEXT;

-- An activity or a signature voided with its reason: out of every list
-- and count, kept with its events; the same activity or person may then
-- be recorded again.
ALTER TABLE kegiatan ADD COLUMN batal_alasan TEXT;
DROP INDEX kegiatan_sekali;
CREATE UNIQUE INDEX kegiatan_sekali ON kegiatan (unit_id, jenis, tanggal, coalesce(pemilihan, ''))
	WHERE batal_alasan IS NULL;
ALTER TABLE pakta ADD COLUMN batal_alasan TEXT;
DROP INDEX pakta_sekali;
CREATE UNIQUE INDEX pakta_sekali ON pakta (coalesce(pemilihan, ''), kunci) WHERE batal_alasan IS NULL;

-- A move that reopens a case closed by mistake (netral reopen), taken only
-- with its reason; a plain status move never takes it.  NULL reads as 0,
-- so that the rules' digest stays as stored until the rules are brought in
-- again (a step of its own after this one).
ALTER TABLE transisi ADD COLUMN buka INTEGER CHECK (buka IN (0, 1));

-- The report numbers and sources of the duplicates merged into a case,
-- its aliases: an import naming either finds the case kept.  kunci is the
-- duplicate's key (kasus.kunci) when it is a report's, NULL for a case of
-- a roll-up, which is matched by its origin's number only.
CREATE TABLE kasus_alias (
	id INTEGER PRIMARY KEY,
	kasus_id INTEGER NOT NULL REFERENCES kasus (id),
	dari_id INTEGER NOT NULL REFERENCES kasus (id),
	no_laporan TEXT,
	sumber TEXT,
	kunci TEXT,
	dibuat TEXT NOT NULL
) STRICT;

CREATE INDEX kasus_alias_kasus ON kasus_alias (kasus_id);
CREATE INDEX kasus_alias_kunci ON kasus_alias (kunci) WHERE kunci IS NOT NULL;
