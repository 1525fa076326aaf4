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

@test "a roll-up of 800 acts from two origins, their files interleaved, counts each act once" {
	netral init -q
	netral asal add "Kab A" --kode 1 > /dev/null
	netral asal add "Kab B" --kode 2 > /dev/null
	"$GEN" 800 > g.csv
	head -400 g.csv > g1.csv
	# the same three acts, sent by another agency under its own numbers
	{ head -1 g.csv; sed -n '2,4p' g.csv | sed 's/^[^,]*,/X\/LP,/'; } > h.csv
	netral import -q --asal "Kab A" g1.csv
	netral import -q --asal "Kab B" h.csv
	netral import -q --asal "Kab A" g.csv
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(asal || ' ' || n, '|') FROM (SELECT asal, count(*) n FROM kasus GROUP BY asal ORDER BY asal)")" = "Kab A 800|Kab B 3" ]
	[ "$(netral export --basis dilaporkan --format csv | sed -n 2p)" = "ringkasan,dilaporkan,800,100.0,Dilaporkan" ]
}

@test "an exchange file whose first row holds no chain head is refused" {
	add_case > /dev/null
	netral list --pertukaran "Kabupaten Purbalingga" > ex.csv
	awk -F, -v OFS=, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "rantai") c = i } NR == 2 { $c = "x" } { print }' ex.csv > bad.csv
	export NETRAL_DB="$BATS_TEST_TMPDIR/prov.db"
	netral asal add "Kabupaten Purbalingga" --kode 3303 > /dev/null
	run netral import --asal "Kabupaten Purbalingga" bad.csv
	[ "$status" -eq 3 ]
	[[ "$output" == *"bad.csv:2: rantai: not an exchange file's chain head and time ('netral list --pertukaran' writes them)"* ]]
}
