#!/usr/bin/env bats
# Importing a workbook (.xlsx) as it is: dates by their serial number,
# whatever the locale; a NIP stored as a number refused by its cell;
# formulas by the value saved with them; the sheet, merged and hidden
# cells as a clerk expects; a hostile workbook refused in bounded memory.

load helper

PY=/usr/bin/python3
WB="$BATS_TEST_DIRNAME/workbook.py"

wb() {
	$PY "$WB" "$@"
}

# The header and the rows a clerk types: a row-number column, headings
# as people write them, dates as date cells, NIPs as text.
cases_spec() {
	cat <<'EOF'
# sheet Laporan
No|Nama|NIP|Jenis Pegawai|Instansi|Tanggal Kejadian|Bentuk|Uraian
n:1|Budi Santoso|196806091995031003|PNS|Kabupaten Purbalingga|d:2024-09-10|medsos-kampanye|poster di Facebook
n:2|Siti Aminah|198512302010122001|PNS|Kabupaten Purbalingga|d:2024-10-02|foto-bersama|foto bersama
EOF
}

# a private profile, so that runs never share LibreOffice's
soffice_to() {
	soffice -env:UserInstallation="file://$BATS_TEST_TMPDIR/lo" --headless \
		--convert-to "$1" --outdir "$2" "$3" >/dev/null 2>&1
}

days() {
	netral list --format csv | sqlite3 -csv :memory: '.import /dev/stdin t' '.mode list' '.separator ,' \
		'SELECT nama, nip, tanggal_kejadian FROM t ORDER BY nama'
}

@test "a workbook made by openpyxl imports with its dates exact" {
	cases_spec | wb a.xlsx
	netral init -q
	run netral import --ignore-unknown a.xlsx
	[ "$status" -eq 0 ]
	[ "$(days)" = 'Budi Santoso,19680609 199503 1 003,2024-09-10
Siti Aminah,19851230 201012 2 001,2024-10-02' ]
}

@test "a workbook saved by LibreOffice imports with its dates exact" {
	command -v soffice >/dev/null || skip "no LibreOffice"
	cases_spec | wb a.xlsx
	mkdir lo-out
	soffice_to xlsx lo-out a.xlsx
	netral init -q
	run netral import --ignore-unknown lo-out/a.xlsx
	[ "$status" -eq 0 ]
	[ "$(days)" = 'Budi Santoso,19680609 199503 1 003,2024-09-10
Siti Aminah,19851230 201012 2 001,2024-10-02' ]
}

@test "a NIP stored as a number is refused by its sheet, row and column" {
	{ cases_spec; echo 'n:3|Ani|n:196806091995031003|PNS|Kab A|d:2024-10-14|apk|x'; } | wb a.xlsx
	netral init -q
	before=$(db_state)
	run netral import --ignore-unknown a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"a.xlsx: sheet Laporan, row 4, column NIP: stored as a number (1.96806091995031E+17), digits are lost; format the column as Text and type it again"* ]]
	[[ "$output" == *"nothing imported"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "LibreOffice's save of a numeric NIP is refused alike" {
	command -v soffice >/dev/null || skip "no LibreOffice"
	{ cases_spec; echo 'n:3|Ani|n:196806091995031003|PNS|Kab A|d:2024-10-14|apk|x'; } | wb a.xlsx
	mkdir lo-out
	soffice_to xlsx lo-out a.xlsx
	netral init -q
	run netral import --ignore-unknown --skip-invalid lo-out/a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"sheet Laporan, row 4, column NIP: stored as a number"* ]]
	[[ "$output" == *"imported 2, duplicates 0, rejected 1"* ]]
}

@test "a NIK, a reporter's telephone and a signatory's NIP stored as numbers are refused too" {
	printf 'nama|nik|kontak_pelapor|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nBudi|n:3302011008700001|n:81234567890|PNS|Kab A|d:2024-08-10|apk\n' | wb a.xlsx
	netral init -q
	run netral import a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"column nik: stored as a number"* ]]
	[[ "$output" == *"column kontak_pelapor: stored as a number (81234567890)"* ]]
	netral unit add "Dinas A" --asn 3
	printf 'nama|nip|unit|tanggal\nAni|n:196806091995031003|Dinas A|d:2024-07-01\n' | wb p.xlsx
	run netral pakta import p.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"p.xlsx: sheet Sheet, row 2, column nip: stored as a number"* ]]
}

@test "a count stored as a number is a number" {
	printf 'nama|kepala|jumlah_asn|jumlah_ppnpn\nDinas A|Ani|n:41|n:3\n' | wb u.xlsx
	netral init -q
	run netral unit import u.xlsx
	[ "$status" -eq 0 ]
	run netral unit list --format csv
	[[ "$output" == *"Dinas A,Ani,41,3"* ]]
}

@test "a formula with no saved value is refused; one saved by a spreadsheet is read and said" {
	printf 'nama|jenis_pegawai|instansi|tanggal_kejadian|bentuk|uraian\nBudi|PNS|Kab A|d:2024-08-10|apk|f:="poster "&"di FB"\n' | wb a.xlsx
	netral init -q
	run netral import a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"row 2, column uraian: a formula with no value saved"* ]]
	command -v soffice >/dev/null || skip "no LibreOffice"
	mkdir lo-out
	soffice_to xlsx lo-out a.xlsx
	run netral import lo-out/a.xlsx
	[ "$status" -eq 0 ]
	[[ "$output" == *"row 2, column uraian: warning: a formula: the value saved with it is read"* ]]
	run netral list --format csv
	[[ "$output" == *"poster di FB"* ]]
}

@test "--sheet picks a sheet by name; an unknown one lists those there are" {
	{ echo '# sheet Petunjuk'; echo 'isi kolom di sheet Laporan'; echo '# sheet Laporan'
	  printf 'nama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nBudi|PNS|Kab A|d:2024-08-10|apk\n'; } | wb a.xlsx
	netral init -q
	run netral import --sheet Laporan a.xlsx
	[ "$status" -eq 0 ]
	run netral import --sheet laporan --dry-run a.xlsx
	[ "$status" -eq 0 ]
	run netral import --sheet Rekap a.xlsx
	[ "$status" -eq 4 ]
	[[ "$output" == *"a.xlsx: no sheet 'Rekap' (the workbook has 'Petunjuk', 'Laporan')"* ]]
	# the first sheet is the instructions: its one column names nothing known
	run netral import a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"a.xlsx: sheet Petunjuk, row 1"* ]]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\n' > a.csv
	run netral import --sheet Laporan a.csv
	[ "$status" -eq 2 ]
	[[ "$output" == *"--sheet is for a workbook (.xlsx)"* ]]
	run netral import --delimiter ';' --sheet Laporan a.xlsx
	[ "$status" -eq 2 ]
	[[ "$output" == *"a.xlsx: --delimiter is for a CSV file, and this is a workbook"* ]]
}

@test "a workbook is known by its bytes, whatever its name, on standard input too" {
	printf 'nama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nBudi|PNS|Kab A|d:2024-09-10|apk\n' | wb a.xlsx
	cp a.xlsx laporan.csv
	netral init -q
	run netral import --dry-run laporan.csv
	[ "$status" -eq 0 ]
	run netral import --dry-run - < a.xlsx
	[ "$status" -eq 0 ]
	run bash -c "cat a.xlsx | '$NETRAL' import -"
	[ "$status" -eq 0 ]
	[ "$(days)" = 'Budi,,2024-09-10' ]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nSiti,PNS,Kab A,2024-08-10,apk\n' > csv.xlsx
	run netral import csv.xlsx
	[ "$status" -eq 0 ]
	[[ "$output" == *"csv.xlsx: not a workbook (no ZIP signature): read as CSV"* ]]
	printf '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest' > old.xls
	run netral import old.xls
	[ "$status" -eq 3 ]
	[[ "$output" == *"old.xls: an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx)"* ]]
}

@test "a cell merged down belongs to each row; one merged across to its first column" {
	cat > spec <<'EOF'
unit|jenis|tanggal|peserta|catatan
Dinas A|ikrar|d:2024-07-01|n:3|pagi
|ikrar|d:2024-07-08|n:3|
|ikrar|d:2024-07-15|n:3|sore
# merge A2:A4
# merge E3:F3
EOF
	wb k.xlsx < spec
	netral init -q
	netral unit add "Dinas A" --asn 3
	run netral kegiatan import k.xlsx
	[ "$status" -eq 0 ]
	run netral kegiatan list --format csv
	[ "$(echo "$output" | grep -c '^Dinas A,ikrar')" -eq 3 ]
}

@test "hidden rows are read, and said" {
	printf 'nama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nBudi|PNS|Kab A|d:2024-09-10|apk\nSiti|PNS|Kab A|d:2024-09-11|apk\n# hide-row 3\n' | wb a.xlsx
	netral init -q
	run netral import a.xlsx
	[ "$status" -eq 0 ]
	[[ "$output" == *"imported 2,"* ]]
	[[ "$output" == *"a.xlsx: 1 hidden row was read like any other"* ]]
}

@test "days are exact in the 1904 date system, and a time of day is left out" {
	printf '# date1904\nnama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nBudi|PNS|Kab A|t:2024-09-10 23:59|apk\n' | wb a.xlsx
	netral init -q
	run netral import a.xlsx
	[ "$status" -eq 0 ]
	[ "$(days)" = 'Budi,,2024-09-10' ]
}

@test "an error cell refuses its row, and --skip-invalid goes on" {
	cat > sheet.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>nama</t></is></c><c r="B1" t="inlineStr"><is><t>jenis_pegawai</t></is></c><c r="C1" t="inlineStr"><is><t>instansi</t></is></c><c r="D1" t="inlineStr"><is><t>tanggal_kejadian</t></is></c><c r="E1" t="inlineStr"><is><t>bentuk</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>Budi_x000D_</t></is></c><c r="B2" t="inlineStr"><is><t>PNS</t></is></c><c r="C2" t="inlineStr"><is><t>Kab A</t></is></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="inlineStr"><is><t>apk</t></is></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>Siti</t></is></c><c r="B5" t="inlineStr"><is><t>PNS</t></is></c><c r="C5" t="inlineStr"><is><t>Kab A</t></is></c><c r="D5" t="inlineStr"><is><t>2024-08-10</t></is></c><c r="E5" t="s"><v>0</v></c></row>
<row r="6"><c r="A6" t="inlineStr"><is><t>Ani</t></is></c><c r="B6" t="inlineStr"><is><t>PNS</t></is></c><c r="C6" t="inlineStr"><is><t>Kab A</t></is></c><c r="D6" t="inlineStr"><is><t>2024-08-10</t></is></c><c r="E6" t="s"><v>7</v></c></row>
</sheetData></worksheet>
EOF
	cat > sst.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>ap</t></r><r><t>k</t></r><rPh><t>x</t></rPh></si></sst>
EOF
	wb --raw a.xlsx xl/worksheets/sheet1.xml=sheet.xml xl/sharedStrings.xml=sst.xml
	netral init -q
	run netral import --skip-invalid a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"a.xlsx: sheet Laporan, row 2, column tanggal_kejadian: holds the error #N/A"* ]]
	[[ "$output" == *"a.xlsx: sheet Laporan, row 6, column bentuk: shared string '7' is not in the workbook"* ]]
	[[ "$output" == *"imported 1, duplicates 0, rejected 2"* ]]
	run netral list --format csv
	[[ "$output" == *",Siti,"*",apk,"* ]]
}

@test "a hostile workbook is refused, never read into memory" {
	netral init -q
	wb --bomb bomb.xlsx xl/workbook.xml 65
	[ "$(stat -c %s bomb.xlsx)" -lt 1000000 ]
	run netral import bomb.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"bomb.xlsx: xl/workbook.xml: more than 64 MiB unpacked; not read"* ]]
	printf '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1048577"><c t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>' > far.xml
	wb --raw far.xlsx xl/worksheets/sheet1.xml=far.xml
	run netral import far.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"far.xlsx: xl/worksheets/sheet1.xml: row 1048577 out of place"* ]]
	printf '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&a;</t></si></sst>' > lol.xml
	wb --raw lol.xlsx xl/sharedStrings.xml=lol.xml
	run netral import lol.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"lol.xlsx: xl/sharedStrings.xml: a document type declaration, which no workbook has"* ]]
	wb --strings sst.xlsx 129
	run netral import sst.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"sst.xlsx: xl/sharedStrings.xml: more than 128 MiB of shared strings"* ]]
	head -c 100 bomb.xlsx > cut.xlsx
	run netral import cut.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"cut.xlsx: not a readable workbook"* ]]
}

@test "an OpenDocument sheet is not taken for an Excel workbook" {
	command -v soffice >/dev/null || skip "no LibreOffice"
	printf 'nama|jenis_pegawai\nBudi|PNS\n' | wb a.xlsx
	mkdir out
	soffice_to ods out a.xlsx
	netral init -q
	run netral import out/a.ods
	[ "$status" -eq 3 ]
	[[ "$output" == *"out/a.ods: not an Excel workbook: it has no xl/workbook.xml"* ]]
}

@test "the reject file of a workbook is a workbook, fixed in a spreadsheet and imported as it is" {
	cat > spec <<'EOF2'
# sheet Laporan
Nama|NIP|Jenis Pegawai|Instansi|Tanggal Kejadian|Bentuk
Budi|196806091995031003|PNS|Kab A|d:2024-09-10|apk
Ani|n:198504122010012015|PNS|Kab A|d:2024-09-11|apk
Siti|198512302010122001|PNS|Kab A|31/02/2024|apk
EOF2
	wb a.xlsx < spec
	netral init -q
	run netral import --skip-invalid --reject bad.xlsx a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"imported 1, duplicates 0, rejected 2"* ]]
	[ "$(stat -c %a bad.xlsx)" = 600 ]
	# what the clerk opens: the sheet, the headings, each cell as it was, the row and the reason
	/usr/bin/python3 - <<'PY'
import datetime, openpyxl
ws = openpyxl.load_workbook("bad.xlsx")["Laporan"]
rows = list(ws.iter_rows(values_only=True))
assert rows[0] == ("Nama", "NIP", "Jenis Pegawai", "Instansi", "Tanggal Kejadian", "Bentuk", "baris", "alasan"), rows[0]
assert rows[1][0] == "Ani" and rows[1][6] == 3 and "stored as a number" in rows[1][7], rows[1]
assert isinstance(rows[1][4], datetime.datetime) and rows[1][4].date() == datetime.date(2024, 9, 11), rows[1]
assert rows[2][0] == "Siti" and rows[2][6] == 4 and rows[2][4] == "31/02/2024", rows[2]
assert ws.freeze_panes == "A2"
# fixed as a clerk fixes it: the NIP typed again as text, the day corrected
ws["B2"].value = "198504122010012015"
ws["B2"].number_format = "@"
ws["E3"].value = datetime.date(2024, 2, 29)
ws["E3"].number_format = "dd/mm/yyyy"
ws.parent.save("fixed.xlsx")
PY
	run netral import fixed.xlsx
	[ "$status" -eq 0 ]
	[[ "$output" == *"imported 2, duplicates 0, rejected 0"* ]]
	[ "$(days)" = 'Ani,19850412 201001 2 015,2024-09-11
Budi,19680609 199503 1 003,2024-09-10
Siti,19851230 201012 2 001,2024-02-29' ]
}

@test "dates typed as text in a sheet are held to the CSV file's rule: a month-first column is refused whole" {
	printf 'nama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nBudi|PNS|Kab A|10/09/2024|apk\nSiti|PNS|Kab A|10/14/2024|apk\nAni|PNS|Kab A|d:2024-09-10|apk\n' | wb a.xlsx
	netral init -q
	run netral import --skip-invalid a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"a.xlsx: sheet Sheet, row 3, column tanggal_kejadian: '10/14/2024' is month-first"* ]]
	[ "$(netral list --format ids | wc -l)" -eq 0 ]
}

@test "empty shared strings are strings: the first one empty, or a hundred thousand of them" {
	netral init -q
	printf '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t/></si><si><t>apk</t></si>' > sst.xml
	for i in $(seq 100000); do printf '<si/>'; done >> sst.xml
	printf '</sst>' >> sst.xml
	cat > sheet.xml <<'EOF2'
<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>nama</t></is></c><c r="B1" t="inlineStr"><is><t>jenis_pegawai</t></is></c><c r="C1" t="inlineStr"><is><t>instansi</t></is></c><c r="D1" t="inlineStr"><is><t>tanggal_kejadian</t></is></c><c r="E1" t="inlineStr"><is><t>bentuk</t></is></c><c r="F1" t="inlineStr"><is><t>uraian</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>Budi</t></is></c><c r="B2" t="inlineStr"><is><t>PNS</t></is></c><c r="C2" t="inlineStr"><is><t>Kab A</t></is></c><c r="D2" t="inlineStr"><is><t>2024-08-10</t></is></c><c r="E2" t="s"><v>1</v></c><c r="F2" t="s"><v>100001</v></c></row>
</sheetData></worksheet>
EOF2
	wb --raw a.xlsx xl/worksheets/sheet1.xml=sheet.xml xl/sharedStrings.xml=sst.xml
	run netral import a.xlsx
	[ "$status" -eq 0 ]
	[[ "$output" == *"imported 1,"* ]]
}

@test "the first sheet a clerk sees is read: a hidden or chart sheet before it is passed over, and which was read is said" {
	printf '# sheet Lama\nnama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nOrang Lama|PNS|Kab A|d:2020-10-01|apk\n# hidden\n# chartsheet Grafik\n# sheet Laporan\nnama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nBudi|PNS|Kab A|d:2024-09-10|apk\n' | wb a.xlsx
	netral init -q
	run netral import a.xlsx
	[ "$status" -eq 0 ]
	[[ "$output" == *"a.xlsx: sheet 'Laporan' read, the first the workbook shows of its 2 (--sheet reads another)"* ]]
	[ "$(days)" = 'Budi,,2024-09-10' ]
	run netral import --sheet Grafik --dry-run a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"sheet 'Grafik' is not a worksheet"* ]]
	run netral import --sheet Lama --dry-run a.xlsx
	[ "$status" -eq 0 ]
}

@test "an empty first sheet is named, not taken for an empty file" {
	printf '# sheet Kosong\n# sheet Laporan\nnama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nBudi|PNS|Kab A|d:2024-09-10|apk\n' | wb a.xlsx
	netral init -q
	run netral import a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"a.xlsx: sheet 'Kosong' holds nothing (a header row is needed; --sheet reads another)"* ]]
	run netral import --sheet Laporan a.xlsx
	[ "$status" -eq 0 ]
}

@test "a heading merged down stays the header's; a number is a decimal number, a string index digits" {
	printf 'nama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\n|PNS|Kab A|d:2024-09-10|apk\nBudi|PNS|Kab A|d:2024-09-11|apk\n# merge A1:A2\n' | wb a.xlsx
	netral init -q
	run netral import --skip-invalid a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"row 2, column nama: missing (required)"* ]]
	[[ "$output" == *"imported 1, duplicates 0, rejected 1"* ]]
	cat > sheet.xml <<'EOF2'
<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>nama</t></is></c><c r="B1" t="inlineStr"><is><t>jumlah_asn</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>Dinas A</t></is></c><c r="B2"><v>0x10</v></c></row>
<row r="3"><c r="A3" t="s"><v>abc</v></c><c r="B3"><v>4</v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>Dinas B</t></is></c><c r="B4"><v>4.1E1</v></c></row>
</sheetData></worksheet>
EOF2
	wb --raw u.xlsx xl/worksheets/sheet1.xml=sheet.xml
	run netral unit import --skip-invalid u.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"row 2, column jumlah_asn: not a number: '0x10'"* ]]
	[[ "$output" == *"row 3, column nama: shared string 'abc' is not in the workbook"* ]]
	run netral unit list --format csv
	[[ "$output" == *"Dinas B,,41,"* ]]
}

@test "a workbook with two parts of one name is refused; a link's %20 is a space" {
	netral init -q
	printf 'nama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nBudi|PNS|Kab A|d:2024-09-10|apk\n' | wb a.xlsx
	/usr/bin/python3 - <<'PY'
import warnings, zipfile
warnings.simplefilter("ignore")
src = zipfile.ZipFile("a.xlsx")
with zipfile.ZipFile("dup.xlsx", "w") as z:
    for n in src.namelist():
        z.writestr(n, src.read(n))
    z.writestr("xl/worksheets/sheet1.xml", src.read("xl/worksheets/sheet1.xml").replace(b"Budi", b"Orang Lain"))
with zipfile.ZipFile("space.xlsx", "w") as z:
    for n in src.namelist():
        data = src.read(n)
        if n == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"worksheets/sheet1.xml", b"worksheets/sheet%201.xml")
        z.writestr("xl/worksheets/sheet 1.xml" if n == "xl/worksheets/sheet1.xml" else n, data)
PY
	run netral import dup.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"dup.xlsx: two parts named xl/worksheets/sheet1.xml; not read"* ]]
	run netral import space.xlsx
	[ "$status" -eq 0 ]
	[ "$(days)" = 'Budi,,2024-09-10' ]
}

@test "a date column holding a bare number says how to fix it; a reject file's name that says another format is said" {
	printf 'nama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nBudi|PNS|Kab A|n:45514|apk\nSiti|PNS|Kab A|d:2024-08-10|apk\n' | wb a.xlsx
	netral init -q
	run netral import --skip-invalid --reject bad.csv a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"row 2, column tanggal_kejadian: a number (45514), not a date: format the column as a date (dd/mm/yyyy)"* ]]
	[[ "$output" == *"bad.csv: the rejected rows of a workbook are written as a workbook"* ]]
	cp bad.csv bad-copy.xlsx && /usr/bin/python3 -c 'import openpyxl; openpyxl.load_workbook("bad-copy.xlsx")'
}
