-- Version 11: the chain is whole from its first event.  The events written
-- before the chain (schema 4) that no write has linked since are linked
-- here, once, each to the one before; from now on no event is ever
-- changed, so one without its link was written outside netral, and check
-- says so.  Only the events before the first linked one are such: one
-- without its link after a linked one is left for check to name.

CREATE TEMP TABLE rantai_awal AS
WITH RECURSIVE
	tepi (id) AS (SELECT coalesce(min(id), 1 << 62) FROM peristiwa WHERE rantai IS NOT NULL),
	awal (id, rantai) AS (
		SELECT p.id, rantai('', p.id, p.kasus_id, p.waktu, p.operator, p.jenis, p.kolom, p.lama,
			p.baru, p.catatan, p.tanggal)
		FROM peristiwa p, tepi
		WHERE p.id = (SELECT min(id) FROM peristiwa) AND p.id < tepi.id
		UNION ALL
		SELECT p.id, rantai(a.rantai, p.id, p.kasus_id, p.waktu, p.operator, p.jenis, p.kolom,
			p.lama, p.baru, p.catatan, p.tanggal)
		FROM awal a, tepi
		JOIN peristiwa p ON p.id = (SELECT min(id) FROM peristiwa WHERE id > a.id)
		WHERE p.id < tepi.id
	)
SELECT id, rantai FROM awal;

UPDATE peristiwa SET rantai = r.rantai FROM temp.rantai_awal r WHERE r.id = peristiwa.id;
DROP TABLE temp.rantai_awal;

DROP TRIGGER IF EXISTS peristiwa_tanpa_ubah;
CREATE TRIGGER peristiwa_tanpa_ubah BEFORE UPDATE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be changed');
END;

-- The permit's letter is a rules file as the CSV files are: 'rules load'
-- stores a folder's letter, which 'izin surat' then uses.
CREATE TABLE IF NOT EXISTS templat (
	nama TEXT PRIMARY KEY,
	isi TEXT NOT NULL
) STRICT;
