#!/usr/bin/env bats
# A file netral writes survives a real spreadsheet: LibreOffice Calc opens
# the list, saves it as xlsx, writes it back as CSV, and the result imports
# into a fresh database with every value intact.

load helper

# soffice converting $1 to $2 (a filter name and its options) into dir out/
calc() {
	soffice -env:UserInstallation="file://$BATS_TEST_TMPDIR/profile" --headless \
		${3:+--infilter="$3"} --convert-to "$2" --outdir out "$1" > /dev/null 2>&1
}

cases() {
	netral import -q "$BATS_TEST_DIRNAME/../../data/examples/kasus.csv"
	add_case --nama "Dedi Kontrak" --jenis-pegawai PPNPN --nik 3302151206850001 \
		--kontak-pelapor 081234567890 --no-laporan 0044 --uraian "=1+1, a formula" > /dev/null 2>&1
	add_case --nama "Eko" --nip "19900115 202221 1 005" --jenis-pegawai PPPK \
		--kontak-pelapor "+62 812 0000" > /dev/null 2>&1
}

@test "the list, through LibreOffice's xlsx and back to CSV, imports with every value intact" {
	command -v soffice
	cases
	netral list --format csv --kontak > list.csv
	# NIP and NIK in forms a spreadsheet keeps as text, dates unambiguous
	grep -q ',19680609 199503 1 003,' list.csv
	grep -q ',330215 120685 0001,' list.csv
	calc list.csv xlsx
	[ -s out/list.xlsx ]
	mkdir back
	(cd back && calc ../out/list.xlsx 'csv:Text - txt - csv (StarCalc):44,34,76')
	[ -s back/out/list.csv ]
	NETRAL_DB="$BATS_TEST_TMPDIR/fresh.db" run "$NETRAL" import back/out/list.csv
	[ "$status" -eq 0 ]
	NETRAL_DB="$BATS_TEST_TMPDIR/fresh.db" "$NETRAL" list --format csv --kontak > again.csv
	diff list.csv again.csv
}

@test "the --excel list, through LibreOffice and back, imports with every value intact" {
	command -v soffice
	cases
	netral list --format csv --kontak --excel > excel.csv
	netral list --format csv --kontak > list.csv
	calc excel.csv xlsx 'CSV:59,34,76'
	mkdir back
	(cd back && calc ../out/excel.xlsx 'csv:Text - txt - csv (StarCalc):59,34,76')
	NETRAL_DB="$BATS_TEST_TMPDIR/fresh.db" run "$NETRAL" import back/out/excel.csv
	[ "$status" -eq 0 ]
	NETRAL_DB="$BATS_TEST_TMPDIR/fresh.db" "$NETRAL" list --format csv --kontak > again.csv
	diff list.csv again.csv
}
