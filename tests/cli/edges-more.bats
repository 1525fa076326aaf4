#!/usr/bin/env bats
# Edges of the newer commands: overdue's --output that cannot be made or
# written, asal add without a database folder, a LANG of no language,
# a short date whose month has three digits.

load helper

@test "overdue --output: a folder that is not there, or a full disk, is said" {
	add_case > /dev/null
	run netral overdue --output "$BATS_TEST_TMPDIR/none/x.csv"
	[ "$status" -eq 6 ]
	[[ "$output" == *"netral: cannot create a file in '$BATS_TEST_TMPDIR/none'"* ]]
	run netral overdue --output /dev/full
	[ "$status" -eq 6 ]
	[[ "$output" == *"netral: cannot write '/dev/full': No space left on device"* ]]
}

@test "asal add: --help, and a database that cannot be made" {
	run netral asal add --help
	[ "$status" -eq 0 ]
	[[ "$output" == "usage: netral asal add NAME --kode CODE"* ]]
	run env NETRAL_DB="$BATS_TEST_TMPDIR/none/x.db" "$NETRAL" asal add "Kab Q" --kode 5
	[ "$status" -eq 6 ]
	[[ "$output" == *"netral: cannot create database '$BATS_TEST_TMPDIR/none/x.db'"* ]]
}

@test "a LANG that names no language leaves the messages in English" {
	run env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=.UTF-8 "$NETRAL" nosuch
	[ "$status" -eq 2 ]
	[ "$output" = "netral: 'nosuch' is not a command; see 'netral --help'" ]
}

@test "a short date with a three-digit month is no date, and proves no order" {
	netral init -q
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,Kab A,10/123/2024,apk\nB,PNS,Kab A,10/08/2024,apk\n' > d.csv
	run netral import --dry-run d.csv
	[ "$status" -eq 3 ]
	[[ "$output" == *"dates read day-first (DD/MM/YYYY), as no value in the column proves the order: tanggal_kejadian"* ]]
	[[ "$output" == *"d.csv:2: tanggal_kejadian: '10/123/2024' is not a date"* ]]
}
