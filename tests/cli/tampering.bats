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

@test "a signatory changed, or a unit added, outside netral is named" {
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
