#!/usr/bin/env bats
# What a file says again: a dry run counts a row repeated in the file once,
# and an update leaves alone what the file leaves empty.

load helper

@test "a dry run counts a row the file repeats as a duplicate, as the real run does" {
	netral init > /dev/null
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10,apk\nA,PNS,X,2024-08-10,apk\nB,PNS,X,2024-08-10,apk\n' > k.csv
	run netral import --dry-run k.csv
	[ "$status" -eq 0 ]
	[ "$output" = "dry run: would import 2, duplicates 1, rejected 0; nothing written" ]
	run netral import k.csv
	[ "$output" = "imported 2, duplicates 1, rejected 0" ]
}

@test "an update whose status cell is empty moves no case back" {
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10,apk\n' > k.csv
	netral import -q k.csv
	netral status 2024-0001 verifikasi > /dev/null
	# the list, its status emptied and the agency corrected
	netral list --format csv | awk -F, 'BEGIN { OFS = "," }
		NR == 1 { for (i = 1; i <= NF; i++) if ($i == "status") c = i }
		NR > 1 { $c = ""; sub(/^X$/, "Kab X", $9) } { print }' > u.csv
	grep -q ',Kab X,' u.csv
	run netral import --update u.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 0, updated 1, duplicates 0, rejected 0" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT instansi || '|' || status FROM kasus")" = "Kab X|verifikasi" ]
}

@test "an update whose case number is empty or malformed finds the case by its report" {
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10,apk\n' > k.csv
	netral import -q k.csv
	netral list --format csv > l.csv
	sed 's/^2024-0001,/,/' l.csv > e.csv
	run netral import --update e.csv
	[ "$output" = "imported 0, updated 0, duplicates 1, rejected 0" ]
	sed 's/^2024-0001,/x-1,/' l.csv > m.csv
	run netral import --update m.csv
	[ "$output" = "imported 0, updated 0, duplicates 1, rejected 0" ]
	# another agency's file without its numbers, or with one left empty
	netral asal add "Kab Y" --kode Y > /dev/null
	netral asal add "Kab Z" --kode Z > /dev/null
	run --separate-stderr netral import --asal "Kab Y" k.csv
	[ "$output" = "imported 1, duplicates 0, rejected 0" ]
	run --separate-stderr netral import --asal "Kab Y" --dry-run k.csv
	[ "$output" = "dry run: would import 0, duplicates 1, rejected 0; nothing written" ]
	printf 'nomor,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\n,B,PNS,X,2024-08-11,apk\n' > n.csv
	netral import -q --asal "Kab Z" n.csv
	[ "$(sqlite3 "$NETRAL_DB" "SELECT asal || '|' || coalesce(asal_nomor, '-') FROM kasus WHERE nama = 'B'")" = "Kab Z|-" ]
	# a backup over an earlier one
	netral backup b.db > /dev/null
	run netral backup b.db
	[ "$status" -eq 0 ]
	[ "$(sqlite3 b.db 'SELECT count(*) FROM kasus')" = 3 ]
}
