-- Version 20: the narrow row.  The derived columns of few values (the
-- age band, position group, period, stage, tier, code, ruleset and sex)
-- become codes of their texts, kept once in kamus; the view kasus_teks
-- reads the cases with the texts.  A case's proven state is its texts, so
-- check proves the upgraded rows as before.  SQLite cannot change a
-- column's type in place: the table is built again, as in version 13, its
-- rows with their ids, its indexes after them; the events that name its
-- cases are checked at the commit, when the cases are there again.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE kasus_lama AS SELECT * FROM kasus;
DROP TABLE kasus;

-- The texts of kasus's few-valued derived columns (CF_CODED in kasus/column.h),
-- each kept once; a case holds the code.  Codes are given as texts first
-- appear and never change or go: a case classified under older rules
-- reads as it was classified.
CREATE TABLE kamus (
	id INTEGER PRIMARY KEY,
	nilai TEXT NOT NULL UNIQUE
) STRICT;

INSERT INTO kamus (nilai) SELECT v FROM (SELECT kelompok_usia AS v FROM temp.kasus_lama
	UNION SELECT kelompok_jabatan FROM temp.kasus_lama
	UNION SELECT periode FROM temp.kasus_lama
	UNION SELECT tahap FROM temp.kasus_lama
	UNION SELECT jenis FROM temp.kasus_lama
	UNION SELECT kode FROM temp.kasus_lama
	UNION SELECT ruleset FROM temp.kasus_lama
	UNION SELECT jenis_kelamin FROM temp.kasus_lama)
	WHERE v IS NOT NULL ORDER BY v;

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
	-- derived from the above and the rules; recomputed on every change.
	-- The age band, position group, period, stage, tier, code, ruleset and
	-- sex take few values: each is the code of its text in kamus (read
	-- them through the view kasus_teks)
	pemilihan_disimpulkan INTEGER NOT NULL,
	usia INTEGER,
	kelompok_usia INTEGER NOT NULL,
	kelompok_jabatan INTEGER NOT NULL,
	periode INTEGER NOT NULL,
	tahap INTEGER NOT NULL,
	jenis INTEGER NOT NULL,
	kode INTEGER NOT NULL,
	ruleset INTEGER NOT NULL,
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
	-- from the NIP or NIK: laki-laki or perempuan (coded); NULL when
	-- neither says
	jenis_kelamin INTEGER,
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
	indikasi TEXT,   -- the circulars' indications (kosakata indikasi), comma-separated
	-- in a roll-up, whether the agency that sent the case counts it: 0 for
	-- an act it counted once under another of its origins (an exchange
	-- file's, 'list --pertukaran'); NULL for the agency's own cases
	dihitung_asal TEXT
) STRICT;

INSERT INTO kasus (
	id, nomor, no_laporan, nama, nip, nik, jenis_pegawai, kategori_jabatan,
	jabatan, instansi, unit_kerja, tanggal_lahir, tanggal_kejadian,
	tanggal_laporan, pemilihan, bentuk, uraian, sumber, status, cltn,
	pasangan_calon, pemilihan_disimpulkan, usia, kelompok_usia,
	kelompok_jabatan, periode, tahap, jenis, kode, ruleset, berkas_baris, kunci,
	dibuat, diubah, rekomendasi_nomor, rekomendasi_tanggal, rekomendasi_dari,
	rekomendasi_sanksi, sanksi, sk_nomor, sk_tanggal, blokir_siasn, impor_id,
	kontak_pelapor, sasaran, putusan_jenis, putusan_nomor, putusan_tanggal,
	putusan_catatan, jenis_kelamin, spk_nomor, keadaan_impor, batal_alasan,
	gabung_ke, asal, asal_nomor, indikasi, dihitung_asal
) SELECT
	l.id,
	l.nomor,
	l.no_laporan,
	l.nama,
	l.nip,
	l.nik,
	l.jenis_pegawai,
	l.kategori_jabatan,
	l.jabatan,
	l.instansi,
	l.unit_kerja,
	l.tanggal_lahir,
	l.tanggal_kejadian,
	l.tanggal_laporan,
	l.pemilihan,
	l.bentuk,
	l.uraian,
	l.sumber,
	l.status,
	l.cltn,
	l.pasangan_calon,
	l.pemilihan_disimpulkan,
	l.usia,
	(SELECT id FROM kamus WHERE nilai = l.kelompok_usia),
	(SELECT id FROM kamus WHERE nilai = l.kelompok_jabatan),
	(SELECT id FROM kamus WHERE nilai = l.periode),
	(SELECT id FROM kamus WHERE nilai = l.tahap),
	(SELECT id FROM kamus WHERE nilai = l.jenis),
	(SELECT id FROM kamus WHERE nilai = l.kode),
	(SELECT id FROM kamus WHERE nilai = l.ruleset),
	l.berkas_baris,
	l.kunci,
	l.dibuat,
	l.diubah,
	l.rekomendasi_nomor,
	l.rekomendasi_tanggal,
	l.rekomendasi_dari,
	l.rekomendasi_sanksi,
	l.sanksi,
	l.sk_nomor,
	l.sk_tanggal,
	l.blokir_siasn,
	l.impor_id,
	l.kontak_pelapor,
	l.sasaran,
	l.putusan_jenis,
	l.putusan_nomor,
	l.putusan_tanggal,
	l.putusan_catatan,
	(SELECT id FROM kamus WHERE nilai = l.jenis_kelamin),
	l.spk_nomor,
	l.keadaan_impor,
	l.batal_alasan,
	l.gabung_ke,
	l.asal,
	l.asal_nomor,
	l.indikasi,
	l.dihitung_asal
FROM temp.kasus_lama l ORDER BY l.id;
DROP TABLE temp.kasus_lama;

CREATE INDEX kasus_asal ON kasus (asal, asal_nomor) WHERE asal IS NOT NULL;
CREATE INDEX kasus_orang ON kasus (asal, nip, tanggal_kejadian, bentuk);
CREATE INDEX kasus_gabung ON kasus (gabung_ke) WHERE gabung_ke IS NOT NULL;
CREATE INDEX kasus_instansi ON kasus (instansi);

-- The cases as netral reads them, every coded column as its text (a code
-- kamus lacks as '?' and the code), in the catalogue's order: for anyone
-- opening the file with sqlite3, and for check.  A migration that adds a
-- column to kasus makes this view again.
CREATE VIEW kasus_teks AS SELECT
	k.id,
	k.nomor,
	k.no_laporan,
	k.nama,
	k.nip,
	k.nik,
	k.jenis_pegawai,
	k.kategori_jabatan,
	k.jabatan,
	k.instansi,
	k.unit_kerja,
	k.tanggal_lahir,
	k.tanggal_kejadian,
	k.tanggal_laporan,
	k.pemilihan,
	k.bentuk,
	k.uraian,
	k.sumber,
	k.status,
	k.cltn,
	k.pasangan_calon,
	k.pemilihan_disimpulkan,
	k.usia,
	coalesce((SELECT nilai FROM kamus WHERE id = k.kelompok_usia), '?' || k.kelompok_usia) AS kelompok_usia,
	coalesce((SELECT nilai FROM kamus WHERE id = k.kelompok_jabatan), '?' || k.kelompok_jabatan) AS kelompok_jabatan,
	coalesce((SELECT nilai FROM kamus WHERE id = k.periode), '?' || k.periode) AS periode,
	coalesce((SELECT nilai FROM kamus WHERE id = k.tahap), '?' || k.tahap) AS tahap,
	coalesce((SELECT nilai FROM kamus WHERE id = k.jenis), '?' || k.jenis) AS jenis,
	coalesce((SELECT nilai FROM kamus WHERE id = k.kode), '?' || k.kode) AS kode,
	coalesce((SELECT nilai FROM kamus WHERE id = k.ruleset), '?' || k.ruleset) AS ruleset,
	k.berkas_baris,
	k.kunci,
	k.dibuat,
	k.diubah,
	k.rekomendasi_nomor,
	k.rekomendasi_tanggal,
	k.rekomendasi_dari,
	k.rekomendasi_sanksi,
	k.sanksi,
	k.sk_nomor,
	k.sk_tanggal,
	k.blokir_siasn,
	k.impor_id,
	k.kontak_pelapor,
	k.sasaran,
	k.putusan_jenis,
	k.putusan_nomor,
	k.putusan_tanggal,
	k.putusan_catatan,
	coalesce((SELECT nilai FROM kamus WHERE id = k.jenis_kelamin), '?' || k.jenis_kelamin) AS jenis_kelamin,
	k.spk_nomor,
	k.keadaan_impor,
	k.batal_alasan,
	k.gabung_ke,
	k.asal,
	k.asal_nomor,
	k.indikasi,
	k.dihitung_asal
FROM kasus k;
