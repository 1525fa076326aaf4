#!/usr/bin/env bats
# An empty database, a file with nothing in it, and running things twice.

load helper

@test "on a fresh database: list, overdue, check and history all answer" {
	netral init > /dev/null
	run --separate-stderr netral list
	[ "$status" -eq 0 ]
	[ "$stderr" = "no cases" ]
	run netral overdue
	[ "$status" -eq 0 ]
	[[ "$output" == "0 cases past the 30-day follow-up deadline"* ]]
	run netral check
	[ "$status" -eq 0 ]
	# the one event of a new database: the rules it was created with
	[[ "$output" == "check: ok (0 cases, 1 event;"* ]]
	run netral history 2024-0001
	[ "$status" -eq 4 ]
	run netral history nomor
	[ "$status" -eq 2 ]
}

@test "a header-only file imports nothing, twice, and says so" {
	echo "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk" > header.csv
	run netral import header.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 0, duplicates 0, rejected 0" ]
	run netral import header.csv
	[ "$output" = "imported 0, duplicates 0, rejected 0" ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM impor')" = 2 ]
}

@test "backup without a database fails and writes nothing" {
	run --separate-stderr netral backup copy.db
	[ "$status" -eq 4 ]
	[ ! -e copy.db ]
	[ ! -e "$NETRAL_DB" ]
}

@test "export --output-dir run twice the same day replaces its files whole" {
	add_case --status terbukti $PROVEN
	mkdir out
	netral export --output-dir out
	add_case --status terbukti --nama Kedua $PROVEN
	run netral export --output-dir out
	[ "$status" -eq 0 ]
	grep -q "^ringkasan,terbukti,2,100.0," out/rekap-2026-11-25-ringkasan.csv
	[ "$(ls -A out | wc -l)" -eq 12 ]   # 10 tables, the codes of BKN's rows and the head of the log
}

@test "the completion helper refuses a list it does not know" {
	run netral complete warna
	[ "$status" -eq 2 ]
	run netral complete status
	[ "${lines[0]}" = dilaporkan ]
	# exactly the dimensions of --by, nothing read past them
	run netral complete by
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf '%s\n' periode usia jabatan kategori instansi jenis sanksi pegawai kelamin asal indikasi kode)" ]
	# the message points to a help that exists
	run netral complete --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"usage: netral complete LIST"*"sasaran"* ]]
}

@test "an empty database: the log, the page, completion and the roll-up's lists say nothing, and fail nothing" {
	netral init > /dev/null
	run netral history --format csv --jenis buat
	[ "$status" -eq 0 ]
	[ "$output" = "nomor,waktu,operator,jenis,kolom,lama,baru,catatan,tanggal" ]
	run netral history --format json --jenis buat
	[ "$output" = "[]" ]
	# what a new database holds: the rules it was created with
	run netral history --format csv
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[1]}" == ,*,tester,aturan,aturan,,*,bawaan, ]]
	run netral export --format html --output r.html
	[ "$status" -eq 0 ]
	xmllint --noout r.html
	grep -q '<tspan class="n">0</tspan>' r.html
	run netral complete kasus
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	run netral complete instansi
	[ -z "$output" ]
	# the look-ups by index find nothing, and say so as the scan did
	run --separate-stderr netral list --instansi Batang
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[ "$stderr" = "no cases" ]
	run --separate-stderr netral list --nip "19680609 199503 1 003" --format csv
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	run --separate-stderr netral list --duplikat-lintas --format csv
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	run --separate-stderr sh -c "printf '' | '$NETRAL' status - verifikasi"
	[ "$status" -eq 0 ]
}
