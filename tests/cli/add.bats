#!/usr/bin/env bats
# Recording a case: numbers, checks on every field, nothing written on error.

load helper

@test "the first line of output is the new case number alone" {
	run add_case
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 2024-0001 ]
	run add_case --nip "19680609 199503 1 003"
	[ "${lines[0]}" = 2024-0002 ]
}

@test "the year of the number is the report's, else the incident's" {
	run --separate-stderr add_case --tanggal-laporan 2025-01-03
	[ "${lines[0]}" = 2025-0001 ]
	run --separate-stderr add_case --tanggal-kejadian 2023-12-01
	[ "${lines[0]}" = 2023-0001 ]
	run --separate-stderr add_case
	[ "${lines[0]}" = 2024-0001 ]
}

@test "numbers are never reused, even after a failed add" {
	add_case
	run add_case --nip 123
	[ "$status" -eq 3 ]
	run --separate-stderr add_case
	[ "${lines[0]}" = 2024-0002 ]
}

@test "the output says which contest was inferred and why the classification" {
	run add_case
	[[ "$output" == *"klasifikasi: kode_etik KE-2 (bakal_calon)"* ]]
	[[ "$output" == *"pemilihan: PILKADA2024 (inferred from the incident date)"* ]]
	[[ "$output" == *"2024-08-10 is before the designation on 2024-09-22 (PILKADA2024): bakal calon; medsos-kampanye → KE-2, kode etik"* ]]
}

@test "dates typed as in Indonesian spreadsheets are accepted" {
	run add_case --tanggal-kejadian 22/09/2024
	[[ "$output" == *"DS-2"* ]]
	run netral show 2024-0001 --format json
	echo "$output" > show.json
	[ "$(json_get show.json '$.tanggal_kejadian')" = 2024-09-22 ]
}

# field, value, expected message
bad_values() {
	cat <<'TABLE'
nip|19851301 201012 2 001|nip: '19851301 201012 2 001' has no valid birth date (month 13)
nip|1968060919950310|nip: '1968060919950310' has 16 digits, a NIP has 18
nip|19680609 199503 3 003|nip: '19680609 199503 3 003' has sex digit '3' (1 male, 2 female)
nip|19680609x199503 1 003|nip: '19680609x199503 1 003' has a non-digit 'x' at position 9
nik|3302151213850001|nik: '3302151213850001' has no valid birth date (month 13)
tanggal-kejadian|2024-02-30|tanggal_kejadian: '2024-02-30' is not a valid date (February 2024 has 29 days)
tanggal-kejadian|2027-01-01|tanggal_kejadian: 2027-01-01 is after today (2026-11-25)
tanggal-lahir|31/04/1980|tanggal_lahir: '31/04/1980' is not a valid date (April 1980 has 30 days)
tanggal-laporan|2024-08-09|tanggal_laporan: 2024-08-09 is before tanggal_kejadian 2024-08-10
bentuk|kampanye|bentuk: unknown bentuk 'kampanye' (valid: apk, medsos-kampanye,
pemilihan|PILKADA2029|pemilihan: unknown contest 'PILKADA2029' (valid: PILKADA2020,
jenis-pegawai|relawan|jenis_pegawai: unknown employee type 'relawan' (valid: PNS, PPPK, PPNPN)
kategori-jabatan|penjaga malam|kategori_jabatan: unknown position category 'penjaga malam'
status|proses|status: unknown status 'proses' (valid: dilaporkan, verifikasi,
cltn|mungkin|cltn: 'mungkin' is not a yes/no value
nama|   |nama: missing (required)
TABLE
}

@test "each bad value is refused with status 3, naming field and value, writing nothing" {
	netral init
	before=$(db_state)
	while IFS='|' read -r field value want; do
		run --separate-stderr add_case "--$field=$value"
		echo "--$field=$value: $stderr"
		[ "$status" -eq 3 ]
		[[ "$stderr" == *"netral: $want"* ]]
		[ -z "$output" ]
		[ "$(db_state)" = "$before" ]
	done < <(bad_values)
}

@test "a missing required field is named" {
	run --separate-stderr netral add --nama X --jenis-pegawai PNS --tanggal-kejadian 2024-08-10 --bentuk apk
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: instansi: missing (required)" ]
}

@test "a failed add on a new database leaves no file behind" {
	run add_case --nip 1234
	[ "$status" -eq 3 ]
	[ ! -e "$NETRAL_DB" ]
}

@test "an NI PPPK recorded as PNS, or a NIP for a PPNPN, is refused" {
	run --separate-stderr add_case --nip 199001152022211005
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"is an NI PPPK (digit 13 is 2) but jenis_pegawai is PNS"* ]]
	run add_case --nip 199001152022211005 --jenis-pegawai PPPK
	[ "$status" -eq 0 ]
	run --separate-stderr add_case --nip "19680609 199503 1 003" --jenis-pegawai PPNPN
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"a PPNPN has no NIP"* ]]
}

@test "the same report naming the same person is refused; another person is not" {
	add_case --no-laporan 001/LP/PB/2024 --nip "19680609 199503 1 003"
	run --separate-stderr add_case --no-laporan 001/LP/PB/2024 --nip "196806091995031003"
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"report '001/LP/PB/2024' naming 196806091995031003 is already case 2024-0001"* ]]
	run add_case --no-laporan 001/LP/PB/2024 --nama "Ani" --nip "198512302010122001"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 2024-0002 ]
}

@test "a birth date that disagrees with the NIP is kept, with a warning" {
	run --separate-stderr add_case --nip "19680609 199503 1 003" --tanggal-lahir 1970-01-01
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"warning: tanggal_lahir: 1970-01-01 differs from the birth date in the NIP (1968-06-09); keeping 1970-01-01"* ]]
	netral show 2024-0001 --format json > s.json
	[ "$(json_get s.json '$.usia')" = 54 ]
}

@test "age comes from the NIP when no birth date is given, else the NIK" {
	add_case --nip "19680609 199503 1 003"
	add_case --jenis-pegawai PPNPN --nik 3302155206850002
	netral show 2024-0001 --format json > a.json
	netral show 2024-0002 --format json > b.json
	[ "$(json_get a.json '$.usia')" = 56 ]
	[ "$(json_get a.json '$.jenis_kelamin')" = laki-laki ]
	[ "$(json_get b.json '$.usia')" = 39 ]
	[ "$(json_get b.json '$.jenis_kelamin')" = perempuan ]
}

@test "turning 31 on the incident date is 31-40; the day before is <=30" {
	add_case --tanggal-lahir 1993-08-10
	add_case --tanggal-lahir 1993-08-11
	netral show 2024-0001 --format json > a.json
	netral show 2024-0002 --format json > b.json
	[ "$(json_get a.json '$.kelompok_usia')" = 31-40 ]
	[ "$(json_get b.json '$.kelompok_usia')" = '<=30' ]
}

@test "a 29 February birthday counts from 1 March in a common year" {
	add_case --tanggal-lahir 1992-02-29 --tanggal-kejadian 2023-02-28 --pemilihan PEMILU2024-PILEG
	add_case --tanggal-lahir 1992-02-29 --tanggal-kejadian 2023-03-01 --pemilihan PEMILU2024-PILEG
	netral show 2023-0001 --format json > a.json
	netral show 2023-0002 --format json > b.json
	[ "$(json_get a.json '$.usia')" = 30 ]
	[ "$(json_get b.json '$.usia')" = 31 ]
}

@test "usage errors exit 2 and point to --help; --help exits 0 on stdout" {
	run --separate-stderr netral add --nama
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"option '--nama' needs a value"* ]]
	run --separate-stderr netral add --warna merah
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"unknown option '--warna'"* ]]
	[[ "$stderr" == *"try 'netral add --help'"* ]]
	run --separate-stderr netral add --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"usage: netral add"* ]]
	[ -z "$stderr" ]
	[ ! -e "$NETRAL_DB" ]
}

@test "the Indonesian alias lapor records a case too" {
	run netral lapor --nama X --jenis-pegawai PNS --instansi Y --tanggal-kejadian 2024-08-10 --bentuk apk
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 2024-0001 ]
}
