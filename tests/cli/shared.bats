#!/usr/bin/env bats
# One agency, one database, several clerks: the database the system's
# defaults file names (as the Debian package sets it), in a set-group-ID
# folder whose group is the clerks'; each works as themself, and the
# history names each by their login.

load helper

# A shared folder as the package makes /var/lib/netral (2770, its group),
# with a defaults file naming the database in it.  GROUP is a group of its
# own (any id: setpriv needs no name for it).
GROUP=4242

shared_dir() {
	SHARED=$(mktemp -d /tmp/netral-shared.XXXXXX)
	# reachable by the users the test acts as
	chmod 0711 "$SHARED"
	mkdir "$SHARED/lib"
	chgrp "$GROUP" "$SHARED/lib" 2> /dev/null || chgrp "$(id -g)" "$SHARED/lib"
	chmod 2770 "$SHARED/lib"
	# quoted, and blanks after it, as an editor may leave them
	printf '# the agency database\nNETRAL_DB="%s/lib/netral.db"  \n' "$SHARED" > "$SHARED/defaults"
	export NETRAL_DEFAULTS="$SHARED/defaults"
	unset NETRAL_DB
}

teardown() {
	[ -z "${SHARED:-}" ] || rm -rf "$SHARED"
}

# Runs netral as user $1 (a system account of Debian: daemon, bin), in
# the group, under umask $2, with no NETRAL_OPERATOR: as a clerk's login.
as_user() {
	local user=$1 mask=$2
	shift 2
	setpriv --reuid="$user" --regid="$user" --groups="$GROUP" \
		sh -c 'umask "$1"; shift; cd /; exec env -u NETRAL_OPERATOR HOME=/nonexistent "$@"' \
		sh "$mask" "$NETRAL" "$@"
}

need_root() {
	[ "$(id -u)" -eq 0 ] || skip "acting as two users needs root"
	command -v setpriv > /dev/null || skip "no setpriv"
}

@test "the database the system's defaults file names is the default; NETRAL_DB and --db override it" {
	shared_dir
	run netral init
	[ "$status" -eq 0 ]
	[ -f "$SHARED/lib/netral.db" ]
	NETRAL_DB="$BATS_TEST_TMPDIR/own.db" netral init > /dev/null
	[ -f "$BATS_TEST_TMPDIR/own.db" ]
	netral --db "$BATS_TEST_TMPDIR/given.db" init > /dev/null
	[ -f "$BATS_TEST_TMPDIR/given.db" ]
	add_case > /dev/null
	[ "$(sqlite3 "$SHARED/lib/netral.db" 'SELECT count(*) FROM kasus')" = 1 ]
	[ "$(sqlite3 "$BATS_TEST_TMPDIR/own.db" 'SELECT count(*) FROM kasus')" = 0 ]
	# as in the shell, the last line holds and an empty one unsets: then
	# the user's own default
	printf 'NETRAL_DB=/nowhere/x.db\nNETRAL_DB=\n' > "$SHARED/defaults"
	XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg" netral init > /dev/null
	[ -f "$BATS_TEST_TMPDIR/xdg/netral/netral.db" ]
	# without NETRAL_DEFAULTS, the build's own file, which this build
	# (not the package's) has none of
	run env -u NETRAL_DEFAULTS XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg2" "$NETRAL" init
	[ "$status" -eq 0 ]
	[ -f "$BATS_TEST_TMPDIR/xdg2/netral/netral.db" ]
	# a defaults file that cannot be read, or names a path too long, is
	# said: never a private database made in the agency's stead
	rm -rf "$BATS_TEST_TMPDIR/xdg3"
	mkdir "$BATS_TEST_TMPDIR/notafile"
	run --separate-stderr env NETRAL_DEFAULTS="$BATS_TEST_TMPDIR/notafile" XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg3" "$NETRAL" init
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"$BATS_TEST_TMPDIR/notafile"* ]]
	printf 'NETRAL_DB=/%s/x.db\n' "$(printf 'd%.0s' {1..5000})" > "$SHARED/defaults"
	run --separate-stderr env XDG_DATA_HOME="$BATS_TEST_TMPDIR/xdg3" "$NETRAL" init
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"$SHARED/defaults: NETRAL_DB: the path is longer than"* ]]
	[ ! -e "$BATS_TEST_TMPDIR/xdg3" ]
}

@test "in a set-group-ID folder the database, its WAL files and what holds personal data are the group's (0660) whatever the umask; elsewhere 0600" {
	shared_dir
	db="$SHARED/lib/netral.db"
	"$GEN" 50000 > big.csv
	for mask in 077 022; do
		rm -f "$db"*
		(umask $mask; netral init > /dev/null)
		# the WAL files netral makes, caught while it writes: an import
		# stopped dead leaves them
		(umask $mask; exec "$NETRAL" -q import big.csv) &
		pid=$!
		for i in $(seq 200); do
			[ -s "$db-wal" ] && [ -e "$db-shm" ] && break
			sleep 0.05
		done
		kill -9 $pid
		wait $pid || true
		for f in "$db" "$db-wal" "$db-shm"; do
			[ "$(stat -c %a "$f")" = 660 ] || { echo "umask $mask: $f is $(stat -c %a "$f")"; false; }
		done
		(umask $mask; add_case > /dev/null)
		[ "$(stat -c %a "$db")" = 660 ]
		(umask $mask; NETRAL_DB="$BATS_TEST_TMPDIR/p$mask.db" netral init > /dev/null)
		[ "$(stat -c %a "$BATS_TEST_TMPDIR/p$mask.db")" = 600 ]
	done
	[ "$(stat -c %a "$SHARED/lib")" = 2770 ]
	# what a clerk writes there with personal data is the group's too;
	# anywhere else it is theirs alone
	(umask 077; netral list --output "$SHARED/lib/list.csv"; netral backup "$SHARED/lib/copy.db" > /dev/null
	 netral list --output own.csv; netral backup own.db > /dev/null)
	[ "$(stat -c %a "$SHARED/lib/list.csv") $(stat -c %a "$SHARED/lib/copy.db")" = "660 660" ]
	[ "$(stat -c %a own.csv) $(stat -c %a own.db)" = "600 600" ]
	# summaries hold no names: a clerk's own database exported into the
	# folder gets the clerk's umask, never more for the group than it allows
	for mask in 077 022; do
		(umask $mask; NETRAL_DB="$BATS_TEST_TMPDIR/p$mask.db" netral export --output "$SHARED/lib/rekap$mask.csv")
	done
	[ "$(stat -c %a "$SHARED/lib/rekap077.csv") $(stat -c %a "$SHARED/lib/rekap022.csv")" = "600 644" ]
	# loosened by hand, it is made the group's again, never others'
	chmod 0666 "$SHARED/lib/netral.db"
	add_case --tanggal-kejadian 2024-08-11 > /dev/null
	[ "$(stat -c %a "$SHARED/lib/netral.db")" = 660 ]
	# and the group writing into its folder is no warning
	run --separate-stderr netral status 2024-0001 verifikasi
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
}

@test "under sudo the change is the invoking user's; --operator and NETRAL_OPERATOR still name another" {
	unset NETRAL_OPERATOR
	netral init > /dev/null
	SUDO_USER=siti add_case > /dev/null
	SUDO_USER=siti NETRAL_OPERATOR=budi add_case --tanggal-kejadian 2024-08-11 > /dev/null
	SUDO_USER=siti netral --operator rina status 2024-0001 verifikasi > /dev/null
	netral status 2024-0002 verifikasi > /dev/null
	run netral history --format csv
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(operator, ' ') FROM (SELECT operator FROM peristiwa WHERE kasus_id IS NOT NULL GROUP BY operator ORDER BY min(id))")" = \
		"siti budi rina $(id -un)" ]
}

@test "two clerks at once on one database: both changes land, each under the clerk's login, the files stay the group's" {
	need_root
	shared_dir
	as_user daemon 077 init > /dev/null
	for i in 1 2 3 4 5; do
		as_user daemon 077 add --nama "Budi $i" --jenis-pegawai PNS --instansi "Kabupaten Batang" \
			--tanggal-kejadian 2024-08-1$i --bentuk apk > /dev/null &
		as_user bin 022 add --nama "Siti $i" --jenis-pegawai PNS --instansi "Kabupaten Batang" \
			--tanggal-kejadian 2024-08-1$i --bentuk apk > /dev/null &
	done
	wait
	run as_user bin 022 list --format csv
	[ "$status" -eq 0 ]
	[ "$(grep -c ',Budi ' <<< "$output")" = 5 ]
	[ "$(grep -c ',Siti ' <<< "$output")" = 5 ]
	db="$SHARED/lib/netral.db"
	[ "$(sqlite3 "$db" "SELECT count(*) FROM peristiwa p JOIN kasus k ON k.id = p.kasus_id
		WHERE p.operator = 'daemon' AND k.nama LIKE 'Budi %' AND p.jenis = 'buat'")" = 5 ]
	[ "$(sqlite3 "$db" "SELECT count(*) FROM peristiwa p JOIN kasus k ON k.id = p.kasus_id
		WHERE p.operator = 'bin' AND k.nama LIKE 'Siti %' AND p.jenis = 'buat'")" = 5 ]
	run as_user daemon 077 history --operator bin
	[ "$status" -eq 0 ]
	[[ "$output" == *bin* ]]
	for f in "$db" "$db-wal" "$db-shm"; do
		[ ! -e "$f" ] || [ "$(stat -c '%a %g' "$f")" = "660 $GROUP" ] || { echo "$f: $(stat -c '%a %g' "$f")"; false; }
	done
	[ "$(stat -c '%a %g' "$SHARED/lib")" = "2770 $GROUP" ]
	run as_user bin 022 check
	[ "$status" -eq 0 ]
}

@test "a shared database's WAL files are the group's from their creation, whatever the umask" {
	shared_dir
	STEPS="${STEPS:-$BATS_TEST_DIRNAME/../../build/tests/steps.so}"
	[ -f "$STEPS" ] || { echo "no $STEPS (make units builds it)"; false; }
	# SQLite makes them past the umask and gives them the database's mode
	# after: a clerk opening them between the two found the database
	# read-only.  The umask when each is made lets the group's bits through.
	(umask 077
	 NETRAL_OPENS_OUT="$PWD/opens" ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
		LD_PRELOAD="$STEPS" "$NETRAL" add --nama "Budi Santoso" --jenis-pegawai PNS \
		--instansi "Kabupaten Batang" --tanggal-kejadian 2024-08-10 --bentuk apk > /dev/null)
	cat opens
	grep -q -- '-wal 0017$' opens
	grep -q -- '-shm 0017$' opens
	# and never others' bits: the database itself stays 0660
	[ "$(stat -c %a "$SHARED/lib/netral.db")" = 660 ]
	# a database in a folder of its owner's alone is made under the umask given
	rm -f opens
	(umask 077
	 NETRAL_DB="$PWD/own.db" NETRAL_OPENS_OUT="$PWD/opens" \
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
		LD_PRELOAD="$STEPS" "$NETRAL" add --nama "Budi Santoso" --jenis-pegawai PNS \
		--instansi "Kabupaten Batang" --tanggal-kejadian 2024-08-10 --bentuk apk > /dev/null)
	grep -q -- 'own.db-wal 0077$' opens
}
