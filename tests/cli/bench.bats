#!/usr/bin/env bats
# make bench is not part of make check, but its scripts must keep running
# as the schema moves: each runs here at a toy size and prints its figures
# (a figure is never judged here: the sizes are far too small to mean
# anything).

load helper

BENCH="$BATS_TEST_DIRNAME/../../bench"

@test "bench/import.sh and its floor run at a toy size and print every row" {
	run env NETRAL="$NETRAL" RUNS=1 SIZES=300 sh "$BENCH/import.sh"
	echo "$output"
	[ "$status" -eq 0 ]
	for row in "import 300 rows (" "peak memory" "bytes a case" "all duplicates" "with its warnings" \
		"rules load --builtin over 300 cases" "no constraint, no index" "the unique number and key" \
		"the foreign keys and checks" "(the schema's floor)" "narrower still" "own work above the floor"; do
		[[ "$output" == *"$row"* ]] || { echo "no row: $row"; false; }
	done
}

@test "bench/export.sh and bench/single.sh run at a toy size" {
	run env NETRAL="$NETRAL" RUNS=1 SIZES=300 sh "$BENCH/export.sh"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"export 300 cases: netral export"* ]]
	[[ "$output" == *"its floor, one pass reading the same columns"* ]]
	run env NETRAL="$NETRAL" RUNS=1 SIZES="200 400" sh "$BENCH/single.sh"
	echo "$output"
	[ "$status" -eq 0 ]
	for row in "add at 400 cases" "status at 400" "show at 400" "nip at 400" "agency at 400" "check at 400"; do
		[[ "$output" == *"$row"* ]] || { echo "no row: $row"; false; }
	done
}

@test "bench/rollup.sh and bench/kepatuhan.sh run at a toy size" {
	run env NETRAL="$NETRAL" FILES=3 ROWS=40 sh "$BENCH/rollup.sh"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"roll-up of 3 files x 40 rows (120 cases)"* ]]
	[[ "$output" == *"floor: the same 120 cases copied by SQL"* ]]
	[[ "$output" == *"national tables over 120 cases"* ]]
	run env NETRAL="$NETRAL" UNITS=5 sh "$BENCH/kepatuhan.sh"
	echo "$output"
	[ "$status" -eq 0 ]
}
