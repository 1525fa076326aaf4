#!/usr/bin/env bats
# The exchange file at its edges: what list --pertukaran refuses, an
# exchange file imported without its origin or holding two states of it,
# a dihitung_asal that is neither 0 nor 1.

load helper

@test "list --pertukaran refuses a filter, another format and an empty name" {
	add_case > /dev/null
	run --separate-stderr netral list --pertukaran X --limit 1
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--pertukaran: an exchange file holds every case; no filter, --sort or --limit"* ]]
	run --separate-stderr netral list --pertukaran X --format json
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--pertukaran: an exchange file is CSV or a workbook (--format xlsx)"* ]]
	run --separate-stderr netral list --pertukaran ""
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--pertukaran: the name of this agency is empty"* ]]
	run --separate-stderr netral list --asal "Kabupaten Nowhere"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--asal: 'Kabupaten Nowhere' is not a registered origin"* ]]
}

@test "an exchange file needs its origin, and holds one state of it" {
	add_case > /dev/null
	add_case --nama Siti > /dev/null
	netral list --pertukaran "Kabupaten Purbalingga" > ex.csv
	awk -F, -v OFS=, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "rantai") c = i } NR == 3 { $c = "1:abc" } { print }' \
		ex.csv > two.csv
	export NETRAL_DB="$BATS_TEST_TMPDIR/prov.db"
	netral asal add "Kabupaten Purbalingga" --kode 3303 > /dev/null
	run netral import ex.csv
	[ "$status" -eq 3 ]
	[[ "$output" == *"ex.csv:2: pengirim: an exchange file is imported with --asal, its origin"* ]]
	run netral import --asal "Kabupaten Purbalingga" two.csv
	[ "$status" -eq 3 ]
	[[ "$output" == *"two.csv:3: rantai: differs from the first row's: a file holds one state of one origin"* ]]
	[ "$(netral list --format ids | wc -l)" -eq 0 ]
}

@test "dihitung_asal is 0 or 1; --sheet names a sheet; a CSV file's rejected rows are CSV" {
	run add_case --dihitung-asal 2 --no-input
	[ "$status" -eq 3 ]
	[[ "$output" == *"dihitung_asal: '2' is not 0 or 1 (whether the origin counts the case)"* ]]
	run --separate-stderr netral import --sheet "" x.xlsx
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--sheet needs the name of a sheet"* ]]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,Kab A,2024-08-10,apk\nB,XX,Kab A,2024-08-10,apk\n' > a.csv
	run netral import --skip-invalid --reject r.xlsx a.csv
	[[ "$output" == *"warning: r.xlsx: the rejected rows of a CSV file are written as CSV"* ]]
	head -1 r.xlsx | grep -q '^nama,'
}

@test "a void case merged into a case the file does not hold keeps no link" {
	add_case --nama A > /dev/null
	add_case --nama B > /dev/null
	netral merge --force 2024-0001 2024-0002 > /dev/null 2>&1
	netral list --pertukaran "Kabupaten Purbalingga" > ex.csv
	awk -F, -v OFS=, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "gabung_ke") c = i } NR > 1 && $c != "" { $c = "2024-0099" } { print }' \
		ex.csv > other.csv
	grep -q 2024-0099 other.csv
	export NETRAL_DB="$BATS_TEST_TMPDIR/prov.db"
	netral asal add "Kabupaten Purbalingga" --kode 3303 > /dev/null
	netral import -q --asal "Kabupaten Purbalingga" other.csv
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(asal_nomor || ' ' || status || ' ' || coalesce(gabung_ke, '-'), '|') FROM kasus ORDER BY id")" = "2024-0001 dilaporkan -|2024-0002 batal -" ]
}

@test "a case sanctioned here that its origin no longer sends stays, said" {
	add_case --nama A > /dev/null
	add_case --nama B > /dev/null
	netral list --pertukaran "Kabupaten Purbalingga" > ex.csv
	sleep 1
	netral list --pertukaran "Kabupaten Purbalingga" | grep -v '^2024-0001,' > cut.csv
	export NETRAL_DB="$BATS_TEST_TMPDIR/prov.db"
	netral asal add "Kabupaten Purbalingga" --kode 3303 > /dev/null
	netral import -q --asal "Kabupaten Purbalingga" ex.csv
	netral status 2024-0001 verifikasi > /dev/null
	# shellcheck disable=SC2086
	netral status 2024-0001 terbukti $PROVEN > /dev/null
	netral status 2024-0001 disanksi --sanksi moral-terbuka --sk-nomor 800/1 --sk-tanggal 2024-10-25 > /dev/null
	run --separate-stderr netral import --asal "Kabupaten Purbalingga" --update cut.csv
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"cut.csv: 2024-0001 (Kabupaten Purbalingga's 2024-0001) is not in the file, but cannot be withdrawn: a case cannot move from disanksi to batal"* ]]
	[ "$(netral show 2024-0001 --format json | grep -c '"status": "disanksi"')" -eq 1 ]
}
