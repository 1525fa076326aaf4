#!/usr/bin/env bats
# A record that can be trusted on every path: nothing silently lost,
# altered, leaked or bypassed.

load helper

@test "codes match in any letter case by ASCII rules, whatever the locale" {
	mkdir loc
	# exit 1 is a warning of localedef (the locale is written)
	localedef -i tr_TR -f UTF-8 "$BATS_TEST_TMPDIR/loc/tr_TR.UTF-8" || [ $? -eq 1 ]
	[ -d loc/tr_TR.UTF-8 ]
	export LOCPATH="$BATS_TEST_TMPDIR/loc"
	run env LC_ALL=tr_TR.UTF-8 "$NETRAL" add --nama A --jenis-pegawai pns --instansi X \
		--tanggal-kejadian 2024-10-01 --bentuk medsos-kampanye --pemilihan pilkada2024
	[ "$status" -eq 0 ]
	[[ "$output" == *"pemilihan: PILKADA2024"* ]]
	run env LC_ALL=tr_TR.UTF-8 "$NETRAL" list --pemilihan pilkada2024 --jenis-pegawai pns
	[ "$status" -eq 0 ]
	[[ "$output" == *"2024-0001"* ]]
}

@test "smaller promises: a FIFO is no database, a bad timeout is an error, backup spares its own files" {
	mkfifo fifo.db
	run timeout 10 "$NETRAL" --db fifo.db list
	[ "$status" -eq 2 ]
	[[ "$output" == *"'fifo.db' is not a regular file"* ]]
	add_case > /dev/null
	run --separate-stderr env NETRAL_BUSY_TIMEOUT=abc "$NETRAL" list
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"NETRAL_BUSY_TIMEOUT: 'abc' is not a number of milliseconds"* ]]
	before=$(db_state)
	run --separate-stderr netral backup "$NETRAL_DB"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"is the database or one of its files"* ]]
	run --separate-stderr netral backup "$NETRAL_DB-wal"
	[ "$status" -eq 2 ]
	run --separate-stderr netral backup "$(dirname "$NETRAL_DB")/./$(basename "$NETRAL_DB")-shm"
	[ "$status" -eq 2 ]
	[ "$(db_state)" = "$before" ]
	run --separate-stderr netral import nothing.csv
	[ "$status" -eq 6 ]
}

@test "an odd schema version says what the file is" {
	add_case > /dev/null
	sqlite3 "$NETRAL_DB" "PRAGMA user_version = -3"
	run --separate-stderr netral list
	[ "$status" -eq 5 ]
	[[ "$stderr" == *"marked as a netral database but has schema version -3, which no netral writes"* ]]
	sqlite3 "$NETRAL_DB" "PRAGMA user_version = 0"
	run --separate-stderr netral list
	[ "$status" -eq 5 ]
	[[ "$stderr" == *"schema version 0, which no netral writes"* ]]
}

@test "counts are grammatical: 1 case, 2 cases, in English and Indonesian" {
	netral init > /dev/null
	run netral check
	[[ "$output" == "check: ok (0 cases, 1 event; "* ]]
	add_case > /dev/null
	run netral check
	[[ "$output" == "check: ok (1 case, 2 events; "* ]]
	run env LANGUAGE=id LC_ALL=C.UTF-8 "$NETRAL" check
	[[ "$output" == "periksa: semua cocok (1 kasus, 2 peristiwa; "* ]]
	run netral edit 2024-0001 --jabatan Camat
	[[ "$output" == "2024-0001: 1 field changed"* ]]
}

@test "the reporter's contact stays out of history and show's history unless --kontak" {
	add_case --kontak-pelapor "0812-1111-2222" > /dev/null
	run netral edit 2024-0001 --kontak-pelapor "0813-3333-4444"
	[ "$status" -eq 0 ]
	[[ "$output" != *"0812"* && "$output" != *"0813"* ]]
	[[ "$output" == *"kontak_pelapor: changed"* ]]
	for fmt in table csv json; do
		run netral history 2024-0001 --format $fmt
		[[ "$output" == *kontak_pelapor* ]]
		[[ "$output" != *"0812"* && "$output" != *"0813"* ]]
		run netral show 2024-0001 --format $fmt
		[[ "$output" != *"0812"* && "$output" != *"0813"* ]]
	done
	run netral history 2024-0001 --kontak
	[[ "$output" == *"0812-1111-2222"*"0813-3333-4444"* ]]
	run netral show 2024-0001 --format json --kontak
	[[ "$output" == *"0812-1111-2222"* ]]
}

@test "a database left readable by others is made private again when opened for writing" {
	unset NETRAL_DB
	export XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg"
	add_case > /dev/null
	db="$XDG_DATA_HOME/netral/netral.db"
	chmod 0644 "$db"
	chmod 0755 "$XDG_DATA_HOME/netral"
	: > "$db-wal"; chmod 0666 "$db-wal"
	netral list > /dev/null   # reading changes nothing
	[ "$(stat -c %a "$db")" = 644 ]
	add_case --nama B > /dev/null
	[ "$(stat -c %a "$db")" = 600 ]
	[ "$(stat -c %a "$XDG_DATA_HOME/netral")" = 700 ]
	if [ -e "$db-wal" ]; then [ "$(stat -c %a "$db-wal")" = 600 ]; fi
	# a directory of the user's choosing is not changed, but a risky one is named
	mkdir open && chmod 0777 open
	run --separate-stderr netral --db open/n.db init
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"others may write into 'open'"* ]]
	[ "$(stat -c %a open)" = 777 ]
}

@test "names and codes are refused with control characters, and too long rather than cut" {
	run --separate-stderr netral election add ULANG2025 --nama $'Ulang\e[2J' --penetapan 2025-07-22 \
		--kampanye-mulai 2025-07-25 --kampanye-selesai 2025-08-23 --pemungutan 2025-08-27
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"nama: contains the control character U+001B"* && "$stderr" != *$'\e'* ]]
	long=$(printf 'X%.0s' $(seq 1 300))
	run --separate-stderr netral election add "$long" --nama Ulang --penetapan 2025-07-22 \
		--kampanye-mulai 2025-07-25 --kampanye-selesai 2025-08-23 --pemungutan 2025-08-27
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"kode: 300 bytes long, the limit is 64"* ]]
	run netral election
	[[ "$output" != *XXXXXXXX* ]]
	run --separate-stderr netral --operator $'rina\a' add --nama A --jenis-pegawai PNS --instansi X \
		--tanggal-kejadian 2024-08-10 --bentuk apk
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"operator 'rina?': at most 63 bytes"* ]]
	run --separate-stderr env NETRAL_OPERATOR="$long" "$NETRAL" add --nama A --jenis-pegawai PNS \
		--instansi X --tanggal-kejadian 2024-08-10 --bentuk apk
	[ "$status" -eq 2 ]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,catatan\x07\nA,PNS,X,2024-08-10,apk,\n' > h.csv
	run --separate-stderr netral import --ignore-unknown h.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"h.csv:1: header: column 6: contains the control character U+0007"* ]]
	mkdir r && cp "$RULES"/*.csv r/
	sed -i "s/^apk,/apk-$long,/" r/bentuk.csv
	run --separate-stderr netral rules check r
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"bentuk.csv:2: kode: 304 bytes long, the limit is 32"* ]]
	cp "$RULES"/bentuk.csv r/
	sed -i 's/^\(apk,[^,]*\)/\1\x1b[31m/' r/bentuk.csv
	run --separate-stderr netral rules check r
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"contains the control character U+001B"* ]]
}

@test "an import never ends early: a read that fails is an error, a line has a bounded length" {
	[ -z "${NETRAL_SANITIZED:-}" ] || skip "the sanitizers reserve more address space than the limit"
	{ echo "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk"
	  echo "A,PNS,X,2024-08-10,apk"
	  printf 'B,PNS,'; head -c 30000000 /dev/zero | tr '\0' 'x'; echo ",2024-08-10,apk"
	  echo "C,PNS,X,2024-08-10,apk"; } > big.csv
	run --separate-stderr bash -c "ulimit -v 25000; exec '$NETRAL' import big.csv"
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"big.csv:3: record longer than 1048576 bytes"* ]]
	[ ! -e "$NETRAL_DB" ] || [ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 0 ]
	# no newline at all, and an endless file: a quick refusal in bounded memory
	run --separate-stderr bash -c "ulimit -v 25000; exec timeout 20 '$NETRAL' import /dev/zero"
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"record longer than"* ]]
}

@test "CR-only line endings (old Mac spreadsheets) are line ends: lines and provenance are right" {
	{ printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\r'
	  printf 'A,PNS,X,2024-08-10,apk\r'
	  printf 'B,PNS,X,2024-13-10,apk\r'
	  printf 'C,PNS,X,2024-08-10,apk\r'; } > mac.csv
	run --separate-stderr netral import mac.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"mac.csv:3: tanggal_kejadian:"* ]]
	run netral import --skip-invalid --reject rej.csv mac.csv
	[ "$status" -eq 3 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(nama || ':' || berkas_baris, ' ') FROM kasus")" = "A:2 C:4" ]
	[ "$(tr -dc '\r' < rej.csv | wc -c)" = 2 ]   # written as it came
	# a large one imports
	{ printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\r'
	  for i in $(seq 1 20000); do printf 'N%d,PNS,X,2024-08-10,apk\r' "$i"; done; } > big-mac.csv
	run netral --db big.db import big-mac.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 20,000, duplicates 0, rejected 0" ]
	[ "$(sqlite3 big.db "SELECT berkas_baris FROM kasus WHERE nama = 'N20000'")" = 20001 ]
}

# the stored fields of every case, to compare two databases
fields_of() {
	sqlite3 "$1" "SELECT quote(no_laporan), quote(nama), quote(nip), quote(nik), jenis_pegawai,
		quote(kategori_jabatan), quote(jabatan), quote(instansi), quote(unit_kerja),
		quote(tanggal_lahir), tanggal_kejadian, quote(tanggal_laporan), quote(pemilihan),
		bentuk, quote(uraian), quote(sumber), status, cltn, pasangan_calon,
		quote(rekomendasi_nomor), quote(rekomendasi_tanggal), quote(rekomendasi_dari),
		quote(rekomendasi_sanksi), quote(sanksi), quote(sk_nomor), quote(sk_tanggal),
		blokir_siasn, quote(kontak_pelapor) FROM kasus ORDER BY nomor"
}

@test "list --format csv --kontak, imported into a fresh database, gives back every value byte for byte" {
	add_case --nama "=HYPERLINK(\"http://x\")" --no-laporan "'=quoted already" \
		--kontak-pelapor "+62 812 3456 7890" --uraian $'line one\n\tindented, "quoted"\r\nend' > /dev/null
	add_case --nama "-2+3" --instansi "@SUM(1)" --unit-kerja "''+double" --jabatan "it's fine" \
		--sumber "'plain apostrophe" --tanggal-kejadian 2024-10-01 --pemilihan pilkada2024 > /dev/null
	add_case --nama "Ni Luh Putu Ayu Śrī" --nip "19680609 199503 1 003" --kategori-jabatan camat \
		--cltn --pasangan-calon=0 --status verifikasi > /dev/null
	netral list --format csv --kontak > all.csv
	run netral --db fresh.db import all.csv
	[ "$status" -eq 0 ]
	[ "$(fields_of fresh.db)" = "$(fields_of "$NETRAL_DB")" ]
	[ "$(sqlite3 fresh.db "SELECT nama FROM kasus WHERE nomor = '2024-0001'")" = '=HYPERLINK("http://x")' ]
	[ "$(sqlite3 fresh.db "SELECT no_laporan FROM kasus WHERE nomor = '2024-0001'")" = "'=quoted already" ]
}

@test "a reject file, fixed and imported again, stores exactly what was typed" {
	{ echo "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,kontak_pelapor"
	  echo "=SUM(A1),PNS,+62 Instansi,2024-13-01,apk,+62 812 1"; } > in.csv
	run netral import --skip-invalid --reject rej.csv in.csv
	[ "$status" -eq 3 ]
	grep -q "'=SUM(A1)" rej.csv
	sed -i 's/2024-13-01/2024-12-01/' rej.csv
	run netral import rej.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT nama || '|' || instansi || '|' || kontak_pelapor FROM kasus")" = "=SUM(A1)|+62 Instansi|+62 812 1" ]
}

@test "--output writes into a FIFO or device, refuses a link or a directory, keeps a file's permissions" {
	add_case > /dev/null
	# a device of the test's own, like /dev/null: a regression must not
	# replace the machine's
	if [ "$(id -u)" -eq 0 ]; then
		mknod null c 1 3
		run netral list --format csv --output null
		[ "$status" -eq 0 ]
		[ -c null ]
	fi
	mkfifo pipe
	cat pipe > from-pipe.csv &
	reader=$!
	run netral export --format csv --output pipe
	wait "$reader"
	[ "$status" -eq 0 ]
	[ -p pipe ]
	grep -q "^ringkasan,dilaporkan,1," from-pipe.csv
	echo old > target.csv
	ln -s target.csv link.csv
	run --separate-stderr netral list --format csv --output link.csv
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"'link.csv' is a symbolic link"* ]]
	[ -L link.csv ] && [ "$(cat target.csv)" = old ]
	mkdir adir
	run --separate-stderr netral export --format csv --output adir
	[ "$status" -eq 2 ]
	[ -d adir ]
	# a summary keeps the mode its owner gave it; a list of names is private
	echo old > rekap.csv && chmod 0640 rekap.csv
	netral export --format csv --output rekap.csv
	[ "$(stat -c %a rekap.csv)" = 640 ]
	echo old > names.csv && chmod 0644 names.csv
	netral list --format csv --output names.csv
	[ "$(stat -c %a names.csv)" = 600 ]
}

@test "what a status requires holds on every path: add, import, update, edit, status" {
	run --separate-stderr netral add --nama A --jenis-pegawai PNS --instansi X --tanggal-kejadian 2024-08-10 \
		--bentuk apk --status terbukti
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"rekomendasi_tanggal: a case at terbukti records it (missing)"* ]]
	{ echo "nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,status,rekomendasi_tanggal,rekomendasi_dari,rekomendasi_sanksi"
	  echo "B,PNS,X,2024-08-10,apk,disanksi,2024-10-20,BKN,moral-terbuka"; } > d.csv
	run --separate-stderr netral import d.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"d.csv:2: sanksi: a case at disanksi records it (missing)"* ]]
	[ ! -e "$NETRAL_DB" ] || [ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 0 ]
	# a workflow field only at a status that records it
	run --separate-stderr netral add --nama C --jenis-pegawai PNS --instansi X --tanggal-kejadian 2024-08-10 \
		--bentuk apk --sk-nomor 800/1
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"sk_nomor: is recorded when a case moves to disanksi, and this one is at dilaporkan"* ]]
	# status codes in any letter case
	add_case --status Verifikasi > /dev/null
	run netral status 2024-0001 Terbukti --rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka --tanggal 2024-10-20
	[ "$status" -eq 0 ]
	# edit corrects a recorded field, never adds one of a later status, never clears a required one
	run --separate-stderr netral edit 2024-0001 --sk-nomor 800/9
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"sk_nomor: is recorded when a case moves to disanksi, and this one is at terbukti"* ]]
	run --separate-stderr netral edit 2024-0001 --rekomendasi-sanksi ""
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"rekomendasi_sanksi: a case at terbukti records it (missing)"* ]]
	netral status 2024-0001 disanksi --sanksi moral-terbuka --sk-nomor "800/1" --tanggal 2024-10-25 > /dev/null
	run netral edit 2024-0001 --sk-nomor "800/1/2024"
	[ "$status" -eq 0 ]
	[[ "$output" == *"sk_nomor: 800/1 → 800/1/2024"* ]]
	netral status 2024-0001 selesai --tanggal 2024-11-01 > /dev/null
	run netral edit 2024-0001 --rekomendasi-nomor "R/1"
	[ "$status" -eq 0 ]
}

@test "the days of a case are in order: incident, recommendation, SK, the moves" {
	add_case --tanggal-kejadian 2024-08-10 --status verifikasi > /dev/null
	run --separate-stderr netral status 2024-0001 tidak_terbukti --tanggal 2024-08-01
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"the move on 2024-08-01 is before the incident on 2024-08-10"* ]]
	run --separate-stderr netral status 2024-0001 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka \
		--rekomendasi-tanggal 2024-08-05 --tanggal 2024-08-20
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"rekomendasi_tanggal: 2024-08-05 is before the incident on 2024-08-10"* ]]
	netral status 2024-0001 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka --tanggal 2024-09-20 > /dev/null
	run --separate-stderr netral status 2024-0001 disanksi --sanksi moral-terbuka --sk-nomor 800/1 \
		--sk-tanggal 2024-09-01 --tanggal 2024-09-25
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"sk_tanggal: 2024-09-01 is before the recommendation of 2024-09-20"* ]]
	run --separate-stderr netral status 2024-0001 disanksi --sanksi moral-terbuka --sk-nomor 800/1 \
		--sk-tanggal 2024-09-25 --tanggal 2024-09-10
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"the sanction on 2024-09-10 is before the recommendation of 2024-09-20"* ]]
	# KASN handed its work to BKN in August 2024: a later recommendation by it is questioned
	add_case --nama B --tanggal-kejadian 2024-08-10 --status verifikasi > /dev/null
	run --separate-stderr netral status 2024-0002 terbukti --rekomendasi-dari KASN --rekomendasi-sanksi moral-terbuka \
		--tanggal 2024-10-20
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"rekomendasi_dari: KASN is dated 2024-10-20, after KASN handed its work on"* ]]
}

@test "check names the case and, where it can be known, the field" {
	worked_db
	cp "$NETRAL_DB" t.db
	sqlite3 t.db "INSERT OR IGNORE INTO kamus (nilai) VALUES ('jpt');
		UPDATE kasus SET kelompok_jabatan = (SELECT id FROM kamus WHERE nilai = 'jpt') WHERE nomor = '2024-0004'"
	run "$NETRAL" --db t.db check
	[[ "$output" == *"kasus 2024-0004: kelompok_jabatan: is 'jpt', but its data and the rules give"* ]]
	cp "$NETRAL_DB" t.db
	sqlite3 t.db "UPDATE kasus SET status = 'verifikasi' WHERE nomor = '2024-0002'"
	run "$NETRAL" --db t.db check
	[[ "$output" == *"kasus 2024-0002: status: event "*"says it became 'terbukti', but the next state has 'verifikasi'"* ]]
	cp "$NETRAL_DB" t.db
	sqlite3 t.db "UPDATE kasus SET kontak_pelapor = '0899' WHERE nomor = '2024-0005'"
	run "$NETRAL" --db t.db check
	[[ "$output" == *"kasus 2024-0005: kontak_pelapor: differs from what its history gives"* ]]
	cp "$NETRAL_DB" t.db
	sqlite3 t.db "UPDATE kasus SET nama = 'Orang Lain' WHERE nomor = '2024-0003'"
	run "$NETRAL" --db t.db check
	[[ "$output" == *"kasus 2024-0003: nama: differs from what its history gives"* ]]
	cp "$NETRAL_DB" t.db
	sqlite3 t.db "UPDATE impor SET sha256 = 'x' WHERE id = 1"
	run "$NETRAL" --db t.db check
	[ "$status" -eq 1 ]
	[[ "$output" == *"impor 1: sha256: differs from the run's event"* ]]
}

@test "a forged, changed or removed event, a dropped trigger, a removed case: each is seen" {
	worked_db
	# a forged event
	cp "$NETRAL_DB" t.db
	sqlite3 t.db "INSERT INTO peristiwa (kasus_id, waktu, operator, jenis, kolom, lama, baru, rantai)
		VALUES (1, '2026-01-01T00:00:00Z', 'x', 'ubah', 'jabatan', 'a', 'b', '$(printf '%064d' 0)')"
	run "$NETRAL" --db t.db check
	[ "$status" -eq 1 ]
	[[ "$output" == *"rantai: the chain breaks here"* ]]
	# a changed event, the triggers dropped first
	cp "$NETRAL_DB" t.db
	sqlite3 t.db "DROP TRIGGER peristiwa_tanpa_ubah; UPDATE peristiwa SET operator = 'someone else' WHERE id = 2"
	run "$NETRAL" --db t.db check
	[ "$status" -eq 1 ]
	[[ "$output" == *"peristiwa 2: rantai: the chain breaks here"* ]]
	[[ "$output" == *"the trigger peristiwa_tanpa_ubah that keeps the log append-only is gone"* ]]
	# a case removed with its events
	cp "$NETRAL_DB" t.db
	sqlite3 t.db "DROP TRIGGER peristiwa_tanpa_hapus; DELETE FROM peristiwa WHERE kasus_id = 5;
		DELETE FROM kasus WHERE id = 5"
	run "$NETRAL" --db t.db check
	[ "$status" -eq 1 ]
	[[ "$output" == *"rantai: the chain breaks here"* ]]
	[[ "$output" == *"nomor 2024: terakhir: is 5, but the last case is 2024-0004"* ]]
	# init puts the triggers back
	cp "$NETRAL_DB" t.db
	sqlite3 t.db "DROP TRIGGER peristiwa_tanpa_ubah; DROP TRIGGER peristiwa_tanpa_hapus"
	"$NETRAL" --db t.db init > /dev/null
	run "$NETRAL" --db t.db check
	[ "$status" -eq 0 ]
	run sqlite3 t.db "DELETE FROM peristiwa WHERE id = 1"
	[ "$status" -ne 0 ]
}

@test "a head recorded elsewhere proves later that nothing before it was rewritten" {
	worked_db
	head=$(netral check --head)
	[[ "$head" =~ ^[0-9a-f]{64}$ ]]
	add_case --nama "After the head" > /dev/null
	run netral check --since "$head"
	[ "$status" -eq 0 ]
	[[ "$output" == *"is in the chain: nothing before it was rewritten"* ]]
	# someone rewrites an old event and recomputes the whole chain: the
	# hashes are public arithmetic (util/digest.c, digest_link)
	sqlite3 "$NETRAL_DB" "DROP TRIGGER peristiwa_tanpa_ubah;
		UPDATE peristiwa SET operator = 'someone else' WHERE id = (SELECT min(id) FROM peristiwa WHERE jenis = 'ubah')"
	/usr/bin/python3 - "$NETRAL_DB" <<-'PY'
		import hashlib, sqlite3, sys
		def enc(v):
		    if v is None or v == "":
		        return b"\xff\xff\xff\xff"
		    b = str(v).encode()
		    return (len(b) & 0x7fffffff).to_bytes(4, "big") + b
		db = sqlite3.connect(sys.argv[1])
		head = ""
		rows = db.execute("SELECT id, kasus_id, waktu, operator, jenis, kolom, lama, baru, catatan, tanggal"
		                  " FROM peristiwa ORDER BY id").fetchall()
		for r in rows:
		    head = hashlib.sha256(b"netral-rantai-1" + enc(head) + b"".join(enc(v) for v in r)).hexdigest()
		    db.execute("UPDATE peristiwa SET rantai = ? WHERE id = ?", (head, r[0]))
		db.commit()
	PY
	netral init > /dev/null
	run netral check
	[ "$status" -eq 0 ]
	run netral check --since "$head"
	[ "$status" -eq 1 ]
	[[ "$output" == *"is not in the chain: the log was rewritten or cut short after it was recorded"* ]]
	# the nightly export keeps the head beside the summaries
	mkdir out
	netral export --output-dir out
	grep -qE '^[0-9a-f]{64}$' out/rekap-2026-11-25-rantai.txt
}

@test "import --update: a dry run says what the real one would, refusals included" {
	{ echo "no_laporan,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,status"
	  echo "1/X,A,PNS,X,2024-10-01,apk,dilaporkan"
	  echo "2/X,B,PNS,X,2024-10-01,apk,dilaporkan"
	  echo "3/X,C,PNS,X,2024-10-01,apk,dilaporkan"; } > a.csv
	netral import -q a.csv
	sed -e 's/^1\/X,A,\(.*\),dilaporkan$/1\/X,A,\1,selesai/' -e 's/^2\/X,B,PNS,X,/2\/X,B,PNS,Y,/' a.csv > b.csv
	before=$(db_state)
	run --separate-stderr netral import --dry-run --update b.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"b.csv:2: status: a case cannot move from dilaporkan to selesai"* ]]
	[ "$output" = "dry run: would import 0, update 1, duplicates 1, rejected 1; nothing written" ]
	[ "$(db_state)" = "$before" ]
	run --separate-stderr netral import --update --skip-invalid b.csv
	[ "$output" = "imported 0, updated 1, duplicates 1, rejected 1" ]
}

@test "import --update: the case number keeps a corrected row to its case; a later edit is not undone" {
	{ echo "no_laporan,nama,nip,jenis_pegawai,instansi,tanggal_kejadian,bentuk"
	  echo "1/X,Budi,19680609 199503 1 003,PNS,X,2024-10-01,apk"; } > a.csv
	netral import -q a.csv
	netral list --format csv > l.csv
	# a NIP and a name corrected: the report's key changes, the number holds
	sed -i 's/Budi,19680609 199503 1 003/Budi Santoso,19680609 199503 1 004/' l.csv
	run netral import --update l.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 0, updated 1, duplicates 0, rejected 0" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) || ' ' || nama || ' ' || nip FROM kasus")" = "1 Budi Santoso 196806091995031004" ]
	# a clerk corrects the agency; the province's file, run again, keeps it
	netral --operator rina edit 2024-0001 --instansi "Dinas Pendidikan" > /dev/null
	sed -i 's/,PNS,,,X,/,PNS,,,Dinas Lama,/' l.csv
	grep -q ',Dinas Lama,' l.csv
	run --separate-stderr netral import --update l.csv
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"l.csv:2: warning: instansi: changed by 'ubah' on "*" (rina) after the import; kept (--force takes the file's value)"* ]]
	[[ "$output" == *"1 field kept as changed after the import"* ]]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT instansi FROM kasus")" = "Dinas Pendidikan" ]
	run --separate-stderr netral import --update --force l.csv
	[[ "$stderr" == *"the file's value taken (--force)"* ]]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT instansi FROM kasus")" = "Dinas Lama" ]
	run netral check
	[ "$status" -eq 0 ]
}
