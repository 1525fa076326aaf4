-- Version 3: the vocabularies of the rules (kosakata.csv), what a status
-- requires (status.csv: awal, mencatat, wajib) and the bentuk that concern
-- a spouse (bentuk.csv: pasangan) are rules data, copied in like the rest.

CREATE TABLE kosakata (
	daftar TEXT NOT NULL,
	kode TEXT NOT NULL,
	ejaan TEXT NOT NULL,
	sifat TEXT NOT NULL,
	uraian TEXT NOT NULL,
	baris INTEGER NOT NULL,
	PRIMARY KEY (daftar, kode)
) STRICT;

ALTER TABLE bentuk ADD COLUMN pasangan INTEGER NOT NULL DEFAULT 0;
ALTER TABLE status ADD COLUMN awal INTEGER NOT NULL DEFAULT 0;
ALTER TABLE status ADD COLUMN mencatat TEXT NOT NULL DEFAULT '';
ALTER TABLE status ADD COLUMN wajib TEXT NOT NULL DEFAULT '';

-- A database whose rules came from a folder keeps them (they are not
-- replaced by the built-in set): it gets the built-in values here.
INSERT INTO kosakata (daftar, kode, ejaan, sifat, uraian, baris) VALUES
	('jenis_pegawai', 'PNS', 'CPNS', 'asn nip_pns', 'Pegawai negeri sipil, calon PNS termasuk (UU 20/2023 tentang ASN)', 2),
	('jenis_pegawai', 'PPPK', '', 'asn ni_pppk', 'Pegawai pemerintah dengan perjanjian kerja (UU 20/2023 tentang ASN)', 3),
	('jenis_pegawai', 'PPNPN', '', '', 'Pegawai pemerintah non-PNS (honorer, kontrak): bukan ASN; sanksi menurut SPK', 4),
	('rekomendasi_dari', 'KASN', '', 'sampai=2024-08-31', 'Komisi Aparatur Sipil Negara: fungsinya beralih ke BKN pada Agustus 2024; rekomendasi bertanggal sesudahnya diperingatkan', 5),
	('rekomendasi_dari', 'BKN', '', '', 'Badan Kepegawaian Negara (sejak KASN dibubarkan)', 6),
	('rekomendasi_dari', 'Bawaslu', '', '', 'Badan Pengawas Pemilihan Umum', 7),
	('rekomendasi_dari', 'internal', '', '', 'Pemeriksaan oleh instansi sendiri', 8),
	('kelompok_jabatan', 'jpt', '', '', 'Jabatan pimpinan tinggi', 9),
	('kelompok_jabatan', 'administrator', '', '', 'Jabatan administrator', 10),
	('kelompok_jabatan', 'pengawas', '', '', 'Jabatan pengawas', 11),
	('kelompok_jabatan', 'fungsional', '', '', 'Jabatan fungsional', 12),
	('kelompok_jabatan', 'pelaksana', '', '', 'Jabatan pelaksana', 13),
	('kelompok_jabatan', 'kepala_wilayah', '', '', 'Camat, lurah, kepala desa', 14),
	('jenis', 'kode_etik', '', 'matriks sanksi', 'Pelanggaran kode etik (PP 42/2004)', 15),
	('jenis', 'disiplin_ringan', '', 'sanksi', 'Hukuman disiplin ringan (PP 94/2021)', 16),
	('jenis', 'disiplin_sedang', '', 'matriks sanksi', 'Hukuman disiplin sedang (PP 94/2021)', 17),
	('jenis', 'disiplin_berat', '', 'matriks sanksi', 'Hukuman disiplin berat (PP 94/2021)', 18),
	('jenis', 'ptdh', '', 'matriks sanksi', 'Pemberhentian tidak dengan hormat', 19),
	('jenis', 'satgas', '', 'matriks putusan_satgas', 'Diputuskan Satgas: matriks tidak menentukan', 20),
	('jenis', 'tidak_melanggar', '', 'matriks', 'Tidak melanggar netralitas', 21);
UPDATE bentuk SET pasangan = 1 WHERE kode = 'kampanye-pasangan';
UPDATE status SET awal = 1 WHERE kode = 'dilaporkan';
UPDATE status SET mencatat = 'rekomendasi_nomor rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi',
	wajib = 'rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi' WHERE kode = 'terbukti';
UPDATE status SET mencatat = 'sanksi sk_nomor sk_tanggal',
	wajib = 'rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi sanksi sk_nomor sk_tanggal'
	WHERE kode = 'disanksi';
UPDATE status SET wajib = 'rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi sanksi sk_nomor sk_tanggal'
	WHERE kode = 'selesai';
