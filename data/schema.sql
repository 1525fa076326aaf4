-- The netral database, current version.  A new file gets this schema; an
-- older one is brought here by data/migrate/NNN.sql, one step per version.
-- netral sets PRAGMA application_id and user_version itself (src/db.c).
--
-- Values are checked in C before they arrive (dates against the calendar,
-- codes against the rules); the CHECKs here are the cheap last line.

CREATE TABLE meta (
	kunci TEXT PRIMARY KEY,
	nilai TEXT NOT NULL
) STRICT;

-- The rules (data/rules/*.csv), copied in so that every command sees the
-- rule set the cases were classified with.
-- The closed lists: employee types, recommending bodies, position groups,
-- classification tiers; sifat holds a value's properties (asn, nip_pns...).
CREATE TABLE kosakata (
	daftar TEXT NOT NULL,
	kode TEXT NOT NULL,
	ejaan TEXT NOT NULL,
	sifat TEXT NOT NULL,
	uraian TEXT NOT NULL,
	baris INTEGER NOT NULL,
	PRIMARY KEY (daftar, kode)
) STRICT;

-- The texts a legal basis names by {kunci} that depend on the act's day
-- (undang.csv): the statute on ASN in force.
CREATE TABLE undang (
	kunci TEXT NOT NULL,
	berlaku TEXT NOT NULL,
	teks TEXT NOT NULL,
	sumber TEXT NOT NULL,
	PRIMARY KEY (kunci, berlaku)
) STRICT;

CREATE TABLE bentuk (
	kode TEXT PRIMARY KEY,
	uraian TEXT NOT NULL,
	pasangan INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE matriks (
	ruleset TEXT NOT NULL,
	berlaku TEXT NOT NULL,
	bentuk TEXT NOT NULL REFERENCES bentuk (kode),
	tahap TEXT NOT NULL,
	cltn TEXT NOT NULL,
	pasangan_calon TEXT NOT NULL,
	kode TEXT NOT NULL,
	jenis TEXT NOT NULL,
	dasar_hukum TEXT NOT NULL,
	catatan TEXT NOT NULL,
	baris INTEGER NOT NULL,
	-- its row in the tables of BKN Kantor Regional III ("disiplin 4")
	baris_bkn TEXT NOT NULL DEFAULT '',
	-- whom the act favoured: calon, partai, or * for either
	sasaran TEXT NOT NULL DEFAULT '*',
	PRIMARY KEY (ruleset, bentuk, tahap, sasaran, cltn, pasangan_calon)
) STRICT;

CREATE TABLE sanksi (
	ruleset TEXT NOT NULL,
	berlaku TEXT NOT NULL,
	jenis_pegawai TEXT NOT NULL,
	jenis TEXT NOT NULL,
	kode TEXT NOT NULL,
	uraian TEXT NOT NULL,
	dasar_hukum TEXT NOT NULL,
	baris INTEGER NOT NULL,
	PRIMARY KEY (ruleset, jenis_pegawai, jenis, kode)
) STRICT;

CREATE TABLE pemilihan (
	kode TEXT PRIMARY KEY,
	nama TEXT NOT NULL,
	penetapan TEXT NOT NULL,
	kampanye_mulai TEXT NOT NULL,
	kampanye_selesai TEXT NOT NULL,
	pemungutan TEXT NOT NULL,
	sumber TEXT NOT NULL CHECK (sumber IN ('bawaan', 'pengguna')),
	-- '' when unknown: the contest is then in progress from penetapan
	tahapan_mulai TEXT NOT NULL DEFAULT '',
	-- '' when no parties take part (a Pilkada)
	penetapan_partai TEXT NOT NULL DEFAULT '',
	-- the event as the law and letters name it ('' before version 11: nama)
	sebutan TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE jabatan (
	ejaan TEXT PRIMARY KEY,
	kategori TEXT NOT NULL,
	kelompok TEXT NOT NULL
) STRICT;

CREATE TABLE status (
	kode TEXT PRIMARY KEY,
	uraian TEXT NOT NULL,
	terbukti INTEGER NOT NULL,
	ditindaklanjuti INTEGER NOT NULL,
	urutan INTEGER NOT NULL,
	-- the status of a new case; the fields a move here records, and must
	awal INTEGER NOT NULL DEFAULT 0,
	mencatat TEXT NOT NULL DEFAULT '',
	wajib TEXT NOT NULL DEFAULT '',
	-- 0: a void case (batal), out of every count and list unless asked
	dihitung INTEGER NOT NULL DEFAULT 1
) STRICT;

-- The allowed moves between statuses, and settings (the follow-up deadline).
CREATE TABLE transisi (
	dari TEXT NOT NULL REFERENCES status (kode),
	ke TEXT NOT NULL REFERENCES status (kode),
	keterangan TEXT NOT NULL,
	-- 1: a reopening of a case closed by mistake (netral reopen), with
	-- its reason; never a plain move.  NULL reads as 0: a database
	-- upgraded keeps its rules' digest (an empty value is none) until the
	-- rules are next brought in
	buka INTEGER CHECK (buka IN (0, 1)),
	PRIMARY KEY (dari, ke)
) STRICT;

CREATE TABLE pengaturan (
	kunci TEXT PRIMARY KEY,
	nilai TEXT NOT NULL,
	keterangan TEXT NOT NULL
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

-- When each prevention duty runs for a contest, and how often
-- (jadwal.csv): weekly (mingguan), once by a deadline (sekali), or as
-- often as a unit likes (bebas).
CREATE TABLE jadwal (
	pemilihan TEXT NOT NULL,
	kegiatan TEXT NOT NULL,
	irama TEXT NOT NULL,
	mulai TEXT NOT NULL,
	selesai TEXT,
	batas TEXT,
	sumber TEXT NOT NULL,
	-- 1: the agency's own circular (jadwal_instansi.csv), cited when shown
	instansi INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (pemilihan, kegiatan)
) STRICT;

-- The names the groups of the summary tables are published under, in the
-- order fixed tables list them (label.csv).
CREATE TABLE label (
	tabel TEXT NOT NULL,
	kelompok TEXT NOT NULL,
	id TEXT NOT NULL,
	en TEXT NOT NULL,
	sumber TEXT NOT NULL,
	PRIMARY KEY (tabel, kelompok)
) STRICT;

-- Who is to be sent which report for a contest, and how often
-- (kewajiban_lapor.csv, and an agency's own circular's in
-- kewajiban_lapor_instansi.csv): the cadences of jadwal.
CREATE TABLE kewajiban_lapor (
	pemilihan TEXT NOT NULL,
	laporan TEXT NOT NULL,
	kepada TEXT NOT NULL,
	irama TEXT NOT NULL,
	mulai TEXT NOT NULL,
	selesai TEXT,
	batas TEXT,
	sumber TEXT NOT NULL,
	-- 1: the agency's own circular, cited when shown
	instansi INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (pemilihan, laporan, kepada)
) STRICT;

-- The texts of the rules: the permit's letter (surat_izin.txt) and a
-- report's cover letter (surat_pengantar.txt).
CREATE TABLE templat (
	nama TEXT PRIMARY KEY,
	isi TEXT NOT NULL
) STRICT;

-- Case numbers are YEAR-SEQUENCE; the last sequence of each year is kept
-- so that a number is never given twice.
CREATE TABLE nomor (
	tahun INTEGER PRIMARY KEY,
	terakhir INTEGER NOT NULL
) STRICT;

-- One row per 'netral import' run: the provenance of the cases it added.
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

-- A roll-up finds the case it keeps for another agency's case by its
-- origin and number; an agency's own cases are not in the index.
CREATE INDEX kasus_asal ON kasus (asal, asal_nomor) WHERE asal IS NOT NULL;

-- What a command about one case, one person or one agency reads, so that
-- its cost does not grow with the database: the cases of a NIP and the
-- repeat check (the same person, day and act: a case without a NIP
-- repeats one without a NIP), the cases merged into one, the cases of an
-- agency.  The first begins with the origin, so that a roll-up's file,
-- all of one origin, goes to one place in it.  Summaries scan the table.
-- A bulk import sets aside the indexes no import reads (not unique, not
-- partial) and builds them again at its end, one sort each
-- (kasus/indexes.c).
CREATE INDEX kasus_orang ON kasus (asal, nip, tanggal_kejadian, bentuk);
CREATE INDEX kasus_gabung ON kasus (gabung_ke) WHERE gabung_ke IS NOT NULL;
CREATE INDEX kasus_instansi ON kasus (instansi);

-- The texts of kasus's few-valued derived columns (CF_CODED in kasus/column.h),
-- each kept once; a case holds the code.  Codes are given as texts first
-- appear and never change or go: a case classified under older rules
-- reads as it was classified.
CREATE TABLE kamus (
	id INTEGER PRIMARY KEY,
	nilai TEXT NOT NULL UNIQUE
) STRICT;

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

-- Prevention, the circulars' duties beside the cases.  The agency's units
-- (perangkat daerah), each once however its name is spelt (kunci: the
-- name folded), with the headcounts the integrity pact must cover.
CREATE TABLE unit (
	id INTEGER PRIMARY KEY,
	nama TEXT NOT NULL,
	kunci TEXT NOT NULL UNIQUE,
	kepala TEXT,
	jumlah_asn INTEGER NOT NULL CHECK (jumlah_asn >= 0),
	jumlah_ppnpn INTEGER NOT NULL CHECK (jumlah_ppnpn >= 0),
	dibuat TEXT NOT NULL,
	diubah TEXT NOT NULL,
	-- the day it was deactivated: out of the compliance report, still
	-- the unit of its records; NULL while active
	nonaktif TEXT
) STRICT;

-- What a unit reported doing: a pledge at the morning assembly, the pact
-- signed, the internal team formed...  (kosakata kegiatan).  With no
-- contest it counts for every contest whose schedule (jadwal) holds its day.
CREATE TABLE kegiatan (
	id INTEGER PRIMARY KEY,
	unit_id INTEGER NOT NULL REFERENCES unit (id),
	jenis TEXT NOT NULL,
	tanggal TEXT NOT NULL,
	pemilihan TEXT,
	peserta INTEGER CHECK (peserta >= 0),
	catatan TEXT,
	dokumen TEXT,   -- a file name or an address: the evidence, kept elsewhere
	dibuat TEXT NOT NULL,
	-- why it was voided (recorded by mistake): out of every list and count
	batal_alasan TEXT
) STRICT;

-- A unit reporting the same activity twice (a file sent again) has one.
CREATE UNIQUE INDEX kegiatan_sekali ON kegiatan (unit_id, jenis, tanggal, coalesce(pemilihan, ''))
	WHERE batal_alasan IS NULL;

-- The origins of a roll-up (netral asal), each once however its name is
-- spelt (kunci: the name folded), with the chain head and the time of the
-- last exchange file taken from it, so that an older one is refused.
CREATE TABLE daftar_asal (
	id INTEGER PRIMARY KEY,
	nama TEXT NOT NULL,
	kode TEXT NOT NULL UNIQUE,
	kunci TEXT NOT NULL UNIQUE,
	-- the last exchange file's chain head (ID:SHA256) and time
	rantai TEXT,
	dikirim TEXT,
	dibuat TEXT NOT NULL,
	diubah TEXT NOT NULL
) STRICT;

-- Who signed the integrity pact: coverage counted per person.  kunci is
-- the NIP, or for a PPNPN without one the unit and the name folded.
CREATE TABLE pakta (
	id INTEGER PRIMARY KEY,
	unit_id INTEGER NOT NULL REFERENCES unit (id),
	pemilihan TEXT,
	nama TEXT NOT NULL,
	nip TEXT,
	kunci TEXT NOT NULL,
	tanggal TEXT NOT NULL,
	dibuat TEXT NOT NULL,
	-- why it was voided (signed by mistake): out of every list and count
	batal_alasan TEXT
) STRICT;

CREATE UNIQUE INDEX pakta_sekali ON pakta (coalesce(pemilihan, ''), kunci) WHERE batal_alasan IS NULL;

-- Written permits for ASN serving on an election committee (SE Sekda
-- Batang, Lampiran I): the holder, the committee, the appointing decree,
-- and the official who grants it.
CREATE TABLE izin (
	id INTEGER PRIMARY KEY,
	nomor TEXT NOT NULL UNIQUE,
	nama TEXT NOT NULL,
	nip TEXT NOT NULL,
	pangkat TEXT,
	jabatan TEXT,
	unit_kerja TEXT,
	peran TEXT NOT NULL,
	sk_penunjukan TEXT NOT NULL,
	pemberi_nama TEXT NOT NULL,
	pemberi_nip TEXT NOT NULL,
	pemberi_pangkat TEXT,
	pemberi_jabatan TEXT NOT NULL,
	pemberi_unit TEXT,
	tempat TEXT,
	tanggal TEXT NOT NULL,
	pemilihan TEXT NOT NULL,
	dibuat TEXT NOT NULL,
	-- the agency's number of the letter, and its sequence in the letter's
	-- year when the numbering pattern made it (NULL: given, or no letter yet)
	nomor_surat TEXT,
	urut_surat INTEGER
) STRICT;

CREATE INDEX izin_nip ON izin (nip);
CREATE UNIQUE INDEX izin_nomor_surat ON izin (nomor_surat COLLATE NOCASE);

-- The reports sent up (netral pelaporan): what (jenis), to whom (kepada),
-- on which day, under the agency's letter number, which is never given
-- twice in any letter case; lampiran holds each attached file's SHA-256
-- and name, one a line, as sha256sum(1) writes them.
CREATE TABLE pelaporan (
	id INTEGER PRIMARY KEY,
	nomor_surat TEXT NOT NULL UNIQUE COLLATE NOCASE,
	jenis TEXT NOT NULL,
	kepada TEXT NOT NULL,
	tanggal TEXT NOT NULL,
	pemilihan TEXT,
	perihal TEXT,
	lampiran TEXT NOT NULL,
	dibuat TEXT NOT NULL
) STRICT;

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

-- Every change to a case, appended in the transaction that makes it:
-- creation, edit, status move, reclassification; and one event for each
-- import run (kasus_id NULL), with a digest of the cases it created.  Each
-- event's rantai is the SHA-256 of the previous event's rantai and of its
-- own columns: the log is a chain whose head anyone can hold.
CREATE TABLE peristiwa (
	id INTEGER PRIMARY KEY,
	kasus_id INTEGER REFERENCES kasus (id),
	waktu TEXT NOT NULL,
	operator TEXT NOT NULL,
	jenis TEXT NOT NULL,
	kolom TEXT,
	lama TEXT,
	baru TEXT,
	catatan TEXT,
	tanggal TEXT,   -- when it took effect, for a status move (the SK's day...)
	rantai TEXT
) STRICT;

CREATE INDEX peristiwa_kasus ON peristiwa (kasus_id);

-- The triggers that keep the log append-only are in data/triggers.sql,
-- which 'netral init' applies again where they were dropped.
