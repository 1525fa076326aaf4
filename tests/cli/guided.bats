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
	run typed 'Budi Santoso\n1\n1968\n19680609 199503 1 003\nKabupaten Batang\n\n10/08/24\n2024-08-10\napk\n\n\n\n\ny\n'
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
	run typed 'Budi\n1\n\nX\n\n2024-08-10\napk\n\n\n\n\nn\n'
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
	run typed '1\n\nX\n\n2024-08-10\n\n\n\n\ny\n' --nama Budi --bentuk apk
	[[ "$output" != *"nama:"*"nama:"* ]]
	[[ "$output" == *"2024-0001"* ]]
	run --separate-stderr netral add --nama Budi < /dev/null
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: jenis_pegawai, instansi, tanggal_kejadian and bentuk: missing (required)" ]
	run typed '' --nama Budi --no-input
	[ "$status" -eq 3 ]
	[[ "$output" == *"jenis_pegawai, instansi, tanggal_kejadian and bentuk: missing (required)"* ]]
}

@test "a day in two contests is asked about, among those in progress, with their voting days" {
	netral init > /dev/null
	# 1 February 2024: the Pemilu votes on 14 February, the Pilkada's stages began on 26 January
	run typed 'Budi\n1\n\nKabupaten Batang\n\n2024-02-01\napk\n9\nPILKADA2024\n\n\n\n\ny\n'
	[ "$status" -eq 0 ]
	[[ "$output" == *"pemilihan"*"PEMILU2024-PILEG"*"(voting 2024-02-14)"*"PILKADA2024"*"(voting 2024-11-27)"* ]]
	[[ "$output" == *"number or code:"* ]]
	[[ "$output" != *"belum_diklasifikasi"* ]]
	netral show 2024-0001 --format json > s.json
	[ "$(json_get s.json '$.pemilihan')" = PILKADA2024 ]
	# a day in one contest is not asked about
	run typed 'Siti\n1\n\nKabupaten Batang\n\n2024-08-10\napk\n\n\n\n\ny\n'
	[ "$status" -eq 0 ]
	[[ "$output" != *"(voting "* ]]
}

@test "the report's number, source, description and work unit are offered; the agency last used is the default" {
	netral init > /dev/null
	run typed 'Budi\n1\n\nKabupaten Batang\nDinas Pendidikan\n2024-08-10\napk\n\n012/LP/PB/2024\nBawaslu\nposter di Facebook\ny\n'
	[ "$status" -eq 0 ]
	[[ "$output" == *"no_laporan (Enter: none)"*"sumber (Enter: none)"*"uraian (Enter: none)"* ]]
	netral show 2024-0001 --format json > s.json
	[ "$(json_get s.json '$.no_laporan')" = 012/LP/PB/2024 ]
	[ "$(json_get s.json '$.sumber')" = Bawaslu ]
	[ "$(json_get s.json '$.uraian')" = "poster di Facebook" ]
	[ "$(json_get s.json '$.unit_kerja')" = "Dinas Pendidikan" ]
	# the next case: Enter takes the agency shown
	run typed 'Siti\n1\n\n\n\n2024-08-11\napk\n\n\n\n\ny\n'
	[ "$status" -eq 0 ]
	[[ "$output" == *"instansi (Enter: Kabupaten Batang)"* ]]
	netral show 2024-0002 --format json > s.json
	[ "$(json_get s.json '$.instansi')" = "Kabupaten Batang" ]
}

@test "a move dated by netral says so" {
	netral init > /dev/null
	add_case > /dev/null
	run netral status 2024-0001 verifikasi
	[ "$status" -eq 0 ]
	[[ "$output" == *"dated today, 25 November 2026 (--tanggal gives the day it happened)"* ]]
	run netral status 2024-0001 tidak_terbukti --tanggal 2026-11-25
	[[ "$output" != *"dated today"* ]]
	run env LANGUAGE=id "$NETRAL" status 2024-0001 verifikasi
	[[ "$output" == *"25 November 2026"* ]]
}
