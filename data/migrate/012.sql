-- Version 12: the matrix answers for whom the act favoured (sasaran: a
-- candidate or a party), so the key of its rows takes it in.  The rows are
-- kept (for either target) until the next sync stores the rules again.
-- A contest carries the name of the event as the law names it (sebutan).
-- A legal basis names the statute in force on the act's day (undang).
-- A prevention duty may be an agency's own circular's (jadwal.instansi).

-- 1: the agency's own circular (jadwal_instansi.csv), cited when shown
ALTER TABLE jadwal ADD COLUMN instansi INTEGER NOT NULL DEFAULT 0;

-- The texts a legal basis names by {kunci} that depend on the act's day
-- (undang.csv): the statute on ASN in force.
CREATE TABLE undang (
	kunci TEXT NOT NULL,
	berlaku TEXT NOT NULL,
	teks TEXT NOT NULL,
	sumber TEXT NOT NULL,
	PRIMARY KEY (kunci, berlaku)
) STRICT;

-- the event as the law and letters name it ('' before version 11: nama)
ALTER TABLE pemilihan ADD COLUMN sebutan TEXT NOT NULL DEFAULT '';

CREATE TABLE matriks_baru (
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
INSERT INTO matriks_baru (ruleset, berlaku, bentuk, tahap, cltn, pasangan_calon, kode, jenis,
	dasar_hukum, catatan, baris, baris_bkn)
	SELECT ruleset, berlaku, bentuk, tahap, cltn, pasangan_calon, kode, jenis, dasar_hukum,
		catatan, baris, baris_bkn FROM matriks;
DROP TABLE matriks;
ALTER TABLE matriks_baru RENAME TO matriks;
