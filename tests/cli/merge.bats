#!/usr/bin/env bats
# merge at its edges: into a void case, a duplicate voided otherwise, a day
# given, rules with no void status that records the merge.

load helper

three() {
	for n in A B C; do
		add_case --no-laporan $n --tanggal-kejadian 2024-08-10 > /dev/null 2>&1
	done
}

@test "a merge on a given day; not into a void case, nor of a case voided otherwise" {
	three
	run netral merge 2024-0001 2024-0002 --tanggal 2024-09-01
	[ "$status" -eq 0 ]
	[ "$output" = "2024-0002: merged into 2024-0001 (dilaporkan → batal)" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT tanggal FROM peristiwa WHERE kolom = 'status' AND baru = 'batal'")" = 2024-09-01 ]
	run --separate-stderr netral merge 2024-0002 2024-0003
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: 2024-0002 is void (2024-0001): merge into the case it was merged into" ]
	netral status 2024-0003 batal --batal-alasan keliru > /dev/null
	before=$(db_state)
	run --separate-stderr netral merge 2024-0001 2024-0003
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: 2024-0003 is void: a void case is final" ]
	run --separate-stderr netral merge 2024-0001 x
	[ "$status" -eq 2 ]
	[ "$(db_state)" = "$before" ]
}

@test "rules with no void status that records the merge refuse it" {
	three
	cp -r "$RULES" r
	sed -i 's/^\(batal,.*,batal_alasan\) gabung_ke,/\1,/' r/status.csv
	! grep -q gabung_ke r/status.csv
	netral rules load r > /dev/null
	run --separate-stderr netral merge 2024-0001 2024-0002
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: the rules have no void status recording gabung_ke (status.csv)" ]
}
