#!/bin/sh
# The main job on the bundled sample data: a fresh database, the sample
# reports imported and classified, and a summary.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
netral="$top/netral"
dir=$(mktemp -d "${TMPDIR:-/tmp}/netral-demo.XXXXXX")
export NETRAL_DB="$dir/netral.db"
export NETRAL_OPERATOR=demo

echo "== netral demo: database $NETRAL_DB"
"$netral" init
echo
echo "== importing data/examples/kasus.csv"
"$netral" import "$top/data/examples/kasus.csv"
echo
echo "== the cases and how the SKB 2022 matrix classifies them"
"$netral" list
echo
echo "== one case in full"
"$netral" show 2024-0004
echo
echo "== cases by classification"
sqlite3 "$NETRAL_DB" "SELECT jenis, count(*) FROM kasus GROUP BY jenis ORDER BY 2 DESC, 1" |
	awk -F'|' '{ printf "%-22s %5d\n", $1, $2 }'
echo
echo "The demo database stays in $dir; remove it with: rm -r '$dir'"
