#!/usr/bin/env bats
# The shape of the code, held by scripts/check-layers.sh: each rule it
# enforces fails on a tree that breaks it.

load helper

ROOT="$BATS_TEST_DIRNAME/../.."

# A copy of the sources with one change, checked against the objects the
# suite built.
layers_with() {
	mkdir tree
	cp -r "$ROOT/src" "$ROOT/include" "$ROOT/scripts" tree/
	(cd tree && eval "$1")
	build=$(cd "$(dirname "$NETRAL")" && pwd)
	(cd tree && sh scripts/check-layers.sh "$build")
}

@test "the tree as it is keeps every rule" {
	run layers_with true
	[ "$status" -eq 0 ] || { echo "$output"; false; }
}

@test "a printer to stderr outside the message module is refused" {
	run layers_with 'echo "static void f(void) { fputs(\"x\", stderr); }" >> src/cmd/show.c'
	[ "$status" -eq 1 ]
	[[ "$output" == *"printing to stderr outside util/msg.c and cli/prompt.c"*"src/cmd/show.c"* ]]
}

@test "file-scope mutable state in a command or the plumbing is refused" {
	run layers_with 'echo "static int remembered;" >> src/cli/sub.c'
	[ "$status" -eq 1 ]
	[[ "$output" == *"file-scope mutable state"*"src/cli/sub.c"* ]]
}

@test "SQL outside the storage layers is refused" {
	run layers_with 'echo "static const char *q = \"SELECT nama FROM kasus\";" >> src/view/kasus.c'
	[ "$status" -eq 1 ]
	[[ "$output" == *"SQL outside the storage layers"*"src/view/kasus.c"* ]]
}

@test "a function over 80 lines, a file over 600 lines are refused" {
	run layers_with '{ echo "int too_long(void)"; echo "{"; for i in $(seq 80); do echo "	(void)0;"; done; echo "}"; } >> src/io/json.c'
	[ "$status" -eq 1 ]
	[[ "$output" == *"functions over 80 lines"*"too_long"* ]]
	rm -rf tree
	run layers_with 'for i in $(seq 600); do echo "/* */"; done >> src/io/format.c'
	[ "$status" -eq 1 ]
	[[ "$output" == *"src/io/format.c:"*"lines (at most 600"* ]]
}
