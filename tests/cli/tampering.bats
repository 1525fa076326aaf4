#!/usr/bin/env bats
# Changes made to the database outside netral that check names: an event
# older than the case it changes, an event of a column there is no such,
# cases removed (one, a run of them, the last ones), an import run whose
# event is gone.

load helper

four_cases() {
	for i in 1 2 3 4; do
		add_case --nama "N$i" --tanggal-kejadian "2024-08-1$i" > /dev/null
	done
	run netral check
	[ "$status" -eq 0 ]
}

event() {
	sqlite3 "$NETRAL_DB" "INSERT INTO peristiwa (id, kasus_id, waktu, operator, jenis, kolom, lama, baru)
		VALUES ($1, $2, '2024-01-01T00:00:00Z', 'x', 'ubah', '$3', 'A', 'B')"
}

@test "an event before a case's creation, or of a column there is none, is named" {
	four_cases
	event 0 1 nama
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"kasus 2024-0001: id: event 0 comes before its creation"* ]]
	# and it has no link: an event numbered 0 is no less an event
	[[ "$output" == *"peristiwa 0: rantai: no link: the event was written or changed outside netral"* ]]
	event 10 2 bogus
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"kasus 2024-0002: bogus: event 10 changes a column cases do not have"* ]]
}

@test "cases removed outside netral are named, one or a run of them, at the end too" {
	four_cases
	sqlite3 "$NETRAL_DB" "DELETE FROM kasus WHERE nomor IN ('2024-0002', '2024-0003')"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"kasus 2024-0002 to 2024-0003: nomor: missing (removed outside netral)"* ]]
	sqlite3 "$NETRAL_DB" "DELETE FROM kasus WHERE nomor = '2024-0004'"
	run netral check
	[[ "$output" == *"the last case is 2024-0001: cases 2024-0002 to 2024-0004 removed, or the counter changed, outside netral"* ]]
}

@test "an import run whose event is gone is named" {
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nZ,PNS,X,2024-08-20,apk\n' > z.csv
	netral import -q z.csv
	sqlite3 "$NETRAL_DB" "DROP TRIGGER peristiwa_tanpa_hapus; DELETE FROM peristiwa WHERE jenis = 'impor'"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"impor 1: id: no event records this run (added outside netral, or its id changed)"* ]]
}

@test "a signatory changed, or a unit added or changed, outside netral is named" {
	netral unit add "Dinas A" --asn 2 > /dev/null
	printf 'nama,nip,unit,tanggal\nA,,Dinas A,2024-07-02\n' > p.csv
	netral pakta import -q --pemilihan PILKADA2024 p.csv
	run netral check
	[ "$status" -eq 0 ]
	sqlite3 "$NETRAL_DB" "UPDATE pakta SET nama = 'B';
		INSERT INTO unit (nama, kunci, kepala, jumlah_asn, jumlah_ppnpn, dibuat, diubah)
		VALUES ('Dinas Z', 'dinas z', '', 1, 0, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"unit 'Dinas Z': id: no event records it (added outside netral, or its id changed)"* ]]
	[[ "$output" == *"pakta 1: nama: changed outside netral (the row differs from its last event)"* ]]
	# two columns at once: the row is named, not a column
	sqlite3 "$NETRAL_DB" "UPDATE unit SET kepala = 'C', jumlah_asn = 9 WHERE nama = 'Dinas A'"
	run netral check
	[[ "$output" == *"unit 'Dinas A': changed outside netral (the row differs from its last event in several columns, or in one that cannot be told)"* ]]
}

@test "an import state on a case an event created, one netral never records, a changed diubah or run record: each named" {
	add_case > /dev/null
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nSiti,PNS,Kota Batang,2024-08-10,medsos-kampanye\n' > k.csv
	netral import k.csv > /dev/null
	cp "$NETRAL_DB" clean.db
	sqlite3 "$NETRAL_DB" "UPDATE kasus SET keadaan_impor = (SELECT keadaan_impor FROM kasus WHERE id = 2) WHERE id = 1;
		UPDATE kasus SET keadaan_impor = 'zz' WHERE id = 2"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"kasus 2024-0001: keadaan_impor: a case an event created holds an import run's state (changed outside netral)"* ]]
	[[ "$output" == *"kasus 2024-0002: keadaan_impor: 'zz' is no state netral records (changed outside netral)"* ]]
	# a state of the oldest form, 32 hex digits, that is not the case's
	cp clean.db "$NETRAL_DB"
	sqlite3 "$NETRAL_DB" "UPDATE kasus SET keadaan_impor = '0123456789abcdef0123456789abcdef' WHERE id = 2"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"kasus 2024-0002: keadaan_impor, or several columns: differ from what the case's history gives (changed outside netral)"* ]]
	cp clean.db "$NETRAL_DB"
	sqlite3 "$NETRAL_DB" "UPDATE kasus SET diubah = '2025-01-01T00:00:00Z' WHERE id = 2"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"kasus 2024-0002: diubah: is '2025-01-01T00:00:00Z', but its last event is of '"* ]]
	# a run's record that cannot be read column by column
	for record in "berkas=k.csv; diimpor=1" "file=k.csv; sha256=0; diimpor=1; duplikat=0; diperbarui=0; ditolak=0"; do
		cp clean.db "$NETRAL_DB"
		sqlite3 "$NETRAL_DB" "DROP TRIGGER peristiwa_tanpa_ubah;
			UPDATE peristiwa SET catatan = '$record' WHERE jenis = 'impor'"
		run netral check
		[ "$status" -eq 1 ]
		[[ "$output" == *"impor 1: its record (file, SHA-256, counts) differs from its event (changed outside netral)"* ]]
	done
}

@test "a damaged index is named by the integrity check" {
	add_case > /dev/null
	# the index's definition changed under its pages: its entries no longer match
	sqlite3 "$NETRAL_DB" "PRAGMA writable_schema = ON;
		UPDATE sqlite_schema SET sql = 'CREATE INDEX peristiwa_kasus ON peristiwa (operator)'
		WHERE name = 'peristiwa_kasus'"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"integrity: row 1 missing from index peristiwa_kasus"* ]]
}

@test "a day changed outside netral into no date: the report leaves the activity out, the letter prints it as stored" {
	netral unit add "Dinas A" --asn 2 > /dev/null
	netral kegiatan add "Dinas A" --jenis ikrar --tanggal 2024-10-01 > /dev/null
	netral izin add --nama "Rina Kartika" --nip "19850412 201001 2 015" --peran KPPS --sk-penunjukan 1 \
		--pemberi-nama B --pemberi-nip "19680101 199003 1 007" --pemberi-jabatan Kepala \
		--tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-10-02
	[[ "${lines[3]}" == "Dinas A  tertinggal  done "* ]]
	sqlite3 "$NETRAL_DB" "UPDATE kegiatan SET tanggal = '1 Okt 2024'; UPDATE izin SET tanggal = '1 Okt 2024'"
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-10-02
	[[ "${lines[3]}" == "Dinas A  tertinggal  not yet "* ]]
	run netral izin surat IZ-2024-0001
	[ "$status" -eq 0 ]
	[[ "$output" == *", 1 Okt 2024"* ]]
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"kegiatan 1: tanggal: changed outside netral"* ]]
}

@test "an origin's register entry or its last exchange file's head changed outside netral is named" {
	netral asal add "Kabupaten Batang" --kode 3325 > /dev/null
	run netral check
	[ "$status" -eq 0 ]
	# an older file would pass once the head it is held to is rolled back
	sqlite3 "$NETRAL_DB" "UPDATE daftar_asal SET rantai = '1:$(printf '0%.0s' $(seq 64))'"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"daftar_asal 'Kabupaten Batang': rantai: changed outside netral"* ]]
}
