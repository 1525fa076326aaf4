#!/bin/sh
# The compliance report of a large agency: UNITS units (default 500), each
# with a weekly ikrar through a Pilkada's stages (26 weeks, one in ten
# missing) and its pact's signatories; the imports and the report, against
# the sqlite3 shell's .import of the same files and one GROUP BY over them.
# Figures only, in the same run; not in make check.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
netral="${NETRAL:-$top/build/netral}"
units=${UNITS:-500}
dir=$(mktemp -d "${TMPDIR:-/tmp}/netral-kepatuhan.XXXXXX")
trap 'rm -rf "$dir"' EXIT
export NETRAL_OPERATOR=bench NETRAL_TODAY=2026-01-01

now_ms() { date +%s%3N; }

awk -v n="$units" -v dir="$dir" 'BEGIN {
	srand(1)
	print "nama,kepala,jumlah_asn,jumlah_ppnpn" > (dir "/unit.csv")
	print "unit,jenis,tanggal,peserta" > (dir "/kegiatan.csv")
	print "nama,nip,unit,tanggal" > (dir "/pakta.csv")
	for (u = 0; u < n; u++) {
		printf "Unit %04d,Kepala %d,40,10\n", u, u > (dir "/unit.csv")
		for (w = 0; w < 26; w++)
			if (rand() < 0.9)
				printf "Unit %04d,ikrar,%s,40\n", u, strftime("%Y-%m-%d", mktime("2024 07 01 12 00 00") + w * 7 * 86400, 1) > (dir "/kegiatan.csv")
		for (p = 0; p < 45; p++)
			printf "Pegawai %d-%d,,Unit %04d,2024-07-10\n", u, p, u > (dir "/pakta.csv")
	}
}'
"$netral" --db "$dir/n.db" init > /dev/null
t0=$(now_ms)
"$netral" --db "$dir/n.db" -q unit import "$dir/unit.csv"
"$netral" --db "$dir/n.db" -q kegiatan import "$dir/kegiatan.csv"
"$netral" --db "$dir/n.db" -q pakta import "$dir/pakta.csv"
t1=$(now_ms)
for f in unit kegiatan pakta; do
	sqlite3 "$dir/s.db" -cmd ".mode csv" ".import '$dir/$f.csv' $f"
done
t2=$(now_ms)
rows=$(($(wc -l < "$dir/kegiatan.csv") + $(wc -l < "$dir/pakta.csv") - 2))
echo "prevention imports of $units units, $rows activities and signatories: netral $((t1 - t0)) ms, sqlite3 .import $((t2 - t1)) ms; ratio $(awk -v a=$((t1 - t0)) -v b=$((t2 - t1)) 'BEGIN { printf "%.2f", a / b }')"
t0=$(now_ms)
"$netral" --db "$dir/n.db" kepatuhan --pemilihan PILKADA2024 --per 2024-12-31 --format csv > "$dir/k.csv" || [ $? -eq 1 ]
t1=$(now_ms)
sqlite3 "$dir/s.db" "SELECT unit, count(*) FROM kegiatan GROUP BY unit; SELECT unit, count(*) FROM pakta GROUP BY unit" > /dev/null
t2=$(now_ms)
echo "compliance report of $units units: netral kepatuhan $((t1 - t0)) ms, two GROUP BY queries $((t2 - t1)) ms"
