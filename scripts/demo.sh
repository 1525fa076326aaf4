#!/bin/sh
# The main job on the bundled sample data: a fresh database, the sample
# reports imported and classified, a summary, and the units' compliance
# with the circulars' prevention duties.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
netral="${NETRAL:-$top/netral}"
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
echo "== the summary, KASN-style, over every reported case"
"$netral" export --format table --basis dilaporkan --termasuk-ppnpn
echo
echo "== prevention: Batang's own circular, the units, their activities and the pact's signatories"
"$netral" rules load "$top/data/examples/aturan-batang" 2> /dev/null
"$netral" unit import "$top/data/examples/unit.csv"
"$netral" kegiatan import "$top/data/examples/kegiatan.csv"
"$netral" pakta import "$top/data/examples/pakta.csv"
echo
echo "== the compliance report at the end of August 2024 (exit status 1: units behind)"
"$netral" kepatuhan --pemilihan PILKADA2024 --per 2024-08-31 || [ $? -eq 1 ]
echo
echo "The demo database stays in $dir; remove it with: rm -r '$dir'"
