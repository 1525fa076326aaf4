#!/usr/bin/env bats
# show, list and classify: what a clerk reads back.

load helper

@test "show gives every field, the derived values and the reason in words" {
	add_case --nip "19680609 199503 1 003" --kategori-jabatan "JPT Pratama" --uraian "posting di Facebook"
	run netral show 2024-0001
	[ "$status" -eq 0 ]
	has_row nama "Budi Santoso"
	has_row nip 196806091995031003
	has_row kategori_jabatan jpt-pratama
	has_row kelompok_jabatan jpt
	has_row usia 56
	has_row kelompok_usia ">=51"
	has_row periode sebelum_kampanye
	has_row tahap bakal_calon
	has_row jenis kode_etik
	has_row kode KE-2
	for want in "moral-tertutup" "moral-terbuka" "PP 42/2004 Pasal 15 (kode etik PNS" "UU 20/2023 Pasal 24 ayat (1) huruf d"; do
		[[ "$output" == *"$want"* ]] || { echo "missing: $want"; false; }
	done
	[[ "$output" == *"2024-08-10 is before the designation on 2024-09-22 (PILKADA2024): bakal calon; medsos-kampanye → KE-2, kode etik"* ]]
}

@test "show accepts a short case number and the alias lihat" {
	add_case
	run netral lihat 2024-1
	[ "$status" -eq 0 ]
	[[ "$output" == *"2024-0001"* ]]
}

@test "show of an unknown case exits 4; a malformed number exits 2" {
	add_case
	run --separate-stderr netral show 2024-0099
	[ "$status" -eq 4 ]
	[ "$stderr" = "netral: no case '2024-0099'" ]
	run --separate-stderr netral show abc
	[ "$status" -eq 2 ]
}

@test "show and classify as JSON carry the classification at the top level" {
	add_case
	netral show 2024-0001 --format json > show.json
	netral classify 2024-0001 --format json > cls.json
	for f in show.json cls.json; do
		json_valid "$f"
		[ "$(json_get $f '$.jenis')" = kode_etik ]
		[ "$(json_get $f '$.kode')" = KE-2 ]
		[ "$(json_get $f '$.tahap')" = bakal_calon ]
		[ "$(json_get $f '$.pemilihan')" = PILKADA2024 ]
		[ "$(json_get $f '$.sanksi[0].kode')" = moral-tertutup ]
		[ "$(json_get $f '$.sanksi[1].kode')" = moral-terbuka ]
		[[ "$(json_get $f '$.dasar_hukum')" == "PP 42/2004"* ]]
		[[ "$(json_get $f '$.alasan')" == *"bakal calon"* ]]
	done
}

@test "classify what-if: the designation day is calon, the day before bakal calon" {
	run netral classify --bentuk apk --tanggal 2024-09-22 --pemilihan PILKADA2024
	[[ "$output" == *"DS-1"* ]]
	[[ "$output" == *"on or after the designation on 2024-09-22"* ]]
	run netral classify --bentuk apk --tanggal 2024-09-21 --pemilihan PILKADA2024
	[[ "$output" == *"KE-1"* ]]
	[ ! -e "$NETRAL_DB" ]
}

@test "classify what-if: PILEG and PILPRES differ in November 2023" {
	netral classify --bentuk medsos-kampanye --tanggal 2023-11-05 --pemilihan PEMILU2024-PILEG --format json > a.json
	netral classify --bentuk medsos-kampanye --tanggal 2023-11-05 --pemilihan PEMILU2024-PILPRES --format json > b.json
	[ "$(json_get a.json '$.kode')" = DS-2 ]
	[ "$(json_get b.json '$.kode')" = KE-2 ]
	run netral classify --bentuk medsos-kampanye --tanggal 2023-11-05
	[[ "$output" == *"belum_diklasifikasi"* ]]
	[[ "$output" == *"record the contest (--pemilihan)"* ]]
}

@test "classify what-if: CLTN exempts accompanying a spouse, nothing else" {
	run netral classify --bentuk kampanye-pasangan --tanggal 2024-10-01 --cltn --pasangan-calon
	[[ "${lines[0]}" == *tidak_melanggar* ]]
	# SE MenPANRB 18/2023 as BKN Kanreg III tabulates it, row 2: present,
	# not actively involved
	[[ "$output" == *"tidak boleh terlibat secara aktif"* ]]
	# BKN Kanreg III, kode etik row 6: following the spouse's campaign
	# without CLTN
	run netral classify --bentuk kampanye-pasangan --tanggal 2024-10-01 --pasangan-calon
	[[ "$output" == *KE-6* ]]
	# accompanying without CLTN: no row, the Satgas decides
	run netral classify --bentuk dampingi-pasangan --tanggal 2024-10-01 --pasangan-calon
	has_row jenis satgas
	has_row kode ""
	[[ "$output" == *"hanya dengan CLTN"* ]]
	run netral classify --bentuk medsos-kampanye --tanggal 2024-10-01 --cltn
	[[ "$output" == *DS-2* ]]
}

@test "classify what-if: outside the matrix goes to the Satgas, with the reason" {
	run netral classify --bentuk ikut-kampanye --tanggal 2024-10-01 --format json
	echo "$output" > s.json
	[ "$(json_get s.json '$.jenis')" = satgas ]
	[[ "$(json_get s.json '$.alasan')" == *"tidak ada baris disiplin untuknya"* ]]
}

@test "classify what-if: before SKB 2022 the older rules, before any ruleset unclassified" {
	run netral classify --bentuk medsos-kampanye --tanggal 2020-10-01 --pemilihan PILKADA2020
	[ "$status" -eq 0 ]
	has_row jenis satgas
	has_row ruleset SKB2020
	[[ "$output" == *"tingkat menurut SKB 2020 tidak dipastikan"* ]]
	run netral classify --bentuk kegiatan-keberpihakan --tanggal 2020-10-01 --pemilihan PILKADA2020
	has_row jenis disiplin_sedang
	echo "$output" | grep -E '^dasar_hukum +PP 53/2010 Pasal 4 angka 15 huruf d jo. Pasal 12 angka 9'
	echo "$output" | grep -E '^sanksi +tunda-kgb-1thn'
	# PP 94/2021 before SKB 2022: BKN Kanreg III's slide on PerBKN 6/2022
	# gives partisan activities for a calon hukuman disiplin berat
	run netral classify --bentuk kegiatan-keberpihakan --tanggal 2022-01-10 --pemilihan PILKADA2020
	has_row jenis disiplin_berat
	has_row ruleset PP94-2021
	[[ "$output" == *"PerBKN 6/2022 butir 4"* ]]
	run netral classify --bentuk medsos-kampanye --tanggal 2022-01-10 --pemilihan PILKADA2020
	has_row jenis satgas
	[[ "$output" == *"PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010"* ]]
	run netral classify --bentuk medsos-kampanye --tanggal 2010-06-05 --pemilihan PILKADA2020
	has_row jenis belum_diklasifikasi
	[[ "$output" == *"no ruleset in force on 2010-06-05"* ]]
}

@test "classify what-if: sanctions follow the employee type" {
	netral classify --bentuk apk --tanggal 2024-10-01 --jenis-pegawai PPNPN --format json > p.json
	[ "$(json_get p.json '$.sanksi[0].kode')" = sp3 ]
	[ "$(json_get p.json '$.sanksi[1].kode')" = putus-kontrak ]
}

@test "classify needs a case or --bentuk and --tanggal" {
	run netral classify
	[ "$status" -eq 2 ]
	run netral classify --bentuk apk
	[ "$status" -eq 2 ]
	run --separate-stderr netral classify --bentuk xyz --tanggal 2024-10-01
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"unknown bentuk 'xyz'"* ]]
}

@test "a case dated before SKB 2022 is recorded under the rules of its day" {
	run add_case --tanggal-kejadian 2020-10-01 --pemilihan PILKADA2020
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 2020-0001 ]
	run netral show 2020-0001
	has_row jenis satgas
	has_row ruleset SKB2020
	has_row periode saat_kampanye
}

@test "list filters by contest, agency, bentuk, classification, status and dates" {
	add_case
	add_case --tanggal-kejadian 2024-10-01 --instansi "Kementerian Agama"
	add_case --tanggal-kejadian 2023-12-01 --bentuk apk --pemilihan PEMILU2024-PILEG
	run netral list
	[ "${#lines[@]}" -eq 5 ]
	run netral list --pemilihan pilkada2024
	[ "${#lines[@]}" -eq 4 ]
	run netral list --instansi "kementerian agama"
	[ "${#lines[@]}" -eq 3 ]
	[[ "$output" == *2024-0002* ]]
	run netral list --bentuk apk
	[[ "$output" == *2023-0001* ]]
	[ "${#lines[@]}" -eq 3 ]
	run netral list --jenis disiplin_berat
	[ "${#lines[@]}" -eq 4 ]
	run netral list --from 2024-09-01 --to 31/12/2024
	[ "${#lines[@]}" -eq 3 ]
	run netral list --status selesai
	[ "$output" = "no cases" ]
}

@test "list refuses unknown filter values" {
	add_case
	run --separate-stderr netral list --bentuk xyz
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--bentuk: unknown bentuk 'xyz'"* ]]
	run --separate-stderr netral list --from 2024-13-01
	[ "$status" -eq 2 ]
	run --separate-stderr netral list --jenis berat
	[ "$status" -eq 2 ]
}

@test "list as CSV is in the import format, as JSON one object per case" {
	add_case
	run netral list --format csv
	[ "${lines[0]}" = "nomor,no_laporan,nama,nip,nik,jenis_pegawai,kategori_jabatan,jabatan,instansi,unit_kerja,tanggal_lahir,tanggal_kejadian,tanggal_laporan,pemilihan,bentuk,uraian,sumber,status,cltn,pasangan_calon,rekomendasi_nomor,rekomendasi_tanggal,rekomendasi_dari,rekomendasi_sanksi,sanksi,sk_nomor,sk_tanggal,blokir_siasn,sasaran,putusan_jenis,putusan_nomor,putusan_tanggal,putusan_catatan,spk_nomor,batal_alasan,gabung_ke,asal,asal_nomor,indikasi,dihitung_asal,usia,kelompok_usia,kelompok_jabatan,periode,tahap,jenis,kode,jenis_kelamin" ]
	netral list --format json > l.json
	json_valid l.json
	[ "$(json_get l.json '$[0].nomor')" = 2024-0001 ]
	[ "$(json_get l.json '$[0].pemilihan')" = PILKADA2024 ]
}

@test "list and show JSON put the workflow fields under tindak_lanjut alike" {
	add_case
	netral status 2024-0001 verifikasi > /dev/null
	netral list --format json > l.json
	netral show 2024-0001 --format json > s.json
	[ "$(json_get l.json '$[0].tindak_lanjut.blokir_siasn')" = 0 ]
	[ "$(json_get s.json '$.tindak_lanjut.blokir_siasn')" = 0 ]
	[ -z "$(json_get l.json '$[0].sanksi')" ]
	[ "$(json_get s.json '$.sanksi[0].kode')" = moral-tertutup ]
}

@test "an act favouring a party takes its stage from the parties' designation" {
	run netral classify --bentuk tim-pemenangan --tanggal 2023-06-01 --pemilihan PEMILU2024-PILEG
	[[ "$output" == *"DS-8"* ]]
	run netral classify --bentuk tim-pemenangan --tanggal 2023-06-01 --pemilihan PEMILU2024-PILEG --sasaran partai
	[[ "$output" == *"DS-9"* ]]
	[[ "$output" == *"designated as participants on 2022-12-14"* ]]
	add_case --bentuk tim-pemenangan --tanggal-kejadian 2023-06-01 --pemilihan PEMILU2024-PILEG --sasaran Partai
	run netral show 2023-0001
	has_row sasaran partai
	has_row kode DS-9
	printf '%s\n' "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,pemilihan,sasaran" \
		"A,PNS,X,2023-06-01,tim-pemenangan,PEMILU2024-PILEG,partai" \
		"B,PNS,X,2023-06-01,tim-pemenangan,PEMILU2024-PILEG," > s.csv
	netral import -q s.csv
	run netral list --format csv
	[[ "$output" == *"DS-9"*"DS-8"* ]]
	run --separate-stderr netral add --nama C --jenis-pegawai PNS --instansi X \
		--tanggal-kejadian 2023-06-01 --bentuk apk --sasaran ormas
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"'ormas' is not a target of the act (valid: calon, partai)"* ]]
	run netral check
	[ "$status" -eq 0 ]
}

@test "an act aimed at a party has a tier only where a row of BKN's tables names a party" {
	# BKN Kanreg III, Netralitas ASN: the rows naming partai politik are
	# kode etik 5b, 5c and 7, disiplin 6b, 6c, 7, 8, 9 and 11, and the
	# third table's row 1; for every other act the Satgas decides
	for b in medsos-kampanye apk; do
		run netral classify --bentuk $b --tanggal 2023-06-01 --sasaran partai
		[ "$status" -eq 0 ]
		has_row jenis satgas
		has_row kode ""
		[[ "$output" == *"tidak ada baris matriks BKN Kanreg III yang menyebut partai politik untuk perbuatan ini"* ]]
	done
	# disiplin 6b, 6c: a photo with party attributes or a party backdrop
	run netral classify --bentuk foto-bersama --tanggal 2023-06-01 --sasaran partai
	has_row jenis disiplin_berat
	has_row kode DS-6
	# the same acts for a candidate keep their rows
	run netral classify --bentuk medsos-kampanye --tanggal 2023-11-20 --sasaran calon
	has_row kode DS-2
}

@test "a contest older than every ruleset: its acts are kept unclassified, and no sanction is taken for them" {
	netral election add LAMA2005 --nama "Pilkada lama" --penetapan 2005-03-01 --kampanye-mulai 2005-03-10 \
		--kampanye-selesai 2005-04-10 --pemungutan 2005-04-15 > /dev/null
	run netral classify --bentuk apk --tanggal 2005-03-20 --pemilihan LAMA2005 --sasaran partai
	[ "$status" -eq 0 ]
	[[ "$output" == *"the act favoured a party, but no party is designated as a participant of LAMA2005; no ruleset in force on 2005-03-20 (the earliest, SKB2020, applies from 2010-06-06): kept unclassified"* ]]
	before=$(db_state)
	run --separate-stderr netral add --nama Ani --jenis-pegawai PNS --instansi X --tanggal-kejadian 2005-03-20 \
		--pemilihan LAMA2005 --bentuk apk --status terbukti --rekomendasi-sanksi moral-terbuka \
		--rekomendasi-tanggal 2005-10-20 --rekomendasi-dari BKN --no-input
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: rekomendasi_sanksi: 'moral-terbuka': no ruleset is in force on 2005-03-20, so no catalogue of sanctions holds it" ]
	[ "$(db_state)" = "$before" ]
}
