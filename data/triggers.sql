-- The log is append-only, whatever program opens the file: no event is
-- changed or removed, its link included.  Applied after schema.sql, and
-- again by 'netral init'.

CREATE TRIGGER IF NOT EXISTS peristiwa_tanpa_ubah BEFORE UPDATE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be changed');
END;

CREATE TRIGGER IF NOT EXISTS peristiwa_tanpa_hapus BEFORE DELETE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be deleted');
END;
