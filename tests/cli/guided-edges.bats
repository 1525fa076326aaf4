#!/usr/bin/env bats
# Guided entry at its edges: an empty answer to a required field is asked
# again; a PPNPN is not asked for a NIP; a choice by its number out of
# range is asked again.

load helper

typed() {
	local answers=$1
	shift
	printf "$answers" | script -qec "$(printf '%q ' "$NETRAL" add "$@")" /dev/null
}

@test "a required field left empty is asked again; a PPNPN is not asked for a NIP" {
	netral init > /dev/null
	# nama empty, then given; PPNPN (3); no NIP question; instansi; date; bentuk by a number out of range, then by code
	run typed '\nSiti\n3\nKabupaten Batang\n\n2024-08-10\n99\napk\n\n\n\n\ny\n'
	[ "$status" -eq 0 ]
	[[ "$output" == *"nama is required"* ]]
	[[ "$output" != *"nip (Enter: none)"* ]]
	[[ "$output" == *"2024-0001"* ]]
	netral show 2024-0001 --format json > s.json
	[ "$(json_get s.json '$.nama')" = Siti ]
	[ "$(json_get s.json '$.jenis_pegawai')" = PPNPN ]
	[ "$(json_get s.json '$.bentuk')" = apk ]
}

@test "an answer longer than any field is cut and asked again; the end of input at a choice records nothing" {
	netral init > /dev/null
	long=$(printf 'a%.0s' $(seq 1 600))
	run typed "$long\nSiti\n3\nKabupaten Batang\n\n2024-08-10\napk\n\n\n\n\ny\n"
	[ "$status" -eq 0 ]
	[[ "$output" == *"511 bytes long, the limit is 200"* ]]
	netral show 2024-0001 | grep -E '^nama +Siti$'
	run typed 'Ani\n'
	[ "$status" -eq 2 ]
	[[ "$output" == *"netral: end of input: nothing recorded"* ]]
	[ "$(netral list --format ids | wc -l)" -eq 1 ]
}
