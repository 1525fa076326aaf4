#!/usr/bin/env bats
# PPPK and PPNPN: their own legal basis and result, the work contract, and
# an agency's own sanction ladders.

load helper

@test "a PPPK case cites the regulations of PPPK, not the PNS ones" {
	add_case --jenis-pegawai PPPK > /dev/null
	run netral show 2024-0001
	has_row jenis kode_etik
	echo "$output" | grep -E '^dasar_hukum .*PP 49/2018'
	! echo "$output" | grep -E '^dasar_hukum .*kode etik PNS'
	netral add --nama Rina --jenis-pegawai PPPK --instansi X --tanggal-kejadian 2024-10-01 \
		--bentuk medsos-kampanye > /dev/null
	netral show 2024-0002 | grep -E '^dasar_hukum .*PP 49/2018'
	! netral show 2024-0002 | grep -E '^dasar_hukum .*disiplin PNS'
}

@test "a PPNPN case cites SE MenPANRB 1/2023 and the SPK, and is never ptdh" {
	add_case --jenis-pegawai PPNPN --bentuk anggota-parpol --spk-nomor 800/12/SPK/2024 > /dev/null
	run netral show 2024-0001
	has_row jenis putus_kontrak
	has_row spk_nomor 800/12/SPK/2024
	echo "$output" | grep -E '^dasar_hukum .*SE MenPANRB 1/2023.*SPK'
	! echo "$output" | grep -E '^dasar_hukum .*PP 37/2004'
	echo "$output" | grep -E '^sanksi +putus-kontrak'
	run netral classify --bentuk anggota-parpol --tanggal 2024-08-10 --jenis-pegawai PPNPN
	has_row jenis putus_kontrak
	run netral classify --bentuk anggota-parpol --tanggal 2024-08-10 --jenis-pegawai PNS
	has_row jenis ptdh
	run netral list --jenis ptdh --format csv
	[ "${#lines[@]}" -eq 1 ]
}

@test "a Satgas decision of ptdh on a PPNPN is the end of the contract" {
	add_case --jenis-pegawai PPNPN --bentuk lainnya > /dev/null
	netral putusan 2024-0001 --jenis ptdh --nomor 3/S --tanggal 2024-10-01
	netral show 2024-0001 | grep -E '^jenis +putus_kontrak$'
	netral show 2024-0001 | grep -E '^jenis_matriks +satgas$'
}

@test "the SPK number belongs to contract workers, on every path" {
	before=$(db_state)
	run --separate-stderr add_case --spk-nomor 800/1
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"spk_nomor: a PNS works under no contract (SPK)"* ]]
	add_case --jenis-pegawai PPNPN --spk-nomor 800/1 > /dev/null
	run --separate-stderr netral edit 2024-0001 --jenis-pegawai PNS
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"spk_nomor"* ]]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,spk_nomor\nA,PNS,X,2024-08-10,apk,9\n' > a.csv
	run --separate-stderr netral import a.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"a.csv:2: spk_nomor"* ]]
}

@test "the summary counts a PPNPN's end of contract apart, only with PPNPN" {
	add_case --jenis-pegawai PPNPN --bentuk anggota-parpol --status terbukti \
		--rekomendasi-tanggal 2024-10-20 --rekomendasi-dari BKN --rekomendasi-sanksi putus-kontrak > /dev/null
	netral export --format csv --termasuk-ppnpn | grep -q '^jenis,putus_kontrak,1,100.0,'
	netral export --format csv --termasuk-ppnpn | grep -q '^jenis,ptdh,0,0.0,'
	! netral export --format csv | grep -q '^jenis,putus_kontrak,'
}

@test "an agency's sanction ladder for PPNPN replaces the built-in one, the rest stays" {
	mkdir r
	cat > r/sanksi_instansi.csv <<-'EOF'
	ruleset,berlaku,jenis_pegawai,jenis,kode,uraian,dasar_hukum
	SKB2022,2022-09-22,PPNPN,kode_etik,teguran-lisan,Teguran lisan,SPK Pemkab Batang 2024 Pasal 9
	SKB2022,2022-09-22,PPNPN,disiplin_sedang,sp1,Surat peringatan pertama,SPK Pemkab Batang 2024 Pasal 9
	SKB2022,2022-09-22,PPNPN,disiplin_berat,sp2,Surat peringatan kedua,SPK Pemkab Batang 2024 Pasal 9
	SKB2022,2022-09-22,PPNPN,putus_kontrak,putus-kontrak,Pemutusan perjanjian kerja,SPK Pemkab Batang 2024 Pasal 10
	EOF
	run --separate-stderr netral rules load r
	[ "$status" -eq 0 ]
	run netral classify --bentuk apk --tanggal 2024-08-10 --jenis-pegawai PPNPN
	echo "$output" | grep -E '^sanksi +teguran-lisan: Teguran lisan \(SPK Pemkab Batang 2024 Pasal 9\)$'
	! echo "$output" | grep -E 'sp1|sp2'
	run netral classify --bentuk apk --tanggal 2024-08-10 --jenis-pegawai PNS
	echo "$output" | grep -E '^sanksi +moral-tertutup'
	# a bad row names the overlay's file and line
	echo 'SKB2022,2022-09-22,PPNPN,berat,x,X,Y' >> r/sanksi_instansi.csv
	run --separate-stderr netral rules check r
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"r/sanksi_instansi.csv:6: jenis: 'berat' is not a sanction tier"* ]]
}

@test "CLTN is a PNS leave: a PPPK or PPNPN with --cltn is refused, and a stored one goes to the Satgas, never tidak_melanggar" {
	# cuti di luar tanggungan negara is a leave of PNS (PP 11/2017); a PPPK
	# (PP 49/2018) and a PPNPN (the SPK) have none.  Table: the type, the act
	# CLTN would exempt (BKN Kanreg III, kode etik 6 / disiplin 3a; SE
	# MenPANRB 18/2023 row 2)
	while IFS='|' read -r jp b pas why; do
		run --separate-stderr add_case --jenis-pegawai "$jp" --bentuk "$b" --cltn $pas \
			--tanggal-kejadian 2024-10-01
		[ "$status" -eq 3 ]
		[[ "$stderr" == *"cltn: a $jp has no CLTN (cuti di luar tanggungan negara is a PNS leave)"* ]]
		run --separate-stderr netral classify --bentuk "$b" --tanggal 2024-10-01 --cltn $pas \
			--jenis-pegawai "$jp"
		[ "$status" -eq 3 ]
		[[ "$stderr" == *"a $jp has no CLTN"* ]]
		printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,cltn\nA,%s,X,2024-10-01,%s,1\n' \
			"$jp" "$b" > c.csv
		run --separate-stderr netral import c.csv
		[ "$status" -eq 3 ]
		[[ "$stderr" == *"a $jp has no CLTN"* ]]
	done <<'TABLE'
PPPK|kampanye-pasangan|--pasangan-calon|PP 49/2018: no CLTN; BKN kode etik 6 and SE MenPANRB 18/2023 row 2 need it
PPNPN|kampanye-pasangan|--pasangan-calon|the SPK: no CLTN; BKN kode etik 6 and SE MenPANRB 18/2023 row 2 need it
PPPK|pendekatan-parpol||PP 49/2018: no CLTN; BKN disiplin 3 exempts only with it
PPNPN|pendekatan-parpol||the SPK: no CLTN; BKN disiplin 3 exempts only with it
TABLE
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 0 ]
	# a PNS on CLTN may attend the spouse's campaign without taking part
	run add_case --jenis-pegawai PNS --bentuk kampanye-pasangan --cltn --pasangan-calon \
		--tanggal-kejadian 2024-10-01
	[[ "$output" == *"klasifikasi: tidak_melanggar"* ]]
	# a PPPK case that holds the flag from before: the Satgas, with the reason
	add_case --jenis-pegawai PPPK --bentuk kampanye-pasangan --pasangan-calon --tanggal-kejadian 2024-10-01 > /dev/null
	sqlite3 "$NETRAL_DB" "UPDATE kasus SET cltn = 1 WHERE nomor = '2024-0002';
		UPDATE meta SET nilai = 'older' WHERE kunci = 'aturan_hash'"
	run add_case --nama Ketiga
	run netral show 2024-0002
	has_row jenis satgas
	[[ "$output" == *"a PPPK has no CLTN"*"decided by the Satgas"* ]]
}

@test "an employee type a rules folder adds is a type like the shipped ones: check, load, add, list, export, check" {
	# PPPK paruh waktu (KepmenPANRB 16/2025): an ASN under a contract, as a
	# PPPK is, with the PPPK's tiers and sanctions
	cp -r "$RULES" r
	sed -i '/^jenis_pegawai,PPNPN,/a jenis_pegawai,PPPK-PW,PPPK Paruh Waktu,asn ni_pppk spk,PPPK paruh waktu (UU 20/2023 tentang ASN; KepmenPANRB 16/2025)' r/kosakata.csv
	grep -E '^[^,]+,[^,]+,PPPK,' r/sanksi.csv | sed 's/^\([^,]*,[^,]*\),PPPK,/\1,PPPK-PW,/' >> r/sanksi.csv
	grep -E '^[^,]+,PPPK,' r/tingkat.csv | sed 's/^\([^,]*\),PPPK,/\1,PPPK-PW,/' >> r/tingkat.csv
	run --separate-stderr netral rules check r
	[ "$status" -eq 0 ]
	run --separate-stderr netral rules load r
	[ "$status" -eq 0 ]
	run --separate-stderr add_case --jenis-pegawai PPPK-PW --spk-nomor 800/7/SPK/2025
	echo "$stderr"
	[ "$status" -eq 0 ]
	run netral show 2024-0001
	has_row jenis_pegawai PPPK-PW
	echo "$output" | grep -E '^dasar_hukum .*PP 49/2018'
	run netral list --jenis-pegawai PPPK-PW --format csv
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[1]}" == *",PPPK-PW,"* ]]
	netral export --basis dilaporkan --format csv | grep -q '^pegawai,PPPK-PW,1,'
	run netral check
	[ "$status" -eq 0 ]
	# and in a database upgraded from the first schema
	export NETRAL_DB="$BATS_TEST_TMPDIR/old.db"
	sqlite3 "$NETRAL_DB" < "$DATA/netral-v1.sql"
	netral init > /dev/null
	netral rules load -q r > /dev/null
	run --separate-stderr add_case --jenis-pegawai PPPK-PW --nama "Rina Wati"
	echo "$stderr"
	[ "$status" -eq 0 ]
	run netral check
	[ "$status" -eq 0 ]
}
