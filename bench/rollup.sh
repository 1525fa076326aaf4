#!/bin/sh
# A province or BKN rolling up its agencies: FILES files of ROWS rows each
# (default 550 x 2,000 = 1.1 million cases), each imported with its origin
# (import -q --asal), then the national tables exported; against the sqlite3
# shell's .import of the same files into one plain table, and hand-written
# GROUP BY queries over it.  Figures only, in the same run; not in make check.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
netral="${NETRAL:-$top/build/netral}"
files=${FILES:-550}
rows=${ROWS:-2000}
dir=$(mktemp -d "${TMPDIR:-/tmp}/netral-rollup.XXXXXX")
trap 'rm -rf "$dir"' EXIT
export NETRAL_OPERATOR=bench NETRAL_TODAY=2026-01-01

now_ms() { date +%s%3N; }

cc -O2 -o "$dir/gen" "$top/bench/gen.c"
"$dir/gen" $((files * rows)) > "$dir/all.csv"
head -1 "$dir/all.csv" > "$dir/head"
# one file per agency: ROWS records each (a record may span lines)
awk -v rows="$rows" -v dir="$dir" '
	NR == 1 { next }
	{ q += gsub(/"/, "&"); line = line $0 "\n" }
	q % 2 == 0 { n++; f = sprintf("%s/a%04d.csv", dir, int((n - 1) / rows) + 1)
		if ((n - 1) % rows == 0) { close(prev); system("cp " dir "/head " f); prev = f }
		printf "%s", line >> f; line = ""; q = 0 }' "$dir/all.csv"
rm "$dir/all.csv"

"$netral" --db "$dir/n.db" init > /dev/null
# the register of origins, made once before any file arrives
for f in "$dir"/a*.csv; do
	"$netral" --db "$dir/n.db" asal add "Instansi $(basename "$f" .csv)" --kode "$(basename "$f" .csv)" > /dev/null
done
cp "$dir/n.db" "$dir/registered.db"
t0=$(now_ms)
for f in "$dir"/a*.csv; do
	"$netral" --db "$dir/n.db" -q import --asal "Instansi $(basename "$f" .csv)" "$f"
done
t1=$(now_ms)
for f in "$dir"/a*.csv; do
	sqlite3 "$dir/s.db" -cmd ".mode csv" ".import '$f' plain"
done
t2=$(now_ms)
t1b=$t1 t2b=$t2
n=$(sqlite3 "$dir/n.db" 'SELECT count(*) FROM kasus')
echo "roll-up of $files files x $rows rows ($n cases): netral import --asal $((t1 - t0)) ms, sqlite3 .import $((t2 - t1)) ms; ratio $(awk -v a=$((t1 - t0)) -v b=$((t2 - t1)) 'BEGIN { printf "%.2f", a / b }')"


# the schema's floor: each origin's stored rows copied by SQL, one process
# and one transaction a file as netral's imports, into the database as it
# was before them (the runs' records copied first, untimed); no import
# into this schema can be faster
cp "$dir/registered.db" "$dir/f.db"
sqlite3 "$dir/f.db" "ATTACH '$dir/n.db' AS src; INSERT INTO impor SELECT * FROM src.impor" > /dev/null
t0=$(now_ms)
for f in "$dir"/a*.csv; do
	sqlite3 "$dir/f.db" "PRAGMA foreign_keys = ON; ATTACH '$dir/n.db' AS src; BEGIN;
		INSERT INTO kasus SELECT * FROM src.kasus WHERE asal = 'Instansi $(basename "$f" .csv)'; COMMIT;" > /dev/null
done
t1=$(now_ms)
echo "floor: the same $(sqlite3 "$dir/f.db" "SELECT count(*) FROM kasus") cases copied by SQL, file by file: $((t1 - t0)) ms; ratio $(awk -v a=$((t1 - t0)) -v b=$((t2b - t1b)) 'BEGIN { printf "%.2f", a / b }') of .import"

t0=$(now_ms)
"$netral" --db "$dir/n.db" export --format csv --basis dilaporkan > "$dir/rekap.csv"
t1=$(now_ms)
sqlite3 "$dir/s.db" "SELECT count(*) FROM plain; SELECT bentuk, count(*) FROM plain GROUP BY 1;
	SELECT instansi, count(*) FROM plain GROUP BY 1; SELECT status, count(*) FROM plain GROUP BY 1" > /dev/null
t2=$(now_ms)
echo "national tables over $n cases from $files origins (counted once across origins): netral export $((t1 - t0)) ms, four GROUP BY queries $((t2 - t1)) ms"
echo "database: $(($(stat -c %s "$dir/n.db") / n)) bytes a case"
