#!/usr/bin/env bats
# A value the rules allow but the database's schema refuses (an employee
# type a rules folder adds: the schema still lists PNS, PPPK and PPNPN) is
# refused with the database's words, on every path that changes a case.

load helper

# Rules with one more employee type.
more_types() {
	cp -r "$RULES" r
	sed -i '/^jenis_pegawai,PPNPN,/a jenis_pegawai,CPNSX,,,Calon' r/kosakata.csv
	netral init > /dev/null
	netral rules load r > /dev/null
}

@test "edit to a value the schema refuses: the database's message, status 3, nothing changed" {
	more_types
	add_case > /dev/null
	before=$(db_state)
	run --separate-stderr netral edit 2024-0001 --jenis-pegawai CPNSX
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: cannot update the case: CHECK constraint failed: jenis_pegawai IN ('PNS', 'PPPK', 'PPNPN') ($NETRAL_DB)" ]
	[ "$(db_state)" = "$before" ]
}

@test "import --update to a value the schema refuses: the same, and nothing imported" {
	more_types
	add_case --no-laporan 001/LP > /dev/null
	netral list --format csv | sed 's/,PNS,/,CPNSX,/' > upd.csv
	before=$(db_state)
	run --separate-stderr netral import --update upd.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"netral: cannot update the case: CHECK constraint failed: jenis_pegawai IN ('PNS', 'PPPK', 'PPNPN')"* ]]
	[ "$(db_state)" = "$before" ]
}
