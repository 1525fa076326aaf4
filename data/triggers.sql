-- The log is append-only, whatever program opens the file; the one change
-- allowed is the first link of an event written before the chain (schema
-- 4).  Applied after schema.sql, and again by 'netral init'.

CREATE TRIGGER IF NOT EXISTS peristiwa_tanpa_ubah BEFORE UPDATE ON peristiwa
WHEN OLD.rantai IS NOT NULL OR NEW.rantai IS NULL OR NEW.id IS NOT OLD.id
	OR NEW.kasus_id IS NOT OLD.kasus_id OR NEW.waktu IS NOT OLD.waktu
	OR NEW.operator IS NOT OLD.operator OR NEW.jenis IS NOT OLD.jenis
	OR NEW.kolom IS NOT OLD.kolom OR NEW.lama IS NOT OLD.lama OR NEW.baru IS NOT OLD.baru
	OR NEW.catatan IS NOT OLD.catatan OR NEW.tanggal IS NOT OLD.tanggal
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be changed');
END;

CREATE TRIGGER IF NOT EXISTS peristiwa_tanpa_hapus BEFORE DELETE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be deleted');
END;
