#!/usr/bin/env bats
# netral import: all or nothing, idempotent, and exact about every bad row.

load helper

IMP="$BATS_TEST_DIRNAME/../data/import"

HEAD="nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk"
# what the summary says of dasar.csv's dates (10/08/2024, 12/08/2024)
OPEN="dates read day-first (DD/MM/YYYY), as no value in the column proves the order: tanggal_kejadian, tanggal_laporan"

@test "a file imports, each case classified, with a one-line summary" {
	run --separate-stderr netral import "$IMP/dasar.csv"
	[ "$status" -eq 0 ]
	[ "$output" = "$OPEN"$'\n'"imported 4, duplicates 0, rejected 0" ]
	run netral list
	[[ "$output" == *"2024-0001  2024-08-10  Budi Santoso"*"KE-2"* ]]
	[[ "$output" == *"Wati Susilawati"*"tidak_melanggar"*"terbukti"* ]]
	[[ "$output" == *"Dedi Kurniawan"*"DS-1"*"verifikasi"* ]]
}

@test "a quoted field keeps its line break, comma and quotes" {
	netral import "$IMP/dasar.csv"
	netral show 2024-0001 --format json > s.json
	[ "$(json_get s.json '$.uraian')" = "$(printf 'Membagikan poster, dengan komentar:\n"Pilih nomor 2!"')" ]
}

@test "each case keeps the file name, its SHA-256 and its line" {
	cp "$IMP/dasar.csv" laporan.csv
	netral import laporan.csv
	sum=$(sha256sum laporan.csv | cut -d' ' -f1)
	netral show 2024-0003 --format json > s.json
	[ "$(json_get s.json '$.berkas')" = laporan.csv ]
	[ "$(json_get s.json '$.berkas_sha256')" = "$sum" ]
	[ "$(json_get s.json '$.berkas_baris')" = 5 ]   # record 3 starts on line 5
	[ "$(sqlite3 "$NETRAL_DB" "SELECT diimpor || '/' || sha256 FROM impor")" = "4/$sum" ]
}

@test "a spreadsheet file: BOM, CRLF, semicolons, blank lines, spaces, trailing columns" {
	run netral import "$IMP/excel.csv"
	[ "$status" -eq 0 ]
	[[ "$output" == "${OPEN%, *}"$'\n'"imported 2, duplicates 0, rejected 0" ]]
	netral show 2024-0001 --format json > a.json
	[ "$(json_get a.json '$.nama')" = "Budi Santoso" ]
	[ "$(json_get a.json '$.tanggal_kejadian')" = 2024-10-01 ]
	[ "$(json_get a.json '$.uraian')" = "Baliho; di depan rumah" ]
	netral show 2024-0002 --format json > b.json
	[ "$(json_get b.json '$.jenis_pegawai')" = PPPK ]
	[ "$(json_get b.json '$.bentuk')" = foto-bersama ]
	[ "$(json_get b.json '$.berkas_baris')" = 4 ]
}

@test "standard input is '-', named stdin" {
	run netral import - < "$IMP/dasar.csv"
	[ "$status" -eq 0 ]
	[ "$output" = "$OPEN"$'\n'"imported 4, duplicates 0, rejected 0" ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT berkas FROM impor')" = stdin ]
}

@test "importing the same file again adds nothing, rows without no_laporan included" {
	netral import "$IMP/dasar.csv"
	before=$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')
	run netral import "$IMP/dasar.csv"
	[ "$status" -eq 0 ]
	[ "$output" = "$OPEN"$'\n'"imported 0, duplicates 4, rejected 0" ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = "$before" ]
	# the numbers a duplicate would have taken are not lost
	run add_case
	[ "${lines[0]}" = 2024-0005 ]
}

@test "one report may name several people; the same person twice in a file is a duplicate" {
	{ echo "no_laporan,$HEAD,nip"
	  echo "9/LP,A,PNS,X,2024-08-10,apk,19680609 199503 1 003"
	  echo "9/LP,B,PNS,X,2024-08-10,apk,198512302010122001"
	  echo "9/LP,A lagi,PNS,X,2024-08-10,apk,196806091995031003"; } > f.csv
	run netral import f.csv
	[ "$output" = "imported 2, duplicates 1, rejected 0" ]
}

@test "--update applies changed fields, logs them, and reclassifies" {
	netral import "$IMP/dasar.csv"
	sed 's/^001\/LP\/2024,Budi Santoso,\(.*\),10\/08\/2024,12\/08\/2024,/001\/LP\/2024,Budi Santoso,\1,22\/09\/2024,23\/09\/2024,/' "$IMP/dasar.csv" > changed.csv
	run netral import changed.csv
	[ "$output" = "imported 0, duplicates 4, rejected 0" ]
	run netral --operator rina import --update changed.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 0, updated 1, duplicates 3, rejected 0" ]
	run netral show 2024-0001
	[[ "$output" == *"DS-2"* ]]
	run sqlite3 "$NETRAL_DB" "SELECT jenis, kolom, lama, baru, operator FROM peristiwa WHERE kolom IN ('tanggal_kejadian', 'jenis') ORDER BY id"
	[ "${lines[0]}" = "ubah|tanggal_kejadian|2024-08-10|2024-09-22|rina" ]
	[ "${lines[1]}" = "klasifikasi|jenis|kode_etik|disiplin_berat|rina" ]
}

# what the file holds (printf format), the line and message expected
bad_files() {
	cat <<'TABLE'
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10,apk\nCaf\351,PNS,X,2024-08-10,apk\n|:3: nama: is not valid UTF-8 (byte 0xE9; save the file as "CSV UTF-8")
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X\000Y,2024-08-10,apk\n|:2: instansi: contains a NUL byte
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10,apk\n"B,PNS,X,2024-08-10,apk\n|:3: unterminated quoted field at the end of the file
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X"Y,2024-08-10,apk\n|:2: malformed CSV
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10,apk,extra,more\n|:2: has 7 fields, the header has 5
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10\n|:2: has 4 fields, the header has 5
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,Nama\nA,PNS,X,2024-08-10,apk,A\n|:1: header: column 'nama' appears twice (columns 1 and 6)
|: empty file (a header row is needed)
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,alamat\nA,PNS,X,2024-08-10,apk,Jl\n|:1: header: unknown column 'alamat'
nama,jenis_pegawai,tanggal_kejadian,bentuk\nA,PNS,2024-08-10,apk\n|:1: header: missing column 'instansi'
nama;jenis_pegawai;instansi;tanggal_kejadian;bentuk\nA;PNS;X;2024-08-10;apk\n|FORCE-COMMA
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,30/02/2024,apk\n|:2: tanggal_kejadian: '30/02/2024' is not a valid date (February 2024 has 29 days)
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,nip\nA,PNS,X,2024-08-10,apk,19851301 201012 2 001\n|:2: nip: '19851301 201012 2 001' has no valid birth date (month 13)
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10,medsos\n|:2: bentuk: unknown bentuk 'medsos' (valid: apk, medsos-kampanye
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,pemilihan\nA,PNS,X,2024-08-10,apk,PILKADA2029\n|:2: pemilihan: unknown contest 'PILKADA2029' (valid:
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,status\nA,PNS,X,2024-08-10,apk,ditutup\n|:2: status: unknown status 'ditutup' (valid: dilaporkan
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,ASN,X,2024-08-10,apk\n|:2: jenis_pegawai: unknown employee type 'ASN' (valid: PNS, PPPK, PPNPN)
nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\n,PNS,X,2024-08-10,apk\n|:2: nama: missing (required)
TABLE
}

@test "each bad file is refused with its line, status 3, and the database unchanged" {
	netral import "$IMP/dasar.csv"
	before=$(db_state)
	while IFS='|' read -r content want; do
		printf "$content" > bad.csv
		if [ "$want" = FORCE-COMMA ]; then
			run --separate-stderr netral import --delimiter , bad.csv
			want=":1: header: one column 'nama;jenis_pegawai;instansi;tanggal_kejadian;bentuk': is the delimiter wrong? (see --delimiter)"
		else
			run --separate-stderr netral import bad.csv
		fi
		echo "$content -> $status: $stderr"
		[ "$status" -eq 3 ]
		[[ "$stderr" == *"bad.csv$want"* ]]
		[ "$(db_state)" = "$before" ]
	done < <(bad_files)
}

@test "a field over its limit is refused, naming the limit" {
	{ echo "$HEAD,uraian"; printf 'A,PNS,X,2024-08-10,apk,%s\n' "$(head -c 4001 /dev/zero | tr '\0' x)"; } > long.csv
	run --separate-stderr netral import long.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"long.csv:2: uraian: 4001 bytes long, the limit is 4000"* ]]
}

@test "every invalid row is reported, each at the line where its record starts" {
	{ echo "$HEAD,uraian"
	  echo 'A,PNS,X,2024-08-10,apk,"satu'
	  echo 'dua'
	  echo 'tiga"'
	  echo 'B,PNS,X,2024-13-10,apk,'
	  echo ''
	  echo 'C,PNS,X,2024-08-10,xyz,'
	  echo 'D,PNS,X,2024-08-10,apk,'; } > lines.csv
	run --separate-stderr netral import lines.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"lines.csv:5: tanggal_kejadian: '2024-13-10' is not a valid date (month 13)"* ]]
	[[ "$stderr" == *"lines.csv:7: bentuk: unknown bentuk 'xyz'"* ]]
	[[ "$stderr" == *"lines.csv: 2 invalid rows; nothing imported (fix them, or use --skip-invalid)"* ]]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 0 ]
}

@test "--skip-invalid imports the good rows; the reject file round-trips" {
	{ echo "$HEAD,uraian"
	  echo 'A,PNS,X,2024-08-10,apk,baik'
	  echo 'B,PNS,X,2024-13-10,apk,"=HYPERLINK(""x"")"'
	  echo 'C,PNS,X,2024-08-10,apk,baik juga'
	  echo 'D,ASN,X,2024-08-10,xyz,'; } > mix.csv
	run --separate-stderr netral import --skip-invalid --reject rej.csv mix.csv
	[ "$status" -eq 3 ]
	[ "$output" = "imported 2, duplicates 0, rejected 2" ]
	[ "$(stat -c %a rej.csv)" = 600 ]
	[ "$(sed -n 1p rej.csv)" = "$HEAD,uraian,baris,alasan" ]
	[[ "$(sed -n 2p rej.csv)" == "B,PNS,X,2024-13-10,apk,\"'=HYPERLINK(\"\"x\"\")\",3,tanggal_kejadian: '2024-13-10' is not a valid date (month 13)" ]]
	[[ "$(sed -n 3p rej.csv)" == *"D,ASN,X,2024-08-10,xyz,,5,\"jenis_pegawai: unknown employee type 'ASN'"*"; bentuk: unknown bentuk 'xyz'"* ]]
	# fix the two rows and import the reject file itself
	sed -i -e 's/2024-13-10/2024-10-10/' -e 's/,ASN,/,PNS,/' -e 's/,xyz,/,apk,/' rej.csv
	run netral import rej.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 2, duplicates 0, rejected 0" ]
	run --separate-stderr netral import mix.csv --skip-invalid
	[ "$output" = "imported 0, duplicates 2, rejected 2" ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 4 ]
}

@test "the reject file is written like the input: semicolons, CRLF, BOM" {
	printf '\xEF\xBB\xBFnama;jenis_pegawai;instansi;tanggal_kejadian;bentuk\r\nA;PNS;X;2024-13-01;apk\r\n' > x.csv
	run netral import --skip-invalid --reject rej.csv x.csv
	[ "$(head -c 3 rej.csv | od -An -tx1 | tr -d ' ')" = efbbbf ]
	grep -q $'^A;PNS;X;2024-13-01;apk;2;' rej.csv
	grep -q $'\r$' rej.csv
}

@test "--dry-run checks and counts but writes nothing, and creates no database" {
	run netral import --dry-run "$IMP/dasar.csv"
	[ "$status" -eq 0 ]
	[ "$output" = "$OPEN"$'\n'"dry run: would import 4, duplicates 0, rejected 0; nothing written" ]
	[ ! -e "$NETRAL_DB" ]
	netral import "$IMP/dasar.csv"
	before=$(db_state)
	run netral import -n "$IMP/dasar.csv"
	[ "$output" = "$OPEN"$'\n'"dry run: would import 0, duplicates 4, rejected 0; nothing written" ]
	[ "$(db_state)" = "$before" ]
}

@test "usage errors: no file, a missing file, --reject without --skip-invalid" {
	run netral import
	[ "$status" -eq 2 ]
	run --separate-stderr netral import nothing.csv
	[ "$status" -eq 6 ]   # a file that cannot be read, not a case that is not there
	[[ "$stderr" == *"cannot open 'nothing.csv'"* ]]
	run netral import --reject r.csv "$IMP/dasar.csv"
	[ "$status" -eq 2 ]
	[ ! -e "$NETRAL_DB" ]
}

@test "a list exported as CSV imports into another database as the same cases" {
	netral import "$IMP/dasar.csv"
	netral list --format csv > all.csv
	run netral --db other.db import all.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 4, duplicates 0, rejected 0" ]
	diff <(netral list --format csv | cut -d, -f2-) <(netral --db other.db list --format csv | cut -d, -f2-)
}

@test "a concurrent writer waits for the import instead of failing" {
	"$GEN" 30000 > big.csv
	netral init
	"$NETRAL" import -q big.csv &
	pid=$!
	sleep 0.3
	run add_case --tanggal-kejadian 2024-10-10
	wait $pid
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 30001 ]
}

@test "a large import builds again the indexes it set aside, an index of the user's own too" {
	netral init > /dev/null
	sqlite3 "$NETRAL_DB" 'CREATE INDEX "sumber ""sendiri""" ON kasus (sumber)'
	before=$(sqlite3 "$NETRAL_DB" "SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")
	"$GEN" 500 > big.csv
	netral import -q big.csv
	[ "$(sqlite3 "$NETRAL_DB" "SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")" = "$before" ]
	[[ "$before" == *'sumber "sendiri"'* ]]
	# and each is whole: the same rows as the table
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus INDEXED BY kasus_orang WHERE asal IS NULL')" = 500 ]
	[ "$(sqlite3 "$NETRAL_DB" 'PRAGMA integrity_check')" = ok ]
	# a second run of the same file, all duplicates, leaves them too
	netral import -q big.csv
	[ "$(sqlite3 "$NETRAL_DB" "SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")" = "$before" ]
}

@test "a file of duplicates sets no index aside: each index keeps its pages" {
	"$GEN" 500 > big.csv
	netral import -q big.csv
	# a dropped and rebuilt index has the same SQL, on other pages
	pages() { sqlite3 "$NETRAL_DB" "SELECT name, rootpage FROM sqlite_schema WHERE type = 'index' ORDER BY name"; }
	before=$(pages)
	run netral import big.csv
	[ "$status" -eq 0 ]
	[[ "$output" == *"imported 0, duplicates 500, rejected 0"* ]]
	[ "$(pages)" = "$before" ]
	# one new row among them: then the indexes are set aside and built
	# again, whole
	"$GEN" 501 > more.csv
	netral import -q more.csv
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus INDEXED BY kasus_orang WHERE asal IS NULL')" = 501 ]
	[ "$(sqlite3 "$NETRAL_DB" 'PRAGMA integrity_check')" = ok ]
}

@test "an import killed part-way leaves the database as it was, and can be run again" {
	"$GEN" 60000 > big.csv
	netral import "$IMP/dasar.csv"
	# the indexes a bulk import sets aside and builds again among them
	indexes() { sqlite3 "$NETRAL_DB" "SELECT sql FROM sqlite_schema WHERE type = 'index' ORDER BY name"; }
	before=$(indexes)
	for delay in 0.05 0.2 0.4; do
		"$NETRAL" import -q big.csv &
		pid=$!
		sleep $delay
		kill -9 $pid
		wait $pid || true
		[ "$(sqlite3 "$NETRAL_DB" 'PRAGMA integrity_check')" = ok ]
		[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 4 ]
		[ "$(indexes)" = "$before" ]
	done
	run netral import -q big.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 60004 ]
	[ "$(indexes)" = "$before" ]
	[[ "$before" == *"CREATE INDEX kasus_orang ON kasus (asal, nip, tanggal_kejadian, bentuk)"* ]]
}

@test "Ctrl-C stops an import: status 130, nothing imported, no reject file left" {
	"$GEN" 60000 > big.csv
	netral init
	"$NETRAL" import -q --skip-invalid --reject rej.csv big.csv &
	pid=$!
	sleep 0.3
	kill -INT $pid
	st=0
	wait $pid || st=$?
	echo "status $st"
	[ "$st" -eq 130 ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 0 ]
	[ ! -e rej.csv ]
	[ -z "$(ls -A | grep '^\.rej.csv')" ]
}

@test "headers as spreadsheets write them: spaces, case and the abbreviations of the alias table" {
	printf '%s\n' "No Laporan,Nama,Jenis Pegawai,Instansi,Tgl Kejadian,Tgl. Laporan,Bentuk,NIP Baru,Tanggal Lahir" \
		"12/LP/2024,Budi Santoso,Pegawai Negeri Sipil,Dinas X,2024-08-10,2024-08-12,apk,19680609 199503 1 003,1968-06-09" > h.csv
	run --separate-stderr netral import h.csv
	[ "$status" -eq 0 ]
	netral show 2024-0001 --format json > s.json
	[ "$(json_get s.json '$.no_laporan')" = "12/LP/2024" ]
	[ "$(json_get s.json '$.tanggal_laporan')" = "2024-08-12" ]
	[ "$(json_get s.json '$.jenis_pegawai')" = "PNS" ]
	[ "$(json_get s.json '$.tanggal_lahir')" = "1968-06-09" ]
	[ "$(json_get s.json '$.nip')" = "196806091995031003" ]
}

@test "a heading and its alias naming one column are refused as a column given twice" {
	netral init
	printf '%s\n' "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,Tgl Kejadian" "A,PNS,X,2024-08-10,apk,2024-08-11" > h.csv
	run --separate-stderr netral import h.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"h.csv:1: header: column 'tanggal_kejadian' appears twice (columns 4 and 6)"* ]]
}

@test "an import says how many cases it left unclassified and where to look" {
	printf '%s\n' "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk" \
		"A,PNS,X,2024-02-01,apk" "B,PNS,X,2024-10-01,apk" "C,PNS,X,2024-02-02,apk" > o.csv
	run --separate-stderr netral import --dry-run o.csv
	[[ "$stderr" == *"2 cases unclassified"*"netral list --jenis belum_diklasifikasi"*"pemilihan"* ]]
	run --separate-stderr netral import o.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 3, duplicates 0, rejected 0" ]
	[[ "$stderr" == *"2 cases unclassified"* ]]
	run netral list --jenis belum_diklasifikasi --format csv
	[ "${#lines[@]}" -eq 3 ]
	# a second run imports nothing and has nothing to say of it
	run --separate-stderr netral import o.csv
	[ "$output" = "imported 0, duplicates 3, rejected 0" ]
	[[ "$stderr" != *unclassified* ]]
	# -q keeps it quiet
	printf '%s\n' "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk" "D,PNS,X,2024-02-03,apk" > p.csv
	run --separate-stderr netral import -q p.csv
	[ -z "$stderr" ]
}

@test "every header problem is reported at once, every missing required column named" {
	netral init
	printf '%s\n' "nama,alamat,bentuk,telepon" "A,Jl,apk,1" > h.csv
	before=$(db_state)
	run --separate-stderr netral import h.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"h.csv:1: header: unknown column 'alamat'"* ]]
	[[ "$stderr" == *"h.csv:1: header: unknown column 'telepon'"* ]]
	[[ "$stderr" == *"h.csv:1: header: missing column 'jenis_pegawai'"* ]]
	[[ "$stderr" == *"h.csv:1: header: missing column 'instansi'"* ]]
	[[ "$stderr" == *"h.csv:1: header: missing column 'tanggal_kejadian'"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "a reject file imported again as it is: its cells unmarked once, its own columns not doubled" {
	printf "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,uraian\nBudi,PNS,Kab X,2024-13-40,apk,'=SUM(A1)\n" > in.csv
	run netral import --skip-invalid --reject rej1.csv in.csv
	[ "$status" -eq 3 ]
	# the formula keeps the one mark it came with
	[ "$(sed -n 2p rej1.csv | cut -d, -f6)" = "\"'=SUM(A1)\"" ]
	run netral import --skip-invalid --reject rej2.csv rej1.csv
	[ "$(head -1 rej2.csv)" = "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,uraian,baris,alasan" ]
	[ "$(sed -n 2p rej2.csv | cut -d, -f6)" = "\"'=SUM(A1)\"" ]
	# fixed in place, it imports as the value was typed
	sed -i 's/2024-13-40/2024-10-04/' rej2.csv
	run netral import rej2.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT uraian FROM kasus")" = "=SUM(A1)" ]
}

@test "a cell that is not UTF-8 in a column --ignore-unknown passes over is named by its header" {
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,lain\nSiti,PNS,Kota Batang,2024-08-10,apk,\377\n' > y.csv
	run --separate-stderr netral import --ignore-unknown y.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == 'y.csv:2: lain: is not valid UTF-8 (byte 0xFF; save the file as "CSV UTF-8")'* ]]
}
