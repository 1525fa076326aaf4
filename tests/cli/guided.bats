#!/usr/bin/env bats
# Guided entry: netral add on a terminal asks for what is missing, checks
# each answer at once, shows the classification and records after a yes.
# The terminal is a pseudo-terminal (script(1)); the answers are typed
# into it.

load helper

# Runs netral add with the answers (one a line) typed at a terminal.
typed() {
	local answers=$1
	shift
	printf "$answers" | script -qec "$(printf '%q ' "$NETRAL" add "$@")" /dev/null
}

cases() {
	sqlite3 "$NETRAL_DB" "SELECT count(*) FROM kasus" 2>/dev/null || echo 0
}

@test "each missing field is asked in turn, a bad answer again with its reason" {
	netral init > /dev/null
	run typed 'Budi Santoso\n1\n1968\n19680609 199503 1 003\nKabupaten Batang\n10/08/24\n2024-08-10\napk\n\n\ny\n'
	[ "$status" -eq 0 ]
	[[ "$output" == *"jenis_pegawai"*"1  PNS"* ]]
	# the NIP too short, asked again
	[[ "$output" == *"'1968' has 4 digits"* ]]
	[[ "$output" == *"two-digit year"* ]]
	[[ "$output" == *"bentuk"*"apk"* ]]
	[[ "$output" == *"klasifikasi: kode_etik KE-1"*"record this case? [y/N]"* ]]
	[[ "$output" == *"2024-0001"* ]]
	netral show 2024-0001 --format json > s.json
	[ "$(json_get s.json '$.nip')" = 196806091995031003 ]
	[ "$(json_get s.json '$.instansi')" = "Kabupaten Batang" ]
	[ "$(json_get s.json '$.tanggal_kejadian')" = 2024-08-10 ]
}

@test "no to the last question, end of input or Ctrl-C record nothing" {
	netral init > /dev/null
	run typed 'Budi\n1\n\nX\n2024-08-10\napk\n\n\nn\n'
	[[ "$output" == *"nothing recorded"* ]]
	[ "$(cases)" = 0 ]
	run typed 'Budi\n1\n'
	[[ "$output" == *"end of input: nothing recorded"* ]]
	[ "$(cases)" = 0 ]
	run typed 'Budi\n\003'
	[ "$status" -ne 0 ]
	[ "$(cases)" = 0 ]
}

@test "given options are not asked again; --no-input and a pipe ask nothing and name every missing field" {
	netral init > /dev/null
	run typed '1\n\nX\n2024-08-10\n\n\ny\n' --nama Budi --bentuk apk
	[[ "$output" != *"nama:"*"nama:"* ]]
	[[ "$output" == *"2024-0001"* ]]
	run --separate-stderr netral add --nama Budi < /dev/null
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: jenis_pegawai, instansi, tanggal_kejadian and bentuk: missing (required)" ]
	run typed '' --nama Budi --no-input
	[ "$status" -eq 3 ]
	[[ "$output" == *"jenis_pegawai, instansi, tanggal_kejadian and bentuk: missing (required)"* ]]
}
