#!/usr/bin/env bats
# A backup is a whole, checked copy or nothing: a copy of a damaged
# database, one that cannot be put in place, leaves no file behind.

load helper

@test "the backup of a damaged database does not check out, and leaves nothing" {
	"$GEN" 3000 > big.csv
	netral import -q big.csv
	sqlite3 "$NETRAL_DB" "PRAGMA journal_mode = DELETE" > /dev/null
	# a page of the cases, near the end of the file, gets a broken header
	pages=$(sqlite3 "$NETRAL_DB" "PRAGMA page_count")
	printf '\015\377\377\177\377' | dd of="$NETRAL_DB" bs=1 seek=$(((pages - 30) * 4096)) conv=notrunc 2> /dev/null
	[ "$(sqlite3 "$NETRAL_DB" "PRAGMA quick_check" 2>&1)" != ok ]
	run --separate-stderr netral backup b.db
	[ "$status" -eq 5 ]
	[ "$stderr" = "netral: the backup 'b.db' does not check out; the database may be damaged (run 'netral check')" ]
	[ -z "$(ls | grep '^b\.db')" ]
}

@test "a backup into a folder that is not there, or that cannot be put in place, leaves nothing" {
	add_case > /dev/null
	run --separate-stderr netral backup nodir/b.db
	[ "$status" -eq 6 ]
	[[ "$stderr" == "netral: cannot create 'nodir/b.db.tmp-"*"': No such file or directory" ]]
	FAULT="${FAULT:-$BATS_TEST_DIRNAME/../../build/tests/fault.so}"
	NETRAL_FAULT_CALL=rename ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
		LD_PRELOAD="$FAULT" run --separate-stderr "$NETRAL" backup b.db
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot write 'b.db': Input/output error" ]
	[ -z "$(ls | grep '^b\.db')" ]
	run netral backup b.db
	[ "$status" -eq 0 ]
	[ "$(sqlite3 b.db 'SELECT count(*) FROM kasus')" = 1 ]
}
