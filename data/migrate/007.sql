-- Version 7: the Satgas's decision on a case the matrix leaves to it; the
-- sex from the NIP or NIK, kept for the summaries; the work contract (SPK)
-- of a contract worker; each matrix row's place in BKN's published tables;
-- the labels of the summary tables (label.csv) and what each tier is for
-- an employee type (tingkat.csv), both stored with the next sync of the
-- rules; the state of each imported case at its import, kept in its row
-- instead of the table asal.  The derived column is filled by
-- reclassifying every case once (meta turunkan_ulang), which logs each
-- value as an event so that the history still proves the row.

ALTER TABLE kasus ADD COLUMN putusan_jenis TEXT;
ALTER TABLE kasus ADD COLUMN putusan_nomor TEXT;
ALTER TABLE kasus ADD COLUMN putusan_tanggal TEXT;
ALTER TABLE kasus ADD COLUMN putusan_catatan TEXT;
ALTER TABLE kasus ADD COLUMN jenis_kelamin TEXT;
ALTER TABLE kasus ADD COLUMN spk_nomor TEXT;
-- the state an import run recorded moves into its case's row: one insert a
-- case, not two, in a bulk import
ALTER TABLE kasus ADD COLUMN keadaan_impor TEXT;
UPDATE kasus SET keadaan_impor = (SELECT keadaan FROM asal WHERE asal.kasus_id = kasus.id);
DROP TABLE asal;
ALTER TABLE matriks ADD COLUMN baris_bkn TEXT NOT NULL DEFAULT '';
INSERT OR REPLACE INTO meta (kunci, nilai) VALUES ('turunkan_ulang', 'jenis_kelamin');

CREATE TABLE label (
	tabel TEXT NOT NULL,
	kelompok TEXT NOT NULL,
	id TEXT NOT NULL,
	en TEXT NOT NULL,
	sumber TEXT NOT NULL,
	PRIMARY KEY (tabel, kelompok)
) STRICT;

-- What a tier of the matrix is for an employee type: the tier recorded and
-- its legal basis (tingkat.csv).
CREATE TABLE tingkat (
	ruleset TEXT NOT NULL,
	jenis_pegawai TEXT NOT NULL,
	jenis TEXT NOT NULL,
	tingkat TEXT NOT NULL,
	dasar_hukum TEXT NOT NULL,
	PRIMARY KEY (ruleset, jenis_pegawai, jenis)
) STRICT;
