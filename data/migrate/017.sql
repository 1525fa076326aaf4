-- Version 17: a permit's letter carries the agency's own number
-- (nomor_surat), given when the letter is made or made by the numbering
-- pattern of the settings (urut_surat: its sequence in the letter's year),
-- and no two letters share one, whatever the letter case.
ALTER TABLE izin ADD COLUMN nomor_surat TEXT;
ALTER TABLE izin ADD COLUMN urut_surat INTEGER;
CREATE UNIQUE INDEX izin_nomor_surat ON izin (nomor_surat COLLATE NOCASE);
