#!/usr/bin/env bats
# A province rolling up its agencies' files: each case keeps the agency it
# came from, and a newer file from the same origin updates its own cases.

load helper

batang() {
	# the province's register of its origins
	netral asal add "Kabupaten Batang" --kode 3325 > /dev/null
	netral asal add "Kota Pekalongan" --kode 3375 > /dev/null
	netral asal add "Provinsi Jawa Tengah" --kode 33 > /dev/null
	cat > batang.csv <<'CSV'
nomor,no_laporan,nama,nip,jenis_pegawai,instansi,tanggal_kejadian,bentuk
2024-0001,1/LP/2024,Agus Wibowo,19750315 200003 1 002,PNS,Kabupaten Batang,2024-10-20,apk
2024-0002,2/LP/2024,Sri Lestari,,PNS,Kabupaten Batang,2024-10-21,apk
CSV
}

@test "import --asal keeps each case's origin, which list writes and import reads back" {
	batang
	run netral import --asal "Kabupaten Batang" batang.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(asal, '|') FROM kasus")" = "Kabupaten Batang|Kabupaten Batang" ]
	netral list --format csv > roll.csv
	head -1 roll.csv | grep -q ',asal,'
	NETRAL_DB="$BATS_TEST_TMPDIR/national.db" run "$NETRAL" import roll.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$BATS_TEST_TMPDIR/national.db" "SELECT count(*) FROM kasus WHERE asal = 'Kabupaten Batang'")" = 2 ]
}

@test "the same file again adds nothing; a newer one from the same origin updates its cases, not others" {
	batang
	netral import -q --asal "Kabupaten Batang" batang.csv
	# another origin, whose report numbers and case numbers coincide
	sed 's/Kabupaten Batang/Kota Pekalongan/; s/Agus Wibowo/Budi Hartono/; s/19750315 200003 1 002//' batang.csv > pkl.csv
	netral import -q --asal "Kota Pekalongan" pkl.csv
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM kasus")" = 4 ]
	run netral import --asal "Kabupaten Batang" batang.csv
	[ "$output" = "imported 0, duplicates 2, rejected 0" ]
	# Batang corrects a name; its case numbers are its own, not ours
	sed -i 's/Sri Lestari/Sri Lestari Handayani/' batang.csv
	run netral import --update --asal "Kabupaten Batang" batang.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 0, updated 1, duplicates 1, rejected 0" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT nama FROM kasus WHERE asal = 'Kabupaten Batang' AND no_laporan = '2/LP/2024'")" = "Sri Lestari Handayani" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT nama FROM kasus WHERE asal = 'Kota Pekalongan' AND no_laporan = '2/LP/2024'")" = "Sri Lestari" ]
	run netral check
	[ "$status" -eq 0 ]
}

@test "a row whose own origin differs from --asal is refused" {
	batang
	netral import -q --asal "Kabupaten Batang" batang.csv
	netral list --format csv > roll.csv
	run --separate-stderr netral import --asal "Kota Pekalongan" roll.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"roll.csv:2: asal: the row comes from 'Kabupaten Batang', not 'Kota Pekalongan' (--asal)"* ]]
}

@test "a person reported by two origins for the same act and day is counted once, and listed" {
	batang
	netral import -q --asal "Kabupaten Batang" batang.csv
	# the province of Central Java reports Agus Wibowo's act too
	cat > prov.csv <<'CSV'
nomor,no_laporan,nama,nip,jenis_pegawai,instansi,tanggal_kejadian,bentuk
2024-0009,P-77,Agus Wibowo,19750315 200003 1 002,PNS,Kabupaten Batang,2024-10-20,apk
2024-0010,P-78,Dewi Anggraini,,PNS,Kota Semarang,2024-10-22,apk
CSV
	netral import -q --asal "Provinsi Jawa Tengah" prov.csv
	[ "$(sqlite3 "$NETRAL_DB" "SELECT count(*) FROM kasus")" = 4 ]
	netral export --format csv --basis dilaporkan > rekap.csv
	grep -q '^ringkasan,dilaporkan,3,' rekap.csv
	grep -q '^asal,Kabupaten Batang,2,' rekap.csv
	grep -q '^asal,Provinsi Jawa Tengah,1,' rekap.csv
	run netral export --format csv --basis dilaporkan --by asal
	[ "${#lines[@]}" -eq 3 ]
	run netral list --duplikat-lintas --format ids
	[ "$output" = "$(printf '2024-0001\n2024-0003')" ]
	# the page covers the origins too
	netral export --format html --basis dilaporkan --output rekap.html
	grep -q '<section class="tabel" id="asal">' rekap.html
	grep -q '<td class="k">Provinsi Jawa Tengah</td>' rekap.html
	grep -q '<tspan class="n">3</tspan>' rekap.html
	# an agency's own database has no origin table
	NETRAL_DB="$BATS_TEST_TMPDIR/own.db" "$NETRAL" import -q batang.csv
	NETRAL_DB="$BATS_TEST_TMPDIR/own.db" "$NETRAL" export --format csv --basis dilaporkan > own.csv
	! grep -q '^asal,' own.csv
}

@test "a dry run of a newer file from an origin says what the real run does" {
	batang
	netral import -q --asal "Kabupaten Batang" batang.csv
	sed -i 's/Sri Lestari/Sri Lestari Handayani/' batang.csv
	run netral import --dry-run --asal "Kabupaten Batang" batang.csv
	[ "$output" = "dry run: would import 0, duplicates 2, rejected 0; nothing written" ]
	run netral import --asal "Kabupaten Batang" batang.csv
	[ "$output" = "imported 0, duplicates 2, rejected 0" ]
}
