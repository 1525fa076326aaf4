"""Reads a workbook netral wrote, for tests/cli/workbooks.bats (Debian's
openpyxl, run by /usr/bin/python3).

  xlsx.py check FILE SHEET [TEXT_COL...] [--dates COL...] [--numbers COL...]
      the sheet's header row is bold, frozen below, under an autofilter
      over its columns; the named columns' cells are str (TEXT_COL),
      dates shown dd/mm/yyyy (after --dates) or numbers (after
      --numbers), each column with a value; text columns as wide as
      their text
  xlsx.py sheets FILE       each sheet's name and how many charts it holds
  xlsx.py csv FILE          the first sheet as CSV: days as YYYY-MM-DD,
                            whole numbers without a decimal point, text
                            a spreadsheet would change with netral's
                            leading apostrophe (src/io/csvout.c), which
                            its import takes off
"""
import csv
import datetime
import re
import sys

import openpyxl


def unescaped(s):
    """_x000D_ as Excel reads it: the character (openpyxl leaves it)."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), s)


def header(ws):
    return [c.value for c in ws[1]]


def check(path, sheet, args):
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    head = header(ws)
    bad = []
    if not all(c.font.b for c in ws[1]):
        bad.append("header not bold")
    if ws.freeze_panes != "A2":
        bad.append("freeze pane %r" % ws.freeze_panes)
    want = "A1:%s%d" % (openpyxl.utils.get_column_letter(len(head)), max(ws.max_row, 1))
    if ws.auto_filter.ref != want:
        bad.append("autofilter %r, not %r" % (ws.auto_filter.ref, want))
    kind = "text"
    for name in args:
        if name in ("--dates", "--numbers"):
            kind = name[2:]
            continue
        col = head.index(name) + 1
        letter = openpyxl.utils.get_column_letter(col)
        width = ws.column_dimensions[letter].width
        seen = 0
        for row in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            c = row[0]
            if c.value is None:
                continue
            seen += 1
            longest = max(len(x) for x in unescaped(str(c.value)).split("\n"))
            if kind == "dates" and not (isinstance(c.value, datetime.datetime) and c.number_format == "dd/mm/yyyy"):
                bad.append("%s%d: %r %r is not a date cell" % (letter, c.row, c.value, c.number_format))
            if kind == "numbers" and not isinstance(c.value, (int, float)):
                bad.append("%s%d: %r is not a number" % (letter, c.row, c.value))
            if kind == "text" and not isinstance(c.value, str):
                bad.append("%s%d: %r is not text" % (letter, c.row, c.value))
            if kind == "text" and longest <= 60 and width < longest:
                bad.append("%s: width %s narrower than %r" % (letter, width, c.value))
        if not seen:
            bad.append("%s: no values" % name)
    print("\n".join(bad) if bad else "ok")


def title(chart):
    try:
        return "".join(r.t for p in chart.title.tx.rich.p for r in p.r)
    except AttributeError:
        return ""


def sheets(path):
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        print("\t".join([ws.title, str(len(ws._charts))] + [title(c) for c in ws._charts]))


def neutralised(s):
    bare = s.lstrip("'")
    if bare[:1] and bare[0] in "=+-@\t\r":
        return "'" + s
    digits = len(bare) - len(bare.lstrip("0123456789"))
    if digits and digits == len(bare) and ((digits >= 2 and bare[0] == "0") or digits > 15):
        return "'" + s
    return s


def as_text(v):
    if v is None:
        return ""
    if isinstance(v, str):
        return neutralised(unescaped(v))
    if isinstance(v, datetime.datetime):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, float) and v.is_integer():
        return "%d" % v
    return str(v)


def to_csv(path):
    ws = openpyxl.load_workbook(path).worksheets[0]
    out = csv.writer(sys.stdout, lineterminator="\n")
    for row in ws.iter_rows(values_only=True):
        out.writerow([as_text(v) for v in row])


if __name__ == "__main__":
    what, path = sys.argv[1], sys.argv[2]
    if what == "check":
        check(path, sys.argv[3], sys.argv[4:])
    elif what == "sheets":
        sheets(path)
    else:
        to_csv(path)
