#!/usr/bin/env bats
# --excel: CSV that Indonesian Excel opens in one step (a UTF-8 BOM, ';',
# CRLF, decimal commas), read back by import as it was written.

load helper

@test "--excel writes a BOM, semicolons and CRLF in every CSV netral writes" {
	add_case --uraian "a; b" > /dev/null
	add_case --nama B --status verifikasi > /dev/null
	netral status 2024-0002 terbukti $PROVEN --tanggal 2024-10-20 > /dev/null
	for cmd in "list --format csv" "export --format csv" "history --format csv" "overdue --format csv" \
		"show 2024-0001 --format csv" "classify 2024-0001 --format csv" "rules --format csv" \
		"election --format csv"; do
		netral $cmd --excel > out.csv || [ $? -eq 1 ]
		[ "$(head -c 3 out.csv | od -An -tx1 | tr -d ' ')" = efbbbf ] || { echo "no BOM: $cmd"; false; }
		head -1 out.csv | grep -q ';' || { echo "no ';': $cmd"; false; }
		head -1 out.csv | grep -q $'\r$' || { echo "no CRLF: $cmd"; false; }
		[ "$(grep -c $'\r$' out.csv)" -eq "$(wc -l < out.csv)" ]
	done
	netral export --format csv --excel --basis dilaporkan > rekap.csv
	grep -q $'^ringkasan;terbukti;1;50,0;' rekap.csv
	# the plain default stays script-friendly
	netral export --format csv --basis dilaporkan > plain.csv
	grep -q '^ringkasan,terbukti,1,50.0,' plain.csv
}

@test "a list written with --excel imports back into a fresh database with every value" {
	add_case --uraian "a; b \"quoted\"" --nip "19680609 199503 1 003" > /dev/null
	add_case --nama "=HYPERLINK(1)" --nik 3302151206850001 > /dev/null
	netral list --format csv --excel > x.csv
	netral list --format csv > before.csv
	run env NETRAL_DB="$BATS_TEST_TMPDIR/b.db" "$NETRAL" import x.csv
	[ "$status" -eq 0 ]
	NETRAL_DB="$BATS_TEST_TMPDIR/b.db" "$NETRAL" list --format csv > after.csv
	diff before.csv after.csv
}

@test "import says what a spreadsheet did when it meets its traces" {
	cat > sheet.csv <<'CSV'
nama,nip,nik,jenis_pegawai,instansi,tanggal_kejadian,bentuk
A,1.96806E+17,,PNS,X,2024-08-10,apk
B,,"3,30215091E+015",PPNPN,X,2024-08-10,apk
C,,,PNS,X,10/08/24,apk
CSV
	run --separate-stderr netral import sheet.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"sheet.csv:2: nip: '1.96806E+17': a spreadsheet turned the number into a rounded one and lost its last digits; format the column as Text"* ]]
	[[ "$stderr" == *"sheet.csv:3: nik: '3,30215091E+015': a spreadsheet turned the number"* ]]
	[[ "$stderr" == *"sheet.csv:4: tanggal_kejadian: '10/08/24' has a two-digit year, as a spreadsheet shortens it"* ]]
}
