-- Version 13: an employee type is a value of the rules (kosakata.csv,
-- jenis_pegawai), so a rules folder may add one; the table kasus no longer
-- restates the shipped three in a CHECK.  SQLite cannot drop a CHECK in
-- place: the table is built again with every column, its rows (row ids
-- kept) and its index.  Dropping it leaves the events that name its cases
-- without their parent until the rows are back, so the foreign keys are
-- checked at the commit, when the cases are there again.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE kasus_lama AS SELECT * FROM kasus;
DROP TABLE kasus;

CREATE TABLE kasus (
	id INTEGER PRIMARY KEY,
	nomor TEXT NOT NULL UNIQUE,
	-- as reported (the import columns)
	no_laporan TEXT,
	nama TEXT NOT NULL,
	nip TEXT,
	nik TEXT,
	-- one of kosakata jenis_pegawai: a list a rules folder may extend, so
	-- the value is checked against the rules in force, not here
	jenis_pegawai TEXT NOT NULL,
	kategori_jabatan TEXT,
	jabatan TEXT,
	instansi TEXT NOT NULL,
	unit_kerja TEXT,
	tanggal_lahir TEXT,
	tanggal_kejadian TEXT NOT NULL,
	tanggal_laporan TEXT,
	pemilihan TEXT REFERENCES pemilihan (kode),
	bentuk TEXT NOT NULL REFERENCES bentuk (kode),
	uraian TEXT,
	sumber TEXT,
	status TEXT NOT NULL REFERENCES status (kode),
	cltn INTEGER NOT NULL CHECK (cltn IN (0, 1)),
	pasangan_calon INTEGER NOT NULL CHECK (pasangan_calon IN (0, 1)),
	-- derived from the above and the rules; recomputed on every change
	pemilihan_disimpulkan INTEGER NOT NULL,
	usia INTEGER,
	kelompok_usia TEXT NOT NULL,
	kelompok_jabatan TEXT NOT NULL,
	periode TEXT NOT NULL,
	tahap TEXT NOT NULL,
	jenis TEXT NOT NULL,
	kode TEXT NOT NULL,
	ruleset TEXT NOT NULL,
	-- the line of the imported file it came from, or NULL for 'add'
	berkas_baris INTEGER,
	-- a report names one person once: no_laporan and the person, or the
	-- content of a row without no_laporan (re-imports add nothing)
	kunci TEXT UNIQUE,
	dibuat TEXT NOT NULL,
	diubah TEXT NOT NULL,
	-- the workflow: the recommendation, the sanction the PPK imposed
	rekomendasi_nomor TEXT,
	rekomendasi_tanggal TEXT,
	rekomendasi_dari TEXT,
	rekomendasi_sanksi TEXT,
	sanksi TEXT,
	sk_nomor TEXT,
	sk_tanggal TEXT,
	blokir_siasn INTEGER NOT NULL DEFAULT 0
		CHECK (blokir_siasn IN (0, 1)),
	impor_id INTEGER REFERENCES impor (id),
	-- the reporter's phone or e-mail: personal data, never in summaries
	kontak_pelapor TEXT,
	-- whom the act favoured (kosakata sasaran); NULL: a candidate
	sasaran TEXT,
	-- the Satgas's decision where the matrix leaves the tier to it: the
	-- tier decided (kosakata jenis), the decision's number, day and note;
	-- jenis then holds the decided tier
	putusan_jenis TEXT,
	putusan_nomor TEXT,
	putusan_tanggal TEXT,
	putusan_catatan TEXT,
	-- from the NIP or NIK: laki-laki or perempuan; NULL when neither says
	jenis_kelamin TEXT,
	-- the work contract (SPK) of a contract worker (kosakata sifat spk)
	spk_nomor TEXT,
	-- for a case an import run created, the state it had then (every
	-- stored column but its row id, the time of its last change and this
	-- one, as a digest): what check compares the case's history with.  The
	-- run's event holds the digest of its cases' states in line order, so
	-- that none can change, appear or vanish unseen.
	keadaan_impor TEXT,
	-- why a case was voided (status batal), and the case it was merged
	-- into when it repeated one ('netral gabung')
	batal_alasan TEXT,
	gabung_ke TEXT,
	-- the agency whose file the case came from, in a roll-up of many
	-- ('import --asal'); NULL for the agency's own cases
	asal TEXT,
	-- the case's number in that agency's file, which a newer file from it
	-- names again
	asal_nomor TEXT,
	indikasi TEXT    -- the circulars' indications (kosakata indikasi), comma-separated
) STRICT;

-- by name: an upgraded table holds its columns in the order they were added
INSERT INTO kasus (
	id, nomor, no_laporan, nama, nip, nik, jenis_pegawai, kategori_jabatan, jabatan, instansi,
	unit_kerja, tanggal_lahir, tanggal_kejadian, tanggal_laporan, pemilihan, bentuk, uraian,
	sumber, status, cltn, pasangan_calon, pemilihan_disimpulkan, usia, kelompok_usia,
	kelompok_jabatan, periode, tahap, jenis, kode, ruleset, berkas_baris, kunci, dibuat,
	diubah, rekomendasi_nomor, rekomendasi_tanggal, rekomendasi_dari, rekomendasi_sanksi,
	sanksi, sk_nomor, sk_tanggal, blokir_siasn, impor_id, kontak_pelapor, sasaran,
	putusan_jenis, putusan_nomor, putusan_tanggal, putusan_catatan, jenis_kelamin, spk_nomor,
	keadaan_impor, batal_alasan, gabung_ke, asal, asal_nomor, indikasi)
SELECT
	id, nomor, no_laporan, nama, nip, nik, jenis_pegawai, kategori_jabatan, jabatan, instansi,
	unit_kerja, tanggal_lahir, tanggal_kejadian, tanggal_laporan, pemilihan, bentuk, uraian,
	sumber, status, cltn, pasangan_calon, pemilihan_disimpulkan, usia, kelompok_usia,
	kelompok_jabatan, periode, tahap, jenis, kode, ruleset, berkas_baris, kunci, dibuat,
	diubah, rekomendasi_nomor, rekomendasi_tanggal, rekomendasi_dari, rekomendasi_sanksi,
	sanksi, sk_nomor, sk_tanggal, blokir_siasn, impor_id, kontak_pelapor, sasaran,
	putusan_jenis, putusan_nomor, putusan_tanggal, putusan_catatan, jenis_kelamin, spk_nomor,
	keadaan_impor, batal_alasan, gabung_ke, asal, asal_nomor, indikasi
FROM temp.kasus_lama;
DROP TABLE temp.kasus_lama;

-- A roll-up finds the case it keeps for another agency's case by its
-- origin and number; an agency's own cases are not in the index.
CREATE INDEX kasus_asal ON kasus (asal, asal_nomor) WHERE asal IS NOT NULL;
