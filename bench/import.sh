#!/bin/sh
# netral import against the sqlite3 shell's .import of the same file into a
# plain table (which checks nothing), alternating, for 100k and 1M rows.
set -e
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
netral=${NETRAL:-$here/../netral}
runs=${RUNS:-3}
dir=$(mktemp -d "${TMPDIR:-/tmp}/netral-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cc -O2 -o "$dir/gen" "$here/gen.c"
cc -O2 -o "$dir/maxrss" "$here/maxrss.c"
export NETRAL_OPERATOR=bench NETRAL_TODAY=2026-01-01

for n in ${SIZES:-100000 1000000}; do
	"$dir/gen" "$n" > "$dir/in.csv"
	: > "$dir/n.ms"; : > "$dir/s.ms"; : > "$dir/n.kb"
	i=0
	while [ $i -lt "$runs" ]; do
		rm -f "$dir"/n.db* "$dir"/s.db*
		"$netral" --db "$dir/n.db" init >/dev/null
		t0=$(now_ms)
		"$dir/maxrss" "$netral" --db "$dir/n.db" -q import "$dir/in.csv" 2>> "$dir/n.kb"
		t1=$(now_ms)
		sqlite3 "$dir/s.db" -cmd ".mode csv" ".import '$dir/in.csv' plain"
		t2=$(now_ms)
		echo $((t1 - t0)) >> "$dir/n.ms"
		echo $((t2 - t1)) >> "$dir/s.ms"
		i=$((i + 1))
	done
	# the floor: the same rows put by plain SQL into netral's schema, with
	# its indexes and one event per case, but no parsing or checking
	rm -f "$dir"/f.db*
	"$netral" --db "$dir/f.db" init >/dev/null
	t0=$(now_ms)
	sqlite3 "$dir/f.db" "ATTACH '$dir/s.db' AS s; PRAGMA cache_size = -32768; BEGIN;
INSERT INTO kasus (nomor, no_laporan, nama, nip, jenis_pegawai, kategori_jabatan, jabatan,
	instansi, unit_kerja, tanggal_kejadian, tanggal_laporan, pemilihan, bentuk, uraian,
	sumber, status, cltn, pasangan_calon, pemilihan_disimpulkan, usia, kelompok_usia,
	kelompok_jabatan, periode, tahap, jenis, kode, ruleset, berkas_baris, kunci, dibuat, diubah)
SELECT printf('2024-%07d', rowid), no_laporan, nama, replace(nip, ' ', ''), jenis_pegawai,
	nullif(kategori_jabatan, ''), jabatan, instansi, unit_kerja, '2024-08-10', '2024-12-01',
	'PILKADA2024', bentuk, uraian, sumber, 'dilaporkan', 0, 0, 1, 50, '41-50', 'fungsional',
	'sebelum_kampanye', 'bakal_calon', 'kode_etik', 'KE-2', 'SKB2022', rowid,
	'L:' || no_laporan || char(31) || 'nip:' || nip, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM s.plain;
INSERT INTO peristiwa (kasus_id, waktu, operator, jenis, baru)
SELECT id, '2026-01-01T00:00:00Z', 'bench', 'impor', substr(kunci, 1, 32) FROM kasus;
COMMIT;"
	t1=$(now_ms)
	floor=$((t1 - t0))
	rows=$(sqlite3 "$dir/n.db" 'SELECT count(*) FROM kasus')
	plain=$(sqlite3 "$dir/s.db" 'SELECT count(*) FROM plain')
	a=$(median < "$dir/n.ms")
	b=$(median < "$dir/s.ms")
	kb=$(awk '/maxrss/ { if ($2 > m) m = $2 } END { print m }' "$dir/n.kb")
	echo "import $n rows ($(du -h "$dir/in.csv" | cut -f1)): netral ${a} ms ($(awk -v r="$rows" -v t="$a" 'BEGIN { printf "%d", r / (t / 1000) }') rows/s, $rows cases), sqlite3 .import ${b} ms ($plain rows); ratio $(ratio "$a" "$b") (target <= 1.5); netral peak memory $((kb / 1024)) MiB (target < 64)"
	echo "import $n rows: floor (plain SQL into netral's schema, no checks) ${floor} ms; netral / floor $(ratio "$a" "$floor")"
done
