#!/usr/bin/env bats
# --format xlsx: workbooks whose cells are typed as what they hold (an NIP
# stays text, a day is a date cell shown dd/mm/yyyy, a count a number),
# with a bold header frozen above an autofilter; written whole or not at
# all, private.  Read back with Debian's openpyxl (tests/cli/xlsx.py).

load helper

xlsx() {
	/usr/bin/python3 "$BATS_TEST_DIRNAME/xlsx.py" "$@"
}

# The same fields as record.bats's round trip, through a workbook.
cases() {
	add_case --nama "=HYPERLINK(\"http://x\")" --no-laporan "'=quoted already" \
		--kontak-pelapor "+62 812 3456 7890" --uraian $'line one\n\tindented, "quoted"\r\nend' \
		--tanggal-lahir 1980-02-29 > /dev/null
	add_case --nama "-2+3" --instansi "@SUM(1)" --unit-kerja "''+double" --jabatan "it's fine" \
		--sumber "'plain apostrophe" --tanggal-kejadian 2024-10-01 --pemilihan pilkada2024 \
		--nik 3302011508800001 > /dev/null
	add_case --nama "Ni Luh Putu Ayu Śrī" --nip "19680609 199503 1 003" --kategori-jabatan camat \
		--cltn --pasangan-calon=0 --status verifikasi > /dev/null
}

@test "list --format xlsx: NIPs and NIKs as text, days as dates, a bold frozen header under an autofilter" {
	cases
	run netral list --format xlsx --kontak --output list.xlsx
	[ "$status" -eq 0 ]
	[ "$(stat -c %a list.xlsx)" = 600 ]
	run xlsx check list.xlsx list nomor nip nik nama no_laporan uraian --dates tanggal_kejadian tanggal_lahir
	echo "$output"
	[ "$output" = ok ]
	# a name that looks like a formula is a text cell, not a formula
	run xlsx csv list.xlsx
	[[ "$output" == *"'=HYPERLINK"* ]]
}

@test "list --format xlsx, read back and imported into a fresh database, gives every value back" {
	cases
	netral import -q "$DATA/import/dasar.csv"
	netral list --format xlsx --kontak --output list.xlsx
	xlsx csv list.xlsx > from-xlsx.csv
	run netral --db fresh.db import from-xlsx.csv
	[ "$status" -eq 0 ]
	diff <(netral list --format csv --kontak) <(netral --db fresh.db list --format csv --kontak)
	diff <(netral export --format csv) <(netral --db fresh.db export --format csv)
	# and the workbook itself, imported as it is
	run netral --db direct.db import list.xlsx
	[ "$status" -eq 0 ]
	diff <(netral list --format csv --kontak) <(netral --db direct.db list --format csv --kontak)
	diff <(netral export --format csv) <(netral --db direct.db export --format csv)
}

@test "export --format xlsx: the funnel first, then each table of the page on its own sheet with a chart" {
	cases
	netral import -q "$DATA/import/dasar.csv"
	# the README's example
	run netral export --format xlsx --output rekap.xlsx
	[ "$status" -eq 0 ]
	[ "$(stat -c %a rekap.xlsx)" = 600 ]
	[ "$(xlsx sheets rekap.xlsx | head -1)" = "$(printf 'From report to sanction\t1\tFrom report to sanction')" ]
	run netral export --format xlsx --basis dilaporkan --output rekap.xlsx
	[ "$status" -eq 0 ]
	run xlsx sheets rekap.xlsx
	echo "$output"
	# the titles of the page (export --format html), cut to a sheet name's 31 characters
	[ "$output" = "$(printf '%s\t1\t%s\n' \
		"From report to sanction" "From report to sanction" \
		"Instansi" "Instansi (top 10)" \
		"Jabatan" "Jabatan (top 5)" \
		"Kategori pelanggaran" "Kategori pelanggaran (top 5)" \
		"Periode pelanggaran" "Periode pelanggaran" \
		"Usia pelanggar" "Usia pelanggar" \
		"Jenis kelamin" "Jenis kelamin" \
		"Jenis pegawai" "Jenis pegawai" \
		"Klasifikasi" "Klasifikasi" \
		"Kode matriks (baris tabel BKN K" "Kode matriks (baris tabel BKN Kanreg III)" \
		"Sanksi dijatuhkan" "Sanksi dijatuhkan")" ]
	run xlsx check rekap.xlsx "From report to sanction" tahap --numbers jumlah persen
	[ "$output" = ok ]
	run xlsx check rekap.xlsx Instansi kelompok --numbers jumlah persen
	[ "$output" = ok ]
	# the page's counts, the shares as numbers shown as percentages
	netral export --format html --basis dilaporkan --output rekap.html
	run xlsx csv rekap.xlsx
	[ "${lines[1]}" = "dilaporkan (reported),6,1" ]
	grep -q '<tspan class="n">6</tspan>' rekap.html
	# a cross table of --by: one sheet after the funnel, grouped bars
	netral export --format xlsx --basis dilaporkan --by usia,kelamin > silang.xlsx
	run xlsx sheets silang.xlsx
	[ "${lines[1]}" = "$(printf 'Usia pelanggar × Jenis kelamin\t1\tUsia pelanggar × Jenis kelamin')" ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "kepatuhan --format xlsx: counts and shares as numbers, deadlines and reports as dates" {
	EX="$BATS_TEST_DIRNAME/../../data/examples"
	netral unit import -q "$EX/unit.csv"
	netral kegiatan import -q "$EX/kegiatan.csv"
	netral pakta import -q "$EX/pakta.csv"
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-09-10 --format xlsx --output k.xlsx
	[ "$status" -eq 0 ]
	[ "$(stat -c %a k.xlsx)" = 600 ]
	run xlsx check k.xlsx kepatuhan pemilihan unit status --numbers ikrar_dilakukan pakta_ttd pakta_persen \
		--dates ikrar_batas laporan_terakhir
	[ "$output" = ok ]
	# the same rows as the CSV, a share as a fraction
	diff <(xlsx csv k.xlsx | cut -d, -f1-13,15-) \
		<(netral kepatuhan --pemilihan PILKADA2024 --per 2024-09-10 --format csv | cut -d, -f1-13,15-)
}

@test "history and overdue --format xlsx go to standard output, never to a terminal" {
	add_case --nip "19680609 199503 1 003" > /dev/null
	add_case --nama "Siti" --nik 3302011508800001 --status terbukti $PROVEN > /dev/null
	netral status 2024-0001 verifikasi --tanggal 2024-10-01 > /dev/null
	# the README's example
	netral history --format xlsx > riwayat.xlsx
	run xlsx check riwayat.xlsx history nomor waktu operator jenis
	[ "$output" = ok ]
	netral history --format xlsx --pribadi > h.xlsx
	run xlsx check h.xlsx history nomor waktu operator jenis baru
	[ "$output" = ok ]
	# the day an event took effect: a date cell
	netral history 2024-0001 --format xlsx > one.xlsx
	run xlsx check one.xlsx history waktu --dates tanggal
	[ "$output" = ok ]
	run -1 sh -c "'$NETRAL' overdue --format xlsx > o.xlsx"
	run xlsx check o.xlsx overdue nomor nama --dates rekomendasi_tanggal batas --numbers hari_terlambat blokir_siasn
	[ "$output" = ok ]
	# a terminal (script gives one) is refused before anything is written
	run script -qec "$NETRAL history --format xlsx" /dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"netral: a workbook is not for the terminal: give --output FILE or redirect standard output"* ]]
}

@test "--format xlsx is refused where there is no workbook, and with --excel" {
	add_case > /dev/null
	run --separate-stderr netral show 2024-0001 --format xlsx
	[ "$status" -eq 2 ]
	[ "$stderr" = "$(printf "netral show: unknown format 'xlsx' (table, csv, json)\ntry 'netral show --help'")" ]
	run --separate-stderr netral list --format xls
	[ "$status" -eq 2 ]
	[[ "$stderr" == "netral list: unknown format 'xls' (table, csv, json, xlsx)"* ]]
	run --separate-stderr netral list --format xlsx --excel --output l.xlsx
	[ "$status" -eq 2 ]
	[ "$stderr" = "netral: --excel writes CSV; it does not go with --format xlsx" ]
	[ ! -e l.xlsx ]
}

fault() {
	FAULT="${FAULT:-$BATS_TEST_DIRNAME/../../build/tests/fault.so}"
	[ -f "$FAULT" ] || { echo "no $FAULT (make units builds it)"; false; }
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
		LD_PRELOAD="$FAULT" "$NETRAL" "$@"
}

@test "a full disk or a read-only directory leaves the previous workbook as it was, and says so" {
	add_case > /dev/null
	netral list --format xlsx --output list.xlsx
	cp list.xlsx before.xlsx
	add_case --nama Other > /dev/null
	# the disk fills as the data is flushed
	NETRAL_FAULT_CALL=fsync NETRAL_FAULT_ERRNO=28 run --separate-stderr fault list --format xlsx --output list.xlsx
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot write 'list.xlsx': No space left on device; the previous file, if any, is unchanged" ]
	cmp list.xlsx before.xlsx
	[ -z "$(ls -A | grep '^\.')" ]
	# a device that is full
	run --separate-stderr netral export --format xlsx --output /dev/full
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot write '/dev/full': No space left on device" ]
	# a directory that cannot be written: checked before the work, in a
	# folder the unprivileged user reaches
	SHARED=$(mktemp -d /tmp/netral-test.XXXXXX)
	chmod 755 "$SHARED"
	cp "$NETRAL_DB" "$SHARED/n.db"
	chmod 644 "$SHARED/n.db"
	mkdir "$SHARED/ro"
	cp before.xlsx "$SHARED/ro/list.xlsx"
	chmod 555 "$SHARED/ro"
	cd "$SHARED"
	if [ "$(id -u)" -eq 0 ]; then
		run --separate-stderr setpriv --reuid=65534 --regid=65534 --clear-groups \
			"$NETRAL" --db n.db list --format xlsx --output ro/list.xlsx
	else
		run --separate-stderr netral --db n.db list --format xlsx --output ro/list.xlsx
	fi
	[ "$status" -eq 6 ]
	[ "$stderr" = "netral: cannot replace 'ro/list.xlsx' whole: its directory is not writable (nothing written)" ]
	cmp ro/list.xlsx "$BATS_TEST_TMPDIR/before.xlsx"
	cd "$BATS_TEST_TMPDIR"
	chmod 755 "$SHARED/ro"
	rm -rf "$SHARED"
}

@test "the last --format of list wins, between a workbook and the case numbers" {
	add_case > /dev/null
	run --separate-stderr netral list --format xlsx --format ids
	[ "$status" -eq 0 ]
	[ "$output" = 2024-0001 ]
	netral list --format ids --format xlsx --output l.xlsx
	run xlsx check l.xlsx list nomor
	[ "$output" = ok ]
}

@test "history and overdue write into --output too, in every format, private" {
	cases
	for f in csv json xlsx; do
		run netral history --format $f --output h.$f
		[ "$status" -eq 0 ]
		[ -s h.$f ]
		[ "$(stat -c %a h.$f)" = 600 ]
		run netral overdue --format $f --output o.$f
		[ "$status" -le 1 ]
		[ -s o.$f ]
	done
	[ "$(head -1 h.csv | cut -d, -f1)" = nomor ]
	json_valid h.json
	[ "$(xlsx sheets h.xlsx | cut -f1)" = history ]
}

@test "the options that shape CSV do not go with --format xlsx" {
	cases
	for o in --bom --raw --crlf "--delimiter ;"; do
		run netral list --format xlsx $o --output l.xlsx
		[ "$status" -eq 2 ]
		[[ "$output" == *"--raw, --bom, --crlf and --delimiter shape CSV; they do not go with --format xlsx"* ]]
	done
	[ ! -e l.xlsx ]
}
