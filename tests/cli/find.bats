#!/usr/bin/env bats
# Finding cases: by text, name, NIP and agency, any of several values,
# sorted and limited, as a clerk looks for the case on the phone.

load helper


cases() {
	add_case --nama "André Wijaya" --instansi "Dinas Kesehatan Kabupaten Batang" \
		--nip "19680609 199503 1 003" --tanggal-kejadian 2024-08-12 > /dev/null
	add_case --nama "Siti Rahayu" --instansi "Dinas Pendidikan" --uraian "Unggah foto KAMPANYE di grup" \
		--tanggal-kejadian 2024-08-10 > /dev/null
	add_case --nama "Budi Santoso" --instansi "RSUD Kesehatan Jiwa" --nik 3325011203800001 \
		--tanggal-kejadian 2024-08-11 --no-laporan "LAP/077/VIII" > /dev/null
	netral status 2024-0002 verifikasi > /dev/null
}

ids() {
	netral list --format csv "$@" | tail -n +2 | cut -d, -f1 | tr '\n' ' '
}

@test "--cari finds text in any letter case and without accents, in any searched field" {
	cases
	[ "$(ids --cari andre)" = "2024-0001 " ]
	[ "$(ids --cari "WIJAYA")" = "2024-0001 " ]
	[ "$(ids --cari kampanye)" = "2024-0002 " ]
	[ "$(ids --cari lap/077)" = "2024-0003 " ]
	[ "$(ids --cari 3325011203)" = "2024-0003 " ]
	[ "$(ids --cari kesehatan)" = "2024-0001 2024-0003 " ]
	[ "$(ids --cari "tidak ada")" = "" ]
}

@test "--nama, --nip and part of an agency's name" {
	cases
	[ "$(ids --nama "siti")" = "2024-0002 " ]
	[ "$(ids --nama "Kesehatan")" = "" ]
	[ "$(ids --nip "19680609 199503 1 003")" = "2024-0001 " ]
	[ "$(ids --nip 19680609)" = "2024-0001 " ]
	[ "$(ids --nip 33250112)" = "2024-0003 " ]
	[ "$(ids --instansi Kesehatan)" = "2024-0001 2024-0003 " ]
	[ "$(ids --instansi "dinas pendidikan")" = "2024-0002 " ]
	[ "$(ids --instansi "kesehatan kab")" = "" ]
	[ "$(ids --instansi "KABUPATEN BATANG")" = "2024-0001 " ]
	add_case --instansi "Kabupaten 70" > /dev/null
	add_case --instansi "Kabupaten 7" > /dev/null
	[ "$(ids --instansi "Kabupaten 7")" = "2024-0005 " ]
	run --separate-stderr netral list --nip 1968-06
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--nip: '1968-06' is not digits of an NIP or NIK"* ]]
}

@test "a filter given twice means any of its values" {
	cases
	[ "$(ids --status verifikasi --status dilaporkan)" = "2024-0001 2024-0002 2024-0003 " ]
	[ "$(ids --status verifikasi)" = "2024-0002 " ]
	[ "$(ids --instansi Pendidikan --instansi Jiwa)" = "2024-0002 2024-0003 " ]
	run --separate-stderr netral list --status verifikasi --status nonsense
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--status:"*"nonsense"* ]]
}

@test "--sort and --limit" {
	cases
	[ "$(ids --sort nama)" = "2024-0001 2024-0003 2024-0002 " ]
	[ "$(ids --sort -nama)" = "2024-0002 2024-0003 2024-0001 " ]
	[ "$(ids --sort tanggal_kejadian)" = "2024-0002 2024-0003 2024-0001 " ]
	[ "$(ids --sort status,-tanggal_kejadian)" = "2024-0001 2024-0003 2024-0002 " ]
	[ "$(ids --sort -nomor --limit 2)" = "2024-0003 2024-0002 " ]
	run --separate-stderr netral list --sort kontak_pelapor
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--sort: 'kontak_pelapor' is not a field"* ]]
	run --separate-stderr netral list --limit 0
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--limit: '0' is not a whole number from 1 to 1000000000"* ]]
}
