#!/usr/bin/env bats
# The log across cases: netral history without a case number, newest
# first, filtered as git log filters.

load helper

events() {
	add_case > /dev/null
	add_case --nama "Siti Rahayu" --kontak-pelapor 0812-555 > /dev/null
	NETRAL_OPERATOR=alice netral status 2024-0001 verifikasi > /dev/null
	NETRAL_OPERATOR=bob netral edit 2024-0002 --nama "Siti Rahayu Putri" --kontak-pelapor 0813-777 > /dev/null
}

@test "history without a case lists the events of all cases, newest first" {
	events
	run netral history --format csv
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "nomor,waktu,operator,jenis,kolom,lama,baru,catatan,tanggal" ]
	[[ "${lines[1]}" == 2024-0002,*,bob,ubah,* ]]
	[[ "${lines[-2]}" == 2024-0001,*,tester,buat,* ]]
	# the first event of every database: the rules it was created with
	[[ "${lines[-1]}" == ,*,tester,aturan,* ]]
	run netral history
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == nomor* ]]
}

@test "the log is filtered by operator, kind, day and number, and says nothing private unasked" {
	events
	run netral history --operator alice --format csv
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[1]}" == 2024-0001,*,alice,status,status,dilaporkan,verifikasi,* ]]
	run netral history --jenis buat --format csv
	[ "${#lines[@]}" -eq 3 ]
	run netral history --limit 1 --format csv
	[ "${#lines[@]}" -eq 2 ]
	today=$(date -u +%F)
	run netral history --since "$today" --format csv
	[ "${#lines[@]}" -gt 4 ]
	run netral history --until 2020-01-01 --format csv
	[ "${#lines[@]}" -eq 1 ]
	# names and the reporter's contact stay out unless asked for
	run netral history --format csv
	[[ "$output" != *"Siti Rahayu Putri"* ]]
	[[ "$output" != *0813-777* ]]
	run netral history --format csv --pribadi
	[[ "$output" == *"Siti Rahayu Putri"* ]]
	[[ "$output" != *0813-777* ]]
	run netral history --format csv --pribadi --kontak
	[[ "$output" == *0813-777* ]]
	run netral history --format json
	[ "$status" -eq 0 ]
	echo "$output" > log.json
	json_valid log.json
	[ "$(json_get log.json '$[0].nomor')" = 2024-0002 ]
}

@test "the log's filters are checked" {
	events
	run --separate-stderr netral history --jenis nonsense
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--jenis: unknown event kind 'nonsense' (known: buat, impor, ubah, status, klasifikasi, blokir, putusan, unit, kegiatan, pakta, izin, aturan, daftar_asal, pelaporan, kasus_alias)"* ]]
	run --separate-stderr netral history --since 2024-13-01
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--since:"* ]]
	# a case's history takes the same filters
	run netral history 2024-0001 --operator alice --format csv
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[1]}" == *,alice,status,* ]]
}
