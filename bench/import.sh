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
	rows=$(sqlite3 "$dir/n.db" 'SELECT count(*) FROM kasus')
	plain=$(sqlite3 "$dir/s.db" 'SELECT count(*) FROM plain')
	a=$(median < "$dir/n.ms")
	b=$(median < "$dir/s.ms")
	kb=$(awk '/maxrss/ { if ($2 > m) m = $2 } END { print m }' "$dir/n.kb")
	echo "import $n rows ($(du -h "$dir/in.csv" | cut -f1)): netral ${a} ms ($(awk -v r="$rows" -v t="$a" 'BEGIN { printf "%d", r / (t / 1000) }') rows/s, $rows cases), sqlite3 .import ${b} ms ($plain rows); ratio $(ratio "$a" "$b") (target <= 1.5); netral peak memory $((kb / 1024)) MiB (target < 64)"
done
