#!/usr/bin/env bats
# Committee permits: their numbers by year, the contest a permit is for,
# and which cases mention them.

load helper

permit() {
	netral izin add --nama "Rina Kartika" --nip "19850412 201001 2 015" \
		--jabatan "Pengelola Data" --peran KPPS --sk-penunjukan "15/PPS/Kpt/2024" \
		--pemberi-nama "Drs. Slamet Riyadi" --pemberi-nip "19680101 199003 1 007" \
		--pemberi-jabatan "Kepala Dinas Pendidikan" "$@"
}

@test "permit numbers count within the year of the permit's day" {
	run permit --tanggal 2024-10-01 --pemilihan PILKADA2024
	[ "$output" = IZ-2024-0001 ]
	run permit --tanggal 2025-01-05 --pemilihan PILKADA2024 --peran PPS
	[ "$output" = IZ-2025-0001 ]
	run permit --tanggal 2024-10-02 --pemilihan PILKADA2024 --peran PPK
	[ "$output" = IZ-2024-0002 ]
	run netral izin list --format csv
	[ "$(cut -d, -f1-3 <<< "$output")" = "$(printf 'nomor,tanggal,peran\nIZ-2024-0001,2024-10-01,KPPS\nIZ-2024-0002,2024-10-02,PPK\nIZ-2025-0001,2025-01-05,PPS')" ]
}

@test "a permit without --pemilihan is for the contest in progress; two at once or none must be named" {
	run permit --tanggal 2024-10-01
	[ "$status" -eq 0 ]
	run netral izin list --format csv
	[[ "${lines[1]}" == IZ-2024-0001,2024-10-01,KPPS,PILKADA2024,* ]]
	before=$(db_state)
	# the Pemilu (voting 14 February) and the Pilkada's stages both run on 1 February 2024
	run --separate-stderr permit --tanggal 2024-02-01 --peran PPS
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--pemilihan: 2024-02-01 falls in the stages of more than one contest: name it"* ]]
	run --separate-stderr permit --tanggal 2022-01-10 --peran PPS
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--pemilihan: no contest is in progress on 2022-01-10: name it"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "a case mentions a permit of a contest voting the same day, not of another day" {
	permit --tanggal 2024-01-10 --pemilihan PEMILU2024-PILEG > /dev/null
	# the presidential contest votes on the day of the legislative one
	run add_case --nip 198504122010012015 --pemilihan PEMILU2024-PILPRES --tanggal-kejadian 2024-01-12
	[ "$status" -eq 0 ]
	[[ "$output" == *"izin: IZ-2024-0001 (KPPS, PEMILU2024-PILEG)"* ]]
	run add_case --nip 198504122010012015 --pemilihan PILKADA2024 --tanggal-kejadian 2024-10-12
	[ "$status" -eq 0 ]
	[[ "$output" != *IZ-2024-0001* ]]
}

@test "a letter written to a folder that is not there is refused, and leaves nothing" {
	permit --tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	run --separate-stderr netral izin surat IZ-2024-0001 --format html --output nodir/izin.html
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot create a file in 'nodir': No such file or directory" ]
	[ ! -e nodir ]
}
