#!/usr/bin/env bats
# A roll-up true to each agency: the exchange file (list --pertukaran)
# holds every case of the origin, void ones too, keyed by the origin's case
# numbers; a newer one is the origin's whole state; origins are a register.

load helper

# Agus Wibowo's act, reported twice at a regency
regency_two() {
	netral add --nama "Agus Wibowo" --nip "19750315 200003 1 002" --jenis-pegawai PNS \
		--instansi "Kabupaten Batang" --tanggal-kejadian 2024-10-20 --bentuk apk "$@" > /dev/null
}

@test "a void duplicate carrying the live case's report number stays apart from it at the province" {
	regency_two
	regency_two --no-laporan 020/LP/PB/Kab/14.23/X/2024 --sumber Bawaslu
	netral merge 2024-0001 2024-0002 > /dev/null
	netral edit 2024-0001 --no-laporan 020/LP/PB/Kab/14.23/X/2024 > /dev/null
	netral list --format csv > live.csv
	netral list --format csv --termasuk-batal > all.csv
	export NETRAL_DB="$BATS_TEST_TMPDIR/prov.db"
	netral asal add "Kabupaten Batang" --kode 3325 > /dev/null
	netral import -q --asal "Kabupaten Batang" live.csv
	run netral import --update --asal "Kabupaten Batang" all.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 1, updated 0, duplicates 1, rejected 0" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(nomor || ' ' || status || ' ' || asal_nomor || ' ' || coalesce(gabung_ke, '-'), '|') FROM kasus ORDER BY id")" = "2024-0001 dilaporkan 2024-0001 -|2024-0002 batal 2024-0002 2024-0001" ]
	run netral check
	[ "$status" -eq 0 ]
}

# A regency's three cases, sent up as a list and at the province
regency_three() {
	regency_two
	netral add --nama "Sri Lestari" --jenis-pegawai PNS --instansi "Kabupaten Batang" \
		--tanggal-kejadian 2024-10-21 --bentuk apk > /dev/null
	netral add --nama "Dewi Anggraini" --jenis-pegawai PNS --instansi "Kabupaten Batang" \
		--tanggal-kejadian 2024-10-22 --bentuk apk > /dev/null
}

at_province() {
	NETRAL_DB="$BATS_TEST_TMPDIR/prov.db" "$NETRAL" "$@"
}

@test "a case voided at the regency is said missing from its list, and its exchange file voids it at the province" {
	regency_three
	at_province asal add "Kabupaten Batang" --kode 3325 > /dev/null
	netral list --format csv > nov.csv
	at_province import -q --asal "Kabupaten Batang" nov.csv
	netral status 2024-0003 batal --batal-alasan "laporan keliru" > /dev/null
	netral list --format csv > dec.csv
	run --separate-stderr at_province import --update --asal "Kabupaten Batang" dec.csv
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"dec.csv: 2024-0003 (Kabupaten Batang's 2024-0003) is not in the file; an exchange file ('netral list --pertukaran') says whether its origin withdrew it"* ]]
	# the exchange file holds the void case with the origin's reason
	netral list --pertukaran "Kabupaten Batang" --output dec-x.csv
	[ "$(stat -c %a dec-x.csv)" = 600 ]
	head -1 dec-x.csv | grep -q ',pengirim,rantai,dikirim$'
	run at_province import --update --asal "Kabupaten Batang" dec-x.csv
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "imported 0, updated 1, duplicates 2, rejected 0" ]
	[ "$(sqlite3 "$BATS_TEST_TMPDIR/prov.db" "SELECT status || ' ' || batal_alasan FROM kasus WHERE asal_nomor = '2024-0003'")" = "batal laporan keliru" ]
	run at_province export --format csv --basis dilaporkan
	[[ "$output" == *"ringkasan,dilaporkan,2,"* ]]
	run at_province check
	[ "$status" -eq 0 ]
}

@test "an exchange file is the origin's whole state: a case it lacks is withdrawn, never deleted" {
	regency_three
	at_province asal add "Kabupaten Batang" --kode 3325 > /dev/null
	netral list --pertukaran "Kabupaten Batang" --output nov.csv
	at_province import -q --asal 3325 nov.csv
	# a row refused is not a case the origin withdrew
	sed 's/^2024-0002,\(.*\),apk,/2024-0002,\1,xyz,/' nov.csv > bad.csv
	run --separate-stderr at_province import --update --skip-invalid --asal 3325 bad.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"bad.csv: 2024-0002 (Kabupaten Batang's 2024-0002) is not among the rows taken; not withdrawn, as rows were refused"* ]]
	[ "$(sqlite3 "$BATS_TEST_TMPDIR/prov.db" "SELECT count(*) FROM kasus WHERE status = 'batal'")" = 0 ]
	# the regency's file lacks a case the province holds (cut by hand)
	grep -v '^2024-0002,' nov.csv > cut.csv
	run --separate-stderr at_province import --asal "Kabupaten Batang" cut.csv
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"cut.csv: 2024-0002 (Kabupaten Batang's 2024-0002) is not in the file: its origin no longer holds it; --update withdraws it"* ]]
	run --separate-stderr at_province import --update --asal "Kabupaten Batang" cut.csv
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"cut.csv: 2024-0002 (Kabupaten Batang's 2024-0002) is not in the file: withdrawn by its origin (batal)"* ]]
	[[ "$output" == *"1 case withdrawn by its origin (batal)"* ]]
	[ "$(sqlite3 "$BATS_TEST_TMPDIR/prov.db" "SELECT count(*) FROM kasus")" = 3 ]
	sqlite3 "$BATS_TEST_TMPDIR/prov.db" "SELECT batal_alasan FROM kasus WHERE asal_nomor = '2024-0002'" | grep -q '^ditarik oleh asal: tidak ada dalam berkas pertukaran cut.csv ('
	run at_province check
	[ "$status" -eq 0 ]
}

@test "an exchange file older than the last one taken from its origin is refused, whole" {
	regency_three
	at_province asal add "Kabupaten Batang" --kode 3325 > /dev/null
	netral list --pertukaran "Kabupaten Batang" --output old.csv
	netral edit 2024-0003 --nama "Dewi Anggraini Putri" > /dev/null
	netral list --pertukaran "Kabupaten Batang" --output new.csv
	at_province import -q --update --asal "Kabupaten Batang" new.csv
	before=$(NETRAL_DB="$BATS_TEST_TMPDIR/prov.db" db_state)
	run --separate-stderr at_province import --update --asal "Kabupaten Batang" old.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"old.csv: older than the last exchange file taken from 'Kabupaten Batang'"*"refused"* ]]
	[ "$(NETRAL_DB="$BATS_TEST_TMPDIR/prov.db" db_state)" = "$before" ]
	# the same file again is no older
	run at_province import --update --asal "Kabupaten Batang" new.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 0, updated 0, duplicates 3, rejected 0" ]
	# nor is another origin's file taken for this one
	run --separate-stderr at_province import --asal "Kabupaten Batang" <(sed 's/,Kabupaten Batang,\([0-9]*:\)/,Kota Pekalongan,\1/' new.csv)
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"pengirim: the file was sent by 'Kota Pekalongan', not 'Kabupaten Batang' (--asal)"* ]]
}

@test "an origin is one of the register, however its name is spelt; an unknown one is refused with the nearest" {
	regency_three
	netral list --pertukaran "Kabupaten Batang" --output batang.csv
	export NETRAL_DB="$BATS_TEST_TMPDIR/prov.db"
	netral asal add "Kabupaten Batang" --kode 3325 > /dev/null
	netral asal add "Kota Pekalongan" --kode 3375 > /dev/null
	run netral asal add "KABUPATEN  batang" --kode 9999
	[ "$status" -eq 3 ]
	netral import -q --asal "Kabupaten Batang" batang.csv
	run netral import --asal "kabupaten  batang" batang.csv
	[ "$output" = "imported 0, duplicates 3, rejected 0" ]
	run netral import --asal "$(printf 'Kabupaten\xc2\xa0Batang')" batang.csv
	[ "$output" = "imported 0, duplicates 3, rejected 0" ]
	run netral import --update --asal 3325 batang.csv
	[ "$output" = "imported 0, updated 0, duplicates 3, rejected 0" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) || ' ' || count(DISTINCT asal) FROM kasus")" = "3 1" ]
	run --separate-stderr netral import --asal "Kabupaten Batan" batang.csv
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: --asal: 'Kabupaten Batan' is not a registered origin; did you mean 'Kabupaten Batang'?" ]
	run --separate-stderr netral import --asal "Kabupaten Kendal" batang.csv
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: --asal: 'Kabupaten Kendal' is not a registered origin ('netral asal add' registers it)" ]
	run netral asal list --format csv
	[ "$output" = "$(printf 'nama,kode\nKabupaten Batang,3325\nKota Pekalongan,3375')" ]
	# list by origin, and the table names each case's
	run netral list --asal "kabupaten batang" --format ids
	[ "$output" = "$(printf '2024-0001\n2024-0002\n2024-0003')" ]
	run netral list --asal 3375 --format ids
	[ "$output" = "" ]
	run netral list
	[[ "${lines[0]}" == *" asal" ]]
	[[ "${lines[2]}" == *" Kabupaten Batang" ]]
	run netral export --format csv --by asal --basis dilaporkan
	[ "${lines[1]}" = "asal,Kabupaten Batang,3,100.0,Kabupaten Batang" ]
}

# The funnel of a database: reported, proven, followed up
funnel() {
	NETRAL_DB="$1" "$NETRAL" export --format csv --basis dilaporkan | awk -F, '$1 == "ringkasan" { printf "%s ", $3 }'
}

# The sum of the funnels of the databases given
funnel_sum() {
	for db; do funnel "$db"; echo; done | awk '{ for (i = 1; i <= NF; i++) s[i] += $i } END { printf "%d %d %d ", s[1], s[2], s[3] }'
}

@test "three regencies through a province to BKN: every level's funnel is its origins' own, counted once" {
	B="$BATS_TEST_TMPDIR/batang.db" K="$BATS_TEST_TMPDIR/pekalongan.db" D="$BATS_TEST_TMPDIR/kendal.db"
	P="$BATS_TEST_TMPDIR/jateng.db" N="$BATS_TEST_TMPDIR/bkn.db"
	agus="--nama Agus --nip 197503152000031002 --jenis-pegawai PNS --tanggal-kejadian 2024-10-20 --bentuk apk"
	NETRAL_DB=$B "$NETRAL" add $agus --instansi "Kabupaten Batang" > /dev/null
	NETRAL_DB=$B "$NETRAL" add $agus --instansi "Kabupaten Batang" --sumber Bawaslu > /dev/null 2>&1
	NETRAL_DB=$B "$NETRAL" add --nama Sri --jenis-pegawai PNS --instansi "Kabupaten Batang" \
		--tanggal-kejadian 2024-10-19 --bentuk apk --status terbukti $PROVEN > /dev/null
	# Pekalongan reports Agus's act too, and Budi's
	NETRAL_DB=$K "$NETRAL" add $agus --instansi "Kabupaten Batang" > /dev/null
	NETRAL_DB=$K "$NETRAL" add --nama Budi --jenis-pegawai PNS --instansi "Kota Pekalongan" \
		--tanggal-kejadian 2024-10-22 --bentuk apk > /dev/null
	NETRAL_DB=$D "$NETRAL" add --nama Dewi --jenis-pegawai PNS --instansi "Kabupaten Kendal" \
		--tanggal-kejadian 2024-10-23 --bentuk apk > /dev/null
	for db in "$P" "$N"; do
		NETRAL_DB=$db "$NETRAL" asal add "Kabupaten Batang" --kode 3325 > /dev/null
		NETRAL_DB=$db "$NETRAL" asal add "Kota Pekalongan" --kode 3375 > /dev/null
		NETRAL_DB=$db "$NETRAL" asal add "Kabupaten Kendal" --kode 3324 > /dev/null
		NETRAL_DB=$db "$NETRAL" asal add "Provinsi Jawa Tengah" --kode 33 > /dev/null
	done
	send() {
		NETRAL_DB=$1 "$NETRAL" list --pertukaran "$2" --output "$3"
	}
	send "$B" "Kabupaten Batang" b1.csv
	send "$K" "Kota Pekalongan" k1.csv
	send "$D" "Kabupaten Kendal" d1.csv
	for f in b1:3325 k1:3375 d1:3324; do
		NETRAL_DB=$P "$NETRAL" import -q --update --asal "${f#*:}" "${f%:*}.csv"
	done
	[ "$(funnel "$P")" = "5 1 0 " ]
	# the regencies work on: a merge, a void, a correction; Kendal's older file comes late
	NETRAL_DB=$B "$NETRAL" merge 2024-0001 2024-0002 > /dev/null
	NETRAL_DB=$K "$NETRAL" status 2024-0002 batal --batal-alasan "laporan keliru" > /dev/null
	NETRAL_DB=$D "$NETRAL" edit 2024-0001 --nama "Dewi Anggraini" > /dev/null
	send "$B" "Kabupaten Batang" b2.csv
	send "$K" "Kota Pekalongan" k2.csv
	send "$D" "Kabupaten Kendal" d2.csv
	for f in b2:3325 k2:3375 d2:3324; do
		NETRAL_DB=$P "$NETRAL" import -q --update --asal "${f#*:}" "${f%:*}.csv"
	done
	run --separate-stderr env NETRAL_DB="$P" "$NETRAL" import -q --update --asal 3324 d1.csv
	[ "$status" -eq 3 ]
	[ "$(sqlite3 "$P" "SELECT nama FROM kasus WHERE asal = 'Kabupaten Kendal'")" = "Dewi Anggraini" ]
	# each regency's own funnel, summed; Agus's act, reported by two, once
	[ "$(funnel_sum "$B" "$K" "$D")" = "4 1 0 " ]
	[ "$(funnel "$P")" = "3 1 0 " ]
	run env NETRAL_DB="$P" "$NETRAL" list --duplikat-lintas --format ids
	[ "${#lines[@]}" -eq 2 ]
	# the province sends its state to BKN, which counts what the province counts
	send "$P" "Provinsi Jawa Tengah" p.csv
	NETRAL_DB=$N "$NETRAL" import -q --asal 33 p.csv
	[ "$(funnel "$N")" = "$(funnel "$P")" ]
	# what the province counted once comes with its own count: not twice here
	[ "$(sqlite3 "$N" "SELECT count(*) FROM kasus WHERE dihitung_asal = '0' AND status <> 'batal'")" = 1 ]
	[ "$(sqlite3 "$N" "SELECT count(*) FROM kasus")" = "$(sqlite3 "$P" "SELECT count(*) FROM kasus")" ]
	# and a regency's report straight to BKN is the same act once more
	send "$K" "Kota Pekalongan" k3.csv
	NETRAL_DB=$N "$NETRAL" import -q --asal 3375 k3.csv
	[ "$(funnel "$N")" = "3 1 0 " ]
	for db in "$B" "$K" "$D" "$P" "$N"; do
		NETRAL_DB=$db run "$NETRAL" check
		[ "$status" -eq 0 ]
	done
}

@test "an exchange file is a workbook too, and a province imports it as it imports the CSV" {
	add_case > /dev/null
	add_case --nama "Siti Aminah" --tanggal-kejadian 2024-08-11 > /dev/null
	netral status 2024-0002 batal --batal-alasan "dicatat keliru" > /dev/null
	run netral list --pertukaran "Kabupaten Batang" --format xlsx --output batang.xlsx
	[ "$status" -eq 0 ]
	netral --db prov.db init -q
	netral --db prov.db asal add "Kabupaten Batang" --kode BTG > /dev/null
	run netral --db prov.db import --asal BTG batang.xlsx
	[ "$status" -eq 0 ]
	[ "$(netral --db prov.db list --asal BTG --termasuk-batal --format ids | wc -l)" -eq 2 ]
	[ "$(netral --db prov.db list --asal BTG --format ids | wc -l)" -eq 1 ]
}
