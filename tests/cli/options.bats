#!/usr/bin/env bats
# Options the other tests leave aside, each doing what its help says.

load helper

@test "blokir with a day and a note; a flag set twice or lifted unset is said, and logged once" {
	add_case > /dev/null
	add_case --nama Ani > /dev/null
	run netral blokir 2024-0001 --tanggal 2024-09-01 --catatan "surat BKN"
	[ "$output" = "2024-0001: flagged as blocked in SIASN" ]
	run netral history 2024-0001 --format csv
	[[ "${lines[-1]}" == *",blokir,blokir_siasn,0,1,surat BKN,2024-09-01" ]]
	run netral blokir 2024-0001
	[ "$status" -eq 0 ]
	[ "$output" = "2024-0001: already flagged as blocked in SIASN" ]
	run netral blokir --lepas 2024-0002
	[ "$status" -eq 0 ]
	[ "$output" = "2024-0002: was not flagged" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM peristiwa WHERE jenis = 'blokir'")" = 1 ]
	run --separate-stderr netral blokir - < /dev/null
	[ "$status" -eq 0 ]
	[ "$stderr" = "netral: warning: no case numbers on standard input: nothing changed" ]
}

@test "status --catatan keeps a note with the move" {
	add_case > /dev/null
	netral status 2024-0001 verifikasi --catatan "berkas lengkap" > /dev/null
	run netral history 2024-0001 --format csv
	[[ "${lines[-1]}" == *",status,status,dilaporkan,verifikasi,berkas lengkap,"* ]]
}

@test "list --raw, --bom and --crlf shape the CSV as asked" {
	add_case --nama "=HYPERLINK(1)" > /dev/null
	run netral list --format csv
	[[ "${lines[1]}" == *",\"'=HYPERLINK(1)\","* ]]
	run netral list --format csv --raw
	[[ "${lines[1]}" == *",=HYPERLINK(1),"* ]]
	netral list --format csv --bom --crlf > l.csv
	[ "$(head -c 3 l.csv | od -An -tx1 | tr -d ' ')" = efbbbf ]
	[ "$(grep -c $'\r$' l.csv)" -eq 2 ]
	# still commas: the delimiter is its own option
	[[ "$(sed -n 2p l.csv)" == 2024-0001,* ]]
}

@test "overdue --instansi keeps to one agency, in any letter case" {
	add_case --instansi "Kabupaten Batang" --status verifikasi > /dev/null
	add_case --instansi "Kota Lubuk Linggau" --status verifikasi --nama B > /dev/null
	for n in 2024-0001 2024-0002; do
		netral status $n terbukti --rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka --tanggal 2024-10-10
	done
	NETRAL_TODAY=2024-12-05 run netral overdue --instansi "kota lubuk linggau" --format csv
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[1]}" == 2024-0002,B,* ]]
	NETRAL_TODAY=2024-12-05 run netral overdue --instansi "Kabupaten Purbalingga"
	[ "$status" -eq 0 ]
}

@test "kepatuhan --excel: the CSV for a spreadsheet" {
	netral unit add "Dinas A" --asn 2 > /dev/null
	netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-10 --excel > k.csv || true
	[ "$(head -c 3 k.csv | od -An -tx1 | tr -d ' ')" = efbbbf ]
	[[ "$(sed -n 2p k.csv)" == "PILKADA2024;Dinas A;berjalan;"*$'\r' ]]
}

@test "export --jenis-pegawai PPNPN counts the PPNPN alone, without --termasuk-ppnpn" {
	add_case --bentuk apk > /dev/null
	add_case --nama B --jenis-pegawai PPNPN --bentuk apk > /dev/null
	run netral export --basis dilaporkan --jenis-pegawai PPNPN --format csv
	[ "$status" -eq 0 ]
	[[ "$output" == *$'\nringkasan,dilaporkan,1,'* ]]
	[[ "$output" == *$'\npegawai,PPNPN,1,100.0'* ]]
}

@test "completion lists: formats, employee types, recommending bodies, tiers, sanctions, position categories" {
	[ "$(netral complete format | tr '\n' ' ')" = "table csv json html ids xlsx " ]
	[ "$(netral complete jenis-pegawai | tr '\n' ' ')" = "PNS PPPK PPNPN " ]
	[ "$(netral complete rekomendasi-dari | tr '\n' ' ')" = "KASN BKN Bawaslu internal " ]
	run netral complete jenis
	[ "${lines[0]}" = kode_etik ]
	[[ " ${lines[*]} " == *" ptdh "* ]]
	# a sanction and a category once, however many types have them
	run netral complete sanksi
	[ "$(printf '%s\n' "${lines[@]}" | sort | uniq -d)" = "" ]
	[[ " ${lines[*]} " == *" moral-terbuka "*" sp1 "* ]]
	run netral complete kategori-jabatan
	[ "$(printf '%s\n' "${lines[@]}" | sort | uniq -d)" = "" ]
	[[ " ${lines[*]} " == *" camat "* ]]
}

@test "election add takes a code in any letter case and stores it in capitals; unit add with nothing new is said" {
	run netral election add bangka2025 --nama "Pilkada ulang" --penetapan 2025-07-22 \
		--kampanye-mulai 2025-07-25 --kampanye-selesai 2025-08-23 --pemungutan 2025-08-27
	[ "$status" -eq 0 ]
	[ "$output" = "contest BANGKA2025 added; 0 cases reclassified" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT kode FROM pemilihan WHERE nama = 'Pilkada ulang'")" = BANGKA2025 ]
	netral unit add "Dinas A" --asn 2 > /dev/null
	run netral unit add "Dinas A" --asn 2
	[ "$output" = "unit 'Dinas A' unchanged" ]
}

@test "the permit's letter from a template that is missing, too large or not UTF-8 is refused" {
	netral izin add --nama "Rina" --nip "19850412 201001 2 015" --jabatan Staf --peran KPPS \
		--sk-penunjukan 1 --pemberi-nama B --pemberi-nip "19680101 199003 1 007" \
		--pemberi-jabatan Kepala --tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	run --separate-stderr netral izin surat IZ-2024-0001 --template nope.txt
	[ "$status" -eq 6 ]
	[[ "$stderr" == "netral: cannot open 'nope.txt': No such file or directory" ]]
	head -c 70000 /dev/zero | tr '\0' a > big.txt
	run --separate-stderr netral izin surat IZ-2024-0001 --template big.txt
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: big.txt: larger than 64 KiB" ]
	printf 'Izin \xff {{nomor}}\n' > bad.txt
	run --separate-stderr netral izin surat IZ-2024-0001 --template bad.txt
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: bad.txt: not UTF-8 text" ]
	printf 'Izin \000 {{nomor}}\n' > nul.txt
	run --separate-stderr netral izin surat IZ-2024-0001 --template nul.txt --format text
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: nul.txt: not UTF-8 text" ]
	run netral izin surat --help
	[[ "$output" == usage:* ]]
	run netral izin add --help
	[[ "$output" == usage:* ]]
}

@test "an unknown --format is refused by every command that takes one, before it reads anything" {
	add_case > /dev/null
	for cmd in "show 2024-0001" "history 2024-0001" overdue rules election classify "unit list" \
		"kegiatan list" "pakta list" "izin list"; do
		# shellcheck disable=SC2086
		run --separate-stderr netral $cmd --format yaml
		echo "$cmd: $status: $stderr"
		[ "$status" -eq 2 ]
		[[ "$stderr" == "netral ${cmd%% *}"*": unknown format 'yaml' (table, csv, json"* ]]
	done
}

@test "a NETRAL_TODAY that is no date stops every command that needs today's date, changing nothing" {
	add_case > /dev/null
	add_case --nama Ani > /dev/null
	before=$(db_state)
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nSiti,PNS,Kota Batang,2024-08-10,medsos-kampanye\n' > k.csv
	mkdir out
	for cmd in "add --nama Siti --jenis-pegawai PNS --instansi X --tanggal-kejadian 2024-08-10 --bentuk medsos-kampanye" \
		"edit 2024-0001 --instansi Y" "import k.csv" "merge 2024-0001 2024-0002" \
		"kepatuhan --pemilihan PILKADA2024" "export --output-dir out"; do
		# shellcheck disable=SC2086
		NETRAL_TODAY=kemarin run --separate-stderr netral $cmd
		echo "$cmd: $status: $stderr"
		[ "$status" -eq 2 ]
		[ "$stderr" = "netral: NETRAL_TODAY: 'kemarin' is not a date in YYYY-MM-DD form" ]
	done
	[ "$(db_state)" = "$before" ]
	[ -z "$(ls out)" ]
}

@test "list takes at most 32 values of a filter, and a bounded number of filters" {
	add_case > /dev/null
	args=()
	for i in $(seq 1 33); do args+=(--instansi "I$i"); done
	run --separate-stderr netral list "${args[@]}"
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: --instansi: at most 32 values" ]
	for i in $(seq 34 300); do args+=(--instansi "I$i"); done
	run --separate-stderr netral list "${args[@]}"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "netral list: too many filters"* ]]
}

@test "election --format json lists the contests as an array" {
	run netral election --format json
	[ "$status" -eq 0 ]
	printf '%s' "$output" > e.json
	json_valid e.json
	[ "$(json_get e.json '$[0].kode')" = PILKADA2020 ]
}

@test "a bad --operator after the command, and a bad case number for putusan, are usage errors" {
	run --separate-stderr netral list --operator $'a\001b'
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: operator 'a?b': at most 63 bytes of UTF-8 text without control characters" ]
	run --separate-stderr netral putusan 12 --jenis disiplin_sedang --nomor 1 --tanggal 2024-10-01
	[ "$status" -eq 2 ]
	[[ "$stderr" == "netral putusan: '12' is not a case number (like 2024-0007)"* ]]
}

@test "list --instansi with no words matches no case" {
	add_case > /dev/null
	run netral list --instansi ''
	[ "$status" -eq 0 ]
	[ "$output" = "no cases" ]
}

@test "list --format json gives a case's age as a number, and null where it is not known" {
	add_case --nip "19680609 199503 1 003" > /dev/null
	add_case --nama Ani > /dev/null
	netral list --format json > l.json
	json_valid l.json
	[ "$(json_get l.json '$[0].usia')" = 56 ]
	[ "$(json_get l.json "\$[1].usia")" = "" ]
	[ "$(sqlite3 :memory: "SELECT json_type(readfile('l.json'), '\$[1].usia')")" = null ]
}

@test "election add --help prints the command's help" {
	run netral election add --help
	[ "$status" -eq 0 ]
	[[ "${lines[1]}" == "       netral election add CODE --nama NAME --penetapan D --kampanye-mulai D"* ]]
}

@test "--indikasi passes over an empty item between its separators" {
	add_case --indikasi "kewenangan, ;anggaran" > /dev/null
	netral show 2024-0001 | grep -E '^indikasi +kewenangan,anggaran$'
}
