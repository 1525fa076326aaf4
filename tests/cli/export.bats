#!/usr/bin/env bats
# netral export: the KASN-style summaries, at the terminal and for cron.

load helper

# The four columns cron scripts read: the label after them taken off.
four() {
	sed -E 's/,("([^"]|"")*"|[^,"]*)\r?$//'
}

csv4() {
	set -o pipefail
	netral export --format csv "$@" | four
}

kasn() {
	sh "$DATA/kasn2020.sh" > kasn.csv
	netral import -q kasn.csv
}

@test "the national Pilkada 2020 figures come out exactly, 562 of 1,596 as 35.2%" {
	kasn
	run --separate-stderr csv4
	[ "$status" -eq 0 ]
	for row in "ringkasan,dilaporkan,2034,100.0" "ringkasan,terbukti,1596,78.5" \
		"ringkasan,ditindaklanjuti,1373,86.0" \
		"periode,sebelum_kampanye,751,47.1" "periode,saat_kampanye,845,52.9" \
		"periode,setelah_kampanye,0,0.0" "periode,tidak_diketahui,0,0.0" \
		"usia,>=51,641,40.2" "usia,41-50,562,35.2" "usia,31-40,324,20.3" \
		"usia,<=30,25,1.6" "usia,tidak_diketahui,44,2.8" \
		"jabatan,fungsional,423,26.5" "jabatan,pelaksana,275,17.2" "jabatan,jpt,251,15.7" \
		"jabatan,administrator,214,13.4" "jabatan,pengawas,188,11.8" \
		"kategori,medsos-kampanye,485,30.4" "kategori,kegiatan-keberpihakan,358,22.4" \
		"kategori,foto-bersama,201,12.6" "kategori,hadir-deklarasi,174,10.9" \
		"kategori,pendekatan-parpol,89,5.6" \
		"instansi,Kabupaten Purbalingga,57,3.6" "instansi,Kabupaten Kaimana,31,1.9" \
		"sanksi,moral-terbuka,533,33.4" "sanksi,belum_disanksi,223,14.0" \
		"jenis,disiplin_sedang,901,56.5" "jenis,satgas,0,0.0" \
		"jenis,belum_diklasifikasi,0,0.0"; do
		grep -qxF "$row" <<< "$output" || { echo "missing: $row"; false; }
	done
	# and the whole file, order and labels included
	diff <(netral export --format csv) "$DATA/kasn2020.expected.csv"
}

@test "the CSV header, the three funnel rows and every fixed group are always there" {
	netral init
	run csv4
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "tabel,kelompok,jumlah,persen" ]
	[ "$(netral export --format csv | head -1)" = "tabel,kelompok,jumlah,persen,label" ]
	[ "${lines[1]}" = "ringkasan,dilaporkan,0,0.0" ]
	[ "${lines[2]}" = "ringkasan,terbukti,0,0.0" ]
	[ "${lines[3]}" = "ringkasan,ditindaklanjuti,0,0.0" ]
	[ "$(grep -c '^periode,' <<< "$output")" -eq 4 ]
	[ "$(grep -c '^usia,' <<< "$output")" -eq 5 ]
	[ "$(grep -c '^jabatan,' <<< "$output")" -eq 7 ]
	[ "$(grep -c '^kategori,' <<< "$output")" -eq 20 ]
	[ "$(grep -c '^jenis,' <<< "$output")" -eq 7 ]
	[ "$(grep -c '^pegawai,' <<< "$output")" -eq 2 ]   # ASN only: PNS, PPPK
	[ "$(grep -c '^kelamin,' <<< "$output")" -eq 3 ]
}

@test "an empty selection gives zeros and exit 0" {
	kasn
	run csv4 --pemilihan PILKADA2024
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "ringkasan,dilaporkan,0,0.0" ]
	run netral export --format table --from 2030-01-01
	[ "$status" -eq 0 ]
	[[ "$output" == *"(none)"* ]]
}

@test "PPNPN are left out unless asked for; --basis dilaporkan counts every case" {
	kasn
	csv4 --termasuk-ppnpn > all.csv
	grep -qx "ringkasan,dilaporkan,2044,100.0" all.csv
	csv4 --basis dilaporkan > basis.csv
	grep -qx "periode,setelah_kampanye,438,21.5" basis.csv
	csv4 --jenis-pegawai pppk > pppk.csv
	grep -qx "ringkasan,dilaporkan,226,100.0" pppk.csv
}

@test "selection by contest, dates and agency" {
	kasn
	add_case --tanggal-kejadian 2024-10-01 --status terbukti $PROVEN
	run csv4 --pemilihan PILKADA2024
	[ "${lines[1]}" = "ringkasan,dilaporkan,1,100.0" ]
	run csv4 --pemilihan PILKADA2024 --pemilihan pilkada2020
	[ "${lines[1]}" = "ringkasan,dilaporkan,2035,100.0" ]
	run csv4 --from 2020-08-01 --to 15/08/2020
	[ "${lines[1]}" = "ringkasan,dilaporkan,751,100.0" ]
	run csv4 --instansi "kabupaten purbalingga"
	[ "${lines[2]}" = "ringkasan,terbukti,58,100.0" ]   # 57 and the one added
	run --separate-stderr netral export --pemilihan PILKADA2029
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"unknown contest 'PILKADA2029'"* ]]
}

@test "the terminal view reads like the KASN slides" {
	kasn
	run netral export --format table
	[[ "$output" == *"dilaporkan (reported)"*"2,034"* ]]
	[[ "$output" == *"terbukti (proven)"*"1,596  (78.5% of reported)"* ]]
	[[ "$output" == *"ditindaklanjuti (followed up)"*"1,373  (86.0% of proven)"* ]]
	[[ "$output" == *"Instansi (top 10)"* ]]
	[[ "$output" == *" 1  Kabupaten Purbalingga"*"57    3.6%"* ]]
	[[ "$output" == *"Jabatan (top 5)"*"1  Functional                423   26.5%"* ]]
	[[ "$output" == *"41 to 50 years        562   35.2%"* ]]
}

@test "ties at the top-N cut are all shown" {
	{ echo "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,status,rekomendasi_tanggal,rekomendasi_dari,rekomendasi_sanksi"
	  for a in A B C D; do for n in 1 2 3; do echo "P$a$n,PNS,Instansi $a,2024-08-10,apk,terbukti,$PROVEN_CSV"; done; done
	  echo "PE1,PNS,Instansi E,2024-08-10,apk,terbukti,$PROVEN_CSV"; } > ties.csv
	netral import -q ties.csv
	run netral export --format table --top 2
	[[ "$output" == *"Instansi (top 2)"* ]]
	for a in A B C D; do [[ "$output" == *"Instansi $a"* ]]; done
	[[ "$output" == *"1 other "* ]]   # one, not "1 others"
	[[ "$output" != *"Instansi E"* ]]
}

@test "spreadsheet formulas in group names are neutralised, unless --raw" {
	{ echo "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,status,rekomendasi_tanggal,rekomendasi_dari,rekomendasi_sanksi"
	  echo 'A,PNS,"=HYPERLINK(""http://x"")",2024-08-10,apk,terbukti,2024-10-20,BKN,moral-terbuka'
	  echo "B,PNS,@SUM(1),2024-08-10,apk,terbukti,$PROVEN_CSV"
	  echo "C,PNS,-2+3,2024-08-10,apk,terbukti,$PROVEN_CSV"; } > f.csv
	netral import -q f.csv
	run csv4 --by instansi
	grep -qxF "instansi,\"'=HYPERLINK(\"\"http://x\"\")\",1,33.3" <<< "$output"
	grep -qxF "instansi,\"'@SUM(1)\",1,33.3" <<< "$output"
	grep -qxF "instansi,\"'-2+3\",1,33.3" <<< "$output"
	run csv4 --by instansi --raw
	grep -qxF "instansi,=HYPERLINK(\"\"http://x\"\"),1,33.3" <<< "$output" ||
		grep -qxF "instansi,\"=HYPERLINK(\"\"http://x\"\")\",1,33.3" <<< "$output"
	run netral list --format csv
	[[ "$output" == *"'=HYPERLINK"* ]]
}

@test "summaries never contain names, NIPs or birth dates" {
	kasn
	for f in csv json table; do
		netral export --format $f > out.$f
		! grep -q "Pegawai" out.$f
		! grep -q "19600101" out.$f
		! grep -q "1975-05-05" out.$f
	done
}

@test "--by gives one table, or a cross table with every fixed group" {
	kasn
	run csv4 --by usia
	[ "${#lines[@]}" -eq 6 ]
	[ "${lines[2]}" = "usia,41-50,562,35.2" ]
	run netral export --format csv --by jabatan,periode
	[ "${lines[0]}" = "jabatan,periode,jumlah,persen" ]
	[ "${#lines[@]}" -eq 29 ]
	run netral export --format csv --by instansi,periode
	grep -qx "Kabupaten Purbalingga,sebelum_kampanye,[0-9]*,[0-9.]*" <<< "$output"
	grep -qx "Kabupaten Purbalingga,setelah_kampanye,0,0.0" <<< "$output"
	# each agency's row sums to its total
	[ "$(grep '^Kabupaten Purbalingga,' <<< "$output" | awk -F, '{ s += $3 } END { print s }')" -eq 57 ]
	run netral export --format table --by instansi,periode
	[[ "$output" == *"sebelum_kampanye"*"saat_kampanye"* ]]
	[[ "$output" == *"Kabupaten Purbalingga"* ]]
	netral export --format json --by usia,jabatan > x.json
	json_valid x.json
	run --separate-stderr netral export --by usia,nama
	[ "$status" -eq 2 ]
}

@test "JSON holds the same figures" {
	kasn
	netral export --format json > r.json
	json_valid r.json
	[ "$(json_get r.json '$.ringkasan.terbukti')" = 1596 ]
	[ "$(json_get r.json '$.ringkasan.terbukti_persen')" = 78.5 ]
	[ "$(json_get r.json '$.ringkasan.ditindaklanjuti_persen')" = 86.0 ]
	[ "$(json_get r.json '$.tabel.usia[1].jumlah')" = 562 ]
	[ "$(json_get r.json '$.tabel.usia[1].persen')" = 35.2 ]
	[ "$(json_get r.json '$.tabel.usia[1].label')" = "41 s/d 50 Tahun" ]
	[ "$(json_get r.json '$.tabel.usia[1].label_en')" = "41 to 50 years" ]
}

@test "--output writes the file whole; a failed write keeps the old file and leaves no temporary" {
	kasn
	{ echo "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,status,rekomendasi_tanggal,rekomendasi_dari,rekomendasi_sanksi"
	  for i in $(seq 1 1500); do echo "N$i,PNS,Instansi nomor $i yang panjang namanya,2024-08-10,apk,terbukti,$PROVEN_CSV"; done; } > many.csv
	netral import -q many.csv
	netral export --output rekap.csv
	cp rekap.csv before.csv
	head -1 rekap.csv | grep -qx "tabel,kelompok,jumlah,persen,label"
	# a file-size limit makes the write fail part-way, as a full disk would
	run --separate-stderr bash -c "ulimit -f 64; '$NETRAL' export --format json --output rekap.csv"
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"cannot write 'rekap.csv'"*"the previous file, if any, is unchanged"* ]]
	cmp rekap.csv before.csv
	[ -z "$(ls -A | grep '^\.rekap')" ]
}

@test "--output-dir writes one dated file per table" {
	kasn
	mkdir out
	run netral export --output-dir out
	[ "$status" -eq 0 ]
	[ -f out/rekap-2026-11-25-ringkasan.csv ]
	for t in periode usia jabatan kategori instansi jenis sanksi pegawai kelamin; do
		head -1 "out/rekap-2026-11-25-$t.csv" | grep -qx "tabel,kelompok,jumlah,persen,label"
	done
	grep -qx "usia,41-50,562,35.2,41 s/d 50 Tahun" out/rekap-2026-11-25-usia.csv
	run --separate-stderr netral export --output-dir nowhere
	[ "$status" -eq 6 ]
}

@test "cron's bare environment: no HOME, no locale, no terminal" {
	kasn
	run env -i PATH=/usr/bin:/bin "$NETRAL" --db "$NETRAL_DB" export --output nightly.csv
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	four < nightly.csv | grep -qx "ringkasan,terbukti,1596,78.5"
	# without --db or HOME it says where it looked
	run env -i PATH=/usr/bin:/bin "$NETRAL" export
	[ "$status" -eq 2 ]
	[[ "$output" == *"no database location"* ]]
}

@test "Excel options: BOM, CRLF, semicolons; numbers keep the dot" {
	kasn
	netral export --bom --crlf --delimiter ';' --output x.csv
	[ "$(head -c 3 x.csv | od -An -tx1 | tr -d ' ')" = efbbbf ]
	grep -q $'^usia;41-50;562;35.2;41 s/d 50 Tahun\r$' x.csv
}

@test "--top limits the top-N tables only, and each terminal table ends with its TOTAL" {
	kasn
	run netral export --format table --top 2
	[[ "$output" == *"Instansi (top 2)"* ]]
	[[ "$output" == *"Jabatan (top 2)"* ]]
	# the period, age, classification and sanction tables keep every group
	[[ "$output" == *"Periode pelanggaran"*"Before the campaign"*"During the campaign"*"After the campaign"* ]]
	[[ "$output" == *"51 years and over"*"41 to 50"*"31 to 40"*"30 years and under"* ]]
	[[ "$output" != *"Periode pelanggaran (top"* ]]
	[[ "$output" != *"Usia pelanggar (top"* ]]
	n=$(echo "$output" | grep -c 'TOTAL.*1,596 *100.0%')
	[ "$n" -eq 9 ]
}

@test "a table by employee type: in the export, and --by pegawai" {
	{ echo "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,status,rekomendasi_tanggal,rekomendasi_dari,rekomendasi_sanksi"
	  echo "A,PNS,X,2024-10-10,apk,terbukti,$PROVEN_CSV"
	  echo "B,P3K,X,2024-10-10,apk,terbukti,$PROVEN_CSV"
	  echo "C,PPPK,X,2024-10-10,apk,terbukti,$PROVEN_CSV"; } > p.csv
	netral import -q p.csv
	run csv4
	[[ "$output" == *"pegawai,PNS,1,33.3"* ]]
	[[ "$output" == *"pegawai,PPPK,2,66.7"* ]]
	run netral export --format table --by pegawai
	[ "$status" -eq 0 ]
	[[ "$output" == *"Jenis pegawai"*"PNS"*"PPPK"*"TOTAL"* ]]
	run --separate-stderr netral export --by warna
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"pegawai, kelamin"* ]]
}

@test "the Pilkada 2020 table at the terminal prints BKN's labels in BKN's order" {
	kasn
	LANGUAGE=id "$NETRAL" export --format table > id.txt
	diff id.txt "$DATA/kasn2020.expected.id.txt"
	# the published names, not codes
	grep -q '^1  Kampanye/sosialisasi media sosial  *485   30,4%$' id.txt
	grep -q '^1  ≥ 51 Tahun  *641   40,2%$' id.txt
	grep -q '^3  JPT  *251   15,7%$' id.txt
	# in English the labels of the rules' English column
	run netral export --format table
	[[ "$output" == *"Campaigning on social media"* ]]
	[[ "$output" != *"medsos-kampanye"* ]]
}

@test "a table by sex from the NIP or NIK, and --by kelamin" {
	{ echo "nama,jenis_pegawai,nip,nik,instansi,tanggal_kejadian,bentuk,status,rekomendasi_tanggal,rekomendasi_dari,rekomendasi_sanksi"
	  echo "A,PNS,198512302010122001,,X,2024-10-10,apk,terbukti,$PROVEN_CSV"
	  echo "B,PNS,198512302010121001,,X,2024-10-10,apk,terbukti,$PROVEN_CSV"
	  echo "C,PPNPN,,3302015512900001,X,2024-10-10,apk,terbukti,2024-10-20,BKN,sp1"
	  echo "D,PNS,,,X,2024-10-10,apk,terbukti,$PROVEN_CSV"; } > s.csv
	netral import -q s.csv
	run csv4 --termasuk-ppnpn --by kelamin
	[ "${lines[1]}" = "kelamin,laki-laki,1,25.0" ]
	[ "${lines[2]}" = "kelamin,perempuan,2,50.0" ]
	[ "${lines[3]}" = "kelamin,tidak_diketahui,1,25.0" ]
	run netral export --format table --by kelamin
	[[ "$output" == *"Jenis kelamin"*"Male"*"Female"*"Unknown"*"TOTAL"* ]]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(ifnull(jenis_kelamin, '-'), ' ') FROM kasus_teks")" = "perempuan laki-laki perempuan -" ]
}

@test "labels are rules: a folder's label.csv renames a group; a folder without one uses the built-in" {
	add_case --status terbukti $PROVEN > /dev/null
	mkdir r
	cp "$RULES"/*.csv r/
	sed -i 's/^jabatan,tidak_diketahui,Tidak Diketahui,Unknown,/jabatan,tidak_diketahui,Belum Diisi,Not given,/' r/label.csv
	netral rules load r
	netral export --format csv | grep -qx "jabatan,tidak_diketahui,1,100.0,Belum Diisi"
	rm r/label.csv
	run --separate-stderr netral rules load r
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"r/label.csv: not in the folder; the built-in label.csv is used"* ]]
	netral export --format csv | grep -qx "jabatan,tidak_diketahui,1,100.0,Tidak Diketahui"
}

@test "labels: a decided case under its decision, equal counts by a stated rule, categories in one case style" {
	kasn
	# the KASN fixture's proven cases that the matrix left to the Satgas
	# carry the decision: none is counted as undecided, and the tier of an
	# undecided one is not said to await a decision it may have had
	run netral export --format csv
	grep -qx 'jenis,satgas,0,0.0,Putusan Satgas Belum Dicatat' <<< "$output"
	[[ "$output" != *"Menunggu"* ]]
	grep -qx 'jenis,kode_etik,682,42.7,Pelanggaran Kode Etik' <<< "$output" || { grep '^jenis,' <<< "$output"; false; }
	# BKN's slide has Kementerian Agama 8th and Kabupaten Konawe Utara 9th,
	# both 33: equal counts follow a rule the table states
	run netral export --format table
	[[ "$output" == *"7  Kabupaten Halmahera Selatan"*"8  Kabupaten Konawe Utara"*"9  Kementerian Agama"*"Equal counts are listed in alphabetical order."* ]]
	run netral export --format table --top 2
	[[ "$output" != *"Equal counts"* ]] || [[ "$(grep -c 'Equal counts' <<< "$output")" -le 2 ]]
	# every category label in sentence case: only its first word, a proper
	# name or an abbreviation starts with a capital
	netral rules --format json > r.json
	sqlite3 :memory: "SELECT json_extract(value, '\$.id') FROM json_each(readfile('r.json'), '\$.label')
		WHERE json_extract(value, '\$.tabel') = 'kategori'" > kategori.txt
	[ "$(wc -l < kategori.txt)" -ge 20 ]
	while read -r label; do
		rest=${label#* }
		if grep -Eq '(^|[ /(])[A-Z][a-z]' <<< "$rest"; then
			grep -Eo '(^|[ /(])[A-Z][a-z]+' <<< "$rest" | tr -d ' /(' | grep -vxE 'Suami|Istri|Satgas' &&
				{ echo "not sentence case: $label"; false; }
		fi
	done < kategori.txt
}

@test "the summaries print the code of the row of BKN's tables that classified each case" {
	# act, day, its code, the row of BKN Kanreg III's deck (Netralitas ASN)
	while IFS='|' read -r b day code row; do
		n=$(add_case --bentuk "$b" --tanggal-kejadian "$day" --status terbukti --rekomendasi-tanggal 2024-12-20 \
			--rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka 2> /dev/null | head -1)
		[ "$(netral show "$n" | awk '$1 == "kode" { print $2 }')" = "${code#-}" ] ||
			{ echo "$b $day: not $code ($row)"; false; }
	done <<'TABLE'
apk|2024-10-01|DS-1|disiplin 1, after the designation on 2024-09-22
medsos-interaksi|2024-10-01|DS-5|disiplin 5
medsos-interaksi|2024-10-02|DS-5|disiplin 5
kampanye-pasangan|2024-09-01|KE-6|kode etik 6, without CLTN
lainnya|2024-10-01|-|third table 2: the Satgas decides
TABLE
	run netral export --format csv
	grep -qx 'kode,DS-5,2,40.0,"Membuat posting, comment, share, like, bergabung/follow dalam group/akun pemenangan/calon"' <<< "$output"
	grep -qx 'kode,DS-1,1,20.0,Memasang spanduk/baliho/alat peraga lainnya terkait bakal calon peserta pemilu dan pemilihan' <<< "$output"
	grep -q '^kode,KE-6,1,20.0,Mengikuti deklarasi/kampanye bagi suami/istri calon' <<< "$output"
	grep -qx 'kode,tanpa_kode,1,20.0,Tanpa baris tabel BKN' <<< "$output"
	run netral export --format table --by kode
	[[ "$output" == *"1  DS-5 Posting, commenting, sharing, liking"* ]]
	run netral list
	[[ "$output" == *"DS-5"*"KE-6"* ]] || [[ "$output" == *"KE-6"*"DS-5"* ]]
}

@test "export --output-dir leaves a directory in the place of one of its files as it is, and says so" {
	add_case > /dev/null
	mkdir out
	mkdir out/rekap-2026-11-25-rantai.txt
	run --separate-stderr netral export --output-dir out
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: 'out/rekap-2026-11-25-rantai.txt' is not a regular file; it is left as it is" ]
	rmdir out/rekap-2026-11-25-rantai.txt
	mkdir out/rekap-2026-11-25-ringkasan.csv
	run --separate-stderr netral export --output-dir out
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: 'out/rekap-2026-11-25-ringkasan.csv' is not a regular file; it is left as it is" ]
	[ ! -e out/rekap-2026-11-25-jenis.csv ]
}

@test "a cross table of one pair: one agency's one origin" {
	add_case > /dev/null
	run netral export --by instansi,asal --basis dilaporkan --format table
	[ "$status" -eq 0 ]
	[[ "$output" == *"Kabupaten Purbalingga                1       1"* ]]
	for f in csv json html; do
		run netral export --by instansi,asal --basis dilaporkan --format $f
		[ "$status" -eq 0 ]
		[[ "$output" == *"Kabupaten Purbalingga"* ]]
	done
}
