#!/usr/bin/env bats
# A disk that fails: each place where netral reads or writes the database
# fails in turn (tests/fault/disk.c, preloaded), once per run.
# Whichever fails, the command says so and stops with status 5 or 6, never
# crashes, and leaves the database as it was; or, where the failure is one
# it may pass over, it does its work and the database checks out.

load helper

fault_setup() {
	FAULT="${FAULT:-$BATS_TEST_DIRNAME/../../build/tests/fault.so}"
	[ -f "$FAULT" ] || { echo "no $FAULT (make units builds it)"; false; }
	# the sanitizers' runtime would insist on being loaded first
	export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
}

# The database's content without the times of day netral stamps.
content() {
	sqlite3 "$1" .dump | sha256sum
}

# Runs netral "$@" once per place, the Nth failing in the Nth run, each on
# a fresh copy of the database, until a run meets no place to fail.  A run
# that ends as the run without a failure does (the failure was of a read
# it may do without, and it said nothing or warned) leaves a database that
# checks out; any other stops with status 5 or 6, says so, and leaves the
# database as it was.  The database is left as it was before.
through_faults() {
	local n=1 st want base
	fault_setup
	cp "$NETRAL_DB" base.db
	base=$(content base.db)
	want=0
	"$NETRAL" "$@" < "${FAULT_STDIN:-/dev/null}" > /dev/null 2>&1 || want=$?
	while :; do
		rm -f hit "$NETRAL_DB-wal" "$NETRAL_DB-shm"
		cp base.db "$NETRAL_DB"
		st=0
		NETRAL_FAULT_AT=$n NETRAL_FAULT_HIT="$PWD/hit" NETRAL_FAULT_CODE=${FAULT_CODE:-10} LD_PRELOAD="$FAULT" \
			"$NETRAL" "$@" < "${FAULT_STDIN:-/dev/null}" > out 2> err || st=$?
		[ -f hit ] || break
		# passed over: silently, or with a warning that says what was
		# not done (completion passes over everything)
		if [ $st -eq "$want" ] && { ! grep -q "${FAULT_SAYS:-disk I/O error}" err ||
			grep -q '^netral: warning: ' err || [ "$1" = complete ]; }; then
			"$NETRAL" check > /dev/null 2>&1 ||
				{ echo "place $n: exit $st, and check fails:"; "$NETRAL" check; return 1; }
		else
			[[ " ${FAULT_EXITS:-5 6} " == *" $st "* ]] ||
				{ echo "place $n: exit $st"; cat err; return 1; }
			grep -q "^netral: .*${FAULT_SAYS:-disk I/O error}" err ||
				{ echo "place $n: exit $st, and says:"; cat err; return 1; }
			# (or, where a step before the command is its own
			# transaction, as that step left it: checking out)
			[ "$(content "$NETRAL_DB")" = "$base" ] ||
				{ [ -n "${FAULT_STEPS:-}" ] && "$NETRAL" check > /dev/null 2>&1; } ||
				{ echo "place $n: exit $st, and the database changed"; cat err; return 1; }
		fi
		n=$((n + 1))
	done
	[ $st -eq "$want" ] || { echo "unfailed run: exit $st, not $want"; cat err; return 1; }
	rm -f "$NETRAL_DB-wal" "$NETRAL_DB-shm"
	cp base.db "$NETRAL_DB"
	echo "$((n - 1)) places failed in turn: $*"
	[ $n -gt 2 ]
}

# A case the matrix leaves to the Satgas, proven; a case with a NIP, in
# the same contest as a permit of its person; one to merge into the first.
cases() {
	netral init > /dev/null
	add_case --bentuk lainnya $PROVEN --status terbukti > /dev/null
	add_case --nama "Rina Kartika" --nip 198504122010012015 --pemilihan PILKADA2024 \
		--tanggal-kejadian 2024-11-27 > /dev/null
	add_case --bentuk lainnya --status verifikasi > /dev/null 2>&1
}

@test "the case commands: a failing disk changes nothing, and is said" {
	cases
	through_faults add --nama "Siti" --jenis-pegawai PNS --instansi "Kota Batang" \
		--tanggal-kejadian 2024-08-11 --bentuk apk --nip "19680609 199503 1 003"
	through_faults edit 2024-0002 --instansi "Kabupaten Batang"
	through_faults status 2024-0002 verifikasi
	printf '2024-0002\n2024-0003\n' > ids
	FAULT_STDIN=ids through_faults status - tidak_terbukti --yes
	through_faults blokir 2024-0001
	through_faults merge 2024-0001 2024-0003
	through_faults putusan 2024-0001 --jenis disiplin_sedang --nomor 12/SATGAS/2024 --tanggal 2024-10-01
	through_faults election add BANGKA2025 --nama "Pilkada ulang" --penetapan 2025-07-22 \
		--kampanye-mulai 2025-07-25 --kampanye-selesai 2025-08-23 --pemungutan 2025-08-27
}

@test "import: new rows, an update, a dry run and a reject file, on a failing disk" {
	cases
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,Kab X,2024-08-10,apk\nB,PNS,Kab X,2024-08-10,bogus\n' > k.csv
	through_faults import --skip-invalid --reject rej.csv k.csv
	through_faults import --dry-run --skip-invalid k.csv
	netral list --format csv > all.csv
	sed -i 's/Kabupaten Purbalingga/Kabupaten Batang/' all.csv
	through_faults import --update all.csv
}

@test "the reading commands on a failing disk: said, with status 5 or 6" {
	cases
	mkdir tables
	for c in "list" "list --format csv" "show 2024-0001" "history" "history 2024-0001" \
		"export" "export --by instansi,jenis --format json" "classify 2024-0001" "rules" \
		"election" "unit list" "kegiatan list" "pakta list" "izin list" "complete kasus" \
		"complete instansi" "overdue" "backup b.db" "export --format html --output r.html" \
		"export --output-dir tables" "izin list --format json"; do
		# shellcheck disable=SC2086
		through_faults $c
	done
}

@test "the workbooks, the exchange file and the register of origins on a failing disk" {
	cases
	for c in "list --format xlsx --output l.xlsx" "history --format xlsx --output h.xlsx" \
		"overdue --format xlsx --output o.xlsx" "export --format xlsx --output e.xlsx" \
		"list --pertukaran Kabupaten_Purbalingga" "list --pertukaran Kabupaten_Purbalingga --format xlsx --output x.xlsx" \
		"asal list" "asal add Kabupaten_Batang --kode 3325"; do
		# shellcheck disable=SC2086
		through_faults $c
	done
	netral list --pertukaran "Kabupaten Purbalingga" > ex.csv
	netral asal add "Kabupaten Purbalingga" --kode 3303 > /dev/null
	through_faults import --asal "Kabupaten Purbalingga" ex.csv
	netral list --format xlsx --output k.xlsx
	through_faults import --skip-invalid --reject rej.xlsx k.xlsx
	# the register's statements, told apart by their callers
	export NETRAL_FAULT_DEPTH=3
	through_faults asal add "Kota Batang" --kode 3375
	through_faults list --asal "Kabupaten Purbalingga"
}

@test "the prevention commands on a failing disk" {
	netral init > /dev/null
	printf 'nama,kepala,jumlah_asn,jumlah_ppnpn\nDinas Pendidikan,Drs. Slamet,3,1\n' > unit.csv
	through_faults unit import unit.csv
	netral unit import -q unit.csv
	through_faults unit add "Dinas Kesehatan" --kepala "dr. Ani" --asn 2
	through_faults kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal 2024-07-01
	printf 'unit,jenis,tanggal\nDinas Pendidikan,ikrar,2024-07-08\n' > keg.csv
	through_faults kegiatan import keg.csv
	printf 'nama,nip,unit,tanggal\nA,,Dinas Pendidikan,2024-07-02\n' > p.csv
	through_faults pakta import --pemilihan PILKADA2024 p.csv
	through_faults izin add --nama "Rina Kartika" --nip "19850412 201001 2 015" --jabatan Staf \
		--peran KPPS --sk-penunjukan 1 --pemberi-nama B --pemberi-nip "19680101 199003 1 007" \
		--pemberi-jabatan Kepala --tanggal 2024-10-01 --pemilihan PILKADA2024
	netral izin add --nama "Rina Kartika" --nip "19850412 201001 2 015" --jabatan Staf \
		--peran KPPS --sk-penunjukan 1 --pemberi-nama B --pemberi-nip "19680101 199003 1 007" \
		--pemberi-jabatan Kepala --tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	through_faults izin surat IZ-2024-0001
	through_faults kepatuhan --pemilihan PILKADA2024 --per 2024-08-01
	# the letter numbered by the settings' pattern, or given: recorded whole or not at all
	mkdir aturan
	{ cat "$RULES/pengaturan.csv"; echo "nomor_surat_pola,B/{urut}/{tahun},"; } > aturan/pengaturan.csv
	netral rules load -q aturan > /dev/null
	through_faults izin surat IZ-2024-0001
	through_faults izin surat IZ-2024-0001 --nomor-surat B/9/2024
	netral izin surat IZ-2024-0001 > /dev/null
	through_faults izin surat IZ-2024-0001
}

@test "the corrections on a failing disk" {
	netral init > /dev/null
	netral unit add "Dinas Pendidikan" --asn 3 > /dev/null
	netral kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal 2024-07-01 --peserta 3 > /dev/null
	printf 'nama,nip,unit,tanggal\nA,196806091995031003,Dinas Pendidikan,2024-07-02\n' > p.csv
	netral pakta import -q --pemilihan PILKADA2024 p.csv
	through_faults unit rename "Dinas Pendidikan" "Dinas Pendidikan dan Kebudayaan" --alasan x
	through_faults unit deactivate "Dinas Pendidikan" --alasan x
	through_faults kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal 2024-07-01 --peserta 9
	through_faults kegiatan correct "Dinas Pendidikan" --jenis ikrar --tanggal 2024-07-01 --peserta 4 --alasan x
	through_faults kegiatan void "Dinas Pendidikan" --jenis ikrar --tanggal 2024-07-01 --alasan x
	through_faults pakta correct 196806091995031003 --tanggal 2024-07-03 --alasan x
	through_faults pakta void 196806091995031003 --alasan x
	add_case --status verifikasi > /dev/null
	netral status 2024-0001 batal --batal-alasan keliru > /dev/null
	through_faults reopen 2024-0001 --alasan x
}

@test "every statement of a record's write, told apart by the callers of the layer that prepares it, on a failing disk" {
	export NETRAL_FAULT_DEPTH=3
	netral init > /dev/null
	netral unit add "Dinas Pendidikan" --asn 3 > /dev/null
	through_faults unit add "Dinas Kesehatan" --kepala "dr. Ani" --asn 2
	through_faults unit add "dinas pendidikan" --asn 4
	printf 'nama,kepala,jumlah_asn,jumlah_ppnpn\nDinas Pendidikan,Drs. Slamet,5,1\n' > unit.csv
	through_faults unit import unit.csv
	through_faults kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal 2024-07-01
	through_faults kegiatan add "Dinas Pendidikam" --jenis ikrar --tanggal 2024-07-01
	printf 'nama,nip,unit,tanggal\nA,,Dinas Pendidikan,2024-07-02\n' > p.csv
	through_faults pakta import --pemilihan PILKADA2024 p.csv
	cases
	through_faults add --nama "Siti" --jenis-pegawai PNS --instansi "Kota Batang" \
		--tanggal-kejadian 2024-08-11 --bentuk apk
	through_faults edit 2024-0002 --instansi "Kabupaten Batang"
	netral list --format csv > all.csv
	sed -i 's/Kabupaten Purbalingga/Kabupaten Batang/' all.csv
	through_faults import --update all.csv
	# a roll-up: a newer file from the same origin updates its cases
	netral asal add "Kabupaten Batang" --kode 3325 > /dev/null
	printf 'nomor,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\n2024-0001,Agus,PNS,Kabupaten Batang,2024-10-20,apk\n' > b.csv
	through_faults import --asal "Kabupaten Batang" b.csv
	netral import -q --asal "Kabupaten Batang" b.csv
	sed -i 's/,Agus,/,Agus Wibowo,/' b.csv
	through_faults import --asal "Kabupaten Batang" --update b.csv
	# a row the origin has not sent before, in an update
	sed -i 's/^2024-0001,/2024-0002,/' b.csv
	through_faults import --asal "Kabupaten Batang" --update b.csv
	through_faults list --output l.csv
	# a row whose fields read, but not together: its key is looked up
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,status\nB,PNS,Kab X,2024-08-10,apk,terbukti\n' > bad.csv
	through_faults import --skip-invalid bad.csv
}

@test "init and rules load on a failing disk" {
	rm -f "$NETRAL_DB"
	fault_setup
	n=1
	# a new database: an init that fails is said, and init again makes it whole
	while :; do
		rm -f hit new.db new.db-*
		st=0
		NETRAL_FAULT_AT=$n NETRAL_FAULT_HIT="$PWD/hit" LD_PRELOAD="$FAULT" "$NETRAL" --db new.db init > out 2> err || st=$?
		[ -f hit ] || break
		if [ $st -ne 0 ]; then
			[ $st -eq 6 ] && grep -q '^netral: .*disk I/O error' err || { echo "place $n: exit $st"; cat err; false; }
			netral --db new.db init > /dev/null
			[ "$(sqlite3 new.db "SELECT nilai FROM meta WHERE kunci = 'aturan_sumber'")" = bawaan ]
			[ "$(sqlite3 new.db 'SELECT count(*) FROM bentuk')" = "$(($(wc -l < "$RULES/bentuk.csv") - 1))" ]
			netral --db new.db check > /dev/null
		fi
		n=$((n + 1))
	done
	[ $n -gt 2 ]
	netral init > /dev/null
	mkdir rules
	printf 'pemilihan,kegiatan,irama,mulai,selesai,batas,sumber\nPILKADA2024,pakta,sekali,2024-07-01,,2024-07-15,SE\n' > rules/jadwal.csv
	through_faults rules load rules
}

@test "a full disk, a read-only file, a lock held too long or a broken constraint at any place: each said as such" {
	cases
	FAULT_CODE=13 FAULT_SAYS="the disk holding '.*' is full; nothing was written" FAULT_EXITS=6 \
		through_faults add --nama "Siti" --jenis-pegawai PNS --instansi "Kota Batang" \
		--tanggal-kejadian 2024-08-11 --bentuk apk
	FAULT_CODE=8 FAULT_SAYS="database '.*' is read-only (check the permissions of the file and its directory)" \
		FAULT_EXITS=5 through_faults status 2024-0002 verifikasi
	FAULT_CODE=5 FAULT_SAYS="database '.*' is locked by another process; try again later" FAULT_EXITS=5 \
		through_faults edit 2024-0002 --instansi "Kabupaten Batang"
	FAULT_CODE=11 FAULT_SAYS="is damaged or not a database: database disk image is malformed" FAULT_EXITS=5 \
		through_faults blokir 2024-0002
	FAULT_CODE=19 FAULT_SAYS="constraint failed" FAULT_EXITS=3 through_faults blokir 2024-0002
	# any other error of SQLite: the database's
	FAULT_CODE=1 FAULT_SAYS="SQL logic error" FAULT_EXITS=5 through_faults blokir 2024-0002
}

@test "the built-in rules of a newer netral brought in on a failing disk: each step whole" {
	cases
	# the database's rules are of an older netral: bringing them in is a
	# step of its own, before the command's
	sqlite3 "$NETRAL_DB" "UPDATE meta SET nilai = 'lama' WHERE kunci = 'aturan_hash'"
	FAULT_STEPS=1 through_faults blokir 2024-0002
	[ "$(sqlite3 "$NETRAL_DB" "SELECT nilai FROM meta WHERE kunci = 'aturan_hash'")" = lama ]
	# and a database upgraded under a folder's rules takes the files the folder lacks
	sqlite3 "$NETRAL_DB" "UPDATE meta SET nilai = 'folder' WHERE kunci = 'aturan_sumber';
		INSERT OR REPLACE INTO meta (kunci, nilai) VALUES ('turunkan_ulang', '1')"
	FAULT_STEPS=1 through_faults blokir 2024-0002
}

@test "the keys of names folded again on a failing disk: all or none, and a key kept apart said" {
	sqlite3 "$NETRAL_DB" < "$DATA/netral-v14.sql"
	# the schema's step is its own transaction, the keys folded again another
	FAULT_STEPS=1 through_faults unit add "Dinas Baru"
	FAULT_CODE=19 FAULT_SAYS="constraint failed" FAULT_EXITS=3 FAULT_STEPS=1 through_faults unit add "Dinas Baru"
}

@test "check on a failing disk never says the database is ok" {
	cases
	netral unit add "Dinas A" --asn 1 > /dev/null
	printf 'nama,nip,unit,tanggal\nA,,Dinas A,2024-07-02\n' > p.csv
	netral pakta import -q --pemilihan PILKADA2024 p.csv
	netral kegiatan add "Dinas A" --jenis ikrar --tanggal 2024-07-01 > /dev/null
	netral izin add --nama "Rina Kartika" --nip "19850412 201001 2 015" --jabatan Staf \
		--peran KPPS --sk-penunjukan 1 --pemberi-nama B --pemberi-nip "19680101 199003 1 007" \
		--pemberi-jabatan Kepala --tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nZ,PNS,X,2024-08-20,apk\n' > z.csv
	netral import -q z.csv
	fault_setup
	n=1
	while :; do
		rm -f hit
		st=0
		NETRAL_FAULT_AT=$n NETRAL_FAULT_HIT="$PWD/hit" LD_PRELOAD="$FAULT" "$NETRAL" check > out 2> err || st=$?
		[ -f hit ] || break
		[ $st -ne 0 ] && [ $st -lt 128 ] || { echo "place $n: exit $st"; cat out err; false; }
		! grep -q '^check: ok' out || { echo "place $n: ok"; false; }
		# a read that fails is said as one, not as a trigger dropped
		! grep -q 'is gone' out err || { echo "place $n: a trigger said gone"; cat out err; false; }
		n=$((n + 1))
	done
	[ $st -eq 0 ]
	echo "$((n - 1)) places failed in turn: check"
	[ $n -gt 10 ]
}

@test "the register of reports sent on a failing disk" {
	netral init > /dev/null
	echo rekap > rekap.csv
	through_faults pelaporan add --nomor B/1/2024 --tanggal 2024-11-20 --jenis pencegahan \
		--kepada dirjen-otda rekap.csv
	netral pelaporan add --nomor B/1/2024 --tanggal 2024-11-20 --jenis pencegahan \
		--kepada dirjen-otda rekap.csv > /dev/null
	for c in "pelaporan list" "pelaporan surat B/1/2024" "complete pelaporan" \
		"kepatuhan --pemilihan PILKADA2024 --per 2025-01-02"; do
		# shellcheck disable=SC2086
		through_faults $c
	done
	# the number's look-up, told apart from the insert by its caller
	export NETRAL_FAULT_DEPTH=3
	through_faults pelaporan add --nomor B/2/2024 --tanggal 2024-11-20 --jenis rekap --kepada bkn rekap.csv
}
