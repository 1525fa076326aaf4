-- Version 18: the reports an agency sends up are a register (netral
-- pelaporan), and the duties to send them are rules (kewajiban_lapor),
-- which the next sync fills.

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
