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
	netral import -q --asal "Kabupaten Batang" live.csv
	run netral import --update --asal "Kabupaten Batang" all.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 1, updated 0, duplicates 1, rejected 0" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT group_concat(nomor || ' ' || status || ' ' || asal_nomor || ' ' || coalesce(gabung_ke, '-'), '|') FROM kasus ORDER BY id")" = "2024-0001 dilaporkan 2024-0001 -|2024-0002 batal 2024-0002 2024-0001" ]
	run netral check
	[ "$status" -eq 0 ]
}
