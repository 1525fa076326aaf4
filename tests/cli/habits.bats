#!/usr/bin/env bats
# Command-line habits: what a user of git or any Unix tool expects of the
# options, the command names, the numbers and the warnings.

load helper

@test "global options are taken after the command too" {
	add_case > /dev/null
	run --separate-stderr netral check --db other.db
	[ "$status" -eq 4 ]
	[[ "$stderr" == *"no database at 'other.db'"* ]]
	netral --db other.db init > /dev/null
	run netral list --db other.db
	[ "$status" -eq 0 ]
	[[ "$output" != *"2024-0001"* ]]
	run netral list --db="$NETRAL_DB"
	[[ "$output" == *"2024-0001"* ]]
	netral status 2024-0001 verifikasi --operator alice > /dev/null
	run netral history 2024-0001
	[[ "$output" == *"alice"* ]]
	run --separate-stderr add_case --nip "19680609 199503 1 003" --tanggal-lahir 1970-01-01 -q
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	# after --, a word is an argument, not an option
	run --separate-stderr netral list -- --db
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"unexpected argument '--db'"* ]]
}

@test "--format takes its value in any letter case" {
	add_case > /dev/null
	run netral list --format CSV
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == nomor,* ]]
	run netral show 2024-0001 --format Json
	[ "$status" -eq 0 ]
	[[ "$output" == "{"* ]]
	run netral export --format TABLE
	[ "$status" -eq 0 ]
}

@test "a mistyped command gets a suggestion" {
	run --separate-stderr netral lsit
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"'lsit' is not a command"*"did you mean 'list'?"* ]]
	run --separate-stderr netral stauts
	[[ "$stderr" == *"did you mean 'status'?"* ]]
	run --separate-stderr netral xyzzy
	[ "$status" -eq 2 ]
	[[ "$stderr" != *"did you mean"* ]]
}

@test "a numeric option states its range" {
	run --separate-stderr netral overdue --batas 0
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--batas: '0' is not a whole number from 1 to 3650"* ]]
	run --separate-stderr netral overdue --batas 12x
	[[ "$stderr" == *"--batas: '12x' is not a whole number from 1 to 3650"* ]]
	run --separate-stderr netral export --top 999999999999999999999
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--top: '999999999999999999999' is not a whole number from 1 to 100000"* ]]
}

@test "a warning about a case is shown when it arises, not on every later change" {
	run --separate-stderr add_case --nip "19680609 199503 1 003" --tanggal-lahir 1970-01-01
	[[ "$stderr" == *"differs from the birth date in the NIP"* ]]
	run --separate-stderr netral status 2024-0001 verifikasi
	[ "$status" -eq 0 ]
	[[ "$stderr" != *"differs from the birth date"* ]]
	run --separate-stderr netral edit 2024-0001 --uraian "an unrelated correction"
	[ "$status" -eq 0 ]
	[[ "$stderr" != *"differs from the birth date"* ]]
	# a new value that still disagrees is a new warning
	run --separate-stderr netral edit 2024-0001 --tanggal-lahir 1971-01-01
	[[ "$stderr" == *"1971-01-01 differs from the birth date in the NIP"* ]]
}

@test "status reports an impossible move before asking for what the move records" {
	add_case > /dev/null
	before=$(db_state)
	run --separate-stderr netral status 2024-0001 disanksi
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"a case cannot move from dilaporkan to disanksi (allowed from dilaporkan: "* ]]
	[[ "$stderr" != *"needs"* ]]
	[ "$(db_state)" = "$before" ]
	run --separate-stderr netral status 2024-0099 terbukti
	[ "$status" -eq 4 ]
}
