-- Version 7: the Satgas's decision on a case the matrix leaves to it, and
-- the sex from the NIP or NIK kept for the summaries.  The derived column
-- is filled by reclassifying every case once (meta turunkan_ulang), which
-- logs each value as an event so the history still proves the row.

ALTER TABLE kasus ADD COLUMN putusan_jenis TEXT;
ALTER TABLE kasus ADD COLUMN putusan_nomor TEXT;
ALTER TABLE kasus ADD COLUMN putusan_tanggal TEXT;
ALTER TABLE kasus ADD COLUMN putusan_catatan TEXT;
ALTER TABLE kasus ADD COLUMN jenis_kelamin TEXT;
INSERT OR REPLACE INTO meta (kunci, nilai) VALUES ('turunkan_ulang', 'jenis_kelamin');
