#!/bin/sh
# What the schema costs by itself: the rows a netral import stored, copied
# by SQL into an empty netral database, with nothing parsed, checked,
# classified or digested.  No import into this schema can be faster, so
# the ratio of this copy to .import is the floor of import.sh's ratio.
# Then the copy taken apart: the same columns with no constraint, with the
# unique number and key, with the foreign keys and checks, with the
# indexes (the floor), and the row narrower still, simulated.
#   sh bench/floor.sh SRC.db CSV [MS]   (SRC.db: a netral database after
#   import of CSV; MS: that import's milliseconds, to say what lies above)
set -e
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
netral=${NETRAL:-$here/../build/netral}
runs=${RUNS:-3}
src=$1
csv=$2
import_ms=${3:-}
dir=$(mktemp -d "${TMPDIR:-/tmp}/netral-floor.XXXXXX")
trap 'rm -rf "$dir"' EXIT
export NETRAL_OPERATOR=bench NETRAL_TODAY=2026-01-01

n=$(sqlite3 "$src" 'SELECT count(*) FROM kasus')
# the indexes an import sets aside and builds again (kasus/indexes.c)
aside="type = 'index' AND tbl_name = 'kasus' AND sql IS NOT NULL AND sql NOT LIKE '%WHERE%'"
drop=$(sqlite3 "$src" "SELECT group_concat('DROP INDEX ' || name || ';', ' ') FROM sqlite_schema WHERE $aside")
build=$(sqlite3 "$src" "SELECT group_concat(sql || ';', ' ') FROM sqlite_schema WHERE $aside")
cols=$(sqlite3 "$src" "SELECT group_concat(name, ', ') FROM pragma_table_info('kasus')")
"$netral" --db "$dir/empty.db" init > /dev/null

# copy SETUP INSERT-TARGET SELECT-LIST AFTER: milliseconds of one copy in
# one transaction, with an import's page cache; the database is kept
copy() {
	rm -f "$dir"/f.db*
	cp "$dir/empty.db" "$dir/f.db"
	sqlite3 "$dir/f.db" "$1" > /dev/null
	t0=$(now_ms)
	sqlite3 "$dir/f.db" "PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384;
		ATTACH '$src' AS src; BEGIN; INSERT INTO main.impor SELECT * FROM src.impor;
		$2 INSERT INTO $3 SELECT $4 FROM src.kasus; $5 COMMIT;" > /dev/null
	t1=$(now_ms)
	echo $((t1 - t0))
}

# bytes a case of the table named and its indexes
bytes() {
	sqlite3 "$dir/f.db" "SELECT sum(pgsize) / $n FROM dbstat
		WHERE name = '$1' OR name IN (SELECT name FROM sqlite_schema WHERE tbl_name = '$1')"
}

dotimport() {
	rm -f "$dir"/s.db*
	t0=$(now_ms)
	sqlite3 "$dir/s.db" -cmd ".mode csv" ".import '$csv' plain"
	t1=$(now_ms)
	echo $((t1 - t0))
}

# the row narrower than schema 20's (whose derived texts are codes
# already): the key and the import state as 16 bytes, the two times as
# integers
wide=$(sqlite3 "$src" "SELECT sql FROM sqlite_schema WHERE name = 'kasus'")
narrow_table=$(printf '%s\n' "$wide" | sed -e 's/CREATE TABLE kasus (/CREATE TABLE sempit (/' \
	-e 's/^\tkunci TEXT UNIQUE/\tkunci BLOB UNIQUE/' \
	-e 's/^\tkeadaan_impor TEXT/\tkeadaan_impor BLOB/' \
	-e 's/^\t\(dibuat\|diubah\) TEXT/\t\1 INTEGER/')
narrow_select=
for c in $(echo "$cols" | tr -d ,); do
	e=$c
	case $c in
	kunci|keadaan_impor) e="substr(sha3($c), 1, 16)" ;;
	dibuat|diubah) e="unixepoch($c)" ;;
	esac
	narrow_select="$narrow_select${narrow_select:+, }$e"
done
narrow_build=$(echo "$build" | sed 's/ ON kasus / ON sempit /g; s/INDEX kasus_/INDEX sempit_/g')

: > "$dir/p.ms"; : > "$dir/floor.ms"; : > "$dir/bare.ms"; : > "$dir/uniq.ms"; : > "$dir/fk.ms"; : > "$dir/narrow.ms"
i=0
while [ $i -lt "$runs" ]; do
	dotimport >> "$dir/p.ms"
	copy "" "$drop" kasus "$cols" "$build" >> "$dir/floor.ms"
	floor_bytes=$(bytes kasus)
	copy "CREATE TABLE bare AS SELECT * FROM kasus WHERE 0" "" bare "$cols" "" >> "$dir/bare.ms"
	bare_bytes=$(bytes bare)
	copy "CREATE TABLE bare AS SELECT * FROM kasus WHERE 0; CREATE UNIQUE INDEX bare_nomor ON bare (nomor); CREATE UNIQUE INDEX bare_kunci ON bare (kunci)" \
		"" bare "$cols" "" >> "$dir/uniq.ms"
	copy "" "$drop" kasus "$cols" "" >> "$dir/fk.ms"
	copy "$narrow_table" "" sempit "$narrow_select" "$narrow_build" >> "$dir/narrow.ms"
	narrow_bytes=$(bytes sempit)
	i=$((i + 1))
done
p=$(median < "$dir/p.ms")
sbytes=$(sqlite3 "$dir/s.db" "SELECT sum(pgsize) / $n FROM dbstat WHERE name = 'plain'")
line() {
	t=$(median < "$dir/$1.ms")
	echo "floor $n rows: $2: $t ms, ratio $(ratio "$t" "$p") of .import ($p ms)${3:+; $3 bytes a case, ratio $(ratio "$3" "$sbytes") of the plain table ($sbytes)}"
}
line bare "the stored columns, no constraint, no index" "$bare_bytes"
line uniq "  + the unique number and key" ""
line fk "  + the foreign keys and checks of kasus" ""
line floor "  + the indexes built at the end (the schema's floor)" "$floor_bytes"
line narrow "narrower still, simulated (16-byte key and state, integer times)" "$narrow_bytes"
if [ -n "$import_ms" ]; then
	f=$(median < "$dir/floor.ms")
	echo "floor $n rows: netral's own work above the floor (parse, check, classify, key, state, log): $(awk -v a="$import_ms" -v f="$f" -v n="$n" 'BEGIN { printf "%d ms, %.1f us a row", a - f, (a - f) * 1000 / n }')"
fi
