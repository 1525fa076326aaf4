#!/usr/bin/env bats
# The order of a CSV's dates, decided from all the values of each date
# column before any row is taken: a month-first file is refused whole, a
# day-first one read, one that proves nothing read day-first and said.

load helper

HEAD="nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk"

# A case file with the incident dates given, one row each.
cases() {
	echo "$HEAD"
	local i=0
	for d in "$@"; do
		i=$((i + 1))
		echo "Pegawai $i,PNS,Kab A,$d,apk"
	done
}

@test "a month-first file is refused whole, with --skip-invalid too: the line that proves it and how to save it" {
	cases 09/10/2024 10/14/2024 2024-08-01 > mdy.csv
	for opt in "" --skip-invalid; do
		rm -f rej.csv
		# shellcheck disable=SC2086
		run --separate-stderr netral import $opt ${opt:+--reject rej.csv} mdy.csv
		[ "$status" -eq 3 ]
		[[ "$stderr" == *"mdy.csv:3: tanggal_kejadian: '10/14/2024' is month-first: the file writes its dates month-first (MM/DD/YYYY)"* ]]
		[[ "$stderr" == *"YYYY-MM-DD or DD/MM/YYYY, or import the .xlsx workbook itself"* ]]
		[[ "$stderr" == *"mdy.csv: nothing imported"* ]]
		[ "$output" = "" ]
		[ ! -e rej.csv ]
	done
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 0 ]
}

@test "a prevention import with a date column is refused whole when the file is month-first" {
	netral unit add "Dinas A" --asn 3 > /dev/null
	printf 'unit,jenis,tanggal,peserta\nDinas A,ikrar,07/01/2024,3\nDinas A,ikrar,07/15/2024,4\n' > k.csv
	run --separate-stderr netral kegiatan import --skip-invalid k.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"k.csv:3: tanggal: '07/15/2024' is month-first"* ]]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kegiatan')" = 0 ]
	printf 'nama,nip,unit,tanggal\nAni,19850412 201001 2 015,Dinas A,12/31/2024\n' > p.csv
	run --separate-stderr netral pakta import --skip-invalid p.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"p.csv:2: tanggal: '12/31/2024' is month-first"* ]]
}

@test "a day-first file imports as written, and nothing is said of its order" {
	cases 10/09/2024 14/10/2024 > dmy.csv
	run netral import dmy.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 2, duplicates 0, rejected 0" ]
	run sqlite3 "$NETRAL_DB" 'SELECT tanggal_kejadian FROM kasus ORDER BY id'
	[ "$output" = "$(printf '2024-09-10\n2024-10-14')" ]
}

@test "a column no value proves is read day-first, and the summary names it" {
	{ echo "$HEAD,tanggal_laporan"
	  echo "A,PNS,Kab A,10/09/2024,apk,2024-09-12"
	  echo "B,PNS,Kab A,2024-09-11,apk,"; } > open.csv
	run netral import open.csv
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "dates read day-first (DD/MM/YYYY), as no value in the column proves the order: tanggal_kejadian" ]
	[ "${lines[1]}" = "imported 2, duplicates 0, rejected 0" ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT tanggal_kejadian FROM kasus WHERE id = 1')" = 2024-09-10 ]
	# quiet says nothing, as it says no summary
	run netral import -q open.csv
	[ "$output" = "" ]
}

@test "a value that is no day either way (00/45, 10/45, 32/13) proves nothing: its row alone is refused" {
	cases 10/09/2024 00/45/2024 32/13/2024 10/45/2024 > bad.csv
	run --separate-stderr netral import --skip-invalid bad.csv
	[ "$status" -eq 3 ]
	[ "$output" = "$(printf '%s\n%s' "dates read day-first (DD/MM/YYYY), as no value in the column proves the order: tanggal_kejadian" \
		"imported 1, duplicates 0, rejected 3")" ]
	[[ "$stderr" == *"bad.csv:3: tanggal_kejadian: '00/45/2024' is not a valid date"* ]]
	[[ "$stderr" == *"bad.csv:4: tanggal_kejadian: '32/13/2024' is not a valid date"* ]]
	[[ "$stderr" == *"bad.csv:5: tanggal_kejadian: '10/45/2024' is not a valid date"* ]]
}

@test "a column written both ways is refused whole, naming both lines" {
	cases 14/10/2024 01/02/2024 10/14/2024 > both.csv
	run --separate-stderr netral import --skip-invalid both.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"both.csv:2: tanggal_kejadian: '14/10/2024' is day-first, but line 4 has '10/14/2024', month-first"* ]]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 0 ]
}

@test "standard input is read twice through a private copy: decided, imported, its digest and lines right" {
	cases 14/10/2024 10/09/2024 > dmy.csv
	run netral import - < dmy.csv
	[ "$status" -eq 0 ]
	sum=$(sha256sum dmy.csv | cut -d' ' -f1)
	[ "$(sqlite3 "$NETRAL_DB" "SELECT berkas || '/' || sha256 FROM impor")" = "stdin/$sum" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT berkas_baris || '/' || tanggal_kejadian FROM kasus WHERE id = 2")" = "3/2024-09-10" ]
	# the copy is gone at the end; without a place for it, said
	mkdir tmp
	rm -f "$NETRAL_DB"*
	run env TMPDIR="$BATS_TEST_TMPDIR/tmp" "$NETRAL" import - < dmy.csv
	[ "$status" -eq 0 ]
	[ -z "$(ls -A tmp)" ]
	run --separate-stderr env TMPDIR="$BATS_TEST_TMPDIR/none" "$NETRAL" import - < dmy.csv
	[ "$status" -ne 0 ]
	[[ "$stderr" == *"cannot copy stdin to a temporary file: No such file or directory"* ]]
	# a pipe too, and a month-first one refused
	cases 10/14/2024 > mdy.csv
	run --separate-stderr netral import - < <(cat mdy.csv)
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"stdin:2: tanggal_kejadian: '10/14/2024' is month-first"* ]]
	run --separate-stderr netral import <(cat mdy.csv)
	[ "$status" -eq 3 ]
	[[ "$stderr" == *":2: tanggal_kejadian: '10/14/2024' is month-first"* ]]
}

# A workbook as a clerk's Excel saves it: a date in the locale's short
# date format (10 September and 14 October 2024), a NIP as text, a name
# with a comma and letters beyond ASCII.
workbook() {
	/usr/bin/python3 - "$1" <<'PY'
import datetime, sys
import openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["No", "nama", "nip", "jenis_pegawai", "instansi", "tanggal_kejadian", "bentuk"])
ws.append([1, "Siti Aminah, S.Pd.", "198512302010122001", "PNS", "Kabupaten Purbalingga",
           datetime.date(2024, 9, 10), "medsos-kampanye"])
ws.append([2, "Ñoman Gündüz", "196806091995031003", "PNS", "Kabupaten Purbalingga",
           datetime.date(2024, 10, 14), "medsos-kampanye"])
for row in (2, 3):
    ws.cell(row, 3).number_format = "@"
    ws.cell(row, 6).number_format = "mm-dd-yy"   # Excel's short date, format 14
wb.save(sys.argv[1])
PY
}

# laporan.csv from the workbook, converted in the locale given
soffice_csv() {
	local locale=$1
	shift
	command -v soffice > /dev/null || skip "soffice is not installed"
	/usr/bin/python3 -c 'import openpyxl' 2> /dev/null || skip "openpyxl is not installed"
	workbook laporan.xlsx
	env LC_ALL="$locale" soffice "-env:UserInstallation=file://$BATS_TEST_TMPDIR/lo" --headless "$@" \
		laporan.xlsx > /dev/null 2>&1
	[ -s laporan.csv ]
}

@test "README: the workbook converted with the LibreOffice command given imports with exact dates" {
	# the command as the README gives it
	cmd=$(grep '^LC_ALL=.* soffice --headless --convert-to ' "$BATS_TEST_DIRNAME/../../README.md")
	[ "$cmd" = "LC_ALL=id_ID.UTF-8 soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true' laporan.xlsx" ]
	soffice_csv id_ID.UTF-8 --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true'
	run netral import laporan.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 2, duplicates 0, rejected 0" ]
	run sqlite3 "$NETRAL_DB" 'SELECT nama, nip, tanggal_kejadian, jenis FROM kasus_teks ORDER BY id'
	[ "${lines[0]}" = "Siti Aminah, S.Pd.|198512302010122001|2024-09-10|kode_etik" ]
	[ "${lines[1]}" = "Ñoman Gündüz|196806091995031003|2024-10-14|disiplin_berat" ]
}

@test "the plain --convert-to csv of the same workbook writes its dates month-first: refused whole" {
	soffice_csv C.UTF-8 --convert-to csv
	run --separate-stderr netral import --skip-invalid laporan.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"laporan.csv:3: tanggal_kejadian: '10/14/2024' is month-first"* ]]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 0 ]
}

@test "a record refused for a stray quote still proves its file month-first" {
	netral init -q
	printf 'no_laporan,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,uraian\nA1,Budi,PNS,Kab X,10/14/2024,apk,ada 5"2 kutip\nA2,Siti,PNS,Kab X,08/10/2024,apk,y\n' > sq.csv
	run netral import --skip-invalid sq.csv
	[ "$status" -eq 3 ]
	[[ "$output" == *"sq.csv:2: tanggal_kejadian: '10/14/2024' is month-first"* ]]
	[ "$(netral list --format ids | wc -l)" -eq 0 ]
}
