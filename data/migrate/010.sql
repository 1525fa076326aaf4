-- Version 10: prevention beside the cases (units, their activities, the
-- integrity pact's signatories, committee permits), the schedule of the
-- duties as rules (stored with the next sync), and a case's indications.

ALTER TABLE kasus ADD COLUMN indikasi TEXT;

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
	PRIMARY KEY (pemilihan, kegiatan)
) STRICT;

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
	diubah TEXT NOT NULL
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
	dibuat TEXT NOT NULL
) STRICT;

-- A unit reporting the same activity twice (a file sent again) has one.
CREATE UNIQUE INDEX kegiatan_sekali ON kegiatan (unit_id, jenis, tanggal, coalesce(pemilihan, ''));

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
	dibuat TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX pakta_sekali ON pakta (coalesce(pemilihan, ''), kunci);

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
	dibuat TEXT NOT NULL
) STRICT;

CREATE INDEX izin_nip ON izin (nip);
