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
