-- Version 2: import runs as the provenance of imported cases, the case
-- workflow (recommendation, imposed sanction, SIASN block) and the event
-- log that records every change.

-- Summaries and lists scan; a bulk import need not maintain these.
DROP INDEX kasus_kejadian;
DROP INDEX kasus_instansi;
DROP INDEX kasus_pemilihan;

CREATE TABLE impor (
	id INTEGER PRIMARY KEY,
	berkas TEXT NOT NULL,
	sha256 TEXT,
	waktu TEXT NOT NULL,
	operator TEXT NOT NULL,
	diimpor INTEGER NOT NULL DEFAULT 0,
	duplikat INTEGER NOT NULL DEFAULT 0,
	diperbarui INTEGER NOT NULL DEFAULT 0,
	ditolak INTEGER NOT NULL DEFAULT 0
) STRICT;

-- version 1 kept the file name and hash on each case
INSERT INTO impor (id, berkas, sha256, waktu, operator)
	SELECT min(id), berkas, berkas_sha256, min(dibuat), 'netral 0.1'
	FROM kasus WHERE berkas IS NOT NULL GROUP BY berkas, berkas_sha256;
ALTER TABLE kasus ADD COLUMN impor_id INTEGER REFERENCES impor (id);
UPDATE kasus SET impor_id = (SELECT i.id FROM impor i
	WHERE i.berkas = kasus.berkas AND i.sha256 IS kasus.berkas_sha256)
	WHERE berkas IS NOT NULL;
ALTER TABLE kasus DROP COLUMN berkas;
ALTER TABLE kasus DROP COLUMN berkas_sha256;

ALTER TABLE kasus ADD COLUMN rekomendasi_nomor TEXT;
ALTER TABLE kasus ADD COLUMN rekomendasi_tanggal TEXT;
ALTER TABLE kasus ADD COLUMN rekomendasi_dari TEXT;
ALTER TABLE kasus ADD COLUMN rekomendasi_sanksi TEXT;
ALTER TABLE kasus ADD COLUMN sanksi TEXT;
ALTER TABLE kasus ADD COLUMN sk_nomor TEXT;
ALTER TABLE kasus ADD COLUMN sk_tanggal TEXT;
ALTER TABLE kasus ADD COLUMN blokir_siasn INTEGER NOT NULL DEFAULT 0
	CHECK (blokir_siasn IN (0, 1));
ALTER TABLE kasus ADD COLUMN kontak_pelapor TEXT;

CREATE TABLE transisi (
	dari TEXT NOT NULL REFERENCES status (kode),
	ke TEXT NOT NULL REFERENCES status (kode),
	keterangan TEXT NOT NULL,
	PRIMARY KEY (dari, ke)
) STRICT;

CREATE TABLE pengaturan (
	kunci TEXT PRIMARY KEY,
	nilai TEXT NOT NULL,
	keterangan TEXT NOT NULL
) STRICT;

CREATE TABLE peristiwa (
	id INTEGER PRIMARY KEY,
	kasus_id INTEGER NOT NULL REFERENCES kasus (id),
	waktu TEXT NOT NULL,
	operator TEXT NOT NULL,
	jenis TEXT NOT NULL,
	kolom TEXT,
	lama TEXT,
	baru TEXT,
	catatan TEXT,
	tanggal TEXT
) STRICT;

CREATE INDEX peristiwa_kasus ON peristiwa (kasus_id);

-- The log is append-only, whatever program opens the file.
CREATE TRIGGER peristiwa_tanpa_ubah BEFORE UPDATE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be changed');
END;

CREATE TRIGGER peristiwa_tanpa_hapus BEFORE DELETE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be deleted');
END;

-- Cases recorded before the log: a creation event without a fingerprint,
-- which 'netral check' accepts as the start of their history.
INSERT INTO peristiwa (kasus_id, waktu, operator, jenis, catatan)
	SELECT id, dibuat, 'netral', 'buat', 'recorded before the event log (schema 1)'
	FROM kasus;
