-- Version 4: the event log as a chain, each event carrying the hash of the
-- previous one and of its own columns (rantai), so that no event can be
-- changed, added or removed without breaking it; an import run is one
-- event (no case of its own), carrying a digest of what it created.  netral
-- fills the links of the events already there when it next writes.

CREATE TABLE peristiwa_baru (
	id INTEGER PRIMARY KEY,
	kasus_id INTEGER REFERENCES kasus (id),
	waktu TEXT NOT NULL,
	operator TEXT NOT NULL,
	jenis TEXT NOT NULL,
	kolom TEXT,
	lama TEXT,
	baru TEXT,
	catatan TEXT,
	tanggal TEXT,
	rantai TEXT
) STRICT;

INSERT INTO peristiwa_baru (id, kasus_id, waktu, operator, jenis, kolom, lama, baru, catatan, tanggal)
	SELECT id, kasus_id, waktu, operator, jenis, kolom, lama, baru, catatan, tanggal FROM peristiwa;
DROP TRIGGER peristiwa_tanpa_ubah;
DROP TRIGGER peristiwa_tanpa_hapus;
DROP TABLE peristiwa;
ALTER TABLE peristiwa_baru RENAME TO peristiwa;
CREATE INDEX peristiwa_kasus ON peristiwa (kasus_id);

-- The state each case an import run created had then (every stored column
-- but its row id and the time of its last change, as a digest): what check
-- compares a case's history with.  The run's event holds the digest of its
-- rows in line order, so that none can change, appear or vanish unseen.
CREATE TABLE asal (
	kasus_id INTEGER PRIMARY KEY REFERENCES kasus (id),
	impor_id INTEGER NOT NULL REFERENCES impor (id),
	keadaan TEXT NOT NULL
) STRICT;

-- The log is append-only, whatever program opens the file; the one change
-- allowed is the first link of an event written before the chain.
CREATE TRIGGER peristiwa_tanpa_ubah BEFORE UPDATE ON peristiwa
WHEN OLD.rantai IS NOT NULL OR NEW.rantai IS NULL OR NEW.id IS NOT OLD.id
	OR NEW.kasus_id IS NOT OLD.kasus_id OR NEW.waktu IS NOT OLD.waktu
	OR NEW.operator IS NOT OLD.operator OR NEW.jenis IS NOT OLD.jenis
	OR NEW.kolom IS NOT OLD.kolom OR NEW.lama IS NOT OLD.lama OR NEW.baru IS NOT OLD.baru
	OR NEW.catatan IS NOT OLD.catatan OR NEW.tanggal IS NOT OLD.tanggal
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be changed');
END;

CREATE TRIGGER peristiwa_tanpa_hapus BEFORE DELETE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be deleted');
END;
