-- Version 14: the origins of a roll-up are a register (netral asal, the
-- table daftar_asal: "asal" was another table before version 7), each
-- once however its name is spelt (kunci: the name folded), with the chain
-- head and the time of the last exchange file taken from it, so that an
-- older one is refused.  The origins the cases already name are not
-- registered here: their spellings may fold alike, and which is the
-- official name is the register's to say ('netral asal add').
-- In a roll-up, whether the agency that sent a case counts it (an
-- exchange file's dihitung_asal): 0 for an act it counted once under
-- another of its origins, so that the province's count of an act two of
-- its regencies reported stays one at BKN.
ALTER TABLE kasus ADD COLUMN dihitung_asal TEXT;

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
