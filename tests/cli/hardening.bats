#!/usr/bin/env bats
# What must hold when things go wrong: kills, concurrent writers, a full
# disk, read-only files; backups; personal data; the shell completion.

load helper

# Runs netral as an unprivileged user when we are root (root ignores file
# permissions); otherwise as ourselves.  The files must then be reachable
# by that user: see shared_dir.
as_user() {
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$NETRAL" "$@"
	else
		"$NETRAL" "$@"
	fi
}

@test "kill -9 at random moments of an import: integrity ok, none or all rows, and it runs again" {
	"$GEN" 80000 > big.csv
	netral import -q "$DATA/import/dasar.csv"
	# each round kills an import into a fresh copy of the same database
	for i in $(seq 1 12); do
		cp "$NETRAL_DB" round.db
		"$NETRAL" --db round.db import -q big.csv &
		pid=$!
		sleep "0.$((RANDOM % 9 + 1))"
		kill -9 $pid 2>/dev/null || true
		wait $pid || true
		[ "$(sqlite3 round.db 'PRAGMA integrity_check')" = ok ]
		n=$(sqlite3 round.db 'SELECT count(*) FROM kasus')
		echo "round $i: $n cases"
		# an import run is one event, with the states of what it created
		e=$(sqlite3 round.db 'SELECT count(*) FROM peristiwa')
		{ [ "$n" -eq 4 ] && [ "$e" -eq 1 ]; } || { [ "$n" -eq 80004 ] && [ "$e" -eq 2 ]; }
		[ "$(sqlite3 round.db 'SELECT count(*) FROM kasus WHERE keadaan_impor IS NOT NULL')" -eq "$n" ]
	done
	run netral --db round.db import -q big.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 round.db 'SELECT count(*) FROM kasus')" = 80004 ]
	run netral --db round.db check
	[ "$status" -eq 0 ]
}

@test "an export, an import and clerks' adds at once: nobody is refused, nothing is lost" {
	"$GEN" 30000 > big.csv
	netral import -q "$DATA/import/dasar.csv"
	"$NETRAL" import -q big.csv > import.out 2>&1 &
	ipid=$!
	for i in 1 2 3 4 5; do
		"$NETRAL" add --nama "Clerk $i" --jenis-pegawai PNS --instansi X \
			--tanggal-kejadian 2024-10-01 --bentuk apk > "add$i.out" 2>&1 &
		eval "apid$i=$!"
	done
	"$NETRAL" export --format csv --termasuk-ppnpn > export.csv 2> export.err &
	epid=$!
	wait $ipid
	for i in 1 2 3 4 5; do eval "wait \$apid$i"; done
	wait $epid
	! grep -q "locked" import.out add*.out export.err
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 30009 ]
	# the export saw one committed state: the 4 first cases, some adds, all or none of the import
	n=$(sed -n 's/^ringkasan,dilaporkan,\([0-9]*\),.*/\1/p' export.csv)
	echo "export saw $n"
	[ "$n" -ge 4 ] && { [ "$n" -le 9 ] || { [ "$n" -ge 30004 ] && [ "$n" -le 30009 ]; }; }
	run netral check
	[ "$status" -eq 0 ]
}

@test "a full disk fails the import with a clear message and leaves the database as it was" {
	"$GEN" 20000 > big.csv
	netral import -q "$DATA/import/dasar.csv"
	before=$(db_state)
	run --separate-stderr bash -c "ulimit -f 1024; '$NETRAL' import -q big.csv"
	echo "$stderr"
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"is full"* || "$stderr" == *"disk"* ]]
	[ "$(db_state)" = "$before" ]
	[ "$(sqlite3 "$NETRAL_DB" 'PRAGMA integrity_check')" = ok ]
}

# A directory every user can reach (the test's own may be private).
shared_dir() {
	SHARED=$(mktemp -d /tmp/netral-test.XXXXXX)
	chmod 755 "$SHARED"
}

teardown() {
	[ -z "${SHARED:-}" ] || rm -rf "$SHARED"
}

@test "a read-only database: writes are refused clearly, reads work" {
	shared_dir
	export NETRAL_DB="$SHARED/n.db"
	netral import -q "$DATA/import/dasar.csv"
	chmod 644 "$NETRAL_DB"
	chmod 777 "$SHARED"
	run --separate-stderr as_user add --nama X --jenis-pegawai PNS --instansi Y --tanggal-kejadian 2024-10-01 --bentuk apk
	[ "$status" -eq 5 ]
	[[ "$stderr" == *"'$NETRAL_DB' is read-only for you"* ]]
	run --separate-stderr as_user list
	[ "$status" -eq 0 ]
	[[ "$output" == *"Budi Santoso"* ]]
}

@test "a read-only directory: reads still work, writes are refused" {
	shared_dir
	netral --db "$SHARED/n.db" import -q "$DATA/import/dasar.csv"
	chmod 644 "$SHARED/n.db"
	chmod 555 "$SHARED"
	run --separate-stderr as_user --db "$SHARED/n.db" export --format csv
	[ "$status" -eq 0 ]
	[[ "$output" == *"ringkasan,dilaporkan,3,100.0"* ]]   # 4 cases, one a PPNPN
	run --separate-stderr as_user --db "$SHARED/n.db" show 2024-0001
	[ "$status" -eq 0 ]
	run --separate-stderr as_user --db "$SHARED/n.db" status 2024-0001 verifikasi
	[ "$status" -eq 5 ]
	chmod 755 "$SHARED"
}

@test "a read-only directory that hides committed changes in the WAL says so" {
	shared_dir
	netral --db "$SHARED/n.db" init > /dev/null
	# a WAL with committed data: a reader holds the database open while a
	# case is added, then dies without the last close that checkpoints
	{ echo "BEGIN; SELECT count(*) FROM kasus;"; sleep 30; } | sqlite3 "$SHARED/n.db" > /dev/null &
	reader=$!
	sleep 0.5
	netral --db "$SHARED/n.db" add --nama A --jenis-pegawai PNS --instansi X --tanggal-kejadian 2024-08-10 --bentuk apk > /dev/null
	pkill -9 -P "$reader" sqlite3 || true
	kill -9 "$reader" 2> /dev/null || true
	wait "$reader" 2> /dev/null || true
	[ -s "$SHARED/n.db-wal" ]
	rm -f "$SHARED/n.db-shm"
	chmod 644 "$SHARED/n.db" "$SHARED/n.db-wal"
	chmod 555 "$SHARED"
	run --separate-stderr as_user --db "$SHARED/n.db" list
	chmod 755 "$SHARED"
	[[ "$stderr" == *"n.db-wal' holds changes not yet in the database"* ]]
}

@test "backup: a private, consistent copy while an import writes; restoring it" {
	"$GEN" 30000 > big.csv
	netral import -q "$DATA/import/dasar.csv"
	"$NETRAL" import -q big.csv &
	pid=$!
	sleep 0.3
	run netral backup copy.db
	wait $pid
	[ "$status" -eq 0 ]
	[ "$(stat -c %a copy.db)" = 600 ]
	n=$(sqlite3 copy.db 'SELECT count(*) FROM kasus')
	[ "$n" -eq 4 ] || [ "$n" -eq 30004 ]
	run netral --db copy.db check
	[ "$status" -eq 0 ]
	# restore, as the man page says
	netral --db copy.db check
	cp copy.db "$NETRAL_DB"
	rm -f "$NETRAL_DB-wal" "$NETRAL_DB-shm"
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" -eq "$n" ]
	run netral check
	[ "$status" -eq 0 ]
	run --separate-stderr netral backup nowhere/copy.db
	[ "$status" -eq 6 ]
}

@test "files holding personal data are private: database, backup, reject file, list output" {
	netral import -q "$DATA/import/dasar.csv"
	netral backup b.db
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-13-01,apk\n' > bad.csv
	netral import -q --skip-invalid --reject rej.csv bad.csv || true
	netral list --format csv --output list.csv
	for f in "$NETRAL_DB" b.db rej.csv list.csv; do
		[ "$(stat -c %a "$f")" = 600 ] || { echo "$f"; false; }
	done
}

@test "the reporter's contact stays out of list, show and every summary unless asked for" {
	add_case --kontak-pelapor "0812-3456-7890"
	run netral list --format csv
	[[ "$output" != *"0812-3456-7890"* ]]
	run netral list --format json
	[[ "$output" != *"0812"* ]]
	run netral show 2024-0001
	[[ "$output" != *"0812"* ]]
	for f in csv json table; do
		run netral export --format $f --basis dilaporkan
		[[ "$output" != *"0812"* ]]
	done
	run netral list --format csv --kontak
	[[ "$output" == *"0812-3456-7890"* ]]
	run netral show 2024-0001 --kontak
	[[ "$output" == *"0812-3456-7890"* ]]
}

@test "bash completion offers what the binary knows" {
	mkdir bin
	ln -s "$NETRAL" bin/netral
	PATH="$PWD/bin:$PATH"
	source "$BATS_TEST_DIRNAME/../../completions/netral.bash"
	COMP_WORDS=(netral ex); COMP_CWORD=1; _netral
	[[ " ${COMPREPLY[*]} " == *" export "* ]]
	COMP_WORDS=(netral add --bentuk med); COMP_CWORD=3; _netral
	[[ " ${COMPREPLY[*]} " == *" medsos-kampanye "* ]]
	[[ " ${COMPREPLY[*]} " == *" medsos-interaksi "* ]]
	COMP_WORDS=(netral add --pemilihan PILK); COMP_CWORD=3; _netral
	[[ " ${COMPREPLY[*]} " == *" PILKADA2024 "* ]]
	COMP_WORDS=(netral status 2024-0001 ter); COMP_CWORD=3; _netral
	[ "${COMPREPLY[*]}" = terbukti ]
	COMP_WORDS=(netral import --skip); COMP_CWORD=2; _netral
	[ "${COMPREPLY[*]}" = --skip-invalid ]
	# every field is an option of edit, from the column catalogue
	COMP_WORDS=(netral edit 2024-0001 --kontak); COMP_CWORD=3; _netral
	[ "${COMPREPLY[*]}" = --kontak-pelapor ]
	COMP_WORDS=(netral add --unit); COMP_CWORD=2; _netral
	[ "${COMPREPLY[*]}" = --unit-kerja ]
	COMP_WORDS=(netral add --sasaran p); COMP_CWORD=3; _netral
	[ "${COMPREPLY[*]}" = partai ]
	COMP_WORDS=(netral export --by peg); COMP_CWORD=3; _netral
	[ "${COMPREPLY[*]}" = pegawai ]
	# the tiers the Satgas decides, not its own "satgas"
	COMP_WORDS=(netral putusan 2024-0001 --jenis ''); COMP_CWORD=4; _netral
	[ "${COMPREPLY[*]}" = "kode_etik disiplin_sedang disiplin_berat ptdh tidak_melanggar" ]
	COMP_WORDS=(netral putusan 2024-0001 --); COMP_CWORD=3; _netral
	[[ " ${COMPREPLY[*]} " == *" --hapus "* ]]
	# status offers what a move records (status.csv), not the SIASN flag
	COMP_WORDS=(netral status 2024-0001 disanksi --s); COMP_CWORD=4; _netral
	[ "${COMPREPLY[*]}" = "--sanksi --sk-nomor --sk-tanggal" ]
	COMP_WORDS=(netral status 2024-0001 disanksi --blok); COMP_CWORD=4; _netral || true
	[ -z "${COMPREPLY[*]}" ]
	# a contest added to the database is offered too
	netral election add ULANG2025 --nama x --penetapan 2025-07-22 --kampanye-mulai 2025-07-25 \
		--kampanye-selesai 2025-08-23 --pemungutan 2025-08-27 > /dev/null
	COMP_WORDS=(netral list --pemilihan ULA); COMP_CWORD=3; _netral
	[ "${COMPREPLY[*]}" = ULANG2025 ]
}

@test "the main paths are clean under valgrind" {
	command -v valgrind > /dev/null || skip "valgrind is not installed"
	[ -z "${NETRAL_SANITIZED:-}" ] || skip "valgrind cannot run the sanitizer build (the plain build runs this)"
	vg() { valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite "$NETRAL" "$@"; }
	run vg import "$DATA/import/dasar.csv"
	[ "$status" -eq 0 ]
	for cmd in "list" "show 2024-0001" "export --format csv" "history 2024-0001" "check" \
		"classify --bentuk apk --tanggal 2024-10-01"; do
		run vg $cmd
		echo "$cmd: $status"
		[ "$status" -eq 0 ]
	done
	run vg status 2024-0001 verifikasi
	[ "$status" -eq 0 ]
	run vg edit 2024-0001 --bentuk apk
	[ "$status" -eq 0 ]
}

@test "messages never carry a control character from what was typed or read" {
	add_case > /dev/null
	run --separate-stderr netral list --format $'\e[31mred'
	[ "$status" -eq 2 ]
	[[ "$stderr" != *$'\e'* ]]
	[[ "$stderr" == *"unknown format '?[31mred'"* ]]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,\e]0;owned\a\n' > h.csv
	run --separate-stderr netral import h.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" != *$'\e'* && "$stderr" != *$'\a'* ]]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10,\e[2Japk\n' > r.csv
	run --separate-stderr netral import r.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"r.csv:2: bentuk: contains the control character U+001B"* ]]
	[[ "$stderr" != *$'\e'* ]]
	run --separate-stderr netral show $'2024-\e[1m'
	[ "$status" -eq 2 ]
	[[ "$stderr" != *$'\e'* ]]
	run --separate-stderr netral $'\e[1mlist'
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"'?[1mlist' is not a command"* ]]
	run --separate-stderr netral --bogus$'\e'
	[ "$status" -eq 2 ]
	[[ "$stderr" != *$'\e'* ]]
	# a value written into the file by another program reaches no terminal
	sqlite3 "$NETRAL_DB" "UPDATE kasus SET instansi = 'X' || char(27) || '[2J' WHERE nomor = '2024-0001'"
	run netral list
	[[ "$output" == *"X?[2J"* && "$output" != *$'\e'* ]]
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" != *$'\e'* ]]
}

@test "--delimiter is one option everywhere: list takes 'tab' as import and export do" {
	add_case > /dev/null
	run netral list --format csv --delimiter tab
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == $'nomor\tno_laporan\tnama\t'* ]]
	netral list --format csv --delimiter tab > l.tsv
	run netral --db copy.db import --delimiter tab l.tsv
	[ "$status" -eq 0 ]
	[[ "$output" == "imported 1, duplicates 0, rejected 0" ]]
	run --separate-stderr netral list --delimiter ab
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"the delimiter must be one character or 'tab', not 'ab'"* ]]
}
