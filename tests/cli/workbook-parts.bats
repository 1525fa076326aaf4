#!/usr/bin/env bats
# A workbook's archive at its edges: a part missing, a damaged one, more
# parts than a workbook has; an optional part a link names but the
# archive lacks is read as absent.

load helper

# zip.py OUT KIND: the smallest workbook (tests/cli/workbook.py), made
# the way KIND says
zip_book() {
	/usr/bin/python3 - "$BATS_TEST_DIRNAME/workbook.py" "$1" "$2" <<'EOF'
import importlib.util
import struct
import sys
import zipfile

spec = importlib.util.spec_from_file_location("workbook", sys.argv[1])
wb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wb)
out, kind = sys.argv[2], sys.argv[3]
rels = "xl/_rels/workbook.xml.rels"
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in wb.SMALL.items():
        if kind == "norels" and name == rels:
            continue
        if kind == "nostyles" and name == rels:
            text = text.replace("</Relationships>", '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="missing.xml"/></Relationships>')
        z.writestr(name, text)
    if kind == "parts":
        for i in range(65537 - len(wb.SMALL)):
            z.writestr("x/%d" % i, "")
if kind == "crc":
    crc = zipfile.ZipFile(out).getinfo("xl/workbook.xml").CRC
    with open(out, "rb") as f:
        data = f.read()
    with open(out, "wb") as f:
        f.write(data.replace(struct.pack("<I", crc), struct.pack("<I", crc ^ 1)))
EOF
}

@test "a workbook without its links, with more parts than a workbook has, or a damaged part is refused as such" {
	netral init -q
	zip_book norels.xlsx norels
	run netral import norels.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"norels.xlsx: not an Excel workbook: it has no xl/_rels/workbook.xml.rels"* ]]
	zip_book parts.xlsx parts
	run netral import parts.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"parts.xlsx: more than 65536 parts; not read"* ]]
	zip_book crc.xlsx crc
	run netral import crc.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"crc.xlsx: xl/workbook.xml: cannot unpack: CRC error"* ]]
}

@test "a styles part that a link names but the archive lacks is read as none" {
	netral init -q
	zip_book nostyles.xlsx nostyles
	run netral import nostyles.xlsx
	[ "$status" -eq 3 ]
	[[ "$output" == *"sheet 'Laporan' holds nothing (a header row is needed; --sheet reads another)"* ]]
}
