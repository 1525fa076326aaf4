#!/usr/bin/env bats
# A command about one case, one person or one agency costs the same in a
# database ten times larger: it finds what it needs through an index.
# Cost is counted in SQLite's virtual machine steps (tests/fault/steps.c),
# not on a clock: a scan takes a step or more a row, a look-up the same
# steps at any size.  Each command runs on two databases that hold the
# same cases to act on, one with 400 other cases and one with 4,000.

load helper

SMALL=400
BIG=4000

setup_file() {
	export NETRAL_TODAY=2026-11-25 NETRAL_OPERATOR=tester LC_ALL=C.UTF-8
	NETRAL="${NETRAL:-$BATS_TEST_DIRNAME/../../netral}"
	GEN="${GEN:-$BATS_TEST_DIRNAME/../../build/tests/gen}"
	local base="$BATS_FILE_TMPDIR/base.db"
	# the cases the commands act on: an agency, a person and a day that
	# the generated cases never have
	for nip in "19700101 199001 1 001" "19700101 199001 1 002" "19700101 199001 1 003"; do
		"$NETRAL" --db "$base" -q add --nama "Ani Uji" --jenis-pegawai PNS --nip "$nip" \
			--instansi "Dinas Uji Skala" --tanggal-kejadian 2024-03-15 \
			--pemilihan PILKADA2024 --bentuk medsos-kampanye --sasaran partai > /dev/null
	done
	"$NETRAL" --db "$base" -q add --nama "Tanpa Nip" --jenis-pegawai PPNPN \
		--instansi "Dinas Uji Skala" --tanggal-kejadian 2024-03-16 \
		--pemilihan PILKADA2024 --bentuk apk > /dev/null
	# 2024-0005, and 2024-0006 merged into it
	for i in 1 2; do
		"$NETRAL" --db "$base" -q add --nama "Dua Kali" --jenis-pegawai PNS \
			--nip "19700101 199001 1 009" --instansi "Dinas Uji Skala" \
			--tanggal-kejadian 2024-03-17 --pemilihan PILKADA2024 --bentuk apk > /dev/null
	done
	"$NETRAL" --db "$base" merge 2024-0005 2024-0006 > /dev/null
	# 2024-0007, voided by mistake
	"$NETRAL" --db "$base" -q add --nama "Salah Batal" --jenis-pegawai PNS \
		--nip "19700101 199001 1 006" --instansi "Dinas Uji Skala" \
		--tanggal-kejadian 2024-03-18 --pemilihan PILKADA2024 --bentuk apk > /dev/null
	"$NETRAL" --db "$base" status 2024-0007 batal --batal-alasan "salah ketik" > /dev/null
	for n in $SMALL $BIG; do
		"$GEN" $n > "$BATS_FILE_TMPDIR/g$n.csv"
		cp "$base" "$BATS_FILE_TMPDIR/n$n.db"
		"$NETRAL" --db "$BATS_FILE_TMPDIR/n$n.db" -q import "$BATS_FILE_TMPDIR/g$n.csv"
		sqlite3 "$BATS_FILE_TMPDIR/n$n.db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
	done
	rollups
}

# r400.db and r4000.db: a province's roll-up of origins of 200 cases each,
# and uji.csv, 200 more of the person 19700101 199001 1 005 for another
rollups() {
	local d="$BATS_FILE_TMPDIR" n f o
	"$GEN" $((BIG + 200)) > "$d/all.csv"
	# a file per 200 records (a record may span lines)
	awk -v dir="$d" 'NR == 1 { head = $0; next }
		{ q += gsub(/"/, "&"); line = line $0 "\n" }
		q % 2 == 0 { k = n; n++; f = sprintf("%s/part%03d.csv", dir, int(k / 200))
			if (k % 200 == 0) { close(prev); print head > f; prev = f }
			printf "%s", line >> f; line = ""; q = 0 }' "$d/all.csv"
	mv "$d/part$(printf %03d $((BIG / 200))).csv" "$d/uji.csv"
	sed -i '2s/^\([^,]*\),[^,]*,[^,]*,/\1,Ani Uji,19700101 199001 1 005,/' "$d/uji.csv"
	for n in $SMALL $BIG; do
		"$NETRAL" --db "$d/r$n.db" asal add "Kabupaten Uji" --kode UJI > /dev/null
		for i in $(seq 0 $((n / 200 - 1))); do
			o=$(printf 'ASAL%03d' "$i")
			f="$d/part$(printf %03d "$i").csv"
			"$NETRAL" --db "$d/r$n.db" asal add "Kabupaten $o" --kode "$o" > /dev/null
			"$NETRAL" --db "$d/r$n.db" -q import --asal "$o" "$f"
		done
		sqlite3 "$d/r$n.db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
	done
}

# steps N ARGS...: the VM steps of netral ARGS on a copy of the database
# with N generated cases; the statements' own counts in steps-N.txt
steps() {
	local n=$1
	shift
	STEPS="${STEPS:-$BATS_TEST_DIRNAME/../../build/tests/steps.so}"
	[ -f "$STEPS" ] || { echo "no $STEPS (make units builds it)"; return 1; }
	cp "$BATS_FILE_TMPDIR/${DBS:-n}$n.db" "s$n.db"
	rm -f "steps-$n.txt"
	NETRAL_DB="s$n.db" NETRAL_STEPS_OUT="$PWD/steps-$n.txt" \
		NETRAL_PAGES_OUT="$PWD/pages-$n.txt" \
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
		LD_PRELOAD="$STEPS" "$@" > "out-$n.txt" 2>&1 ||
		{ echo "$* failed on $n cases:"; cat "out-$n.txt"; return 1; }
	awk -F'\t' '{ s += $1 } END { print s + 0 }' "steps-$n.txt"
}

# netral add with the answers (one a line) typed at a terminal
typed() {
	printf "$1" | script -qec "$(printf '%q ' "$NETRAL" add)" /dev/null
}

# the command costs no more on the big database than on the small one,
# beyond a tenth; else the statements whose steps grew are shown.
# same_cost ARGS... runs netral ARGS; same_cost_of CMD... runs CMD.
same_cost() {
	same_cost_of "$NETRAL" "$@"
}

same_cost_of() {
	local a b
	a=$(steps $SMALL "$@") || { echo "$a"; return 1; }
	b=$(steps $BIG "$@") || { echo "$b"; return 1; }
	if [ "$b" -gt $((a + a / 10 + 200)) ]; then
		echo "netral $*: $a steps with $SMALL cases, $b with $BIG; grew:"
		join -t "$(printf '\t')" -1 2 -2 2 -o 1.1,2.1,0 \
			<(sort -t "$(printf '\t')" -k2 "steps-$SMALL.txt") \
			<(sort -t "$(printf '\t')" -k2 "steps-$BIG.txt") |
			awk -F'\t' '$2 > $1 * 1.1 + 50' | cut -c1-300
		return 1
	fi
}

@test "adding a case costs the same at any size: the repeat check reads that day and act" {
	# a case that repeats none: nothing stops the look-up early
	same_cost -q add --nama "Ani Baru" --jenis-pegawai PNS --nip "19700101 199001 1 007" \
		--instansi "Dinas Uji Skala" --tanggal-kejadian 2024-03-15 --pemilihan PILKADA2024 \
		--bentuk medsos-kampanye --sasaran partai
	! grep -q "already records" "out-$BIG.txt"
	same_cost -q add --nama "Tanpa Nip" --jenis-pegawai PPNPN --instansi "Dinas Uji Lain" \
		--tanggal-kejadian 2024-03-16 --pemilihan PILKADA2024 --bentuk apk
	! grep -q "already records" "out-$BIG.txt"
	same_cost -q add --nama "Ani Uji" --jenis-pegawai PNS --nip "19700101 199001 1 001" \
		--instansi "Dinas Uji Skala" --tanggal-kejadian 2024-03-15 --pemilihan PILKADA2024 \
		--bentuk medsos-kampanye --sasaran partai
	grep -q "2024-0001 already records" "out-$BIG.txt"
	same_cost -q add --nama "tanpa  nip" --jenis-pegawai PPNPN --instansi "Dinas Uji Skala" \
		--tanggal-kejadian 2024-03-16 --pemilihan PILKADA2024 --bentuk apk
	grep -q "2024-0004 already records" "out-$BIG.txt"
}

@test "the guided entry costs the same at any size" {
	same_cost_of typed 'Ani Baru\n1\n19700101 199001 1 008\nDinas Uji Skala\n\n2024-03-18\napk\n3\n\n\n\n\ny\n'
	[ "$(sqlite3 "s$BIG.db" "SELECT count(*) FROM kasus WHERE nama = 'Ani Baru'")" = 1 ]
}

@test "show, history and the moves of one case cost the same at any size" {
	same_cost show 2024-0001
	same_cost history 2024-0001
	same_cost status 2024-0001 verifikasi
	same_cost edit 2024-0001 --uraian "Mengunggah ulang"
	same_cost blokir 2024-0001
	same_cost classify 2024-0001
	same_cost putusan 2024-0001 --jenis kode_etik --nomor 1/SATGAS/2024 --tanggal 2024-04-01
}

@test "merging two cases, reopening one, and showing the kept one cost the same at any size" {
	same_cost merge 2024-0001 2024-0002 --force
	same_cost merge 2024-0001 2024-0002 --force --catatan "laporan ganda"
	same_cost reopen 2024-0007 --alasan "batal yang salah"
	same_cost show 2024-0005
	grep -q 2024-0006 "out-$BIG.txt"
}

@test "the cases of one person, by the whole NIP, cost the same at any size" {
	same_cost list --nip 197001011990011002
	grep -q 2024-0002 "out-$BIG.txt"
	same_cost list --nip "19700101 199001 1 003" --format csv
	grep -q 2024-0003 "out-$BIG.txt"
}

@test "the cases of one agency cost the same at any size" {
	same_cost list --instansi "Uji Skala"
	[ "$(grep -c 2024-000 "out-$BIG.txt")" -eq 5 ]
	same_cost list --instansi "Dinas Uji Skala" --status dilaporkan --format csv
}

@test "in a roll-up, a person's cases and the repeat check cost the same at any size" {
	export DBS=r
	same_cost -q import --asal UJI "$BATS_FILE_TMPDIR/uji.csv"
	cp "s$BIG.db" "$BATS_FILE_TMPDIR/rr$BIG.db"
	cp "s$SMALL.db" "$BATS_FILE_TMPDIR/rr$SMALL.db"
	export DBS=rr
	same_cost list --nip 197001011990011005
	grep -q "Ani Uji" "out-$BIG.txt"
	# the province's own case of an act an origin reported
	line=$(sed -n 2p "$BATS_FILE_TMPDIR/uji.csv")
	day=$(NETRAL_DB="$BATS_FILE_TMPDIR/rr$BIG.db" "$NETRAL" list --nip 197001011990011005 --format csv |
		sed -n 2p | cut -d, -f1)
	[ -n "$day" ]
	nomor=$day
	act=$(NETRAL_DB="$BATS_FILE_TMPDIR/rr$BIG.db" "$NETRAL" show "$nomor" --format json > s.json && json_get s.json '$.bentuk')
	date=$(json_get s.json '$.tanggal_kejadian')
	same_cost -q add --nama "Ani Uji" --jenis-pegawai PNS --nip "19700101 199001 1 005" \
		--instansi "Dinas Uji Skala" --tanggal-kejadian "$date" --bentuk "$act" --pemilihan PILKADA2024
	grep -q "already records" "out-$BIG.txt"
}

@test "a re-import of the file a database came from, every row a duplicate, writes no index again" {
	# each database's own file: g400.csv into n400.db, g4000.csv into n4000.db
	# exec: the shell preloaded too would write its own count over netral's
	again() { exec "$NETRAL" -q import "$BATS_FILE_TMPDIR/g$(basename "$NETRAL_DB" .db | tr -dc 0-9).csv"; }
	export -f again
	export NETRAL
	steps $SMALL bash -c again > /dev/null
	steps $BIG bash -c again > /dev/null
	a=$(cat "pages-$SMALL.txt")
	b=$(cat "pages-$BIG.txt")
	echo "pages written: $a with $SMALL cases, $b with $BIG"
	[ "$b" -le $((a + a / 4 + 10)) ]
}

@test "a roll-up's import of one origin writes pages for its file, not for the database" {
	export DBS=r
	same_cost -q import --asal UJI "$BATS_FILE_TMPDIR/uji.csv"
	a=$(cat "pages-$SMALL.txt")
	b=$(cat "pages-$BIG.txt")
	echo "pages written: $a with $SMALL cases, $b with $BIG"
	[ "$b" -le $((a + a / 4 + 10)) ]
}
