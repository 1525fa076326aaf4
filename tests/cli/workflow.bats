#!/usr/bin/env bats
# The case workflow: transitions, the recommendation and the sanction,
# corrections, the history, the follow-up deadline.

load helper

# from, to: every transition data/rules/transisi.csv allows
allowed() {
	cat <<'TABLE'
dilaporkan verifikasi
dilaporkan tidak_terbukti
verifikasi terbukti
verifikasi tidak_terbukti
tidak_terbukti verifikasi
terbukti disanksi
disanksi selesai
TABLE
}

STATUSES="dilaporkan verifikasi tidak_terbukti terbukti disanksi selesai"

# what a case created at a status records
at() {
	case $1 in
	terbukti) echo "$PROVEN" ;;
	disanksi | selesai) echo "$SANCTIONED" ;;
	esac
}

# the options a move to each status needs
needs() {
	case $1 in
	terbukti) echo "--rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka --rekomendasi-nomor R-1" ;;
	disanksi) echo "--sanksi moral-terbuka --sk-nomor 800/1" ;;
	esac
}

@test "every allowed transition works and is logged with who and when" {
	while read -r from to; do
		rm -f "$NETRAL_DB"*
		add_case --status "$from" $(at "$from") > /dev/null
		run --separate-stderr netral --operator rina status 2024-0001 "$to" --tanggal 2024-10-20 $(needs "$to")
		echo "$from -> $to: $status $stderr"
		[ "$status" -eq 0 ]
		[[ "$output" == "2024-0001: $from → $to (2024-10-20)"* ]]
		[ "$(sqlite3 "$NETRAL_DB" "SELECT operator || ' ' || lama || ' ' || baru || ' ' || tanggal FROM peristiwa WHERE kolom = 'status'")" = "rina $from $to 2024-10-20" ]
	done < <(allowed)
}

@test "every other move is refused, listing the allowed ones, changing nothing" {
	for from in $STATUSES; do
		rm -f "$NETRAL_DB"*
		add_case --status "$from" $(at "$from") > /dev/null
		before=$(db_state)
		for to in $STATUSES; do
			[ "$from" = "$to" ] && continue
			allowed | grep -qx "$from $to" && continue
			run --separate-stderr netral status 2024-0001 "$to" $(needs "$to")
			echo "$from -> $to: $status $stderr"
			[ "$status" -eq 3 ]
			[[ "$stderr" == *"a case cannot move from $from to $to (allowed from $from: "* ]]
			[ "$(db_state)" = "$before" ]
		done
	done
}

@test "a whole case: reported, verified, proven with a recommendation, sanctioned, closed" {
	add_case --nip "19680609 199503 1 003" --tanggal-kejadian 2024-10-02
	netral status 2024-0001 verifikasi --tanggal 2024-10-05
	netral status 2024-0001 terbukti --tanggal 2024-10-20 --rekomendasi-dari BKN \
		--rekomendasi-nomor "B-123/KASN/10/2024" --rekomendasi-sanksi turun-jabatan-12bln
	run --separate-stderr netral status 2024-0001 disanksi --sanksi tpp25-12bln --sk-nomor 800/45/2024 --tanggal 2024-11-10
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"sanksi: 'tpp25-12bln' differs from the recommended 'turun-jabatan-12bln'; both are recorded"* ]]
	[[ "$stderr" == *"sanksi: 'tpp25-12bln' (disiplin_sedang) is not of the matrix tier disiplin_berat for DS-2"* ]]
	netral status 2024-0001 selesai
	netral show 2024-0001 --format json > s.json
	[ "$(json_get s.json '$.status')" = selesai ]
	[ "$(json_get s.json '$.tindak_lanjut.rekomendasi_sanksi')" = turun-jabatan-12bln ]
	[ "$(json_get s.json '$.tindak_lanjut.rekomendasi_tanggal')" = 2024-10-20 ]
	[ "$(json_get s.json '$.tindak_lanjut.sanksi')" = tpp25-12bln ]
	[ "$(json_get s.json '$.tindak_lanjut.sk_tanggal')" = 2024-11-10 ]
	[ "$(json_get s.json '$.riwayat[0].jenis')" = buat ]
	[ "$(json_get s.json "\$.riwayat[#-1].baru")" = selesai ]
}

@test "moving to terbukti needs the recommendation, to disanksi the sanction" {
	add_case --status verifikasi
	run --separate-stderr netral status 2024-0001 terbukti
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"needs --rekomendasi-dari and --rekomendasi-sanksi"* ]]
	run --separate-stderr netral status 2024-0001 terbukti --rekomendasi-dari DPR --rekomendasi-sanksi moral-terbuka
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"'DPR' is not a recommending body (valid: KASN, BKN, Bawaslu, internal)"* ]]
	run --separate-stderr netral status 2024-0001 terbukti --rekomendasi-dari KASN --rekomendasi-sanksi dipecat
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"'dipecat' is not a sanction for PNS (valid: moral-tertutup"* ]]
	run --separate-stderr netral status 2024-0001 verifikasi --sanksi ptdh
	[ "$status" -eq 2 ]
	run --separate-stderr netral status 2024-0001 tidak_terbukti --tanggal 2030-01-01
	[ "$status" -eq 3 ]
	run --separate-stderr netral status 2024-0099 verifikasi
	[ "$status" -eq 4 ]
}

@test "PPNPN sanctions come from the contract (SPK) ladder" {
	add_case --jenis-pegawai PPNPN --status verifikasi --tanggal-kejadian 2024-10-02
	run --separate-stderr netral status 2024-0001 terbukti --rekomendasi-dari internal --rekomendasi-sanksi moral-terbuka
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"not a sanction for PPNPN (valid: sp1, sp2, sp3, putus-kontrak)"* ]]
	run netral status 2024-0001 terbukti --rekomendasi-dari internal --rekomendasi-sanksi putus-kontrak
	[ "$status" -eq 0 ]
}

@test "edit corrects a field, reclassifies across the designation day, and logs both" {
	add_case --tanggal-kejadian 2024-09-21
	run netral --operator andi edit 2024-0001 --tanggal-kejadian 2024-09-22 --catatan "tanggal dari berita acara"
	[ "$status" -eq 0 ]
	[[ "$output" == *"tanggal_kejadian: 2024-09-21 → 2024-09-22"* ]]
	[[ "$output" == *"klasifikasi: kode_etik KE-2 (bakal_calon) → disiplin_berat DS-2 (calon)"* ]]
	run sqlite3 "$NETRAL_DB" "SELECT jenis, kolom, lama, baru, operator, coalesce(catatan, '') FROM peristiwa WHERE id > 1 ORDER BY id"
	[[ "$output" == *"ubah|tanggal_kejadian|2024-09-21|2024-09-22|andi|tanggal dari berita acara"* ]]
	[[ "$output" == *"klasifikasi|tahap|bakal_calon|calon|andi"* ]]
	[[ "$output" == *"klasifikasi|jenis|kode_etik|disiplin_berat|andi"* ]]
	[[ "$output" == *"klasifikasi|kode|KE-2|DS-2|andi"* ]]
	# and back
	run netral edit 2024-0001 --tanggal-kejadian 2024-09-21
	[[ "$output" == *"klasifikasi: disiplin_berat DS-2 (calon) → kode_etik KE-2 (bakal_calon)"* ]]
}

@test "edit checks values as add does, refuses a status change, clears with an empty value" {
	add_case --nip "19680609 199503 1 003"
	before=$(db_state)
	run --separate-stderr netral edit 2024-0001 --nip 123
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"nip: '123' has 3 digits, a NIP has 18"* ]]
	run --separate-stderr netral edit 2024-0001 --status terbukti
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"netral status 2024-0001 terbukti"* ]]
	[ "$(db_state)" = "$before" ]
	run netral edit 2024-0001 --nip ""
	[[ "$output" == *"nip: 196806091995031003 → -"* ]]
	run netral edit 2024-0001 --nip ""
	[[ "$output" == *"nothing changed"* ]]
	run netral edit 2024-0001
	[ "$status" -eq 2 ]
}

@test "history lists one event per change, oldest first, with the operator" {
	NETRAL_OPERATOR=siti add_case > /dev/null
	netral --operator budi edit 2024-0001 --uraian "posting di grup WhatsApp"
	NETRAL_OPERATOR=ani netral status 2024-0001 verifikasi
	run netral history 2024-0001 --format csv
	[ "${lines[0]}" = "waktu,operator,jenis,kolom,lama,baru,catatan,tanggal" ]
	[ "${#lines[@]}" -eq 4 ]
	[[ "${lines[1]}" == *",siti,buat,,,"* ]]
	[[ "${lines[2]}" == *",budi,ubah,uraian,,posting di grup WhatsApp,,"* ]]
	[[ "${lines[3]}" == *",ani,status,status,dilaporkan,verifikasi,,2026-11-25" ]]
	netral history 2024-0001 --format json > h.json
	json_valid h.json
	[ "$(json_get h.json '$[2].operator')" = ani ]
	run netral riwayat 2024-0099
	[ "$status" -eq 4 ]
}

@test "check rebuilds every case from its history, and notices a change made outside netral" {
	netral import -q "$DATA/import/dasar.csv"
	netral edit 2024-0001 --bentuk apk --uraian "dikoreksi"
	netral status 2024-0002 verifikasi
	netral import --update -q "$DATA/import/dasar.csv"
	netral election add ULANG2024 --nama x --penetapan 2024-10-01 --kampanye-mulai 2024-10-02 \
		--kampanye-selesai 2024-10-20 --pemungutan 2024-10-25 > /dev/null
	run netral check
	[ "$status" -eq 0 ]
	[[ "$output" == "check: ok (4 cases, "* ]]
	sqlite3 "$NETRAL_DB" "UPDATE kasus SET nama = 'Orang Lain' WHERE nomor = '2024-0002'"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"kasus 2024-0002: nama: differs from what its history gives (changed outside netral)"* ]]
}

@test "import --update follows the transitions too" {
	{ echo "no_laporan,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,status"
	  echo "1/X,A,PNS,X,2024-10-01,apk,dilaporkan"; } > a.csv
	netral import -q a.csv
	sed 's/dilaporkan$/selesai/' a.csv > b.csv
	run --separate-stderr netral import --update b.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"b.csv:2: status: a case cannot move from dilaporkan to selesai (allowed from dilaporkan: verifikasi, tidak_terbukti, batal)"* ]]
	sed 's/dilaporkan$/verifikasi/' a.csv > c.csv
	run netral import --update c.csv
	[ "$status" -eq 0 ]
	[[ "$output" == *"updated 1"* ]]
}

@test "import --update records what the new status requires, as 'status' does" {
	{ echo "no_laporan,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,status"
	  echo "1/X,A,PNS,X,2024-10-01,apk,verifikasi"; } > a.csv
	netral import -q a.csv
	before=$(db_state)
	sed 's/verifikasi$/terbukti/' a.csv > b.csv
	run --separate-stderr netral import --update b.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"b.csv:2: rekomendasi_tanggal: a case at terbukti records it (missing)"* ]]
	[ "$(db_state)" = "$before" ]
	{ echo "no_laporan,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,status,rekomendasi_tanggal,rekomendasi_dari,rekomendasi_sanksi"
	  echo "1/X,A,PNS,X,2024-10-01,apk,terbukti,2024-10-20,BKN,moral-terbuka"; } > c.csv
	run netral import --update c.csv
	[ "$status" -eq 0 ]
	run netral show 2024-0001 --format json
	[[ "$output" == *'"rekomendasi_dari": "BKN"'* ]]
	# and the sanction: a move to disanksi without it is refused on every path
	sed 's/,terbukti,/,disanksi,/' c.csv > d.csv
	run --separate-stderr netral import --update d.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"d.csv:2: sanksi: a case at disanksi records it (missing)"* ]]
	run --separate-stderr netral status 2024-0001 disanksi
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"moving to disanksi needs --sanksi"* ]]
}

@test "what a move records is read from status.csv, not written in the program" {
	mkdir r
	cp "$RULES"/*.csv r/
	# a rules folder where terbukti also needs the recommendation's number
	sed -i 's/^\(terbukti,.*\),rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi,1$/\1,rekomendasi_nomor rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi,1/' r/status.csv
	grep -q ',rekomendasi_nomor rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi,1$' r/status.csv
	netral rules load r > /dev/null
	add_case --status verifikasi > /dev/null
	run --separate-stderr netral status 2024-0001 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"moving to terbukti needs --rekomendasi-nomor"* ]]
	run netral status 2024-0001 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka --rekomendasi-nomor R-1
	[ "$status" -eq 0 ]
}

@test "overdue lists proven cases past the deadline, oldest first, by agency; exit 1" {
	add_case --instansi "Kabupaten Batang" --status verifikasi --tanggal-kejadian 2024-10-01 > /dev/null
	add_case --instansi "Kabupaten Batang" --status verifikasi --tanggal-kejadian 2024-10-02 --nama B > /dev/null
	add_case --instansi "Kota Lubuk Linggau" --status verifikasi --tanggal-kejadian 2024-10-03 --nama C > /dev/null
	add_case --status verifikasi --tanggal-kejadian 2024-10-04 --nama D > /dev/null
	netral status 2024-0001 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi bebas-jabatan-12bln --tanggal 2024-10-10
	netral status 2024-0002 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi bebas-jabatan-12bln --tanggal 2024-11-01
	netral status 2024-0003 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi bebas-jabatan-12bln --tanggal 2024-10-20
	netral status 2024-0004 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi bebas-jabatan-12bln --tanggal 2024-11-20
	netral blokir 2024-0001
	# on 2024-12-05 with the 30-day default: 0001 is 26 days over, 0003 16, 0002 4; 0004 not yet
	NETRAL_TODAY=2024-12-05 run netral overdue --format csv
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 4 ]
	[[ "${lines[1]}" == "2024-0001,Budi Santoso,Kabupaten Batang,"*",2024-11-09,26,1" ]]
	[[ "${lines[2]}" == "2024-0002,B,Kabupaten Batang,"*",2024-12-01,4,0" ]]
	[[ "${lines[3]}" == "2024-0003,C,Kota Lubuk Linggau,"*",2024-11-19,16,0" ]]
	NETRAL_TODAY=2024-12-05 run netral overdue --batas 60
	[ "$status" -eq 0 ]
	NETRAL_TODAY=2024-12-05 run netral tunggakan
	[[ "$output" == *"Kabupaten Batang"*"2024-0001"*"26 days"*"blocked"* ]]
	NETRAL_TODAY=2024-12-05 netral overdue --format json > o.json || true
	[ "$(json_get o.json '$.jumlah')" = 3 ]
	[ "$(json_get o.json '$.instansi[0].kasus[0].hari_terlambat')" = 26 ]
	# a sanction imposed takes the case off the list
	netral status 2024-0001 disanksi --sanksi bebas-jabatan-12bln --sk-nomor 800/2
	NETRAL_TODAY=2024-12-05 run netral overdue --format csv
	[ "${#lines[@]}" -eq 3 ]
}

@test "the SIASN block flag is set and lifted, and shows in list and show" {
	add_case
	run netral blokir 2024-0001
	[[ "$output" == "2024-0001: flagged as blocked in SIASN" ]]
	run netral list
	[[ "$output" == *"blocked"* ]]
	netral show 2024-0001 --format json > s.json
	[ "$(json_get s.json '$.tindak_lanjut.blokir_siasn')" = 1 ]
	run netral blokir 2024-0001 --lepas
	[[ "$output" == "2024-0001: SIASN block lifted" ]]
	run netral list
	[[ "$output" != *"blocked"* ]]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM peristiwa WHERE jenis = 'blokir'")" = 2 ]
}

@test "list as CSV, imported into a fresh database, recreates the same cases" {
	netral import -q "$DATA/import/dasar.csv"
	netral status 2024-0001 verifikasi --tanggal 2024-08-20
	netral status 2024-0001 terbukti --rekomendasi-dari KASN --rekomendasi-sanksi moral-terbuka --rekomendasi-nomor R/7 --tanggal 2024-09-01
	netral status 2024-0001 disanksi --sanksi moral-terbuka --sk-nomor SK/9 --tanggal 2024-09-20
	netral blokir 2024-0002
	netral list --format csv > province.csv
	run netral --db fresh.db import province.csv
	[ "$status" -eq 0 ]
	diff <(netral list --format csv | cut -d, -f2-) <(netral --db fresh.db list --format csv | cut -d, -f2-)
	run netral --db fresh.db import province.csv
	[[ "$output" == *"imported 0, duplicates 4"* ]]
	run netral --db fresh.db check
	[ "$status" -eq 0 ]
}

@test "a move to the status a case already has is refused" {
	add_case --status verifikasi
	run --separate-stderr netral status 2024-0001 verifikasi
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: case 2024-0001 is already verifikasi" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM peristiwa WHERE kasus_id IS NOT NULL")" = 1 ]
}

@test "a sanction comes from the catalogue of the ruleset that classified the case" {
	# day, contest, act, sanction, accepted?, source
	while IFS='|' read -r day pem b code want why; do
		rm -f "$NETRAL_DB"
		nomor=$(add_case --tanggal-kejadian "$day" --pemilihan "$pem" --bentuk "$b" | head -1)
		netral status "$nomor" verifikasi
		before=$(db_state)
		run --separate-stderr netral status "$nomor" terbukti --rekomendasi-dari KASN \
			--rekomendasi-tanggal "${day%-*}-28" --rekomendasi-sanksi "$code"
		if [ "$want" = ya ]; then
			[ "$status" -eq 0 ] || { echo "$day $code: $stderr ($why)"; false; }
		else
			[ "$status" -eq 3 ] || { echo "$day $code accepted ($why)"; false; }
			[[ "$stderr" == *"rekomendasi_sanksi: '$code' is not a sanction of ruleset $want for PNS (valid: "* ]] ||
				{ echo "$stderr"; false; }
			[ "$(db_state)" = "$before" ]
		fi
	done <<'TABLE'
2020-10-15|PILKADA2020|kegiatan-keberpihakan|tpp25-6bln|SKB2020|PP 53/2010 Pasal 7 ayat (3): no tunjangan kinerja cut, a PP 94/2021 penalty
2020-10-15|PILKADA2020|kegiatan-keberpihakan|tunda-kgb-1thn|ya|PP 53/2010 Pasal 7 ayat (3)
2020-10-15|PILKADA2020|fasilitas-negara|turun-jabatan-12bln|SKB2020|PP 53/2010 Pasal 7 ayat (4) has no 12-month demotion
2020-10-15|PILKADA2020|fasilitas-negara|pindah-turun-jabatan|ya|PP 53/2010 Pasal 7 ayat (4)
2024-10-01|PILKADA2024|apk|tunda-kgb-1thn|SKB2022|PP 94/2021 repealed PP 53/2010: no deferred pay rise
2024-10-01|PILKADA2024|apk|turun-jabatan-12bln|ya|PP 94/2021 Pasal 8
TABLE
}
