#!/usr/bin/env bats
# What netral is given as its database or its rules that is not what it
# takes: a directory, another program's SQLite file, a path through a file.

load helper

@test "a database that is a directory, another program's file, or behind a file is refused" {
	run --separate-stderr netral --db "$BATS_TEST_TMPDIR" list
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: '$BATS_TEST_TMPDIR' is a directory, not a database file" ]
	# another program marked its file as its own
	sqlite3 other.db "PRAGMA application_id = 123; CREATE TABLE t (x)"
	before=$(sha256sum < other.db)
	for cmd in list init "unit import --dry-run /dev/null"; do
		# shellcheck disable=SC2086
		run --separate-stderr netral --db other.db $cmd
		[ "$status" -eq 5 ]
		[ "$stderr" = "netral: 'other.db' is not a netral database" ]
	done
	[ "$(sha256sum < other.db)" = "$before" ]
	: > afile
	unset NETRAL_DB
	XDG_DATA_HOME="$PWD/afile" run --separate-stderr netral init
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot open database '$PWD/afile/netral/netral.db': Not a directory" ]
}

@test "a dry run of a prevention import needs no database, and makes none" {
	printf 'nama\nDinas A\n' > u.csv
	run --separate-stderr netral unit import --dry-run u.csv
	[ "$status" -eq 0 ]
	[ "$output" = "dry run: would import 1, update 0, unchanged 0, rejected 0; nothing written" ]
	[ ! -e "$NETRAL_DB" ]
	run netral unit import --help
	[ "$status" -eq 0 ]
	[[ "$output" == usage:* ]]
	netral init > /dev/null
	printf 'nama;kepala\nDinas A;Budi, S.H.\n' > s.csv
	run netral unit import --delimiter ';' s.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT kepala FROM unit')" = "Budi, S.H." ]
}

@test "a rules folder that is a file, or a rules file that is a folder, is refused" {
	: > notdir
	run --separate-stderr netral rules check notdir
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: 'notdir' is not a directory" ]
	cp -r "$RULES" r
	rm r/bentuk.csv
	mkdir r/bentuk.csv
	run --separate-stderr netral rules check r
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot read 'r/bentuk.csv': Is a directory" ]
}

as_user() {
	if [ "$(id -u)" -eq 0 ]; then
		# the test's no-defaults file is in a folder that user cannot
		# search, which netral says; none where anyone may look
		NETRAL_DEFAULTS=/nonexistent/netral-defaults \
			setpriv --reuid=65534 --regid=65534 --clear-groups "$NETRAL" "$@"
	else
		"$NETRAL" "$@"
	fi
}

teardown() {
	[ -z "${SHARED:-}" ] || { chmod 755 "$SHARED"; rm -rf "$SHARED"; }
}

@test "a database in a read-only directory is read whatever its name holds, by a path or a bare name" {
	SHARED=$(mktemp -d /tmp/netral-test.XXXXXX)
	chmod 755 "$SHARED"
	db="$SHARED/n#1%?.db"
	netral --db "$db" import -q "$DATA/import/dasar.csv"
	chmod 644 "$db"
	chmod 555 "$SHARED"
	run --separate-stderr as_user --db "$db" list --format ids
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 4 ]
	cd "$SHARED"
	run --separate-stderr as_user --db 'n#1%?.db' list --format ids
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 4 ]
}

@test "a database that cannot be made where it is asked for: its folder, or the file" {
	SHARED=$(mktemp -d /tmp/netral-test.XXXXXX)
	chmod 555 "$SHARED"
	unset NETRAL_DB
	XDG_DATA_HOME="$SHARED/data" run --separate-stderr as_user init
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot create directory '$SHARED/data/netral': Permission denied" ]
	run --separate-stderr as_user --db "$SHARED/n.db" init
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot create database '$SHARED/n.db': Permission denied" ]
	[ -z "$(ls -A "$SHARED")" ]
}

@test "a damaged file in a read-only directory is said to be damaged" {
	SHARED=$(mktemp -d /tmp/netral-test.XXXXXX)
	chmod 755 "$SHARED"
	echo "not a database" > "$SHARED/bad.db"
	chmod 644 "$SHARED/bad.db"
	chmod 555 "$SHARED"
	run --separate-stderr as_user --db "$SHARED/bad.db" list
	[ "$status" -eq 5 ]
	[ "$stderr" = "netral: cannot read the database: '$SHARED/bad.db' is damaged or not a database: file is not a database" ]
}

@test "a default folder that cannot be made, or made private, is said so" {
	[ "$(id -u)" -eq 0 ] || skip "needs another user's folder"
	SHARED=$(mktemp -d /tmp/netral-test.XXXXXX)
	chmod 555 "$SHARED"
	unset NETRAL_DB
	XDG_DATA_HOME="$SHARED" run --separate-stderr as_user init
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot create directory '$SHARED/netral': Permission denied" ]
	chmod 755 "$SHARED"
	# another user's folder, open to all: used, and named
	mkdir -m 777 "$SHARED/netral"
	XDG_DATA_HOME="$SHARED" run --separate-stderr as_user init
	[ "$status" -eq 0 ]
	[ "$stderr" = "netral: warning: '$SHARED/netral' can be read by others and cannot be made private: Operation not permitted" ]
}
