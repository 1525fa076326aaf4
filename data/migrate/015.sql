-- Version 15: the indexes a command about one case, one person or one
-- agency reads, so that its cost does not grow with the database: the
-- cases of a NIP and the repeat check (the same person, day and act: a
-- case without a NIP repeats one without a NIP), the cases merged into
-- one, the cases of an agency.  Each begins with the origin, so that a
-- roll-up's file, all of one origin, goes to one place in it.  A bulk
-- import sets aside the first and the last and builds them again at its
-- end (kasus/indexes.c).
CREATE INDEX kasus_orang ON kasus (asal, nip, tanggal_kejadian, bentuk);
CREATE INDEX kasus_gabung ON kasus (gabung_ke) WHERE gabung_ke IS NOT NULL;
CREATE INDEX kasus_instansi ON kasus (instansi);
