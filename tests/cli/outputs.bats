#!/usr/bin/env bats
# Files netral writes (--output, a reject file, a backup) are whole or not
# there: until complete a file has no name in its directory, so a killed
# run leaves nothing; a write that fails keeps the previous file, and says
# so.  The failures come from tests/fault/disk.c, preloaded.

load helper

fault() {
	FAULT="${FAULT:-$BATS_TEST_DIRNAME/../../build/tests/fault.so}"
	[ -f "$FAULT" ] || { echo "no $FAULT (make units builds it)"; false; }
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
		LD_PRELOAD="$FAULT" "$NETRAL" "$@"
}

# Runs netral as an unprivileged user when we are root (root ignores file
# permissions); otherwise as ourselves.
as_user() {
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$NETRAL" "$@"
	else
		"$NETRAL" "$@"
	fi
}

@test "while an output is written it has no name in its directory, nor a hidden one" {
	add_case > /dev/null
	mkdir out
	for cmd in "export --output out/rekap.csv" "list --format csv --output out/list.csv" \
		"kepatuhan --pemilihan PILKADA2024 --per 2024-07-10 --output out/k.html --format html"; do
		rm -f seen
		# shellcheck disable=SC2086
		NETRAL_FAULT_CALL=list:out NETRAL_FAULT_HIT="$PWD/seen" fault $cmd > /dev/null || true
		# what another process saw in out/ when the data was on the disk
		[ -s seen ]
		! grep -v '^\.\.\?$' seen | grep -q '^\.' || { echo "$cmd:"; cat seen; false; }
	done
	[ -z "$(ls -A out | grep '^\.')" ]
}

@test "a failing fsync, link or rename keeps the previous file and leaves nothing beside it" {
	add_case > /dev/null
	netral export --output rekap.csv
	cp rekap.csv before.csv
	for call in fsync linkat rename; do
		NETRAL_FAULT_CALL=$call run --separate-stderr fault export --format json --output rekap.csv
		[ "$status" -eq 6 ]
		[ "$stderr" = "netral: cannot write 'rekap.csv': Input/output error; the previous file, if any, is unchanged" ]
		cmp rekap.csv before.csv
	done
	[ -z "$(ls -A | grep '^\.')" ]
	# a reject file alike: the import is done, the rejected rows said
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,X,2024-08-10,apk\nB,PNS,X,2024-08-10,bogus\n' > k.csv
	NETRAL_FAULT_CALL=rename run --separate-stderr fault import --skip-invalid --reject rej.csv k.csv
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"k.csv:3: bentuk: unknown bentuk 'bogus'"* ]]
	[[ "$stderr" == *"netral: cannot write 'rej.csv': Input/output error; the previous file, if any, is unchanged"* ]]
	[[ "$stderr" == *"netral: k.csv: the import is done, but the rejected rows are only in the messages above"* ]]
	[ ! -e rej.csv ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM kasus WHERE nama = 'A'")" = 1 ]
	[ -z "$(ls -A | grep '^\.')" ]
}

@test "an output to a device that is full is an error" {
	add_case > /dev/null
	run --separate-stderr netral list --output /dev/full
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot write '/dev/full': No space left on device" ]
}

teardown() {
	[ -z "${SHARED:-}" ] || { chmod -R u+w "$SHARED"; rm -rf "$SHARED"; }
}

@test "an output into a directory others may not write: a new file cannot be made, an old one is not replaced" {
	# a folder the unprivileged user reaches
	SHARED=$(mktemp -d /tmp/netral-test.XXXXXX)
	chmod 755 "$SHARED"
	cd "$SHARED"
	export NETRAL_DB="$SHARED/n.db"
	add_case > /dev/null
	chmod 644 "$NETRAL_DB"
	mkdir locked
	chmod 555 locked
	run --separate-stderr as_user --db "$NETRAL_DB" list --output locked/new.csv
	[ "$status" -eq 6 ]
	[[ "$stderr" == "netral: cannot create a file in 'locked': Permission denied" ]]
	chmod 755 locked
	: > locked/old.csv
	chmod 666 locked/old.csv
	chmod 555 locked
	run --separate-stderr as_user --db "$NETRAL_DB" list --output locked/old.csv
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot replace 'locked/old.csv' whole: its directory is not writable (nothing written)" ]
	[ ! -s locked/old.csv ]
	chmod 755 locked
}

@test "the prevention imports' reject file: one that cannot be put in place after the import is said so; a failed import writes none" {
	netral init > /dev/null
	printf 'nama,jumlah_asn\nB,x\nC,1\n' > u.csv
	NETRAL_FAULT_CALL=rename run --separate-stderr fault unit import --skip-invalid --reject rej.csv u.csv
	[ "$status" -eq 6 ]
	[ "$stderr" = "$(printf '%s\n' "u.csv:2: jumlah_asn: 'x' is not a whole number" \
		"netral: cannot write 'rej.csv': Input/output error; the previous file, if any, is unchanged" \
		"netral: u.csv: the import is done, but the rejected rows are only in the messages above")" ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT nama FROM unit')" = C ]
	[ ! -e rej.csv ]
	# a header it cannot take: nothing imported, no reject file
	printf 'nama,bogus\nD,1\n' > h.csv
	run --separate-stderr netral unit import --skip-invalid --reject rej.csv h.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"h.csv:1: header: unknown column 'bogus'"* ]]
	[ ! -e rej.csv ]
	[ -z "$(ls -A | grep '^\.')" ]
}

@test "no output replaces the database, its files or the file being imported" {
	netral init -q
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nBudi,PNS,Kab A,2024-08-10,apk\nX,,,,\n' > k.csv
	cp k.csv orig.csv
	before=$(db_state)
	run netral import --skip-invalid --reject k.csv k.csv
	[ "$status" -eq 2 ]
	[[ "$output" == *"'k.csv' is the file being imported; write the rejected rows to another file"* ]]
	cmp k.csv orig.csv
	run netral import --skip-invalid --reject "$NETRAL_DB" k.csv
	[ "$status" -eq 2 ]
	[[ "$output" == *"is the database or one of its files"* ]]
	[ "$(db_state)" = "$before" ]
	netral import -q k.csv --skip-invalid || true
	for f in list-csv list-xlsx export kepatuhan; do
		case $f in
		list-csv) run netral list --format csv --output "$NETRAL_DB" ;;
		list-xlsx) run netral list --format xlsx --output "$NETRAL_DB-wal" ;;
		export) run netral export --format csv --output "$NETRAL_DB" ;;
		kepatuhan) run netral kepatuhan --pemilihan PILKADA2024 --format csv --output "$NETRAL_DB" ;;
		esac
		[ "$status" -eq 2 ] || { echo "$f: $output"; false; }
		[[ "$output" == *"is the database or one of its files; write to another file"* ]]
	done
	run netral list --format ids
	[ "$output" = 2024-0001 ]
}

@test "an output to a device that cannot be opened is an error" {
	netral init > /dev/null
	# no controlling terminal in a new session: /dev/tty opens to nothing
	run --separate-stderr setsid -w "$NETRAL" list --output /dev/tty
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot write '/dev/tty': No such device or address" ]
}
