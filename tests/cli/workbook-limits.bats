#!/usr/bin/env bats
# A sheet's cells at Excel's limits: a column past XFD, a day before the
# first, several errors in one row (the first said), an empty row; a
# rejected cell longer than a workbook holds, and a reject workbook with
# no scratch space.

load helper

PY=/usr/bin/python3
WB="$BATS_TEST_DIRNAME/workbook.py"
H='<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
HR='<row r="1"><c r="A1" t="inlineStr"><is><t>nama</t></is></c><c r="B1" t="inlineStr"><is><t>jenis_pegawai</t></is></c><c r="C1" t="inlineStr"><is><t>instansi</t></is></c><c r="D1" t="inlineStr"><is><t>tanggal_kejadian</t></is></c><c r="E1" t="inlineStr"><is><t>bentuk</t></is></c></row>'

styled() {
	cat > rels.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
EOF
	printf '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>' > styles.xml
	$PY "$WB" --raw "$1" xl/worksheets/sheet1.xml="$2" xl/_rels/workbook.xml.rels=rels.xml xl/styles.xml=styles.xml
}

@test "a column past XFD is out of place" {
	netral init -q
	printf '%s<row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>' "$H" > far.xml
	$PY "$WB" --raw far.xlsx xl/worksheets/sheet1.xml=far.xml
	run netral import far.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"far.xlsx: xl/worksheets/sheet1.xml: row 1: cell 'XFE1' out of place"* ]]
}

@test "a row's first error is said, a day 0 is no day, an empty row is passed over" {
	netral init -q
	printf '%s%s<row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2" t="e"><v>#REF!</v></c><c r="D2" s="1"><v>0</v></c><c r="E2" t="inlineStr"><is><t>apk</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t></t></is></c><c r="B3"/></row><row r="4"><c r="A4" t="inlineStr"><is><t>B</t></is></c><c r="B4" t="inlineStr"><is><t>PNS</t></is></c><c r="C4" t="inlineStr"><is><t>K</t></is></c><c r="D4" s="1"><v>0</v></c><c r="E4" t="inlineStr"><is><t>apk</t></is></c></row></sheetData></worksheet>' "$H" "$HR" > two.xml
	styled two.xlsx two.xml
	run netral import --skip-invalid two.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"two.xlsx: sheet Laporan, row 2, column jenis_pegawai: holds the error #N/A"* ]]
	[[ "$output" != *"#REF!"* ]]
	[[ "$output" == *"two.xlsx: sheet Laporan, row 4, column tanggal_kejadian: formatted as a date, but 0 is no day"* ]]
	[[ "$output" == *"imported 0, duplicates 0, rejected 2"* ]]
	run env TMPDIR="$BATS_TEST_TMPDIR/none" "$NETRAL" import --skip-invalid --reject rr.xlsx two.xlsx
	[ "$status" -eq 6 ]
	[[ "$output" == *"netral: cannot create a file in '$BATS_TEST_TMPDIR/none'"* ]]
	[ ! -e rr.xlsx ]
}

@test "a rejected cell longer than a workbook holds leaves the rejected rows in the messages alone" {
	netral init -q
	long=$(head -c 40000 /dev/zero | tr '\0' a)
	printf '%s%s<row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c><c r="B2" t="inlineStr"><is><t>PNS</t></is></c><c r="C2" t="inlineStr"><is><t>K</t></is></c><c r="D2" t="inlineStr"><is><t>2024-08-10</t></is></c><c r="E2" t="inlineStr"><is><t>%s</t></is></c></row></sheetData></worksheet>' "$H" "$HR" "$long" > lg.xml
	$PY "$WB" --raw lg.xlsx xl/worksheets/sheet1.xml=lg.xml
	run netral import --skip-invalid --reject rw.xlsx lg.xlsx
	[ "$status" -eq 6 ]
	[[ "$output" == *"netral: cannot write 'rw.xlsx': a cell or sheet was refused; the previous file, if any, is unchanged"* ]]
	[[ "$output" == *"lg.xlsx: the import is done, but the rejected rows are only in the messages above"* ]]
	[ ! -e rw.xlsx ]
}

@test "a cell or a row longer than a CSV record may be is refused by its row" {
	netral init -q
	long=$(head -c 1100000 /dev/zero | tr '\0' a)
	half=$(head -c 600000 /dev/zero | tr '\0' a)
	printf '%s<row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row></sheetData></worksheet>' "$H" "$long" > cell.xml
	printf '%s<row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c><c r="B1" t="inlineStr"><is><t>%s</t></is></c></row></sheetData></worksheet>' "$H" "$half" "$half" > row.xml
	$PY "$WB" --raw cell.xlsx xl/worksheets/sheet1.xml=cell.xml
	$PY "$WB" --raw row.xlsx xl/worksheets/sheet1.xml=row.xml
	run netral import cell.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"cell.xlsx: xl/worksheets/sheet1.xml: row 1: a cell longer than 1048576 bytes"* ]]
	run netral import row.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"row.xlsx: xl/worksheets/sheet1.xml: row 1 longer than 1048576 bytes"* ]]
}

@test "a problem in a column the sheet lacks is said under the column's own name" {
	netral init -q
	printf 'nama|jenis_pegawai|instansi|tanggal_kejadian|bentuk|status\nA|PNS|Kab A|2024-08-10|apk|terbukti\n' | $PY "$WB" q.xlsx
	run netral import --skip-invalid q.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"q.xlsx: sheet Sheet, row 2, column rekomendasi_tanggal: a case at terbukti records it (missing)"* ]]
}
