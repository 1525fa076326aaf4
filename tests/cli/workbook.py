#!/usr/bin/python3
"""Makes the workbooks the tests import, the way a clerk's tools make them.

  workbook.py OUT.xlsx < SPEC     openpyxl writes the sheet the spec gives
  workbook.py --raw OUT.xlsx PART=FILE...
                                  a workbook of the parts given, by hand
                                  (a hostile or unusual one); a part not
                                  given is the smallest that works
  workbook.py --bomb OUT.xlsx PART MIB
                                  a part of MIB mebibytes of blanks, packed
  workbook.py --strings OUT.xlsx MIB
                                  a shared string of MIB mebibytes, packed

The spec, one row a line, cells between '|':
  d:2024-09-10       a date cell shown dd/mm/yyyy
  t:2024-09-10 08:30 a date and time cell
  n:196806091995031003  a number cell
  f:=A1&"x"          a formula (openpyxl saves no value with it)
  anything else      a text cell
and lines of directives:
  # sheet NAME       a new sheet (the first one is renamed)
  # hidden           the current sheet hidden
  # chartsheet NAME  a sheet that holds only a chart
  # merge A2:A4      merged cells
  # hide-row N       a hidden row
  # hide-col C       a hidden column
  # date1904         the 1904 date system
"""
import datetime
import sys
import zipfile

SMALL = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Laporan" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    '</Relationships>',
    "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8"?>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
}


def cell(text):
    if text.startswith("d:"):
        return datetime.date.fromisoformat(text[2:]), "dd/mm/yyyy"
    if text.startswith("t:"):
        return datetime.datetime.fromisoformat(text[2:]), "dd/mm/yyyy hh:mm"
    if text.startswith("n:"):
        return int(text[2:]) if text[2:].lstrip("-").isdigit() else float(text[2:]), None
    if text.startswith("f:"):
        return text[2:], None
    return text, "@"


def spec(out):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    first = True
    for line in sys.stdin.read().splitlines():
        if line.startswith("# sheet "):
            if first:
                ws.title = line[8:]
            else:
                ws = wb.create_sheet(line[8:])
            first = False
        elif line.startswith("# hidden"):
            ws.sheet_state = "hidden"
        elif line.startswith("# chartsheet "):
            from openpyxl.chart import BarChart
            cs = wb.create_chartsheet(line[13:])
            cs.add_chart(BarChart())
            first = False
        elif line.startswith("# merge "):
            ws.merge_cells(line[8:])
        elif line.startswith("# hide-row "):
            ws.row_dimensions[int(line[11:])].hidden = True
        elif line.startswith("# hide-col "):
            ws.column_dimensions[line[11:]].hidden = True
        elif line.startswith("# date1904"):
            wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
        elif line.strip():
            first = False
            row = ws.max_row + 1 if ws.max_row > 1 or ws["A1"].value is not None else 1
            for col, text in enumerate(line.split("|"), start=1):
                if text == "":
                    continue
                value, fmt = cell(text)
                c = ws.cell(row=row, column=col, value=value)
                if fmt:
                    c.number_format = fmt
    wb.save(out)


def raw(out, parts):
    given = dict(p.split("=", 1) for p in parts)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in SMALL.items():
            if name in given:
                with open(given.pop(name), "rb") as f:
                    z.writestr(name, f.read())
            else:
                z.writestr(name, text)
        for name, path in given.items():
            with open(path, "rb") as f:
                z.writestr(name, f.read())


def bomb(out, part, mib):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in SMALL.items():
            if name != part:
                z.writestr(name, text)
        with z.open(part, "w", force_zip64=True) as f:
            head = SMALL.get(part, "<x>")
            f.write(head[:head.index(">", head.index("?>") + 2) + 1].encode() if "?>" in head else b"<x>")
            blank = b" " * (1 << 20)
            for _ in range(int(mib)):
                f.write(blank)


def strings(out, mib):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in SMALL.items():
            if name != "xl/sharedStrings.xml":
                z.writestr(name, text)
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            text = b"x" * (1 << 20)
            for _ in range(int(mib)):
                f.write(text)
            f.write(b"</t></si></sst>")


if __name__ == "__main__":
    if sys.argv[1] == "--raw":
        raw(sys.argv[2], sys.argv[3:])
    elif sys.argv[1] == "--strings":
        strings(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "--bomb":
        bomb(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        spec(sys.argv[1])
