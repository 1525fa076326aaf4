#!/usr/bin/env bats
# The summaries as a workbook: --top folds the rest into one row, and the
# cross table of --by leaves out the pairs of an open dimension that hold
# no case, as the page does.

load helper

three_agencies() {
	netral init -q
	for i in "Kab A" "Kab B" "Kab C"; do
		add_case --nama "N $i" --instansi "$i" --bentuk apk --no-input > /dev/null
	done
	add_case --nama Z --jenis-pegawai PPPK --instansi "Kab A" --bentuk apk --no-input > /dev/null
}

sheet() {
	/usr/bin/python3 - "$1" "$2" <<'EOF'
import sys
import openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
for r in ws.iter_rows(min_row=2, values_only=True):
    print("|".join(str(v) for v in r))
EOF
}

@test "export --top in a workbook folds the agencies below the top into one row" {
	three_agencies
	netral export --basis dilaporkan --top 1 --format xlsx --output t.xlsx
	sheet t.xlsx Instansi > got
	printf 'Kab A|2|0.5\n2 others|2|0.5\n' | diff - got
}

@test "export --by in a workbook shows a pair of an open dimension only where it holds cases" {
	three_agencies
	netral export --basis dilaporkan --by pegawai,instansi --format xlsx --output c.xlsx
	sheet c.xlsx "Jenis pegawai × Instansi" > got
	printf 'Civil servant (PNS)|Kab A|1|0.25\nCivil servant (PNS)|Kab B|1|0.25\nCivil servant (PNS)|Kab C|1|0.25\nContract civil servant (PPPK)|Kab A|1|0.25\n' | diff - got
}
