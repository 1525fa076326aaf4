#!/bin/sh
# netral export over 100k and 1M cases against the same tables computed by
# hand-written GROUP BY queries in the sqlite3 shell over the same rows in a
# plain table, alternating, in the same run; and the list of one agency.
set -e
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
netral=${NETRAL:-$here/../netral}
runs=${RUNS:-5}
dir=$(mktemp -d "${TMPDIR:-/tmp}/netral-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
export NETRAL_OPERATOR=bench NETRAL_TODAY=2026-01-01

for n in ${SIZES:-100000 1000000}; do
	rm -f "$dir"/*.db*
	"$netral" --db "$dir/n.db" init >/dev/null
	# realistic spreads: statuses, periods, ages, positions, acts, 300 agencies
	sqlite3 "$dir/n.db" "
CREATE TEMP TABLE t (nomor, nama, jenis_pegawai, instansi, tanggal_kejadian, pemilihan,
	bentuk, status, cltn, pasangan_calon, pemilihan_disimpulkan, usia, kelompok_usia,
	kelompok_jabatan, periode, tahap, jenis, kode, ruleset, sanksi, kunci, dibuat, diubah, jenis_kelamin);
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < $n)
INSERT INTO t
SELECT printf('2024-%07d', i), 'Pegawai ' || i,
	CASE i % 10 WHEN 0 THEN 'PPNPN' WHEN 1 THEN 'PPPK' ELSE 'PNS' END,
	'Kabupaten ' || (i * 7 % 300), '2024-10-01', 'PILKADA2024',
	b.kode,
	CASE i % 6 WHEN 0 THEN 'dilaporkan' WHEN 1 THEN 'verifikasi' WHEN 2 THEN 'terbukti'
		WHEN 3 THEN 'disanksi' WHEN 4 THEN 'selesai' ELSE 'tidak_terbukti' END,
	0, 0, 1, 20 + i % 40,
	CASE WHEN 20 + i % 40 <= 30 THEN '<=30' WHEN 20 + i % 40 <= 40 THEN '31-40'
		WHEN 20 + i % 40 <= 50 THEN '41-50' ELSE '>=51' END,
	CASE i % 7 WHEN 0 THEN 'jpt' WHEN 1 THEN 'administrator' WHEN 2 THEN 'pengawas'
		WHEN 3 THEN 'fungsional' WHEN 4 THEN 'pelaksana' WHEN 5 THEN 'kepala_wilayah'
		ELSE 'tidak_diketahui' END,
	CASE i % 3 WHEN 0 THEN 'sebelum_kampanye' WHEN 1 THEN 'saat_kampanye' ELSE 'setelah_kampanye' END,
	'calon', CASE i % 4 WHEN 0 THEN 'kode_etik' WHEN 1 THEN 'disiplin_sedang'
		WHEN 2 THEN 'disiplin_berat' ELSE 'satgas' END, '', 'SKB2022',
	CASE WHEN i % 6 IN (3, 4) THEN CASE i % 5 WHEN 0 THEN 'moral-tertutup'
		WHEN 1 THEN 'moral-terbuka' WHEN 2 THEN 'tpp25-6bln' ELSE 'teguran-tertulis' END END,
	'B:' || i, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z',
	CASE i % 3 WHEN 0 THEN 'laki-laki' WHEN 1 THEN 'perempuan' END
FROM s JOIN (SELECT kode, row_number() OVER (ORDER BY kode) - 1 AS k FROM bentuk) b
	ON b.k = s.i % 17;
-- the derived texts of few values are codes (schema 20)
INSERT OR IGNORE INTO kamus (nilai) SELECT kelompok_usia FROM t UNION SELECT kelompok_jabatan FROM t
	UNION SELECT periode FROM t UNION SELECT tahap FROM t UNION SELECT jenis FROM t
	UNION SELECT kode FROM t UNION SELECT ruleset FROM t
	UNION SELECT jenis_kelamin FROM t WHERE jenis_kelamin IS NOT NULL;
INSERT INTO kasus (nomor, nama, jenis_pegawai, instansi, tanggal_kejadian, pemilihan,
	bentuk, status, cltn, pasangan_calon, pemilihan_disimpulkan, usia, kelompok_usia,
	kelompok_jabatan, periode, tahap, jenis, kode, ruleset, sanksi, kunci, dibuat, diubah, jenis_kelamin)
SELECT nomor, nama, jenis_pegawai, instansi, tanggal_kejadian, pemilihan, bentuk, status, cltn,
	pasangan_calon, pemilihan_disimpulkan, usia,
	(SELECT id FROM kamus WHERE nilai = kelompok_usia), (SELECT id FROM kamus WHERE nilai = kelompok_jabatan),
	(SELECT id FROM kamus WHERE nilai = periode), (SELECT id FROM kamus WHERE nilai = tahap),
	(SELECT id FROM kamus WHERE nilai = jenis), (SELECT id FROM kamus WHERE nilai = kode),
	(SELECT id FROM kamus WHERE nilai = ruleset), sanksi, kunci, dibuat, diubah,
	(SELECT id FROM kamus WHERE nilai = jenis_kelamin)
FROM t;
PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
	sqlite3 "$dir/p.db" "ATTACH '$dir/n.db' AS n; CREATE TABLE plain AS SELECT status, periode,
		kelompok_usia, kelompok_jabatan, bentuk, instansi, jenis, sanksi, jenis_pegawai,
		jenis_kelamin, pemilihan, tanggal_kejadian FROM n.kasus_teks;"
	cat > "$dir/q.sql" <<'SQL'
SELECT count(*), sum(status IN ('terbukti', 'disanksi', 'selesai')),
	sum(status IN ('disanksi', 'selesai')) FROM plain WHERE jenis_pegawai IN ('PNS', 'PPPK');
SELECT periode, count(*) FROM plain WHERE jenis_pegawai IN ('PNS', 'PPPK')
	AND status IN ('terbukti', 'disanksi', 'selesai') GROUP BY periode;
SELECT kelompok_usia, count(*) FROM plain WHERE jenis_pegawai IN ('PNS', 'PPPK')
	AND status IN ('terbukti', 'disanksi', 'selesai') GROUP BY kelompok_usia;
SELECT kelompok_jabatan, count(*) FROM plain WHERE jenis_pegawai IN ('PNS', 'PPPK')
	AND status IN ('terbukti', 'disanksi', 'selesai') GROUP BY kelompok_jabatan;
SELECT bentuk, count(*) FROM plain WHERE jenis_pegawai IN ('PNS', 'PPPK')
	AND status IN ('terbukti', 'disanksi', 'selesai') GROUP BY bentuk;
SELECT instansi, count(*) FROM plain WHERE jenis_pegawai IN ('PNS', 'PPPK')
	AND status IN ('terbukti', 'disanksi', 'selesai') GROUP BY instansi ORDER BY 2 DESC;
SELECT jenis, count(*) FROM plain WHERE jenis_pegawai IN ('PNS', 'PPPK')
	AND status IN ('terbukti', 'disanksi', 'selesai') GROUP BY jenis;
SELECT coalesce(sanksi, 'belum_disanksi'), count(*) FROM plain WHERE jenis_pegawai IN ('PNS', 'PPPK')
	AND status IN ('terbukti', 'disanksi', 'selesai') GROUP BY 1;
SELECT jenis_pegawai, count(*) FROM plain WHERE jenis_pegawai IN ('PNS', 'PPPK')
	AND status IN ('terbukti', 'disanksi', 'selesai') GROUP BY 1;
SELECT coalesce(jenis_kelamin, 'tidak_diketahui'), count(*) FROM plain WHERE jenis_pegawai IN ('PNS', 'PPPK')
	AND status IN ('terbukti', 'disanksi', 'selesai') GROUP BY 1;
SQL
	# the floor of any one-pass summary: the same columns of every case
	# read once, in netral's own file, nothing counted
	scan="SELECT max(status), max(periode), max(kelompok_usia), max(kelompok_jabatan), max(bentuk),
		max(instansi), max(jenis), max(sanksi), max(jenis_pegawai), max(jenis_kelamin),
		max(asal), max(indikasi), max(kode) FROM kasus"
	: > "$dir/n.ms"; : > "$dir/s.ms"; : > "$dir/f.ms"
	i=0
	while [ $i -lt "$runs" ]; do
		t0=$(now_ms)
		"$netral" --db "$dir/n.db" export --format csv > "$dir/out.csv"
		t1=$(now_ms)
		sqlite3 "$dir/p.db" < "$dir/q.sql" > "$dir/out.txt"
		t2=$(now_ms)
		sqlite3 "$dir/n.db" "$scan" > /dev/null
		t3=$(now_ms)
		echo $((t1 - t0)) >> "$dir/n.ms"
		echo $((t2 - t1)) >> "$dir/s.ms"
		echo $((t3 - t2)) >> "$dir/f.ms"
		i=$((i + 1))
	done
	a=$(median < "$dir/n.ms")
	b=$(median < "$dir/s.ms")
	f=$(median < "$dir/f.ms")
	echo "export $n cases: netral export ${a} ms, hand-written GROUP BY queries ${b} ms; ratio $(ratio "$a" "$b") (target <= 0.19)"
	echo "export $n cases: its floor, one pass reading the same columns (sqlite3): ${f} ms, ratio $(ratio "$f" "$b") of the GROUP BY queries; netral $(ratio "$a" "$f") times the pass"
	# one agency's cases, as a clerk lists them (one of 300 agencies)
	: > "$dir/l.ms"
	i=0
	while [ $i -lt "$runs" ]; do
		t0=$(now_ms)
		"$netral" --db "$dir/n.db" list --instansi "Kabupaten 7" --format csv > "$dir/list.csv"
		t1=$(now_ms)
		echo $((t1 - t0)) >> "$dir/l.ms"
		i=$((i + 1))
	done
	l=$(median < "$dir/l.ms")
	echo "list of one agency at $n cases ($(($(wc -l < "$dir/list.csv") - 1)) of them): ${l} ms (target < 500): $(awk -v t="$l" 'BEGIN { print (t < 500 ? "ok" : "MISSED") }')"
done
