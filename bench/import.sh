#!/bin/sh
# netral import against the sqlite3 shell's .import of the same file into a
# plain table (which checks nothing), alternating in the same run, for 100k
# and 1M rows.  Each target prints its figure beside its baseline:
#   import            <= 2.0x .import (aim 1.3x)
#   peak memory       <= 32 MiB (aim 16), flat from 100k to 1M
#   size per case     <= 1.6x the plain table's
#   re-import (dups)  <= 1.0x .import
#   rules load        <= one import of the same cases
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
	: > "$dir/n.ms"; : > "$dir/s.ms"; : > "$dir/d.ms"; : > "$dir/n.kb"
	i=0
	while [ $i -lt "$runs" ]; do
		rm -f "$dir"/n.db* "$dir"/s.db*
		"$netral" --db "$dir/n.db" init >/dev/null
		t0=$(now_ms)
		"$dir/maxrss" "$netral" --db "$dir/n.db" -q import "$dir/in.csv" 2>> "$dir/n.kb"
		t1=$(now_ms)
		sqlite3 "$dir/s.db" -cmd ".mode csv" ".import '$dir/in.csv' plain"
		t2=$(now_ms)
		# the same file again: every row a duplicate
		"$netral" --db "$dir/n.db" -q import "$dir/in.csv"
		t3=$(now_ms)
		echo $((t1 - t0)) >> "$dir/n.ms"
		echo $((t2 - t1)) >> "$dir/s.ms"
		echo $((t3 - t2)) >> "$dir/d.ms"
		i=$((i + 1))
	done
	# once without -q: the warnings, and the pass that finds repeated acts
	rm -f "$dir"/w.db*
	t0=$(now_ms)
	"$netral" --db "$dir/w.db" import "$dir/in.csv" >/dev/null 2>&1
	t1=$(now_ms)
	warned=$((t1 - t0))
	rm -f "$dir"/w.db*
	t0=$(now_ms)
	"$netral" --db "$dir/n.db" -q rules load --builtin >/dev/null
	t1=$(now_ms)
	load=$((t1 - t0))
	rows=$(sqlite3 "$dir/n.db" 'SELECT count(*) FROM kasus')
	plain=$(sqlite3 "$dir/s.db" 'SELECT count(*) FROM plain')
	a=$(median < "$dir/n.ms")
	b=$(median < "$dir/s.ms")
	dup=$(median < "$dir/d.ms")
	kb=$(awk '/maxrss/ { if ($2 > m) m = $2 } END { print m }' "$dir/n.kb")
	nbytes=$(($(stat -c %s "$dir/n.db") / rows))
	sbytes=$(($(stat -c %s "$dir/s.db") / plain))
	r=$(ratio "$a" "$b")
	echo "import $n rows ($(du -h "$dir/in.csv" | cut -f1)): netral ${a} ms ($(awk -v r="$rows" -v t="$a" 'BEGIN { printf "%d", r / (t / 1000) }') rows/s), sqlite3 .import ${b} ms; ratio $r (target <= 2.0, aim 1.3): $(verdict "$r" 2.0)"
	echo "import $n rows: peak memory $((kb / 1024)) MiB (target <= 32, aim 16): $(verdict $((kb / 1024)) 32)"
	r=$(ratio "$nbytes" "$sbytes")
	echo "import $n rows: database $nbytes bytes a case, plain table $sbytes; ratio $r (target <= 1.6): $(verdict "$r" 1.6)"
	r=$(ratio "$dup" "$b")
	echo "import $n rows again (all duplicates): ${dup} ms, sqlite3 .import ${b} ms; ratio $r (target <= 1.0): $(verdict "$r" 1.0)"
	r=$(ratio "$warned" "$a")
	echo "import $n rows with its warnings (no -q, one run): ${warned} ms, ratio $r of the quiet import"
	r=$(ratio "$load" "$a")
	echo "rules load --builtin over $rows cases: ${load} ms, one import ${a} ms; ratio $r (target <= 1.0): $(verdict "$r" 1.0)"
	NETRAL=$netral sh "$here/floor.sh" "$dir/n.db" "$dir/in.csv" "$a"
done
