-- Version 16: names are matched as Unicode folds them (ß as ss, a final
-- sigma, composed and decomposed text alike), no longer by a table of
-- Latin letters.  The keys a record is found by (unit, daftar_asal, and
-- pakta of a signatory without an NIP) are folded again by netral when it
-- next writes (meta lipat_ulang), each change an event of its record so
-- that the history still proves the row.
INSERT OR REPLACE INTO meta (kunci, nilai) VALUES ('lipat_ulang', 'kunci');
