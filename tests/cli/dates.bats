#!/usr/bin/env bats
# The days of a case at their edges: the same day is in order, the day
# before (or after today) is not.

load helper

@test "a report made on the day of the incident is taken; one the day before is not" {
	run add_case --tanggal-kejadian 2024-08-10 --tanggal-laporan 2024-08-10
	[ "$status" -eq 0 ]
	run --separate-stderr add_case --nama B --tanggal-kejadian 2024-08-10 --tanggal-laporan 2024-08-09
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"tanggal_laporan: 2024-08-09 is before tanggal_kejadian 2024-08-10"* ]]
}

@test "an incident of today is taken; one of tomorrow is not" {
	# today is 2026-11-25 (helper.bash)
	run add_case --tanggal-kejadian 2026-11-25 --pemilihan PILKADA2024
	[ "$status" -eq 0 ]
	run --separate-stderr add_case --nama B --tanggal-kejadian 2026-11-26 --pemilihan PILKADA2024
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"tanggal_kejadian: 2026-11-26 is after today (2026-11-25)"* ]]
	run --separate-stderr add_case --nama C --tanggal-kejadian 2026-11-25 --tanggal-laporan 2026-11-26 \
		--pemilihan PILKADA2024
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"tanggal_laporan: 2026-11-26 is after today (2026-11-25)"* ]]
}

@test "a person born on the day of the incident is 0; one born after it is refused" {
	run --separate-stderr add_case --tanggal-lahir 2024-08-10
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"tanggal_lahir: gives an age of 0 on the incident date"* ]]
	run --separate-stderr add_case --nama B --tanggal-lahir 2024-08-11
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"tanggal_lahir: birth date 2024-08-11 is after tanggal_kejadian 2024-08-10"* ]]
	# the same from a NIP: its birth date after the incident
	run --separate-stderr add_case --nama C --nip "20240811 204203 1 003" --pemilihan PILKADA2024
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"nip: birth date 2024-08-11 is after tanggal_kejadian 2024-08-10"* ]]
}

@test "a move on the day of the incident, and an SK on the day of the recommendation, are in order" {
	add_case --tanggal-kejadian 2024-08-10 > /dev/null
	run netral status 2024-0001 verifikasi --tanggal 2024-08-10
	[ "$status" -eq 0 ]
	run netral status 2024-0001 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka \
		--rekomendasi-tanggal 2024-08-10 --tanggal 2024-08-10
	[ "$status" -eq 0 ]
	run netral status 2024-0001 disanksi --sanksi moral-terbuka --sk-nomor 800/1 \
		--sk-tanggal 2024-08-10 --tanggal 2024-08-10
	[ "$status" -eq 0 ]
	run netral check
	[ "$status" -eq 0 ]
}

@test "a field a status records is refused at a status that cannot hold it, whatever way the workflow loops" {
	add_case > /dev/null
	# tidak_terbukti and verifikasi lead to each other; neither records a recommendation
	netral status 2024-0001 tidak_terbukti > /dev/null
	before=$(db_state)
	run --separate-stderr netral edit 2024-0001 --rekomendasi-dari BKN
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: rekomendasi_dari: is recorded when a case moves to terbukti, and this one is at tidak_terbukti" ]
	[ "$(db_state)" = "$before" ]
	# a dry run says the row it would reject
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nQ,PNS,X,2024-08-10,bogus\n' > bad.csv
	run --separate-stderr netral import --dry-run --skip-invalid bad.csv
	[ "$status" -eq 3 ]
	[ "$output" = "dry run: would import 0, duplicates 0, rejected 1; nothing written" ]
}
