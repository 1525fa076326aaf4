#!/usr/bin/env bats
# Duplicates and mistakes: a warning when the same act is reported twice,
# a merge, and a void that takes a case out of every count.

load helper

@test "add warns of a case for the same person, day and act, naming it" {
	add_case --nip "19680609 199503 1 003" > /dev/null
	run --separate-stderr add_case --nip "196806091995031003" --no-laporan X/2
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"2024-0001 already records 196806091995031003 on 2024-08-10 for medsos-kampanye"* ]]
	# by name and agency where there is no NIP, in any letter case
	add_case --nama "Siti Rahayu" > /dev/null
	run --separate-stderr add_case --nama "SITI  rahayu"
	[[ "$stderr" == *"2024-0003 already records"* ]]
	# another act or day is no duplicate
	run --separate-stderr add_case --nama "Siti Rahayu" --bentuk apk
	[[ "$stderr" != *"already records"* ]]
}

@test "import warns of rows that repeat a recorded case or each other" {
	add_case --nip "19680609 199503 1 003" > /dev/null
	cat > in.csv <<'CSV'
nama,nip,jenis_pegawai,instansi,tanggal_kejadian,bentuk,no_laporan
Budi Santoso,196806091995031003,PNS,Kabupaten Purbalingga,2024-08-10,medsos-kampanye,L-1
Ani,,PNS,Dinas X,2024-08-11,apk,L-2
ani,,PNS,dinas x,2024-08-11,apk,L-3
CSV
	run --separate-stderr netral import in.csv
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"in.csv:2: warning: 2024-0002 repeats 2024-0001"* ]]
	[[ "$stderr" == *"in.csv:4: warning: 2024-0004 repeats 2024-0003"* ]]
}

@test "batal voids a case with a reason, and takes it out of lists and counts" {
	add_case > /dev/null
	add_case --nama B > /dev/null
	before=$(db_state)
	run --separate-stderr netral status 2024-0002 batal
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"moving to batal needs --batal-alasan"* ]]
	[ "$(db_state)" = "$before" ]
	netral export --format csv --basis dilaporkan > before.csv
	grep -q '^ringkasan,dilaporkan,2,' before.csv
	run netral status 2024-0002 batal --batal-alasan "reported by mistake"
	[ "$status" -eq 0 ]
	run netral list --format ids
	[ "$output" = 2024-0001 ]
	run netral list --format ids --termasuk-batal
	[ "${#lines[@]}" -eq 2 ]
	run netral list --format ids --status batal
	[ "$output" = 2024-0002 ]
	netral export --format csv --basis dilaporkan > after.csv
	grep -q '^ringkasan,dilaporkan,1,' after.csv
	netral export --format csv --basis dilaporkan --termasuk-batal > all.csv
	grep -q '^ringkasan,dilaporkan,2,' all.csv
	# a void is final
	run --separate-stderr netral status 2024-0002 verifikasi
	[ "$status" -eq 3 ]
	run netral check
	[ "$status" -eq 0 ]
}

@test "gabung merges a duplicate into a case: both histories kept, the duplicate voided" {
	add_case > /dev/null
	add_case --no-laporan X/2 > /dev/null
	run netral gabung 2024-0001 2024-0002 --catatan "the same report twice"
	[ "$status" -eq 0 ]
	[[ "$output" == *"2024-0002: merged into 2024-0001"* ]]
	netral show 2024-0002 --format json > s.json
	[ "$(json_get s.json '$.status')" = batal ]
	[ "$(json_get s.json '$.tindak_lanjut.gabung_ke')" = 2024-0001 ]
	run netral show 2024-0001
	[[ "$output" == *"2024-0002"* ]]
	run netral history 2024-0002
	[[ "$output" == *"gabung_ke"*"2024-0001"* ]]
	run --separate-stderr netral gabung 2024-0001 2024-0001
	[ "$status" -eq 2 ]
	run --separate-stderr netral gabung 2024-0002 2024-0001
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"2024-0002 is void"* ]]
	run --separate-stderr netral gabung 2024-0001 2024-0099
	[ "$status" -eq 4 ]
	# a second run is a no-op; a void case is not merged again elsewhere
	add_case --no-laporan X/3 > /dev/null
	before=$(db_state)
	run netral gabung 2024-0001 2024-0002
	[ "$status" -eq 0 ]
	[ "$output" = "2024-0002: already merged into 2024-0001" ]
	run --separate-stderr netral gabung 2024-0003 2024-0002
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"2024-0002 is void (merged into 2024-0001)"* ]]
	[ "$(db_state)" = "$before" ]
	run netral check
	[ "$status" -eq 0 ]
}

@test "a void case keeps its fields, but its contest may still be corrected and it is reclassified" {
	add_case > /dev/null
	netral status 2024-0001 batal --batal-alasan "laporan keliru" > /dev/null
	run --separate-stderr netral edit 2024-0001 --instansi Y
	[ "$status" -eq 3 ]
	run netral edit 2024-0001 --pemilihan PEMILU2024-PILEG
	[ "$status" -eq 0 ]
	[[ "$output" == *"klasifikasi: kode_etik KE-2 (bakal_calon) → disiplin_berat DS-2 (calon)"* ]]
}
