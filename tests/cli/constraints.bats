#!/usr/bin/env bats
# A change the database itself refuses (a constraint netral does not know
# of: here a trigger an administrator added) is refused with the
# database's words, on every path that changes a case: status 3 and
# nothing changed.

load helper

# A database that refuses every case of the type PPPK.
refusing() {
	netral init > /dev/null
	sqlite3 "$NETRAL_DB" "CREATE TRIGGER tolak BEFORE UPDATE OF jenis_pegawai ON kasus
		WHEN NEW.jenis_pegawai = 'PPPK' BEGIN SELECT RAISE(ABORT, 'PPPK refused here'); END"
}

@test "edit to a value the schema refuses: the database's message, status 3, nothing changed" {
	refusing
	add_case > /dev/null
	before=$(db_state)
	run --separate-stderr netral edit 2024-0001 --jenis-pegawai PPPK
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: cannot update the case: PPPK refused here ($NETRAL_DB)" ]
	[ "$(db_state)" = "$before" ]
}

@test "import --update to a value the schema refuses: the same, and nothing imported" {
	refusing
	add_case --no-laporan 001/LP > /dev/null
	netral list --format csv | sed 's/,PNS,/,PPPK,/' > upd.csv
	before=$(db_state)
	run --separate-stderr netral import --update upd.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"netral: cannot update the case: PPPK refused here"* ]]
	[ "$(db_state)" = "$before" ]
}
