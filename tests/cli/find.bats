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

@test "--cari folds as Unicode does: ß as ss, a final sigma, composed and decomposed alike" {
	cases
	add_case --nama "Günter Straße" --nip "19700101 199503 1 001" --instansi "Kantor Straße" > /dev/null
	add_case --nama "Nikos" --uraian "ΣΑΣ" --nip "19700101 199503 1 002" > /dev/null
	# stored decomposed: e and a combining acute accent
	add_case --nama "$(printf 'Andre\xcc\x81 Decomposed')" --nip "19700101 199503 1 004" > /dev/null
	[ "$(ids --cari strasse)" = "2024-0004 " ]
	[ "$(ids --cari STRASSE)" = "2024-0004 " ]
	[ "$(ids --cari straße)" = "2024-0004 " ]
	[ "$(ids --cari σασ)" = "2024-0005 " ]
	[ "$(ids --cari σας)" = "2024-0005 " ]
	# ß is two letters, not any s
	[ "$(ids --cari ß)" = "2024-0004 " ]
	[ "$(ids --cari "santoß")" = "" ]
	# a composed query finds decomposed text, and a decomposed one composed
	[ "$(ids --cari "andré")" = "2024-0001 2024-0006 " ]
	[ "$(ids --cari "$(printf 'andre\xcc\x81')")" = "2024-0001 2024-0006 " ]
	[ "$(ids --cari andre)" = "2024-0001 2024-0006 " ]
	[ "$(ids --nama "$(printf 'ANDRE\xcc\x81 W')")" = "2024-0001 " ]
	[ "$(ids --instansi "kantor strasse")" = "2024-0004 " ]
	[ "$(ids --instansi "kantor stras")" = "" ]
}

@test "a unit and an origin are one in any Unicode spelling of their names" {
	netral unit add "Dinas Straße" --asn 3 > /dev/null
	run netral unit add "DINAS STRASSE" --asn 4
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*), max(jumlah_asn) FROM unit')" = "1|4" ]
	netral unit add "Kantor ΣΑΣ" > /dev/null
	netral unit add "$(printf 'Kantor \xcf\x83\xce\xb1\xcf\x82')" --asn 2 > /dev/null
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM unit")" = 2 ]
	netral asal add "Kota Großstadt" --kode 9901 > /dev/null
	run --separate-stderr netral asal add "KOTA GROSSSTADT" --kode 9902
	[ "$status" -ne 0 ]
	[[ "$stderr" == *"is registered already as 'Kota Großstadt' (9901)"* ]]
	run --separate-stderr netral list --asal "kota grossstadt"
	[ "$status" -eq 0 ]
	run netral check
	[ "$status" -eq 0 ]
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

@test "--sort on a coded column orders by its text, a filter on one finds its cases" {
	netral import -q "$BATS_TEST_DIRNAME/../../data/examples/kasus.csv"
	# the codes are given as texts first appear, not in the texts' order
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(nomor, ' ') FROM (SELECT nomor FROM kasus ORDER BY kode, id)")" != \
	  "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(nomor, ' ') FROM (SELECT nomor FROM kasus_teks ORDER BY kode COLLATE NOCASE, id)")" ]
	[ "$(netral list --termasuk-batal --sort kode --format ids | tr '\n' ' ')" = \
	  "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(nomor, ' ') || ' ' FROM (SELECT nomor FROM kasus_teks ORDER BY kode COLLATE NOCASE, id)")" ]
	[ "$(netral list --termasuk-batal --sort -periode,nomor --format ids | tr '\n' ' ')" = \
	  "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(nomor, ' ') || ' ' FROM (SELECT nomor FROM kasus_teks ORDER BY periode COLLATE NOCASE DESC, nomor COLLATE NOCASE, id)")" ]
	[ "$(netral list --termasuk-batal --jenis ptdh --format ids | tr '\n' ' ')" = \
	  "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(nomor, ' ') || ' ' FROM (SELECT nomor FROM kasus_teks WHERE jenis = 'ptdh' ORDER BY id)")" ]
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
