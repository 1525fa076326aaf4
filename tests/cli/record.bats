#!/usr/bin/env bats
# A record that can be trusted on every path: nothing silently lost,
# altered, leaked or bypassed.

load helper

@test "codes match in any letter case by ASCII rules, whatever the locale" {
	mkdir loc
	# exit 1 is a warning of localedef (the locale is written)
	localedef -i tr_TR -f UTF-8 "$BATS_TEST_TMPDIR/loc/tr_TR.UTF-8" || [ $? -eq 1 ]
	[ -d loc/tr_TR.UTF-8 ]
	export LOCPATH="$BATS_TEST_TMPDIR/loc"
	run env LC_ALL=tr_TR.UTF-8 "$NETRAL" add --nama A --jenis-pegawai pns --instansi X \
		--tanggal-kejadian 2024-10-01 --bentuk medsos-kampanye --pemilihan pilkada2024
	[ "$status" -eq 0 ]
	[[ "$output" == *"pemilihan: PILKADA2024"* ]]
	run env LC_ALL=tr_TR.UTF-8 "$NETRAL" list --pemilihan pilkada2024 --jenis-pegawai pns
	[ "$status" -eq 0 ]
	[[ "$output" == *"2024-0001"* ]]
}

@test "smaller promises: a FIFO is no database, a bad timeout is an error, backup spares its own files" {
	mkfifo fifo.db
	run timeout 10 "$NETRAL" --db fifo.db list
	[ "$status" -eq 2 ]
	[[ "$output" == *"'fifo.db' is not a regular file"* ]]
	add_case > /dev/null
	run --separate-stderr env NETRAL_BUSY_TIMEOUT=abc "$NETRAL" list
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"NETRAL_BUSY_TIMEOUT: 'abc' is not a number of milliseconds"* ]]
	before=$(db_state)
	run --separate-stderr netral backup "$NETRAL_DB"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"is the database or one of its files"* ]]
	run --separate-stderr netral backup "$NETRAL_DB-wal"
	[ "$status" -eq 2 ]
	run --separate-stderr netral backup "$(dirname "$NETRAL_DB")/./$(basename "$NETRAL_DB")-shm"
	[ "$status" -eq 2 ]
	[ "$(db_state)" = "$before" ]
	run --separate-stderr netral import nothing.csv
	[ "$status" -eq 6 ]
}

@test "an odd schema version says what the file is" {
	add_case > /dev/null
	sqlite3 "$NETRAL_DB" "PRAGMA user_version = -3"
	run --separate-stderr netral list
	[ "$status" -eq 5 ]
	[[ "$stderr" == *"marked as a netral database but has schema version -3, which no netral writes"* ]]
	sqlite3 "$NETRAL_DB" "PRAGMA user_version = 0"
	run --separate-stderr netral list
	[ "$status" -eq 5 ]
	[[ "$stderr" == *"schema version 0, which no netral writes"* ]]
}

@test "counts are grammatical: 1 case, 2 cases, in English and Indonesian" {
	add_case > /dev/null
	run netral check
	[[ "$output" == "check: ok (1 case, 1 event; "* ]]
	add_case --nama B > /dev/null
	run netral check
	[[ "$output" == "check: ok (2 cases, 2 events; "* ]]
	run env LANGUAGE=id LC_ALL=C.UTF-8 "$NETRAL" check
	[[ "$output" == "check: baik (2 kasus, 2 peristiwa; "* ]]
	run netral edit 2024-0001 --jabatan Camat
	[[ "$output" == "2024-0001: 1 field changed"* ]]
}

@test "the reporter's contact stays out of history and show's history unless --kontak" {
	add_case --kontak-pelapor "0812-1111-2222" > /dev/null
	run netral edit 2024-0001 --kontak-pelapor "0813-3333-4444"
	[ "$status" -eq 0 ]
	[[ "$output" != *"0812"* && "$output" != *"0813"* ]]
	[[ "$output" == *"kontak_pelapor: changed"* ]]
	for fmt in table csv json; do
		run netral history 2024-0001 --format $fmt
		[[ "$output" == *kontak_pelapor* ]]
		[[ "$output" != *"0812"* && "$output" != *"0813"* ]]
		run netral show 2024-0001 --format $fmt
		[[ "$output" != *"0812"* && "$output" != *"0813"* ]]
	done
	run netral history 2024-0001 --kontak
	[[ "$output" == *"0812-1111-2222"*"0813-3333-4444"* ]]
	run netral show 2024-0001 --format json --kontak
	[[ "$output" == *"0812-1111-2222"* ]]
}

@test "a database left readable by others is made private again when opened for writing" {
	unset NETRAL_DB
	export XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg"
	add_case > /dev/null
	db="$XDG_DATA_HOME/netral/netral.db"
	chmod 0644 "$db"
	chmod 0755 "$XDG_DATA_HOME/netral"
	: > "$db-wal"; chmod 0666 "$db-wal"
	netral list > /dev/null   # reading changes nothing
	[ "$(stat -c %a "$db")" = 644 ]
	add_case --nama B > /dev/null
	[ "$(stat -c %a "$db")" = 600 ]
	[ "$(stat -c %a "$XDG_DATA_HOME/netral")" = 700 ]
	if [ -e "$db-wal" ]; then [ "$(stat -c %a "$db-wal")" = 600 ]; fi
	# a directory of the user's choosing is not changed, but a risky one is named
	mkdir open && chmod 0777 open
	run --separate-stderr netral --db open/n.db init
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"others may write into 'open'"* ]]
	[ "$(stat -c %a open)" = 777 ]
}

@test "names and codes are refused with control characters, and too long rather than cut" {
	run --separate-stderr netral election add ULANG2025 --nama $'Ulang\e[2J' --penetapan 2025-07-22 \
		--kampanye-mulai 2025-07-25 --kampanye-selesai 2025-08-23 --pemungutan 2025-08-27
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"nama: contains a control character"* && "$stderr" != *$'\e'* ]]
	long=$(printf 'X%.0s' $(seq 1 300))
	run --separate-stderr netral election add "$long" --nama Ulang --penetapan 2025-07-22 \
		--kampanye-mulai 2025-07-25 --kampanye-selesai 2025-08-23 --pemungutan 2025-08-27
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"kode: 300 bytes long, the limit is 64"* ]]
	run netral election
	[[ "$output" != *XXXXXXXX* ]]
	run --separate-stderr netral --operator $'rina\a' add --nama A --jenis-pegawai PNS --instansi X \
		--tanggal-kejadian 2024-08-10 --bentuk apk
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"operator 'rina?': at most 63 bytes"* ]]
	run --separate-stderr env NETRAL_OPERATOR="$long" "$NETRAL" add --nama A --jenis-pegawai PNS \
		--instansi X --tanggal-kejadian 2024-08-10 --bentuk apk
	[ "$status" -eq 2 ]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,catatan\x07\nA,PNS,X,2024-08-10,apk,\n' > h.csv
	run --separate-stderr netral import --ignore-unknown h.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"h.csv:1: header: column 6 has a control character in its name"* ]]
	mkdir r && cp "$RULES"/*.csv r/
	sed -i "s/^apk,/apk-$long,/" r/bentuk.csv
	run --separate-stderr netral rules check r
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"bentuk.csv:2: kode: 304 bytes long, the limit is 32"* ]]
	cp "$RULES"/bentuk.csv r/
	sed -i 's/^\(apk,[^,]*\)/\1\x1b[31m/' r/bentuk.csv
	run --separate-stderr netral rules check r
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"contains a control character"* ]]
}
