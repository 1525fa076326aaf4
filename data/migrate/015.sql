-- Version 15: the indexes a command about one case, one person or one
-- agency reads, so that its cost does not grow with the database: the
-- repeat check (the same day and act), the cases merged into one, the
-- cases of a NIP, the cases of an agency.  A bulk import sets the last
-- three aside and builds them again at its end (kasus/indexes.c).
CREATE INDEX kasus_perbuatan ON kasus (asal, tanggal_kejadian, bentuk);
CREATE INDEX kasus_gabung ON kasus (gabung_ke) WHERE gabung_ke IS NOT NULL;
CREATE INDEX kasus_nip ON kasus (asal, nip);
CREATE INDEX kasus_instansi ON kasus (instansi);
