-- Version 2: the case workflow (recommendation, imposed sanction, SIASN
-- block) and the event log that records every change.

ALTER TABLE kasus ADD COLUMN rekomendasi_nomor TEXT;
ALTER TABLE kasus ADD COLUMN rekomendasi_tanggal TEXT;
ALTER TABLE kasus ADD COLUMN rekomendasi_dari TEXT;
ALTER TABLE kasus ADD COLUMN rekomendasi_sanksi TEXT;
ALTER TABLE kasus ADD COLUMN sanksi TEXT;
ALTER TABLE kasus ADD COLUMN sk_nomor TEXT;
ALTER TABLE kasus ADD COLUMN sk_tanggal TEXT;
ALTER TABLE kasus ADD COLUMN blokir_siasn INTEGER NOT NULL DEFAULT 0
	CHECK (blokir_siasn IN (0, 1));

CREATE TABLE peristiwa (
	id INTEGER PRIMARY KEY,
	kasus_id INTEGER NOT NULL REFERENCES kasus (id),
	waktu TEXT NOT NULL,
	operator TEXT NOT NULL,
	jenis TEXT NOT NULL,
	kolom TEXT,
	lama TEXT,
	baru TEXT,
	catatan TEXT
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
