#!/usr/bin/env bats
# The rules as data: printing them, checking a folder, loading one; contests.

load helper

copy_rules() {
	cp -r "$RULES" "$BATS_TEST_TMPDIR/r"
}

@test "the shipped rules folder checks clean" {
	run netral rules check "$RULES"
	[ "$status" -eq 0 ]
	[[ "$output" == *"ok: 20 bentuk"*"7 statuses, 17 transitions, 3 settings"* ]]
}

@test "a folder's status.csv from before the column dihitung counts every status" {
	copy_rules
	sed -i -e '1s/,dihitung$//' -e 's/,[01]$//' -e '/^batal,/d' "$BATS_TEST_TMPDIR/r/status.csv"
	sed -i -e '/,batal,/d' -e '/^batal,/d' "$BATS_TEST_TMPDIR/r/transisi.csv"
	run netral rules check "$BATS_TEST_TMPDIR/r"
	[ "$status" -eq 0 ]
	[[ "$output" == *"6 statuses, 9 transitions"* ]]
}

@test "rules prints the matrix and the contests" {
	run netral rules
	[[ "$output" == *"Matrix SKB2022, for acts from 2022-09-22"*"Matrix SKB2020, for acts from 2010-06-06"* ]]
	# the codes of BKN Kanreg III's deck, its wording beside them
	echo "$output" | grep -E '^anggota-parpol +kapan_saja +\* +\* +\* +PTDH-1 +ptdh +lain 1$'
	echo "$output" | grep -E '^dukungan-ktp +calon +calon +\* +\* +DS-10 +disiplin_berat +disiplin 10$'
	echo "$output" | grep -E '^apk +\* +partai +\* +\* +satgas +lain 2$'
	echo "$output" | grep -E '^KE-6 +Mengikuti deklarasi/kampanye bagi suami/istri calon dengan tidak dalam status cuti di luar tanggungan negara'
	echo "$output" | grep -E '^KE-7 +Ikut dalam kegiatan kampanye/sosialisasi/pengenalan bakal calon/partai politik$'
	echo "$output" | grep -E '^DS-5 +Membuat posting, comment, share, like'
	echo "$output" | grep -E '^PTDH-1 +Menjadi anggota dan/atau pengurus partai politik$'
	[[ "$output" == *"PILKADA2024"* ]]
	# what the man page promises the listing documents
	[[ "$output" == *"in progress from tahapan_mulai to 35 days after voting"* ]]
	echo "$output" | grep -E '^partai +Partai politik'
	[[ "$output" == *"the tiers the Satgas decides ('netral putusan CASE --jenis'): kode_etik, disiplin_sedang, disiplin_berat, ptdh, tidak_melanggar"* ]]
	echo "$output" | grep -E '^SKB2022 +PPNPN +ptdh +putus_kontrak +SE MenPANRB 1/2023'
	echo "$output" | grep -E '^kategori +medsos-kampanye +Kampanye/sosialisasi media sosial +Campaigning on social media$'
	run netral rules --format csv
	[ "${lines[0]}" = "ruleset,berlaku,bentuk,tahap,sasaran,cltn,pasangan_calon,kode,jenis,dasar_hukum,catatan,baris_bkn" ]
	netral rules --format json > r.json
	json_valid r.json
	[ "$(json_get r.json '$.pemilihan[3].kode')" = PILKADA2024 ]
	[ "$(json_get r.json '$.sasaran[1].kode')" = partai ]
	[ "$(json_get r.json '$.putusan[0].kode')" = kode_etik ]
	[ "$(json_get r.json '$.matriks[0].baris_bkn')" = "kode etik 1" ]
}

# file, sed edit, expected problem
broken() {
	cat <<'TABLE'
matriks.csv|s/^SKB2022,2022-09-22,apk,calon,/SKB2022,2022-09-22,apx,calon,/|matriks.csv:3: bentuk: unknown 'apx'
matriks.csv|3p|matriks.csv:4: duplicate row (also line 3)
matriks.csv|/,medsos-kampanye,calon,/d|bentuk.csv:3: ruleset 'SKB2022' has no matrix row for 'medsos-kampanye' at calon
matriks.csv|s/,kode_etik,/,kode_ethic,/|jenis: unknown 'kode_ethic'
matriks.csv|2s/{netralitas}/{netral}/|matriks.csv:2: dasar_hukum: '{netral}' is not a kunci of undang.csv
undang.csv|2s/^uu_asn,2014-01-15,/uu_asn,2014-01-32,/|undang.csv:2: berlaku: '2014-01-32' is not a date in YYYY-MM-DD form
undang.csv|3p|undang.csv:4: duplicate row (also line 3)
matriks.csv|s/^SKB2022,2022-09-22,apk,bakal_calon,calon,\*/SKB2022,2022-09-22,apk,bakal_calon,calon,kadang/|matriks.csv:2: cltn: 'kadang' must be ya, tidak or *
matriks.csv|s/^SKB2022,2022-09-22,apk,\*,partai,/SKB2022,2022-09-22,apk,*,ormas,/|matriks.csv:4: sasaran: 'ormas' must be * or one of calon, partai
matriks.csv|/^SKB2022,2022-09-22,apk,\*,partai,/d|ruleset 'SKB2022' has no matrix row for 'apk' at bakal_calon (sasaran partai
matriks.csv|s/,anggota-parpol,kapan_saja,/,anggota-parpol,selalu,/|tahap: 'selalu' must be bakal_calon, calon, * or kapan_saja
matriks.csv|2s/2022-09-22/2022-09-31/|matriks.csv:2: berlaku: '2022-09-31' is not a date in YYYY-MM-DD form
matriks.csv|s/,satgas,SKB 2022,di luar matriks; dibahas dan diputus Satgas/,satgas,SKB 2022,/|a satgas row must say why
matriks.csv|s/^SKB2022,2022-09-22,kampanye-pasangan,calon,calon,ya,/SKB2022,2022-09-22,kampanye-pasangan,calon,calon,*,/|overlaps line
pemilihan.csv|s/2024-09-22,2024-09-25/2024-02-30,2024-09-25/|pemilihan.csv:5: penetapan: '2024-02-30' is not a date in YYYY-MM-DD form
pemilihan.csv|s/2024-11-23,2024-11-27/2024-11-28,2024-11-27/|pemilihan.csv:5: pemungutan: voting must come after the last campaign day
pemilihan.csv|5p|duplicate contest 'PILKADA2024'
pemilihan.csv|s/,2024-01-26,,2024-09-22,/,2024-10-26,,2024-09-22,/|pemilihan.csv:5: tahapan_mulai: the stages start after the designation
pemilihan.csv|3s/,2022-06-14,2022-12-14,/,2022-06-14,2024-03-01,/|pemilihan.csv:3: penetapan_partai: the parties must be designated after the stages start and before voting
pemilihan.csv|3s/,2022-06-14,2022-12-14,/,2022-06-14,14-12-2022,/|pemilihan.csv:3: penetapan_partai: '14-12-2022' is not a date in YYYY-MM-DD form
pemilihan.csv|3s/,"PKPU[^"]*",/,,/|pemilihan.csv:3: sumber: empty
pengaturan.csv|s/^pasca_pemungutan_hari,35,/pasca_pemungutan_hari,-1,/|pengaturan.csv:3: nilai: '-1' must be a positive number of days
kosakata.csv|s/^sasaran,partai,/sasaran,partai politik,/|kode: 'partai politik' must have no quote, backslash or blank
sanksi.csv|s/^SKB2022,2022-09-22,PNS,ptdh/SKB2022,2022-09-22,ASN,ptdh/|jenis_pegawai: 'ASN' must be PNS, PPPK or PPNPN
jabatan.csv|s/^camat,camat,kepala_wilayah/camat,camat,wilayah/|kelompok: unknown 'wilayah'
status.csv|/^dilaporkan/d|status.csv:1: exactly one status must be the one of a new case (awal 1), not 0
status.csv|s/^verifikasi,\(.*\),0,,,1$/verifikasi,\1,1,,,1/|exactly one status must be the one of a new case (awal 1), not 2
status.csv|s/ sanksi sk_nomor sk_tanggal,1$/ sanksi sk_nomor sk_tanggal surat,1/|status.csv:6: wajib: 'surat' is not a workflow field
status.csv|s/,sanksi sk_nomor sk_tanggal,/,sanksi sk_nomor sk_tgl,/|status.csv:6: mencatat: 'sk_tgl' is not a workflow field
kosakata.csv|/^jenis_pegawai,PPNPN,/d|jenis_pegawai: 'PPNPN' must be PNS or PPPK
kosakata.csv|s/^kelompok_jabatan,pengawas,/kelompok_jabatan,pengawas_x,/|kelompok: unknown 'pengawas' (jpt, administrator, pengawas_x,
kosakata.csv|s/^jenis,satgas,,matriks putusan_satgas,/jenis,satgas,,putusan_satgas,/|jenis: unknown 'satgas'
kosakata.csv|2p|kosakata.csv:3: duplicate value 'PNS' in list jenis_pegawai
kosakata.csv|s/^rekomendasi_dari,BKN,/rekomendasi_dari,"B KN",/|kosakata.csv:6: kode: 'B KN' must have no quote, backslash or blank
kosakata.csv|s/^jenis,ptdh,/jenis_x,ptdh,/|daftar: unknown list 'jenis_x'
bentuk.csv|s/^apk,\(.*\),0$/apk,\1,mungkin/|bentuk.csv:2: pasangan: 'mungkin' must be 0 or 1
pengaturan.csv|/^batas_tindak_lanjut_hari,/d|the setting batas_tindak_lanjut_hari (the follow-up deadline) is missing
bentuk.csv|1s/uraian/keterangan/|bentuk.csv:1: header: unknown column 'keterangan'
transisi.csv|s/^disanksi,selesai,/disanksi,ditutup,/|transisi.csv:8: ke: unknown status 'ditutup'
transisi.csv|2p|transisi.csv:3: duplicate row (also line 2)
pengaturan.csv|s/^batas_tindak_lanjut_hari,30,/batas_tindak_lanjut_hari,sebulan,/|pengaturan.csv:2: nilai: 'sebulan' must be a positive number of days
pengaturan.csv|s/^batas_tindak_lanjut_hari,/batas_lain,/|pengaturan.csv:2: kunci: unknown setting 'batas_lain'
label.csv|2p|label.csv:3: duplicate label of 'dilaporkan' in table 'ringkasan' (also line 2)
label.csv|s/^usia,>=51,[^,]*,/usia,>=51,,/|label.csv:9: id: empty
tingkat.csv|s/^SKB2022,PPNPN,ptdh,putus_kontrak,/SKB2022,PPNPN,ptdh,putus,/|tingkat: 'putus' is not a tier (kosakata jenis)
tingkat.csv|s/^SKB2022,PPPK,kode_etik,/SKB2022,PPPK,moral,/|tingkat.csv:2: jenis: 'moral' is not a tier of the matrix
tingkat.csv|s/^SKB2022,PPNPN,ptdh,/SKB2022,ASN,ptdh,/|jenis_pegawai: 'ASN' must be PNS, PPPK or PPNPN
matriks.csv|1s/,baris_bkn$//|matriks.csv:1: header: missing column 'baris_bkn'
status.csv|s/^terbukti,\(.*\),1$/terbukti,\1,0/|status.csv:5: dihitung: a status left out of the counts is neither proven nor the first
status.csv|s/^batal,\(.*\),0$/batal,\1,tidak/|status.csv:8: dihitung: 'tidak' must be 0 or 1
matriks.csv|2s/{netralitas}/{netralitas/|matriks.csv:2: dasar_hukum: '{' without '}'
undang.csv|2s/,UU 5\/2014 tentang ASN,/,UU 5\/2014 {x},/|undang.csv:2: teks: names no other text ('{' or '}')
tingkat.csv|2s/^SKB2022,/,/|tingkat.csv:2: ruleset: empty
sanksi.csv|2s/^SKB2022,/,/|sanksi.csv:2: ruleset: empty
matriks.csv|2s/,PP 42\/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas},/,,/|matriks.csv:2: dasar_hukum: empty
undang.csv|2s/,UU 5\/2014 tentang ASN,/,,/|undang.csv:2: teks: empty
label.csv|s/^usia,>=51,/usia,>=5x,/|label.csv:9: kelompok: an age group is '<=N', 'N-M', '>=N' or tidak_diketahui, not '>=5x'
label.csv|s/^usia,41-50,/usia,4x-50,/|label.csv:10: kelompok: an age group is '<=N', 'N-M', '>=N' or tidak_diketahui, not '4x-50'
pemilihan.csv|s/^PILKADA2020,/PILKADA2020XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX,/|pemilihan.csv:2: kode: 75 bytes long, the limit is 64
pemilihan.csv|s/^PILKADA2020,/,/|pemilihan.csv:2: kode: '' must be upper-case letters, digits and '-'
TABLE
}

@test "rules check reports each problem as FILE:LINE: problem and exits 3" {
	while IFS='|' read -r file edit want; do
		rm -rf "$BATS_TEST_TMPDIR/r"
		copy_rules
		sed -i -e "$edit" "$BATS_TEST_TMPDIR/r/$file"
		run --separate-stderr netral rules check "$BATS_TEST_TMPDIR/r"
		echo "$file $edit -> $status: $stderr"
		[ "$status" -eq 3 ]
		[[ "$stderr" == *"$want"* ]]
		[[ "$stderr" == "$BATS_TEST_TMPDIR/r/"* ]]
	done < <(broken)
}

@test "rules check on a missing folder is a file error" {
	run --separate-stderr netral rules check "$BATS_TEST_TMPDIR/nothing"
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"cannot open '$BATS_TEST_TMPDIR/nothing'"* ]]
}

@test "rules load replaces the rules and reclassifies, recording why" {
	add_case --bentuk ikut-kampanye --tanggal-kejadian 2024-10-01
	copy_rules
	sed -i 's/^SKB2022,2022-09-22,ikut-kampanye,calon,\*,\*,\*,,satgas,SKB 2022,.*/SKB2022,2022-09-22,ikut-kampanye,calon,*,*,*,,disiplin_sedang,PP 94\/2021,,/' "$BATS_TEST_TMPDIR/r/matriks.csv"
	run netral rules load "$BATS_TEST_TMPDIR/r"
	[ "$status" -eq 0 ]
	[[ "$output" == *"1 case reclassified"* ]]
	run netral list
	[[ "$output" == *disiplin_sedang* ]]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT lama || '>' || baru FROM peristiwa WHERE kolom = 'jenis'")" = "satgas>disiplin_sedang" ]
	run netral rules load --builtin
	[ "$status" -eq 0 ]
	run netral list
	[[ "$output" == *satgas* ]]
}

@test "a broken folder is not loaded" {
	add_case
	copy_rules
	echo "SKB2022,2022-09-22,apk,calon,calon,*,*,DS-1,disiplin_berat,x,," >> "$BATS_TEST_TMPDIR/r/matriks.csv"
	before=$(db_state)
	run netral rules load "$BATS_TEST_TMPDIR/r"
	[ "$status" -eq 3 ]
	[ "$(db_state)" = "$before" ]
}

@test "election add stores a re-run; cases whose contest was inferred follow it" {
	add_case --tanggal-kejadian 2025-07-30 --bentuk apk
	run netral show 2025-0001
	[[ "$output" == *belum_diklasifikasi* ]]
	[[ "$output" == *"no contest is in progress on 2025-07-30"* ]]
	run netral election add BANGKA2025 --nama "Pilkada ulang Kab. Bangka" --penetapan 2025-07-22 \
		--kampanye-mulai 2025-07-25 --kampanye-selesai 2025-08-23 --pemungutan 27/08/2025 \
		--tahapan-mulai 2025-05-01
	[ "$status" -eq 0 ]
	[[ "$output" == *"contest BANGKA2025 added; 1 case reclassified"* ]]
	run netral show 2025-0001
	[[ "$output" == *"DS-1"* ]]
	has_row periode saat_kampanye
	run netral election list --format csv
	[[ "$output" == *"BANGKA2025,Pilkada ulang Kab. Bangka,2025-07-22,2025-07-25,2025-08-23,2025-08-27,pengguna,2025-05-01,"* ]]
}

@test "a case without --pemilihan is classified only when one contest is in progress" {
	netral init
	# 2024-02-01: Pemilu 2024 (stages from 2022-06-14) and Pilkada 2024 (from 2024-01-26)
	run add_case --tanggal-kejadian 2024-02-01 --bentuk apk
	[ "$status" -eq 0 ]
	[[ "$output" == *"PEMILU2024-PILEG, PEMILU2024-PILPRES, PILKADA2024"* ]]
	[[ "$output" == *"--pemilihan"* ]]
	run netral show 2024-0001
	[[ "$output" == *belum_diklasifikasi* ]]
	# 2024-12-05: only Pilkada 2024 (voting 2024-11-27, results within 35 days)
	run add_case --tanggal-kejadian 2024-12-05 --bentuk apk
	[ "$status" -eq 0 ]
	run netral show 2024-0002
	[[ "$output" == *"PILKADA2024"*"DS-1"* ]]
	# a re-run months away is not in progress yet: the case stays with Pilkada 2024
	netral election add BANGKA2025 --nama "Pilkada ulang Kab. Bangka" --penetapan 2025-07-22 \
		--kampanye-mulai 2025-07-25 --kampanye-selesai 2025-08-23 --pemungutan 2025-08-27 \
		--tahapan-mulai 2025-05-01
	run netral show 2024-0002
	[[ "$output" == *"PILKADA2024"*"DS-1"* ]]
	[[ "$output" != *BANGKA2025* ]]
	run netral election list --format csv
	[[ "$output" == *"PEMILU2024-PILEG,"*",2022-06-14,2022-12-14"* ]]
	[[ "$output" == *"PILKADA2024,"*",2024-01-26,"* ]]
}

@test "election add refuses a duplicate, dates out of order and missing options" {
	netral init
	run --separate-stderr netral election add PILKADA2024 --nama x --penetapan 2024-09-22 \
		--kampanye-mulai 2024-09-25 --kampanye-selesai 2024-11-23 --pemungutan 2024-11-27
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"contest 'PILKADA2024' already exists"* ]]
	run --separate-stderr netral election add X2026 --nama x --penetapan 2026-02-01 \
		--kampanye-mulai 2026-01-25 --kampanye-selesai 2026-02-23 --pemungutan 2026-02-27
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"the campaign starts before the designation"* ]]
	run --separate-stderr netral election add X2026 --nama x
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--penetapan is needed"* ]]
	run --separate-stderr netral election add X2026 --nama x --penetapan 2026-02-01 \
		--kampanye-mulai 2026-02-05 --kampanye-selesai 2026-02-23 --pemungutan 2026-02-27 \
		--tahapan-mulai 2026-03-01
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"tahapan_mulai: the stages start after the designation"* ]]
	run --separate-stderr netral election add X2026 --nama x --penetapan 2026-02-01 \
		--kampanye-mulai 2026-02-05 --kampanye-selesai 2026-02-23 --pemungutan 2026-02-27 \
		--penetapan-partai 2026-03-01
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"penetapan_partai: the parties must be designated"* ]]
	run --separate-stderr netral election add X2026 --nama x --penetapan 2026-02-01 \
		--kampanye-mulai 2026-02-05 --kampanye-selesai 2026-02-23 --pemungutan 2026-02-27 \
		--tahapan-mulai 2026-13-01
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--tahapan-mulai: "* ]]
	run netral election list --format csv
	[[ "$output" != *X2026* ]]
}

@test "the legal basis cites only what a source confirms" {
	run netral rules --format csv
	[ "$status" -eq 0 ]
	# pasal no published source confirms
	[[ "$output" != *"Pasal 14 huruf i"* ]]
	[[ "$output" != *"Pasal 13 huruf g"* ]]
	[[ "$output" != *"Pasal 11 huruf c"* ]]
	# PP 94/2021 Pasal 8 is confirmed, not the ayat of each tier
	! grep -q 'PP 94/2021 Pasal 8 ayat' "$RULES/sanksi.csv"
	# kode etik rows cite the duty of neutrality of the statute in force on
	# the act's day (undang.csv): UU 20/2023 Pasal 24 ayat (1) huruf d (BKN
	# Kanreg III's slides) from 31 October 2023, UU 5/2014 before
	n=$(echo "$output" | grep ',kode_etik,' | grep -vc '{netralitas}' || true)
	[ "$n" -eq 0 ]
	run netral classify --bentuk apk --tanggal 2023-11-01 --pemilihan PEMILU2024-PILEG
	echo "$output" | grep -E '^dasar_hukum .*UU 20/2023 Pasal 24 ayat \(1\) huruf d'
	run netral classify --bentuk apk --tanggal 2023-06-01 --pemilihan PEMILU2024-PILEG
	echo "$output" | grep -E '^dasar_hukum .*UU 5/2014 tentang ASN \(asas netralitas\)'
	! echo "$output" | grep -q 'UU 20/2023'
	# PTDH: PP 11/2017 jo. PP 17/2020 beside the statute of the day, in the
	# basis and in the sanction's
	run netral classify --bentuk anggota-parpol --tanggal 2023-06-01
	echo "$output" | grep -E '^dasar_hukum .*PP 11/2017 jo. PP 17/2020.*UU 5/2014'
	echo "$output" | grep -E '^sanksi +ptdh: .*UU 5/2014 tentang ASN: pemberhentian tidak dengan hormat; PP 11/2017 jo. PP 17/2020'
	! echo "$output" | grep -q 'UU 20/2023'
	run netral classify --bentuk anggota-parpol --tanggal 2024-06-01
	echo "$output" | grep -E '^sanksi +ptdh: .*UU 20/2023 tentang ASN'
	run netral rules
	echo "$output" | grep -E '^uu_asn +2023-10-31 +UU 20/2023 tentang ASN'
	run netral rules --format csv
	# party membership: PP 37/2004 (the Batang circular and BKN's slides)
	[[ "$(echo "$output" | grep '^SKB2022,[^,]*,anggota-parpol,')" == *"PP 37/2004"* ]]
	run netral classify --bentuk apk --tanggal 2024-10-01 --format json
	[[ "$output" == *'"dasar_hukum": "PP 94/2021 Pasal 8 (hukuman disiplin berat)"'* ]]
}

@test "a contest's stages end 35 days after voting for a Pemilu (UU 7/2017), by a stated setting for a Pemilihan" {
	run netral rules
	[[ "$output" == *"in progress from tahapan_mulai to 35 days after voting for a Pemilu (UU 7/2017, pasca_pemungutan_hari), 35 for a Pemilihan (pasca_pemungutan_hari_pemilihan, a setting)"* ]]
	netral init > /dev/null
	copy_rules
	sed -i 's/^pasca_pemungutan_hari_pemilihan,35,/pasca_pemungutan_hari_pemilihan,10,/' "$BATS_TEST_TMPDIR/r/pengaturan.csv"
	netral rules load "$BATS_TEST_TMPDIR/r" > /dev/null
	# day, contest inferred ('-' none), what it rests on
	while IFS='|' read -r day want why; do
		netral classify --bentuk apk --tanggal "$day" --format json > c.json
		got=$(json_get c.json '$.pemilihan')
		[ "${got:--}" = "$want" ] || { echo "$day: $got, not $want ($why)"; false; }
	done <<'TABLE'
2020-12-19|PILKADA2020|voting 2020-12-09 and 10 days (the setting)
2020-12-20|-|past the setting's 10 days
2024-12-07|PILKADA2024|voting 2024-11-27 and 10 days (the setting)
2024-12-08|-|past the setting's 10 days
TABLE
}

@test "Pilkada 2020 is in progress from PKPU 15/2019 on, so its cases before the designation are inferred" {
	run netral rules --format json
	echo "$output" > r.json
	[ "$(json_get r.json '$.pemilihan[0].kode')" = PILKADA2020 ]
	[ "$(json_get r.json '$.pemilihan[0].tahapan_mulai')" = 2019-08-09 ]
	run netral classify --bentuk dukungan-ktp --tanggal 2020-08-15
	[[ "$output" == *"PILKADA2020 (inferred from the incident date)"* ]]
	has_row tahap bakal_calon
}

@test "the database's copy of the rules reads back as the rules it was stored from" {
	netral rules > builtin.txt
	netral rules --format json > builtin.json
	netral init > /dev/null
	netral rules | diff builtin.txt -
	netral rules --format json | diff builtin.json -
	# and a folder's, letter included
	copy_rules
	sed -i 's/^apk,"Memasang spanduk/apk,"Memasang spanduk atau poster/' "$BATS_TEST_TMPDIR/r/bentuk.csv"
	echo "Tembusan: Inspektorat" >> "$BATS_TEST_TMPDIR/r/surat_izin.txt"
	netral rules load "$BATS_TEST_TMPDIR/r" > /dev/null
	[ "$(sqlite3 "$NETRAL_DB" "SELECT uraian FROM bentuk WHERE kode = 'apk'")" = "Memasang spanduk atau poster, baliho atau alat peraga lain terkait (bakal) calon" ]
	sqlite3 "$NETRAL_DB" "SELECT isi FROM templat WHERE nama = 'surat_izin'" | grep -q '^Tembusan: Inspektorat$'
}

@test "rules load keeps what cases use and what users added" {
	add_case --bentuk apk > /dev/null
	netral status 2024-0001 verifikasi --tanggal 2024-10-01 > /dev/null
	netral election add ULANG2024 --nama x --penetapan 2024-07-01 --kampanye-mulai 2024-07-02 \
		--kampanye-selesai 2024-07-20 --pemungutan 2024-07-25 > /dev/null
	before=$(db_state)
	# a bentuk a case uses, a status a case is at: refused, nothing changed
	while IFS='|' read -r file edit other edit2 want; do
		rm -rf "$BATS_TEST_TMPDIR/r"
		copy_rules
		sed -i "$edit" "$BATS_TEST_TMPDIR/r/$file"
		sed -i "$edit2" "$BATS_TEST_TMPDIR/r/$other"
		run --separate-stderr netral rules load "$BATS_TEST_TMPDIR/r"
		[ "$status" -eq 3 ]
		[[ "$stderr" == *"$want"* ]]
		[ "$(db_state)" = "$before" ]
	done <<'TABLE'
bentuk.csv|/^apk,/d|matriks.csv|/,apk,/d|a bentuk the new rules drop is still used by cases
status.csv|/^verifikasi,/d|transisi.csv|/verifikasi/d|a status the new rules drop is still used by cases
TABLE
	# what no case uses goes; the contest a user added stays, as the user's
	rm -rf "$BATS_TEST_TMPDIR/r"
	copy_rules
	sed -i '/^jurkam-pasangan,/d' "$BATS_TEST_TMPDIR/r/bentuk.csv"
	sed -i '/,jurkam-pasangan,/d' "$BATS_TEST_TMPDIR/r/matriks.csv"
	run netral rules load "$BATS_TEST_TMPDIR/r"
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM bentuk WHERE kode = 'jurkam-pasangan'")" = 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT sumber FROM pemilihan WHERE kode = 'ULANG2024'")" = pengguna ]
	netral rules load --builtin > /dev/null
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM bentuk WHERE kode = 'jurkam-pasangan'")" = 1 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT sumber FROM pemilihan WHERE kode = 'ULANG2024'")" = pengguna ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(sumber) FROM pemilihan WHERE kode <> 'ULANG2024'")" = bawaan,bawaan,bawaan,bawaan ]
	run netral check
	[ "$status" -eq 0 ]
}

@test "rules check on a letter that is no text, or a file that cannot be read: each said" {
	copy_rules
	r=$BATS_TEST_TMPDIR/r
	# lines ended as on Windows, the last without a line break
	printf 'Yth. {{nama}}\r\nNIP {{nip}}' > "$r/surat_izin.txt"
	run netral rules check "$r"
	[ "$status" -eq 0 ]
	head -c 70000 /dev/zero | tr '\0' a > "$r/surat_izin.txt"
	run --separate-stderr netral rules check "$r"
	[ "$status" -eq 3 ]
	[ "$stderr" = "$r/surat_izin.txt:1: larger than 64 KiB" ]
	printf 'a\0b\n' > "$r/surat_izin.txt"
	run --separate-stderr netral rules check "$r"
	[ "$status" -eq 3 ]
	[ "$stderr" = "$r/surat_izin.txt:1: holds a NUL byte: not text" ]
	rm "$r/surat_izin.txt"
	mkdir "$r/surat_izin.txt"
	run --separate-stderr netral rules check "$r"
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot read '$r/surat_izin.txt'" ]
	rmdir "$r/surat_izin.txt"
	for f in surat_izin.txt status.csv; do
		rm -f "$r/$f"
		ln -s "$r/$f" "$r/$f"
		run --separate-stderr netral rules check "$r"
		[ "$status" -eq 6 ]
		[ "$stderr" = "netral: cannot open '$r/$f': Too many levels of symbolic links" ]
		rm "$r/$f"
		cp "$RULES/$f" "$r/$f"
	done
}

@test "a legal basis with no text in force on the act's day says so in its place" {
	copy_rules
	sed -i '4d; s/^netralitas,2023-10-31,/netralitas,2030-01-01,/' "$BATS_TEST_TMPDIR/r/undang.csv"
	netral rules load "$BATS_TEST_TMPDIR/r" > /dev/null
	run netral classify --bentuk apk --tanggal 2024-10-10
	[ "$status" -eq 0 ]
	[[ "$output" == *"; (the netralitas in force on 2024-10-10 is not in undang.csv)"* ]]
}

@test "a position category is taken by its code even where no spelling is the code" {
	copy_rules
	sed -i 's/^kepala wilayah,/kepala wilayah kecamatan,/' "$BATS_TEST_TMPDIR/r/jabatan.csv"
	netral rules load "$BATS_TEST_TMPDIR/r" > /dev/null
	add_case --kategori-jabatan Kepala-Wilayah > /dev/null
	netral show 2024-0001 | grep -E '^kategori_jabatan +kepala-wilayah$'
}

@test "a workflow that records no field at any status lets a case hold any field at any status" {
	copy_rules
	sed -i 's/,rekomendasi_nomor rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi,/,,/;
		s/,1,1,0,sanksi sk_nomor sk_tanggal,/,1,1,0,,/; s/,0,0,0,batal_alasan gabung_ke,/,0,0,0,,/' \
		"$BATS_TEST_TMPDIR/r/status.csv"
	netral rules load "$BATS_TEST_TMPDIR/r" > /dev/null
	run add_case --rekomendasi-nomor 5
	[ "$status" -eq 0 ]
	run netral add --nama X --jenis-pegawai PNS --instansi Y --tanggal-kejadian 2024-08-10 --bentuk apk
	[ "$status" -eq 0 ]
}

@test "a field two statuses record is taken by rules check and load" {
	copy_rules
	sed -i 's/,rekomendasi_nomor rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi,/,rekomendasi_nomor rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi sanksi,/' \
		"$BATS_TEST_TMPDIR/r/status.csv"
	run netral rules check "$BATS_TEST_TMPDIR/r"
	[ "$status" -eq 0 ]
	netral rules load "$BATS_TEST_TMPDIR/r" > /dev/null
	run add_case --status terbukti $PROVEN --sanksi moral-terbuka
	[ "$status" -eq 0 ]
	netral show 2024-0001 | grep -E '^sanksi +moral-terbuka$'
}
