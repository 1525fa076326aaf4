#!/usr/bin/env bats
# Paths other tests leave aside: the real clock, a terminal, the rows and
# headers an import meets rarely, the fields of the prevention records.

load helper

@test "without NETRAL_TODAY the day is the clock's; a NETRAL_TODAY that is no date is refused" {
	unset NETRAL_TODAY
	run add_case --tanggal-kejadian 2024-08-10
	[ "$status" -eq 0 ]
	run --separate-stderr add_case --nama B --tanggal-kejadian 2099-12-31 --pemilihan PILKADA2024
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"tanggal_kejadian: 2099-12-31 is after today ($(date +%Y-%m-%d))"* ]]
	NETRAL_TODAY=25/11/2026 run --separate-stderr netral overdue
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: NETRAL_TODAY: '25/11/2026' is not a date in YYYY-MM-DD form" ]
}

@test "-q keeps warnings back; an output that cannot be written is an error" {
	add_case --nip "19680609 199503 1 003" --tanggal-lahir 1968-06-10 > /dev/null
	run --separate-stderr netral -q add --nama B --jenis-pegawai PNS --instansi X --tanggal-kejadian 2024-08-10 \
		--bentuk apk --nip "19680609 199503 1 003" --tanggal-lahir 1968-06-10
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	run --separate-stderr netral add --nama C --jenis-pegawai PNS --instansi X --tanggal-kejadian 2024-08-10 \
		--bentuk apk --nip "19680609 199503 1 003" --tanggal-lahir 1968-06-10
	[[ "$stderr" == *"warning: tanggal_lahir: 1968-06-10 differs from the birth date in the NIP"* ]]
	run --separate-stderr sh -c "'$NETRAL' list > /dev/full"
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot write the output: No space left on device" ]
}

# Runs a shell command line on a terminal, typing $ANSWER into it.
on_terminal() {
	printf '%s\n' "${ANSWER:-}" | script -qec "$1" /dev/null
}

@test "on a terminal: an import shows its progress and clears it; a move of cases read from a pipe asks the terminal" {
	"$GEN" 3000 > big.csv
	run on_terminal "'$NETRAL' import big.csv"
	[ "$status" -eq 0 ]
	# the line of progress is wiped before the summary
	[[ "$output" == *$'\r\033[K'"imported 3,000, duplicates 0"* ]]
	before=$(db_state)
	ANSWER=n run on_terminal "printf '2024-0001\n2024-0002\n2024-0003\n' | '$NETRAL' status - verifikasi"
	[[ "$output" == *"move 3 cases to verifikasi?"* ]]
	[ "$(db_state)" = "$before" ]
	ANSWER=y run on_terminal "printf '2024-0001\n2024-0002\n2024-0003\n' | '$NETRAL' status - verifikasi"
	[ "$(netral list --status verifikasi --format ids | wc -l)" -eq 3 ]
}

@test "import: a bad byte beyond the header's columns, or under an unnamed one, is named by its column's number" {
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10,apk,\xff\n' > k.csv
	run --separate-stderr netral import k.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"k.csv:2: column 6: is not valid UTF-8 (byte 0xFF"* ]]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,\nA,PNS,X,2024-08-10,apk,\xfe\n' > k.csv
	run --separate-stderr netral import k.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"k.csv:2: column 6: is not valid UTF-8 (byte 0xFE"* ]]
	# a named column is named
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,uraian\nA,PNS,X,2024-08-10,apk,\xfe\n' > k.csv
	run --separate-stderr netral import k.csv
	[[ "$stderr" == *"k.csv:2: uraian: is not valid UTF-8"* ]]
}

@test "import: a header of more than 4096 columns, an origin that is no name, an update of no case" {
	{ printf 'nama'; for i in $(seq 1 4096); do printf ',c%d' "$i"; done; printf '\n'; } > wide.csv
	run --separate-stderr netral import wide.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == "netral: wide.csv:1: header: more than 4096 columns"* ]]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10,apk\n' > k.csv
	run --separate-stderr netral asal add $'Kab\001X' --kode 1
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"NAME: contains the control character U+0001"* ]]
	# a case number a list gives, of a case this database does not have
	printf 'nomor,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\n2024-0099,A,PNS,X,2024-08-10,apk\n' > u.csv
	netral init > /dev/null
	before=$(db_state)
	run --separate-stderr netral import --update u.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"u.csv:2: nomor: no such case to update"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "the prevention records' fields: required, a number, a contest, no control characters, UTF-8" {
	netral unit add "Dinas A" --asn 2 > /dev/null
	printf 'unit,jenis,tanggal,peserta,pemilihan,catatan,dokumen\n,ikrar,2024-07-01,,,,\nDinas A,,2024-07-01,,,,\nDinas A,ikrar,2024-07-01,x,,,\nDinas A,ikrar,2024-07-01,,NOPE,,\nDinas A,ikrar,2024-07-01,,,"a\001b",\nDinas A,ikrar,2024-07-01,,,,"d\002"\n' > k.csv
	run --separate-stderr netral kegiatan import k.csv
	[ "$status" -eq 3 ]
	[ "$stderr" = "$(printf '%s\n' "k.csv:2: unit: required" \
		"k.csv:3: jenis: required (valid: ikrar, pakta, tim-internal, sosialisasi, titik-rawan)" \
		"k.csv:4: peserta: 'x' is not a whole number" \
		"k.csv:5: pemilihan: unknown contest 'NOPE' (valid: PILKADA2020, PEMILU2024-PILEG, PEMILU2024-PILPRES, PILKADA2024; add one with 'netral election add')" \
		"k.csv:6: catatan: contains the control character U+0001 at byte 2" \
		"k.csv:7: dokumen: contains the control character U+0002 at byte 2" \
		"netral: k.csv: 6 invalid rows; nothing imported (fix them, or use --skip-invalid)")" ]
	printf 'nama,nip,unit,tanggal\nA,,,2024-07-01\n' > p.csv
	run --separate-stderr netral pakta import --pemilihan PILKADA2024 p.csv
	[[ "$stderr" == "p.csv:2: unit: required"* ]]
	run --separate-stderr netral unit add $'Dinas \xff'
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: NAME: is not valid UTF-8 (byte 0xFF at 7)" ]
	run --separate-stderr netral unit add $'Dinas \001'
	[ "$stderr" = "netral: NAME: contains the control character U+0001 at byte 7" ]
	izin() {
		netral izin add --nama R --nip "19850412 201001 2 015" --jabatan Staf --peran KPPS --sk-penunjukan 1 \
			--pemberi-nama B --pemberi-nip "19680101 199003 1 007" --pemberi-jabatan Kepala \
			--tanggal 2024-10-01 --pemilihan PILKADA2024 "$@"
	}
	run --separate-stderr izin --nama ""
	[ "$stderr" = "netral: --nama: required" ]
	run --separate-stderr izin --nama $'R\001'
	[ "$stderr" = "netral: --nama: contains the control character U+0001 at byte 2" ]
	run --separate-stderr izin --pemberi-nip ""
	[ "$stderr" = "netral: --pemberi-nip: required" ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kegiatan') $(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM izin')" = "0 0" ]
}

@test "the compliance table says a duty late or not yet due; with no units, says how to record them" {
	netral init > /dev/null
	run netral kepatuhan --pemilihan PEMILU2024-PILEG --per 2023-03-01
	[ "$status" -eq 0 ]
	[[ "$output" == *"no units: 'netral unit add' or 'netral unit import' records them"* ]]
	netral kepatuhan --pemilihan PEMILU2024-PILEG --per 2023-03-01 --format html --output k.html
	grep -q '<p>No units recorded.</p>' k.html
	netral unit add "Dinas A" --asn 2 > /dev/null
	# an agency's circular that sets a deadline
	mkdir aturan
	cp "$BATS_TEST_DIRNAME/../../data/examples/aturan-kotawaringin-barat/jadwal_instansi.csv" aturan/
	netral rules load aturan > /dev/null 2>&1
	run netral kepatuhan --pemilihan PILKADA2024 --per 2023-02-20
	[[ "$output" == *"Dinas A  berjalan  not yet (by 2023-02-28)"* ]]
	run netral kepatuhan --pemilihan PILKADA2024 --per 2023-03-01
	[ "$status" -eq 1 ]
	[[ "$output" == *"Dinas A  tertinggal  LATE (by 2023-02-28)"* ]]
}

@test "the summary page names its selection: contests, agency and days" {
	add_case --instansi "Kabupaten Batang" --pemilihan PILKADA2024 > /dev/null
	netral export --format html --pemilihan PILKADA2024 --pemilihan PEMILU2024-PILEG \
		--instansi "Kabupaten Batang" --from 2024-01-01 --to 2024-12-31 --output r.html
	xmllint --noout r.html
	grep -q ' — PILKADA2024, PEMILU2024-PILEG' r.html
	grep -q ' · Kabupaten Batang' r.html
	grep -q ' · 2024-01-01 – 2024-12-31' r.html
	netral export --format html --to 2024-12-31 --output s.html
	grep -q ' ·  – 2024-12-31' s.html
}

teardown() {
	[ -z "${SHARED:-}" ] || rm -rf "$SHARED"
}

@test "an operator without a name in the system is 'unknown'" {
	[ "$(id -u)" -eq 0 ] || skip "only root can run as a user the system does not name"
	# a folder that user reaches
	SHARED=$(mktemp -d /tmp/netral-test.XXXXXX)
	chmod 777 "$SHARED"
	export NETRAL_DB="$SHARED/n.db"
	add_case > /dev/null
	chmod 666 "$NETRAL_DB"
	unset NETRAL_OPERATOR
	# a user id no line of /etc/passwd names
	! getent passwd 54321
	setpriv --reuid=54321 --regid=54321 --clear-groups "$NETRAL" blokir 2024-0001
	[ "$(sqlite3 "$NETRAL_DB" "SELECT operator FROM peristiwa WHERE jenis = 'blokir'")" = unknown ]
}

@test "without XDG_DATA_HOME the database is under HOME; a path too long is refused" {
	unset NETRAL_DB XDG_DATA_HOME
	HOME="$BATS_TEST_TMPDIR/home" run netral init
	[ "$status" -eq 0 ]
	[ -f "$BATS_TEST_TMPDIR/home/.local/share/netral/netral.db" ]
	[ "$(stat -c %a "$BATS_TEST_TMPDIR/home/.local/share/netral")" = 700 ]
	run --separate-stderr netral --db "/$(printf 'a%.0s' $(seq 1 5000))" list
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: database path too long" ]
}

@test "an import that cannot read its file, or meets a quote that never closes, stops and imports nothing" {
	netral init > /dev/null
	before=$(db_state)
	run --separate-stderr netral import /proc/self/mem
	[ "$status" -eq 6 ]
	[[ "$stderr" == "netral: cannot read '/proc/self/mem': Input/output error"* ]]
	mkdir d
	run --separate-stderr netral import d
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: 'd' is a directory" ]
	# a quote left open swallows the lines after it, up to the limit of a record
	{ echo 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk'; printf 'A,PNS,"X\n'
	  for i in $(seq 1 12000); do printf '%0100d\n' 0; done; } > open.csv
	run --separate-stderr netral import open.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == "netral: open.csv:2: record longer than 1048576 bytes (an unterminated quote?)"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "the environment and the options at their edges: timeouts, locations, limits, delimiters, case numbers" {
	add_case > /dev/null
	for t in x -5 99999999999 "12 "; do
		NETRAL_BUSY_TIMEOUT="$t" run --separate-stderr netral list
		[ "$status" -eq 2 ]
		[ "$stderr" = "netral: NETRAL_BUSY_TIMEOUT: '$t' is not a number of milliseconds" ]
	done
	NETRAL_BUSY_TIMEOUT= run netral list --format ids
	[ "$output" = 2024-0001 ]
	# an empty --db is none given; a relative XDG_DATA_HOME is ignored
	run netral --db "" list --format ids
	[ "$output" = 2024-0001 ]
	NETRAL_DB= XDG_DATA_HOME=relative HOME= run --separate-stderr netral list
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: no database location: give --db, or set NETRAL_DB or HOME" ]
	run --separate-stderr netral list --limit 0
	[[ "$stderr" == "netral list: --limit: '0' is not a whole number from 1 to 1000000000"* ]]
	run --separate-stderr netral list --limit 5x
	[[ "$stderr" == "netral list: --limit: '5x' is not a whole number from 1 to 1000000000"* ]]
	run --separate-stderr netral list --delimiter '"' --format csv
	[[ "$stderr" == "netral list: the delimiter must be one character or 'tab', not '\"'"* ]]
	[ "$(netral list --delimiter '\t' --format csv | head -1 | cut -f1-2)" = "$(printf 'nomor\tno_laporan')" ]
	run --separate-stderr netral list -Z
	[ "$status" -eq 2 ]
	[[ "$stderr" == "netral list: unknown option '-Z'"* ]]
	# the same case named twice moves once; standard input that cannot be read
	run netral status 2024-0001 2024-0001 verifikasi
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM peristiwa WHERE jenis = 'status'")" = 1 ]
	run --separate-stderr netral status - tidak_terbukti < "$BATS_TEST_TMPDIR"
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot read standard input" ]
	run --separate-stderr netral status verifikasi
	[ "$status" -eq 2 ]
}

@test "the operator, the day, the indications and a unit's update at their edges" {
	add_case > /dev/null
	# an empty --operator or NETRAL_OPERATOR is none given
	NETRAL_OPERATOR=clerk run netral --operator "" blokir 2024-0001
	[ "$(sqlite3 "$NETRAL_DB" "SELECT operator FROM peristiwa WHERE jenis = 'blokir'")" = clerk ]
	run --separate-stderr netral --operator "$(printf 'x%.0s' $(seq 1 64))" blokir --lepas 2024-0001
	[ "$status" -eq 2 ]
	[[ "$stderr" == "netral: operator 'xxxx"*"': at most 63 bytes of UTF-8 text without control characters" ]]
	run --separate-stderr netral --operator $'a\001b' blokir --lepas 2024-0001
	[ "$status" -eq 2 ]
	for t in 2024-1-101 2024x01-01 20240-1-01 2024-01-1x; do
		NETRAL_TODAY=$t run --separate-stderr netral overdue
		[ "$stderr" = "netral: NETRAL_TODAY: '$t' is not a date in YYYY-MM-DD form" ]
	done
	# indications: blanks, empty items and repeats are no more than the list
	add_case --nama I --indikasi "fasilitas,, kewenangan ;fasilitas" > /dev/null
	[ "$(sqlite3 "$NETRAL_DB" "SELECT indikasi FROM kasus WHERE nama = 'I'")" = kewenangan,fasilitas ]
	netral unit add "Dinas Q" --kepala K --asn 2 > /dev/null
	run netral unit add "Dinas Q" --asn 3
	[ "$output" = "updated unit 'Dinas Q': jumlah_asn: 2 → 3" ]
	run netral unit add "Dinas Q" --kepala L --ppnpn 1
	[ "$output" = "updated unit 'Dinas Q': kepala: K → L; jumlah_ppnpn: 0 → 1" ]
}

@test "the summary at the terminal names its contests and days" {
	add_case --pemilihan PILKADA2024 $PROVEN --status terbukti > /dev/null
	run netral export --format table --pemilihan PILKADA2024 --from 2024-01-01
	[ "${lines[0]}" = "Rekap pelanggaran netralitas — PILKADA2024 (2024-01-01 .. )" ]
	run netral export --format table --to 2024-12-31
	[ "${lines[0]}" = "Rekap pelanggaran netralitas ( .. 2024-12-31)" ]
	netral export --format json --pemilihan PILKADA2024 > r.json
	[ "$(json_get r.json '$.pilihan.pemilihan[0]')" = PILKADA2024 ]
}

@test "an activities import with a bad row and one in no schedule says both; -q keeps the second back" {
	netral unit add "Dinas A" --asn 2 > /dev/null
	printf 'unit,jenis,tanggal\nDinas A,ikrar,2021-01-04\nDinas A,bogus,2024-07-01\n' > k.csv
	run --separate-stderr netral kegiatan import --skip-invalid k.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"netral: warning: 1 activity is in no contest's schedule (jadwal.csv): it is in no compliance report"* ]]
	printf 'unit,jenis,tanggal\nDinas A,ikrar,2021-01-11\n' > l.csv
	run --separate-stderr netral kegiatan import -q l.csv
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
}

@test "putusan --hapus takes no other option; the log across cases hides personal values unless asked" {
	add_case --bentuk lainnya > /dev/null
	run --separate-stderr netral putusan 2024-0001 --hapus --jenis disiplin_sedang
	[ "$status" -eq 2 ]
	[[ "$stderr" == "netral putusan: --hapus removes the decision: it takes no other option"* ]]
	netral edit 2024-0001 --tanggal-lahir 1980-01-01 --nik 3302151206850001 > /dev/null 2>&1
	run netral history --format csv
	[[ "$output" == *",ubah,nik,,(hidden; --pribadi shows it),,"* ]]
	[[ "$output" == *",ubah,tanggal_lahir,,(hidden; --pribadi shows it),,"* ]]
	run netral history --format csv --pribadi
	[[ "$output" == *",ubah,tanggal_lahir,,1980-01-01,,"* ]]
}

@test "a pact with neither a list nor a claim has no source in the JSON report; a reject file of a unit import imports again" {
	netral unit add "Dinas A" --asn 2 > /dev/null
	netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-10 --format json > k.json || true
	[ "$(sqlite3 :memory: "SELECT json_type(readfile('k.json'), '\$[0].pakta.sumber')")" = null ]
	printf 'nama,jumlah_asn\nB,x\n' > u.csv
	netral unit import -q --skip-invalid --reject rej.csv u.csv || true
	[ "$(cat rej.csv)" = "$(printf '%s\n' nama,jumlah_asn,baris,alasan "B,x,2,jumlah_asn: 'x' is not a whole number")" ]
	# corrected in place: its own columns are not a unit's
	sed -i 's/^B,x,/B,4,/' rej.csv
	run netral unit import rej.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT jumlah_asn FROM unit WHERE nama = 'B'")" = 4 ]
	mkdir od
	run netral export --output-dir od --format csv
	[ "$status" -eq 0 ]
	[ -f od/rekap-2026-11-25-ringkasan.csv ]
}

@test "another agency's case number, kept as its origin's, is checked as a value" {
	netral asal add "Kab Y" --kode Y > /dev/null
	printf 'nomor,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\n%s,A,PNS,X,2024-08-10,apk\n' "$(printf 'N%.0s' $(seq 1 33))" > a.csv
	run --separate-stderr netral import --asal "Kab Y" a.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == "a.csv:2: nomor: 33 bytes long, the limit is 32"* ]]
	printf 'nomor,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\n"7\001",A,PNS,X,2024-08-10,apk\n' > b.csv
	run --separate-stderr netral import --asal "Kab Y" b.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == "b.csv:2: nomor: contains the control character U+0001 at byte 2"* ]]
}

@test "a name with a C1 control is refused; a note's line breaks and tabs are kept, and a table shows it on one line" {
	netral unit add "Dinas A" --asn 2 > /dev/null
	run --separate-stderr netral unit add $'Dinas \xc2\x9b'
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: NAME: contains the control character U+009B at byte 7" ]
	netral kegiatan add "Dinas A" --jenis ikrar --tanggal 2024-07-01 --catatan $'apel\r\npagi\tlapangan' > /dev/null
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT catatan FROM kegiatan')" = $'apel\r\npagi\tlapangan' ]
	run netral kegiatan list
	[[ "${lines[2]}" == "Dinas A  ikrar  2024-07-01                      apel  pagi lapangan"* ]]
	# a unit file on standard input
	printf 'nama\nDinas S\n' | netral unit import - > /dev/null
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM unit WHERE nama = 'Dinas S'")" = 1 ]
}

@test "the moves a case can make, for the completion; a letter template that is a folder" {
	add_case > /dev/null
	[ "$(netral complete next 2024-0001 | tr '\n' ' ')" = "verifikasi tidak_terbukti batal " ]
	run netral complete next x
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	netral izin add --nama R --nip "19850412 201001 2 015" --jabatan Staf --peran KPPS --sk-penunjukan 1 \
		--pemberi-nama B --pemberi-nip "19680101 199003 1 007" --pemberi-jabatan Kepala \
		--tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	mkdir tdir
	run --separate-stderr netral izin surat IZ-2024-0001 --template tdir
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: 'tdir' is not a file" ]
}

@test "a contest given by edit is a change of the case; a unit's head given at last; searches by an agency's word" {
	add_case --bentuk lainnya --instansi "Kab. Batang 7" > /dev/null
	run netral edit 2024-0001 --pemilihan PEMILU2024-PILEG
	[ "$status" -eq 0 ]
	run netral history 2024-0001 --format csv
	[[ "$output" == *",ubah,pemilihan,PILKADA2024,PEMILU2024-PILEG,,"* ]]
	[[ "$output" == *",klasifikasi,pemilihan_disimpulkan,1,0,,"* ]]
	run netral putusan 2024-0001 --hapus --catatan x
	[ "$status" -eq 2 ]
	printf 'nama\nDinas K\n' > u.csv
	netral unit import -q u.csv
	run netral unit add "Dinas K" --kepala Budi
	[ "$output" = "updated unit 'Dinas K': kepala: - → Budi" ]
	# whole words of the name, folded: not a part of one
	for w in batang "kab. batang" 7 KAB; do
		[ "$(netral list --instansi "$w" --format ids)" = 2024-0001 ] || { echo "$w"; false; }
	done
	for w in bat -x é 70; do
		[ -z "$(netral list --instansi "$w" --format ids)" ] || { echo "$w"; false; }
	done
}

@test "a case with a NIP in no contest mentions no permit; the compliance JSON names the pact's source" {
	add_case --nama R --tanggal-kejadian 2022-01-10 --bentuk apk --nip 198504122010012015 > /dev/null
	run netral show 2022-0001
	[[ "$output" != *izin* ]]
	printf 'nama,kepala,jumlah_asn,jumlah_ppnpn\nDinas A,X,1,0\nDinas B,Y,1,0\n' > unit.csv
	netral unit import -q unit.csv
	netral kegiatan add "Dinas A" --jenis pakta --tanggal 2024-07-01 --peserta 1 --pemilihan PILKADA2024 > /dev/null
	printf 'nama,nip,unit,tanggal\nS,,Dinas B,2024-07-02\n' > p.csv
	netral pakta import -q --pemilihan PILKADA2024 p.csv
	netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-10 --format json > k.json || true
	[ "$(sqlite3 :memory: "SELECT group_concat(json_extract(value, '\$.unit') || '=' || json_extract(value, '\$.pakta.sumber'), ' ') FROM json_each(readfile('k.json'))")" = "Dinas A=klaim Dinas B=daftar" ]
}

@test "a move of three cases is confirmed by Y too; an answer that never comes is a no" {
	for n in A B C; do add_case --nama $n > /dev/null; done
	ANSWER=Y run on_terminal "'$NETRAL' status 2024-0001 2024-0002 2024-0003 verifikasi"
	[ "$(netral list --status verifikasi --format ids | wc -l)" -eq 3 ]
	before=$(db_state)
	run script -qec "'$NETRAL' status 2024-0001 2024-0002 2024-0003 tidak_terbukti" /dev/null < /dev/null
	[[ "$output" == *"move 3 cases to tidak_terbukti?"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "a letter template with '{{' left open on its line is refused, naming the line" {
	netral izin add --nama R --nip "19850412 201001 2 015" --jabatan Staf --peran KPPS --sk-penunjukan 1 \
		--pemberi-nama B --pemberi-nip "19680101 199003 1 007" --pemberi-jabatan Kepala \
		--tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	printf 'Izin {{nomor}} untuk {{nama\n}}\n' > t.txt
	run --separate-stderr netral izin surat IZ-2024-0001 --template t.txt
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: t.txt:1: '{{' without '}}'" ]
	printf 'Izin {{nomor}}\n}} {{\n' > u.txt
	run --separate-stderr netral izin surat IZ-2024-0001 --template u.txt
	[ "$stderr" = "netral: u.txt:2: '{{' without '}}'" ]
}
