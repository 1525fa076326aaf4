#!/usr/bin/env bats
# A workbook's cells as other programs write them: rows and cells with no
# reference, booleans, date cells (t="d"), numbers with an exponent, date
# formats of their own, the 1904 system; and the parts no workbook has
# refused by the part and line.

load helper

PY=/usr/bin/python3
WB="$BATS_TEST_DIRNAME/workbook.py"
H='<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
B='<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'

wb() {
	$PY "$WB" "$@"
}

head_row() {
	local c=A
	printf '<row r="1">'
	for h in nama jenis_pegawai instansi tanggal_kejadian bentuk uraian; do
		printf '<c r="%s1" t="inlineStr"><is><t>%s</t></is></c>' "$c" "$h"
		c=$(tr A-E B-F <<< "$c")
	done
	printf '</row>'
}

# a row of a case, its date and uraian cells as given
case_row() {
	printf '<row r="%s"><c r="A%s" t="inlineStr"><is><t>%s</t></is></c><c t="inlineStr"><is><t>PNS</t></is></c><c t="inlineStr"><is><t>Kab A</t></is></c>%s<c t="inlineStr"><is><t>apk</t></is></c>%s</row>' \
		"$1" "$1" "$2" "$3" "$4"
}

cells() {
	printf '%s' "$H"
	head_row
	printf '<row><c t="inlineStr"><is><t> Budi\t</t></is></c><c t="inlineStr"><is><t>PNS</t></is></c><c t="inlineStr"><is><t>Kab A</t></is></c><c s="1"><v>%s</v></c><c t="inlineStr"><is><t>apk</t></is></c><c t="b"><v>1</v></c></row>' "$1"
	case_row 3 Siti '<c t="d"><v>2024-09-11T00:00:00</v></c>' '<c t="n"><v>1.5E+3</v></c>'
	case_row 4 Ani '<c s="2"><v>60</v></c>' ''
	case_row 5 Dewi '<c s="1"><v>4.5547e4</v></c>' '<c t="str"><f>1+1</f><v>2</v></c>'
	case_row 6 Eko '<c s="1"><v>45545</v></c>' '<c><v>1e+</v></c>'
	case_row 7 Fajar '<c s="1"><v>45545</v></c>' '<c><v>0x1A</v></c>'
	printf '</sheetData><mergeCells><mergeCell ref="A7"/><mergeCell ref="B7:B7"/><mergeCell/></mergeCells></worksheet>'
}

parts() {
	cat > rels.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="other.xml"/></Relationships>
EOF
	cat > styles.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>
EOF
}

@test "cells as other programs write them are read by their type and format" {
	parts
	cells 45545 > sheet.xml
	wb --raw a.xlsx xl/worksheets/sheet1.xml=sheet.xml xl/_rels/workbook.xml.rels=rels.xml xl/styles.xml=styles.xml
	netral init -q
	run netral import --skip-invalid a.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"a.xlsx: sheet Laporan, row 4, column tanggal_kejadian: formatted as a date, but 60 is no day"* ]]
	[[ "$output" == *"row 6, column uraian: not a number: '1e+'"* ]]
	[[ "$output" == *"row 7, column uraian: not a number: '0x1A'"* ]]
	[[ "$output" == *"imported 3, duplicates 0, rejected 3"* ]]
	netral list --format csv | cut -d, -f3,12,16 > got
	printf 'nama,tanggal_kejadian,uraian\nBudi,2024-09-10,TRUE\nSiti,2024-09-11,1500\nDewi,2024-09-12,2\n' | diff - got
}

@test "a workbook of the 1904 date system counts its serial numbers from 1904" {
	parts
	cells 44083 > sheet.xml
	printf '%s<workbookPr date1904="true"/><sheets><sheet name="L" sheetId="1" r:id="rId1"/></sheets></workbook>' "$B" > book.xml
	wb --raw d.xlsx xl/workbook.xml=book.xml xl/worksheets/sheet1.xml=sheet.xml xl/_rels/workbook.xml.rels=rels.xml xl/styles.xml=styles.xml
	netral init -q
	run netral import --skip-invalid d.xlsx
	[ "$status" -eq 3 ]
	netral list --format csv | cut -d, -f3,12 > got
	printf 'nama,tanggal_kejadian\nBudi,2024-09-10\nSiti,2024-09-11\nAni,1904-03-01\n' | diff - got
}

@test "a workbook's parts out of order are refused by the part, before anything is imported" {
	netral init -q
	printf '%s<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row></sheetData></worksheet>' "$H" > place.xml
	wb --raw p.xlsx xl/worksheets/sheet1.xml=place.xml
	run netral import p.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"p.xlsx: xl/worksheets/sheet1.xml: row 1: cell 'A1' out of place"* ]]
	printf '%s<row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>' "$H" > bad.xml
	wb --raw b.xlsx xl/worksheets/sheet1.xml=bad.xml
	run netral import b.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"b.xlsx: xl/worksheets/sheet1.xml: line 1: mismatched tag"* ]]
	printf '%s<sheets></sheets></workbook>' "$B" > none.xml
	wb --raw e.xlsx xl/workbook.xml=none.xml
	run netral import e.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"e.xlsx: the workbook has no sheet"* ]]
	printf '%s<sheets><sheet name="X" sheetId="1" r:id="rId9"/></sheets></workbook>' "$B" > norel.xml
	wb --raw r.xlsx xl/workbook.xml=norel.xml
	run netral import r.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"r.xlsx: the workbook has no worksheet"* ]]
	{
		printf '%s<sheets>' "$B"
		for i in $(seq 4097); do printf '<sheet name="S%d" sheetId="%d" r:id="rId1"/>' "$i" "$i"; done
		printf '</sheets></workbook>'
	} > many.xml
	wb --raw m.xlsx xl/workbook.xml=many.xml
	run netral import m.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"m.xlsx: xl/workbook.xml: more than 4096 sheets"* ]]
	[ "$(netral list --format ids | wc -l)" -eq 0 ]
}

@test "the rejected rows' workbook names its sheet as a workbook may: the input's name, its forbidden characters replaced" {
	parts
	cells 45545 > sheet.xml
	netral init -q
	for name in "&apos;Lap[1]:*?/\\&apos;" ""; do
		printf '%s<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' "$B" "$name" > book.xml
		wb --raw n.xlsx xl/workbook.xml=book.xml xl/worksheets/sheet1.xml=sheet.xml xl/_rels/workbook.xml.rels=rels.xml xl/styles.xml=styles.xml
		rm -f rj.xlsx
		run netral import -q --skip-invalid --reject rj.xlsx n.xlsx
		[ "$status" -eq 3 ]
		$PY "$BATS_TEST_DIRNAME/xlsx.py" sheets rj.xlsx >> names
	done
	cut -f1 names | awk '{ print $1 }' > got
	printf '_Lap_1_______\n-\n' | diff - got
}

@test "a format shows a day by what it asks for, not by its quoted, escaped or bracketed text; Excel's _xHHHH_ is the character" {
	parts
	cat > styles.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="4"><numFmt numFmtId="165" formatCode="&quot;day &quot;0"/><numFmt numFmtId="166" formatCode="[$-421]\d_y0*y"/><numFmt numFmtId="167" formatCode="[Red]dd/mm/yyyy"/><numFmt numFmtId="168" formatCode="0&quot;yy"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/></cellXfs></styleSheet>
EOF
	{
		printf '%s' "$H"
		head_row
		case_row 2 'Caf_x00E9_ _x20AC_ _x00G1_ _x0000_' '<c s="3"><v>45545</v></c>' '<c s="1"><v>45545</v></c>'
		case_row 3 Siti '<c s="3"><v>45545</v></c>' '<c s="2"><v>45545</v></c>'
		case_row 4 Ani '<c s="3"><v>45545</v></c>' '<c s="4"><v>7</v></c>'
		printf '</sheetData></worksheet>'
	} > sheet.xml
	wb --raw f.xlsx xl/worksheets/sheet1.xml=sheet.xml xl/_rels/workbook.xml.rels=rels.xml xl/styles.xml=styles.xml
	netral init -q
	netral import -q f.xlsx
	netral list --format csv | cut -d, -f3,12,16 > got
	printf 'nama,tanggal_kejadian,uraian\nCafé € _x00G1_ _x0000_,2024-09-10,45545\nSiti,2024-09-10,45545\nAni,2024-09-10,7\n' | diff - got
}

@test "more formats or shared strings than Excel allows are refused" {
	parts
	S='<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
	{ printf '%s<cellXfs>' "$S"; yes '<xf/>' | head -65537 | tr -d '\n'; printf '</cellXfs></styleSheet>'; } > xf.xml
	{ printf '%s<numFmts>' "$S"; seq 65537 | sed 's|.*|<numFmt numFmtId="&" formatCode="d"/>|' | tr -d '\n'; printf '</numFmts></styleSheet>'; } > nf.xml
	{ printf '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'; yes '<si/>' | head -16777217 | tr -d '\n'; printf '</sst>'; } > sst.xml
	wb --raw x1.xlsx xl/_rels/workbook.xml.rels=rels.xml xl/styles.xml=xf.xml
	wb --raw x2.xlsx xl/_rels/workbook.xml.rels=rels.xml xl/styles.xml=nf.xml
	wb --raw x3.xlsx xl/sharedStrings.xml=sst.xml
	rm sst.xml
	netral init -q
	run netral import x1.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"x1.xlsx: xl/styles.xml: more than 65536 cell formats"* ]]
	run netral import x2.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"x2.xlsx: xl/styles.xml: more than 65536 number formats"* ]]
	run netral import x3.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"x3.xlsx: xl/sharedStrings.xml: more than 16,777,216 shared strings"* ]]
}

@test "a workbook whose only sheet is hidden is read from it; a link's %-escapes name its part" {
	parts
	cells 45545 > sheet.xml
	printf '%s<sheets><sheet name="L" sheetId="1" state="hidden" r:id="rId1"/></sheets></workbook>' "$B" > book.xml
	sed 's|Target="worksheets/sheet1.xml"|Target="/xl/worksheets/sheet%31%zz%00.xml"|' rels.xml > rels2.xml
	wb --raw hid.xlsx xl/workbook.xml=book.xml xl/_rels/workbook.xml.rels=rels2.xml xl/styles.xml=styles.xml \
		"xl/worksheets/sheet1%zz%00.xml=sheet.xml"
	netral init -q
	run netral import --skip-invalid hid.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"imported 3, duplicates 0, rejected 3"* ]]
}

@test "merged cells fill every row they span, whatever their order; more than 65536 are refused" {
	mrow() {
		printf '<row r="%s"><c r="A%s" t="inlineStr"><is><t>%s</t></is></c><c r="B%s" t="inlineStr"><is><t>PNS</t></is></c>%s<c r="D%s" t="inlineStr"><is><t>2024-08-10</t></is></c><c r="E%s" t="inlineStr"><is><t>apk</t></is></c>%s</row>' \
			"$1" "$1" "$2" "$1" "$3" "$1" "$1" "$4"
	}
	{
		printf '%s' "$H"
		head_row
		mrow 2 A '<c r="C2" t="inlineStr"><is><t>Kab M</t></is></c>' '<c r="F2" t="inlineStr"><is><t>poster</t></is></c>'
		mrow 3 B '' ''
		mrow 4 C '<c r="C4" t="inlineStr"><is><t>Kab N</t></is></c>' '<c r="F4" t="inlineStr"><is><t>foto</t></is></c>'
		mrow 5 D '' ''
		printf '</sheetData><mergeCells><mergeCell ref="F4:F5"/><mergeCell ref="C2:C3"/><mergeCell ref="F2:F3"/><mergeCell ref="C4:C5"/></mergeCells></worksheet>'
	} > merged.xml
	sed 's|<mergeCells>.*|<mergeCells>|' merged.xml > many.xml
	{ yes '<mergeCell ref="F2:F3"/>' | head -65537 | tr -d '\n'; printf '</mergeCells></worksheet>'; } >> many.xml
	wb --raw m.xlsx xl/worksheets/sheet1.xml=merged.xml
	wb --raw many.xlsx xl/worksheets/sheet1.xml=many.xml
	netral init -q
	run netral import many.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"many.xlsx: xl/worksheets/sheet1.xml: more than 65536 merged cells"* ]]
	netral import -q m.xlsx
	netral list --format csv | cut -d, -f3,9,16 > got
	printf 'nama,instansi,uraian\nA,Kab M,poster\nB,Kab M,poster\nC,Kab N,foto\nD,Kab N,foto\n' | diff - got
}
