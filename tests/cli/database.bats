#!/usr/bin/env bats
# Where the database lives, how it is created, and which files are refused.

load helper

# The schema version this netral makes: its last migration's number.
latest_schema() {
	ls "$BATS_TEST_DIRNAME/../../data/migrate" | sort | tail -1 | sed 's/\.sql$//; s/^0*//'
}

@test "init creates the database private (0600) and says where" {
	run netral init
	[ "$status" -eq 0 ]
	[[ "$output" == *"$NETRAL_DB"* ]]
	[ "$(stat -c %a "$NETRAL_DB")" = 600 ]
	[ "$(sqlite3 "$NETRAL_DB" 'PRAGMA journal_mode')" = wal ]
	[ "$(sqlite3 "$NETRAL_DB" 'PRAGMA user_version')" = "$(latest_schema)" ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM pemilihan')" -ge 4 ]
}

@test "without --db or NETRAL_DB the database goes under XDG_DATA_HOME, directory 0700" {
	unset NETRAL_DB
	export XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg"
	run netral init
	[ "$status" -eq 0 ]
	[ -f "$XDG_DATA_HOME/netral/netral.db" ]
	[ "$(stat -c %a "$XDG_DATA_HOME/netral")" = 700 ]
	[ "$(stat -c %a "$XDG_DATA_HOME/netral/netral.db")" = 600 ]
}

@test "--db wins over NETRAL_DB" {
	run netral --db "$BATS_TEST_TMPDIR/other.db" init
	[ "$status" -eq 0 ]
	[ -f "$BATS_TEST_TMPDIR/other.db" ]
	[ ! -e "$NETRAL_DB" ]
}

@test "init twice changes nothing" {
	netral init
	before=$(db_state)
	run netral init
	[ "$status" -eq 0 ]
	[ "$(db_state)" = "$before" ]
}

@test "a read command on a missing database fails with status 4 and creates nothing" {
	for cmd in list "show 2024-0001" "classify 2024-0001"; do
		run --separate-stderr netral $cmd
		[ "$status" -eq 4 ]
		[[ "$stderr" == *"no database at '$NETRAL_DB'"* ]]
		[ ! -e "$NETRAL_DB" ]
	done
}

@test "commands that only read the rules work without a database and create none" {
	run netral rules
	[ "$status" -eq 0 ]
	[[ "$output" == *"medsos-kampanye"* ]]
	run netral classify --bentuk apk --tanggal 2024-08-10
	[ "$status" -eq 0 ]
	[ ! -e "$NETRAL_DB" ]
}

@test "a foreign SQLite file is refused and left as it was" {
	sqlite3 "$NETRAL_DB" "CREATE TABLE orders (id INTEGER); INSERT INTO orders VALUES (1)"
	before=$(db_state)
	run --separate-stderr netral init
	[ "$status" -eq 5 ]
	[[ "$stderr" == *"'$NETRAL_DB' is not a netral database"* ]]
	run --separate-stderr netral list
	[ "$status" -eq 5 ]
	[ "$(db_state)" = "$before" ]
	[ "$(sqlite3 "$NETRAL_DB" 'PRAGMA journal_mode')" = delete ]
}

@test "a file that is not SQLite at all is refused" {
	echo "nama,nip" > "$NETRAL_DB"
	run --separate-stderr netral init
	[ "$status" -eq 5 ]
	[[ "$stderr" == *"not a database"* ]]
	[ "$(cat "$NETRAL_DB")" = "nama,nip" ]
}

@test "a database from a newer netral is refused" {
	netral init
	sqlite3 "$NETRAL_DB" "PRAGMA user_version = 99"
	run --separate-stderr netral list
	[ "$status" -eq 5 ]
	[[ "$stderr" == *"schema version 99, newer than this netral knows ($(latest_schema))"* ]]
	run --separate-stderr netral add --nama X --jenis-pegawai PNS --instansi Y --tanggal-kejadian 2024-08-10 --bentuk apk
	[ "$status" -eq 5 ]
}

@test "a version 1 database is upgraded in place, its cases kept" {
	sqlite3 "$NETRAL_DB" < "$DATA/netral-v1.sql"
	run --separate-stderr netral list
	[ "$status" -eq 5 ]
	[[ "$stderr" == *"schema version 1 and needs an upgrade: run 'netral init'"* ]]
	run netral init
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" 'PRAGMA user_version')" = "$(latest_schema)" ]
	run netral show 2024-0001
	[ "$status" -eq 0 ]
	[[ "$output" == *"Siti Aminah"* ]]
	# reclassified on upgrade to the numbering of BKN Kanreg III's deck: a
	# photo with a candidate after the designation is its disiplin row 6
	has_row kode DS-6
	run netral history 2024-0001
	[[ "$output" == *"kode"*"DS-7"*"DS-6"* ]]
	[[ "$output" == *"built-in rules updated"* ]]
	# a derived column added since is filled, each value an event
	[ "$(sqlite3 "$NETRAL_DB" "SELECT jenis_kelamin FROM kasus_teks WHERE nomor = '2024-0001'")" = perempuan ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM meta WHERE kunci = 'turunkan_ulang'")" = 0 ]
	# the next number continues the sequence
	run add_case --tanggal-kejadian 2024-10-05
	[ "${lines[0]}" = 2024-0002 ]
	# the old events are linked into the chain, and the record holds
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM peristiwa WHERE rantai IS NULL')" = 0 ]
	run netral check
	[ "$status" -eq 0 ]
}

@test "an upgraded database has exactly the schema of a new one" {
	sqlite3 "$BATS_TEST_TMPDIR/old.db" < "$DATA/netral-v1.sql"
	netral --db "$BATS_TEST_TMPDIR/old.db" init
	netral --db "$BATS_TEST_TMPDIR/new.db" init
	diff <(schema_shape "$BATS_TEST_TMPDIR/old.db") <(schema_shape "$BATS_TEST_TMPDIR/new.db")
}

@test "the event log refuses UPDATE and DELETE, whoever asks" {
	add_case
	run sqlite3 "$NETRAL_DB" "UPDATE peristiwa SET operator = 'x'"
	[ "$status" -ne 0 ]
	[[ "$output" == *"append-only"* ]]
	run sqlite3 "$NETRAL_DB" "DELETE FROM peristiwa"
	[ "$status" -ne 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT DISTINCT operator FROM peristiwa")" = tester ]
}

@test "a newer netral brings its built-in rules in and reclassifies, once" {
	add_case --bentuk apk --tanggal-kejadian 2024-10-01
	# as if the database had been written with older rules: apk after the
	# designation went to the Satgas
	sqlite3 "$NETRAL_DB" "UPDATE meta SET nilai = 'older' WHERE kunci = 'aturan_hash';
		UPDATE matriks SET jenis = 'satgas', kode = '' WHERE bentuk = 'apk' AND tahap = 'calon';
		INSERT OR IGNORE INTO kamus (nilai) VALUES ('satgas'), ('');
		UPDATE kasus SET jenis = (SELECT id FROM kamus WHERE nilai = 'satgas'),
			kode = (SELECT id FROM kamus WHERE nilai = '') WHERE bentuk = 'apk'"
	run --separate-stderr add_case --nama "Kedua"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"built-in rules updated; 1 case reclassified"* ]]
	run netral list
	[[ "$output" == *"apk"*"disiplin_berat  DS-1"* ]]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT catatan FROM peristiwa WHERE kolom = 'jenis'")" = "built-in rules updated" ]
	run --separate-stderr add_case --nama "Ketiga"
	[[ "$stderr" != *"rules updated"* ]]
}

@test "rules loaded from a folder are not replaced by the built-in ones" {
	cp -r "$RULES" r
	add_case
	netral rules load r > /dev/null
	sqlite3 "$NETRAL_DB" "UPDATE meta SET nilai = 'older' WHERE kunci = 'aturan_hash'"
	run --separate-stderr add_case --nama Kedua
	[ "$status" -eq 0 ]
	[[ "$stderr" != *"rules updated"* ]]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT nilai FROM meta WHERE kunci = 'aturan_sumber'")" = folder ]
}

@test "an upgrade fills a new derived column even under a folder's rules" {
	sqlite3 "$NETRAL_DB" < "$DATA/netral-v1.sql"
	# rules from a folder: no change of the built-in ones reclassifies
	sqlite3 "$NETRAL_DB" "UPDATE meta SET nilai = 'folder' WHERE kunci = 'aturan_sumber'"
	netral init > /dev/null
	[ "$(sqlite3 "$NETRAL_DB" "SELECT jenis_kelamin FROM kasus_teks")" = perempuan ]
	run netral check
	[ "$status" -eq 0 ]
	# the files the folder predates are the built-in ones, as rules load
	# takes them: the summaries' labels and fixed groups, each type's tiers
	[ "$(sqlite3 "$NETRAL_DB" "SELECT nilai FROM meta WHERE kunci = 'aturan_sumber'")" = folder ]
	netral export --format csv > r.csv
	[ "$(grep -c '^usia,' r.csv)" -eq 5 ]
	grep -q '^usia,>=51,0,0.0,≥ 51 Tahun$' r.csv
	run netral classify --bentuk anggota-parpol --tanggal 2024-10-10 --pemilihan PILKADA2024 \
		--jenis-pegawai PPNPN
	has_row jenis putus_kontrak
}

@test "a version 19 database is narrowed in place: its cases list, sum and show as before, and check proves them" {
	# made by netral 0.2 at schema 19: the sample imported, a case added
	# twice and merged, one voided, a Satgas decision, an origin's exchange
	# file rolled up; its list, summaries and one case as that netral gave them
	sqlite3 "$NETRAL_DB" < "$DATA/netral-v19.sql"
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT typeof(jenis) FROM kasus LIMIT 1')" = text ]
	netral init > /dev/null
	[ "$(sqlite3 "$NETRAL_DB" 'PRAGMA user_version')" = "$(latest_schema)" ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT DISTINCT typeof(jenis) FROM kasus')" = integer ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 26 ]
	diff <(netral list --format csv --termasuk-batal) "$DATA/netral-v19.list.csv"
	diff <(netral export --format csv --basis dilaporkan) "$DATA/netral-v19.rekap.csv"
	diff <(netral export --format csv --by usia,kelamin) "$DATA/netral-v19.cross.csv"
	diff <(netral show 2024-0009) "$DATA/netral-v19.show.txt"
	run netral check
	echo "$output"
	[ "$status" -eq 0 ]
	# the events still name their cases: the row ids were kept
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM peristiwa p LEFT JOIN kasus k ON k.id = p.kasus_id
		WHERE p.kasus_id IS NOT NULL AND k.id IS NULL')" = 0 ]
	# a code changed outside netral is named with its column, an imported
	# case's as an added one's
	for nomor in 2024-0002 2024-0011; do
		cp "$NETRAL_DB" t.db
		sqlite3 t.db "UPDATE kasus SET kode = (SELECT min(id) FROM kamus WHERE id <> kasus.kode) WHERE nomor = '$nomor'"
		run "$NETRAL" --db t.db check
		[ "$status" -eq 1 ]
		[[ "$output" == *"kasus $nomor: kode: "* ]]
	done
}

@test "a version 6 database with imported cases is upgraded and its history still proves every case" {
	sqlite3 "$NETRAL_DB" < "$DATA/netral-v6.sql"
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM asal')" = 3 ]
	netral init > /dev/null
	# the import states moved into the rows, the table asal is gone
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus WHERE keadaan_impor IS NOT NULL')" = 3 ]
	run sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM asal'
	[ "$status" -ne 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(ifnull(jenis_kelamin, '-'), ' ') FROM kasus_teks ORDER BY id")" = "perempuan laki-laki - -" ]
	run netral check
	echo "$output"
	[ "$status" -eq 0 ]
	# and a change outside netral is still seen
	sqlite3 "$NETRAL_DB" "UPDATE kasus SET nama = 'X' WHERE nomor = '2024-0001'"
	run netral check
	[ "$status" -eq 1 ]
}

@test "a version 10 database with prevention records is upgraded, and their older states still prove them" {
	sqlite3 "$NETRAL_DB" < "$DATA/netral-v10.sql"
	netral init > /dev/null
	run netral check
	echo "$output"
	[ "$status" -eq 0 ]
	cp "$NETRAL_DB" "$BATS_TEST_TMPDIR/clean.db"
	# a change to a field, to the key or to a time each is seen
	sqlite3 "$NETRAL_DB" "UPDATE unit SET nama = 'Dinas X' WHERE id = 2;
		UPDATE unit SET dibuat = '2020-01-01T00:00:00Z', diubah = '2020-01-01T00:00:00Z' WHERE id = 1;
		UPDATE pakta SET kunci = 'zz' WHERE id = 1; UPDATE pakta SET kunci = 'yy' WHERE id = 2;
		UPDATE kegiatan SET peserta = 41 WHERE id = 1; UPDATE izin SET peran = 'PPK' WHERE id = 1;
		UPDATE kasus SET sasaran = 'calon'"
	run netral check
	echo "$output"
	[ "$status" -eq 1 ]
	[[ "$output" == *"unit 2: changed outside netral (the row differs from its last event)"* ]]
	[[ "$output" == *"unit 1: dibuat: is '2020-01-01T00:00:00Z', but its first event is of"* ]]
	[[ "$output" == *"unit 1: diubah: is '2020-01-01T00:00:00Z', but its last event is of"* ]]
	[[ "$output" == *"pakta 1: kunci: is 'zz', but its data give '198501012010011001'"* ]]
	[[ "$output" == *"pakta 2: kunci: is 'yy', but its data give '1:siti aminah'"* ]]
	[[ "$output" == *"kegiatan 1: changed outside netral"* ]]
	[[ "$output" == *"izin 1: changed outside netral"* ]]
	# a state of schema 10 cannot tell which column changed
	[[ "$output" == *"kasus 2024-0001: its data differ from what its history gives in several columns, or in one that cannot be told (changed outside netral)"* ]]
	# a record changed by netral since is proven by its new state
	cp "$BATS_TEST_TMPDIR/clean.db" "$NETRAL_DB"
	run netral izin surat IZ-2024-0001
	[ "$status" -eq 0 ]
	[[ "$output" == *"Rina Sari"* ]]
	netral unit add 'Dinas Kesehatan' --ppnpn 3 > /dev/null
	run netral check
	echo "$output"
	[ "$status" -eq 0 ]
}

@test "without a database location, or a folder for a dry run's scratch database, each is said once" {
	run --separate-stderr env -u NETRAL_DB -u HOME -u XDG_DATA_HOME "$NETRAL" status 2024-0001 verifikasi
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: no database location: give --db, or set NETRAL_DB or HOME" ]
	# the built-in rules need none, and say nothing of it
	run --separate-stderr env -u NETRAL_DB -u HOME -u XDG_DATA_HOME "$NETRAL" classify \
		--bentuk medsos-kampanye --tanggal 2024-10-10 --jenis-pegawai PNS
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nSiti,PNS,Kota Batang,2024-08-10,medsos-kampanye\n' > k.csv
	TMPDIR=$BATS_TEST_TMPDIR/nothing run --separate-stderr netral import --dry-run k.csv
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot create a temporary database in '$BATS_TEST_TMPDIR/nothing': No such file or directory" ]
	[ ! -e "$NETRAL_DB" ]
}

@test "a dry run is not rehearsed on a database whose rules an upgrade would change" {
	netral init > /dev/null
	# as a database written by a netral with other built-in rules
	sqlite3 "$NETRAL_DB" "UPDATE meta SET nilai = '00' WHERE kunci = 'aturan_hash'"
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nSiti,PNS,Kota Batang,2024-08-10,medsos-kampanye\n' > k.csv
	before=$(db_state)
	run --separate-stderr netral import --dry-run k.csv
	[ "$status" -eq 5 ]
	[ "$stderr" = "netral: '$NETRAL_DB' needs its rules brought up to date first: run 'netral init' (a dry run writes nothing)" ]
	[ "$(db_state)" = "$before" ]
}

@test "a default location whose folder is a file is said, whichever part of the path it is" {
	mkdir h1 h2
	touch h1/.local
	mkdir -p h2/.local/share
	touch h2/.local/share/netral
	for h in h1 h2; do
		run --separate-stderr env -u NETRAL_DB -u XDG_DATA_HOME HOME="$PWD/$h" "$NETRAL" init
		[ "$status" -eq 6 ]
		[ "$stderr" = "netral: cannot open database '$PWD/$h/.local/share/netral/netral.db': Not a directory" ]
	done
}

@test "a default location under a link to nowhere cannot be made, and says why" {
	mkdir -p h3 h4/.local/share
	ln -s "$BATS_TEST_TMPDIR/nowhere/x" h3/.local
	ln -s "$BATS_TEST_TMPDIR/nowhere/y" h4/.local/share/netral
	run --separate-stderr env -u NETRAL_DB -u XDG_DATA_HOME HOME="$PWD/h3" "$NETRAL" init
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot create directory '$PWD/h3/.local/share/netral': No such file or directory" ]
	run --separate-stderr env -u NETRAL_DB -u XDG_DATA_HOME HOME="$PWD/h4" "$NETRAL" init
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot create directory '$PWD/h4/.local/share/netral': Not a directory" ]
}

@test "a file that is no database stops a guided add, a classification and a completion from the rules before anything is asked" {
	echo "not a database" > "$NETRAL_DB"
	want="netral: cannot read the database: '$NETRAL_DB' is damaged or not a database: file is not a database"
	run script -qec "'$NETRAL' add" /dev/null < /dev/null
	[[ "$output" == "$want"* ]]
	[[ "$output" != *nama* ]]
	run --separate-stderr netral classify --bentuk apk --tanggal 2024-10-10
	[ "$status" -eq 5 ]
	[ "$stderr" = "$want" ]
	run --separate-stderr netral complete kasus
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	run --separate-stderr netral complete bentuk
	[ "$status" -eq 5 ]
	[ "$stderr" = "$want" ]
}

@test "an upgrade folds the keys of names again, logged, and check still proves the file" {
	sqlite3 "$NETRAL_DB" < "$DATA/netral-v14.sql"
	run --separate-stderr netral init
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" 'PRAGMA user_version')" = "$(latest_schema)" ]
	# Straße now folds as Strasse, a unit of its own already: kept apart
	[[ "$stderr" == *"unit 1: its name now folds as that of another; its key 'dinas strase' is kept"* ]]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT id, kunci FROM unit ORDER BY id' | tr '\n' ' ')" = \
		"1|dinas strase 2|dinas strasse 3|kantor σασ 4|dinas pendidikan " ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT kunci FROM pakta ORDER BY id' | tr '\n' ' ')" = \
		"3:gunter weiss 198501012010011001 " ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT kunci FROM daftar_asal ORDER BY id' | tr '\n' ' ')" = \
		"kota grossstadt kabupaten batang " ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM meta WHERE kunci = 'lipat_ulang'")" = 0 ]
	# each key changed is an event of its record
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(kolom, ' ') FROM peristiwa WHERE catatan = 'database upgraded'")" = \
		"unit:3 daftar_asal:1 pakta:1" ]
	run netral check
	echo "$output"
	[ "$status" -eq 0 ]
	# found in any spelling now
	run netral unit add "KANTOR σας" --asn 9
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*), max(jumlah_asn) FROM unit WHERE id = 3')" = "1|9" ]
	run --separate-stderr netral list --asal "Kota Grossstadt"
	[ "$status" -eq 0 ]
	# a second open finds nothing left to do
	run --separate-stderr netral init
	[ "$stderr" = "" ]
	run netral check
	[ "$status" -eq 0 ]
}
