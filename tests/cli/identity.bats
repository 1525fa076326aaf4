#!/usr/bin/env bats
# What a case's identity numbers give, at their edges: a woman's NIK
# writes her day of birth plus 40; a NIP's CPNS start is at 15 or later.

load helper

# A PPNPN (who has a NIK and no NIP) with an incident on 10 August 2024.
ppnpn() {
	add_case --jenis-pegawai PPNPN --tanggal-kejadian 2024-08-10 "$@"
}

# usia, kelompok_usia and jenis_kelamin of a case, comma-separated
derived() {
	netral show "$1" --format json > "$1.json"
	echo "$(json_get "$1.json" '$.usia'),$(json_get "$1.json" '$.kelompok_usia'),$(json_get "$1.json" '$.jenis_kelamin')"
}

@test "a woman's NIK gives her birth date and age: day 50 is the 10th" {
	# born 10 August 1983: 41 on the day, the first day of 41-50
	ppnpn --nama "Siti Aminah" --nik 3302155008830002 > /dev/null
	[ "$(derived 2024-0001)" = "41,41-50,perempuan" ]
	# born 11 August 1983: still 40
	ppnpn --nama "Sri Wahyuni" --nik 3302155108830003 > /dev/null
	[ "$(derived 2024-0002)" = "40,31-40,perempuan" ]
	# the birth date the NIK holds is the one a different tanggal_lahir is compared with
	run --separate-stderr ppnpn --nama "Ani" --nik 3302155008830004 --tanggal-lahir 1983-08-12
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"tanggal_lahir: 1983-08-12 differs from the birth date in the NIK (1983-08-10); keeping 1983-08-12"* ]]
}

@test "a woman's NIK: day 41 is the 1st and 71 the 31st; 72 is refused" {
	run --separate-stderr ppnpn --nama "Siti" --nik 3302154108850002 --tanggal-lahir 1985-08-02
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"differs from the birth date in the NIK (1985-08-01)"* ]]
	[ "$(derived 2024-0001)" = "39,31-40,perempuan" ]
	run --separate-stderr ppnpn --nama "Rina" --nik 3302157107850002 --tanggal-lahir 1985-07-30
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"differs from the birth date in the NIK (1985-07-31)"* ]]
	[ "$(derived 2024-0002)" = "39,31-40,perempuan" ]
	before=$(db_state)
	run --separate-stderr ppnpn --nama "Dewi" --nik 3302157207850002
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"nik: '3302157207850002' has no valid birth date (day 32 of month 7)"* ]]
	# and the 31st of a month of 30 days
	run --separate-stderr ppnpn --nama "Dewi" --nik 3302157106850002
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"(day 31 of month 6)"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "a man's NIK writes his day as it is" {
	ppnpn --nama "Budi" --nik 3302151008830001 > /dev/null
	[ "$(derived 2024-0001)" = "41,41-50,laki-laki" ]
}

@test "a NIP's CPNS start is at 15 at the earliest: 1983 for a birth in 1968, not 1982" {
	add_case --nip "19680609 198303 1 003" > /dev/null
	run --separate-stderr add_case --nama "Joko" --nip "19680609 198203 1 003"
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"'19680609 198203 1 003' has no valid CPNS start (year 1982 for a birth in 1968)"* ]]
	# an NI PPPK's appointment year alike
	run --separate-stderr add_case --nama "Joko" --jenis-pegawai PPPK --nip "19900115 200421 1 005"
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"no valid appointment year (2004 for a birth in 1990)"* ]]
	run add_case --nama "Joko" --jenis-pegawai PPPK --nip "19900115 200521 1 005"
	[ "$status" -eq 0 ]
}

@test "a birth date that agrees with the NIK is taken without a word" {
	run --separate-stderr ppnpn --nama "Siti" --nik 3302155008830002 --tanggal-lahir 1983-08-10
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(derived 2024-0001)" = "41,41-50,perempuan" ]
}

@test "within one report a person without NIP or NIK is found by the name, blanks and ASCII case aside, other letters kept" {
	printf 'no_laporan,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\n1/LP,Budi \316\251mega,PNS,X,2024-08-10,apk\n1/LP,budi   \316\251mega,PNS,X,2024-08-10,apk\n1/LP,Budi \317\211mega,PNS,X,2024-08-10,apk\n' > w.csv
	run --separate-stderr netral import w.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 2, duplicates 1, rejected 0" ]
	# the two are one person to the warning of a repeated act, which
	# folds names as a search does (Ω is ω)
	[[ "$stderr" == *"w.csv:4: warning: 2024-0002 repeats 2024-0001 (the same person, day and act)"* ]]
}
