#!/usr/bin/env bats
# The prevention registers as lists: units, activities and the pact's
# signatories, as a table, CSV, JSON and for Excel, all or one unit's.

load helper

registers() {
	printf 'nama,kepala,jumlah_asn,jumlah_ppnpn\nDinas Pendidikan,Drs. Slamet,3,1\nDinas Kesehatan,dr. Ani,2,0\n' > unit.csv
	netral unit import -q unit.csv
	netral kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal 2024-07-01 --peserta 4 \
		--catatan "apel pagi" --dokumen foto.jpg > /dev/null
	netral kegiatan add "Dinas Kesehatan" --jenis tim-internal --tanggal 2024-07-02 > /dev/null
	printf 'nama,nip,unit,tanggal\nA,19680101 199003 1 007,Dinas Pendidikan,2024-07-02\nB,,Dinas Kesehatan,2024-07-03\n' > p.csv
	netral pakta import -q --pemilihan PILKADA2024 p.csv
}

@test "an activity recorded twice is said, and kept once" {
	registers
	run netral kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal 2024-07-01
	[ "$status" -eq 0 ]
	[ "$output" = "already recorded: Dinas Pendidikan, ikrar on 2024-07-01" ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kegiatan')" = 2 ]
}

@test "the registers as CSV, in the import's columns, by unit name" {
	registers
	run netral kegiatan list --format csv
	[ "$output" = "$(printf '%s\n' 'unit,jenis,tanggal,peserta,pemilihan,catatan,dokumen' \
		'Dinas Kesehatan,tim-internal,2024-07-02,,,,' 'Dinas Pendidikan,ikrar,2024-07-01,4,,apel pagi,foto.jpg')" ]
	run netral pakta list --format csv
	[ "$output" = "$(printf '%s\n' 'nama,nip,unit,tanggal,pemilihan' \
		'B,,Dinas Kesehatan,2024-07-03,PILKADA2024' 'A,19680101 199003 1 007,Dinas Pendidikan,2024-07-02,PILKADA2024')" ]
	run netral unit list --format csv
	[ "${lines[1]}" = "Dinas Kesehatan,dr. Ani,2,0" ]
	# one unit's
	run netral kegiatan list "Dinas Kesehatan" --format csv
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[1]}" == "Dinas Kesehatan,tim-internal,"* ]]
	run netral pakta list "dinas pendidikan" --format csv
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[1]}" == "A,19680101 199003 1 007,Dinas Pendidikan,"* ]]
}

@test "the registers as JSON: numbers as numbers, empty as null" {
	registers
	netral kegiatan list --format json > k.json
	json_valid k.json
	[ "$(json_get k.json '$[1].peserta')" = 4 ]
	[ "$(sqlite3 :memory: "SELECT json_type(readfile('k.json'), '\$[1].peserta')")" = integer ]
	[ "$(sqlite3 :memory: "SELECT json_type(readfile('k.json'), '\$[0].peserta')")" = null ]
	[ "$(json_get k.json '$[1].dokumen')" = foto.jpg ]
	netral pakta list --format json > p.json
	json_valid p.json
	[ "$(sqlite3 :memory: "SELECT json_type(readfile('p.json'), '\$[0].nip')")" = null ]
	[ "$(json_get p.json '$[1].nip')" = "19680101 199003 1 007" ]
	netral unit list --format json > u.json
	[ "$(json_get u.json '$[1].jumlah_asn')" = 3 ]
}

@test "the registers as tables, for Excel, and empty" {
	netral init > /dev/null
	run netral kegiatan list
	[ "$status" -eq 0 ]
	[ "$output" = "no activities recorded" ]
	run netral pakta list
	[ "$output" = "no signatories recorded ('netral pakta import' records them)" ]
	registers
	run netral kegiatan list
	[ "${lines[0]}" = "unit              jenis         tanggal     peserta  pemilihan  catatan    dokumen" ]
	[[ "${lines[1]}" == ----------------\ \ ------------* ]]
	[ "${lines[3]}" = "Dinas Pendidikan  ikrar         2024-07-01  4                   apel pagi  foto.jpg" ]
	run netral pakta list
	[ "${lines[3]}" = "A     19680101 199003 1 007  Dinas Pendidikan  2024-07-02  PILKADA2024" ]
	# a command without its subcommand lists
	[ "$(netral pakta)" = "$(netral pakta list)" ]
	[ "$(netral kegiatan)" = "$(netral kegiatan list)" ]
	[ "$(netral unit)" = "$(netral unit list)" ]
	netral pakta list "Dinas Pendidikan" --excel > x.csv
	[ "$(head -c 3 x.csv | od -An -tx1 | tr -d ' ')" = efbbbf ]
	[ "$(sed -n 1p x.csv | tail -c 2 | od -An -tx1 | tr -d ' ')" = 0d0a ]
	[ "$(sed -n 2p x.csv)" = $'A;19680101 199003 1 007;Dinas Pendidikan;2024-07-02;PILKADA2024\r' ]
	run netral kegiatan list --help
	[ "$status" -eq 0 ]
	[[ "$output" == "usage: netral kegiatan add"* ]]
}
