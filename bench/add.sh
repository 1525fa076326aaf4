#!/bin/sh
# One 'netral add' on a database holding 100,000 cases, next to the sqlite3
# shell inserting one row into the same file, alternating, in the same run.
set -e
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
netral=${NETRAL:-$here/../netral}
runs=${RUNS:-21}
n=${CASES:-100000}
dir=$(mktemp -d "${TMPDIR:-/tmp}/netral-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
export NETRAL_DB="$dir/bench.db" NETRAL_OPERATOR=bench

"$netral" -q add --nama Seed --jenis-pegawai PNS --instansi "Kabupaten Contoh" \
	--tanggal-kejadian 2024-10-01 --bentuk apk >/dev/null
# fill to n cases by copying the first row under new numbers
sqlite3 "$NETRAL_DB" "
WITH RECURSIVE s(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM s WHERE i < $n)
INSERT INTO kasus (nomor, nama, jenis_pegawai, instansi, tanggal_kejadian, pemilihan,
	bentuk, status, cltn, pasangan_calon, pemilihan_disimpulkan, kelompok_usia,
	kelompok_jabatan, periode, tahap, jenis, kode, ruleset, kunci, dibuat, diubah)
SELECT printf('2023-%06d', i), 'Pegawai ' || i, 'PNS', 'Instansi ' || (i % 300),
	'2024-10-01', 'PILKADA2024', 'apk', 'dilaporkan', 0, 0, 1, 'tidak_diketahui',
	'tidak_diketahui', 'saat_kampanye', 'calon', 'disiplin_berat', 'DS-1', 'SKB2022',
	'L:' || i, '2024-10-01T00:00:00Z', '2024-10-01T00:00:00Z' FROM s;
PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
echo "add: $(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus') cases in the database, $runs runs each"

: > "$dir/netral.ms"
: > "$dir/sqlite.ms"
i=0
while [ $i -lt $runs ]; do
	t0=$(now_ms)
	"$netral" -q add --nama "Pegawai Baru $i" --jenis-pegawai PNS --instansi "Kabupaten Contoh" \
		--tanggal-kejadian 2024-10-02 --bentuk medsos-kampanye --nip "19680609 199503 1 003" >/dev/null
	t1=$(now_ms)
	sqlite3 "$NETRAL_DB" "INSERT INTO kasus (nomor, nama, jenis_pegawai, instansi, tanggal_kejadian,
		bentuk, status, cltn, pasangan_calon, pemilihan_disimpulkan, kelompok_usia,
		kelompok_jabatan, periode, tahap, jenis, kode, ruleset, dibuat, diubah)
		VALUES ('2022-$i', 'Sqlite $i', 'PNS', 'Kabupaten Contoh', '2024-10-02', 'apk',
		'dilaporkan', 0, 0, 0, 'tidak_diketahui', 'tidak_diketahui', 'saat_kampanye',
		'calon', 'disiplin_berat', 'DS-1', 'SKB2022', 'x', 'x')"
	t2=$(now_ms)
	echo $((t1 - t0)) >> "$dir/netral.ms"
	echo $((t2 - t1)) >> "$dir/sqlite.ms"
	i=$((i + 1))
done
a=$(median < "$dir/netral.ms")
b=$(median < "$dir/sqlite.ms")
echo "add: netral add median ${a} ms; sqlite3 one-row insert median ${b} ms; ratio $(ratio "$a" "$b") (target < 2)"
