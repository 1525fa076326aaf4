#!/usr/bin/env bats
# netral putusan: the Satgas's decision where the matrix leaves the tier open.

load helper

# A case the matrix routes to the Satgas, at terbukti.
satgas_case() {
	add_case --bentuk lainnya $PROVEN --status terbukti "$@" > /dev/null
}

decide() {
	netral putusan 2024-0001 --jenis disiplin_sedang --nomor 12/SATGAS/2024 \
		--tanggal 2024-10-01 "$@"
}

@test "a decision gives the tier in show, the matrix result beside it" {
	satgas_case
	run --separate-stderr decide --catatan "dibahas 30 September"
	[ "$status" -eq 0 ]
	[ "$output" = "2024-0001: diputus Satgas disiplin_sedang (12/SATGAS/2024, 2024-10-01)" ]
	run netral show 2024-0001
	has_row jenis disiplin_sedang
	has_row jenis_matriks satgas
	has_row putusan_nomor 12/SATGAS/2024
	echo "$output" | grep -E '^alasan +diputus Satgas, 12/SATGAS/2024, 2024-10-01; matriks: '
	netral show 2024-0001 --format json > s.json
	[ "$(json_get s.json '$.jenis')" = disiplin_sedang ]
	[ "$(json_get s.json '$.jenis_matriks')" = satgas ]
	[ "$(json_get s.json '$.tindak_lanjut.putusan_jenis')" = disiplin_sedang ]
}

@test "list and the summary count the decided tier" {
	satgas_case
	decide
	run netral list --jenis disiplin_sedang --format csv
	[ "${#lines[@]}" -eq 2 ]
	run netral list --jenis satgas --format csv
	[ "${#lines[@]}" -eq 1 ]
	run netral export --format csv
	echo "$output" | grep -q "^jenis,disiplin_sedang,1,100.0,"
	echo "$output" | grep -q "^jenis,satgas,0,0.0,"
}

@test "the sanction is checked against the decided tier" {
	satgas_case
	decide
	run --separate-stderr netral status 2024-0001 disanksi --sanksi tpp25-6bln \
		--sk-nomor 800/1 --tanggal 2024-10-25
	[ "$status" -eq 0 ]
	[[ "$stderr" != *"not of the matrix tier"* ]]
	netral show 2024-0001 | grep -E '^jenis +disiplin_sedang$'
	netral edit 2024-0001 --sanksi moral-terbuka 2> err
	grep -F "'moral-terbuka' (kode_etik) is not of the decided tier disiplin_sedang" err
}

@test "a decision is refused where the matrix decides, and nothing changes" {
	add_case $PROVEN --status terbukti > /dev/null
	before=$(db_state)
	run --separate-stderr decide
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"putusan_jenis: the matrix classifies medsos-kampanye on 2024-08-10 as "*"the Satgas decides only where the matrix leaves it the tier"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "a decision needs a tier the Satgas can give, its number and a day in order" {
	satgas_case
	before=$(db_state)
	for args in "--jenis satgas --nomor 1 --tanggal 2024-10-01" \
		"--jenis belum_diklasifikasi --nomor 1 --tanggal 2024-10-01" \
		"--jenis berat --nomor 1 --tanggal 2024-10-01" \
		"--jenis disiplin_berat --tanggal 2024-10-01" \
		"--jenis disiplin_berat --nomor 1" \
		"--jenis disiplin_berat --nomor 1 --tanggal 2024-08-01" \
		"--jenis disiplin_berat --nomor 1 --tanggal 2027-01-01" \
		"--jenis disiplin_berat --nomor 1 --tanggal 31-02-2024"; do
		run --separate-stderr netral putusan 2024-0001 $args
		echo "$args: $status $stderr"
		[ "$status" -eq 3 ] || [ "$status" -eq 2 ]
		[[ "$stderr" == *putusan* ]]
	done
	[ "$(db_state)" = "$before" ]
	run --separate-stderr netral putusan 2024-0009 --jenis disiplin_berat --nomor 1 --tanggal 2024-10-01
	[ "$status" -eq 4 ]
}

@test "the decision is in the history, and a correction replaces it" {
	satgas_case
	decide
	netral putusan 2024-0001 --jenis kode_etik --nomor 12/SATGAS/2024 --tanggal 2024-10-01
	run netral history 2024-0001 --format csv
	echo "$output" | grep -q ',putusan,putusan_jenis,,disiplin_sedang,'
	echo "$output" | grep -q ',putusan,putusan_jenis,disiplin_sedang,kode_etik,'
	netral show 2024-0001 | grep -E '^jenis +kode_etik$'
	run netral check
	[ "$status" -eq 0 ]
}

@test "an import and an edit meet the same rule" {
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,putusan_jenis,putusan_nomor,putusan_tanggal\n' > a.csv
	printf 'Budi,PNS,Kabupaten Purbalingga,2024-08-10,medsos-kampanye,disiplin_sedang,9/S,2024-10-01\n' >> a.csv
	run --separate-stderr netral import a.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"a.csv:2: putusan_jenis: the matrix classifies"* ]]
	printf 'Budi,PNS,Kabupaten Purbalingga,2024-08-10,lainnya,disiplin_sedang,9/S,2024-10-01\n' > b.csv
	sed 1q a.csv | cat - b.csv > c.csv
	netral import -q c.csv
	netral show 2024-0001 | grep -E '^jenis +disiplin_sedang$'
	run --separate-stderr netral edit 2024-0001 --bentuk medsos-kampanye
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"putusan_jenis"* ]]
}

@test "a decision outlives a change of rules that leaves it to the matrix" {
	satgas_case
	decide
	cp -r "$RULES" r
	sed -i 's/^\(SKB2022,2022-09-22,lainnya,calon,.*\),satgas,/\1,kode_etik,/' r/matriks.csv
	sed -i 's/^\(SKB2022,2022-09-22,lainnya,bakal_calon,.*\),satgas,/\1,kode_etik,/' r/matriks.csv
	run --separate-stderr netral rules load r
	[ "$status" -eq 0 ]
	netral show 2024-0001 | grep -E '^jenis +disiplin_sedang$'
	netral show 2024-0001 | grep -E '^jenis_matriks +kode_etik$'
}

@test "--hapus removes a decision recorded on the wrong case" {
	satgas_case
	decide
	run netral putusan 2024-0001 --hapus
	[ "$status" -eq 0 ]
	[ "$output" = "2024-0001: decision of the Satgas removed" ]
	netral show 2024-0001 | grep -E '^jenis +satgas$'
	run netral putusan 2024-0001 --hapus
	[ "$output" = "2024-0001: no decision of the Satgas was recorded" ]
	run --separate-stderr netral putusan 2024-0001 --hapus --nomor 1
	[ "$status" -eq 2 ]
	run netral check
	[ "$status" -eq 0 ]
}

@test "the same decision again is said to be recorded already, and logs nothing" {
	satgas_case
	decide > /dev/null
	before=$(db_state)
	run decide
	[ "$status" -eq 0 ]
	[ "$output" = "2024-0001: this decision is already recorded" ]
	[ "$(db_state)" = "$before" ]
}
