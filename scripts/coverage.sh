#!/bin/sh
# make coverage: after the suite has run on a --coverage build, the line and
# branch coverage of src/ from gcov, per file (least covered first) and in
# total.  A branch counts as covered when it was taken at least once.
#
# An uncovered line is either tested or named in tests/unreachable.tsv: the
# file, the function, a piece of the line's text ("*": every line of the
# function) and why no input from outside reaches it.  The report lists every uncovered line that is not
# named there, and every entry of the list that no longer names an
# uncovered line; either fails, as does a total under COVERAGE_LINES or
# COVERAGE_BRANCHES percent.
#
# usage: coverage.sh BUILD-DIR
set -eu
build=${1:-build/cov}
min_lines=${COVERAGE_LINES:-97}
min_branches=${COVERAGE_BRANCHES:-92}
list=tests/unreachable.tsv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# gcov on each folder's objects, its report on stdout; a record per line
# of src/ that runs code, with the function it is in, and per file the
# counts (headers' inline code is left out)
for dir in src/*/ src/; do
	dir=${dir#src/} dir=${dir%/}
	obj=$build/$dir srcs=$(echo src/"$dir"/*.c)
	# shellcheck disable=SC2086
	gcov -b -c -t -o "$obj" $srcs 2> /dev/null
done | awk '
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
function done_line() {
	if (lb > ltb && lexec) printf "B\t%s\t%s\t%d\t%d\t%s\n", file, lno, ltb, lb, ltext
	lb = ltb = lexec = 0
}
function done_file() {
	done_line()
	if (file != "") printf "F\t%s\t%d\t%d\t%d\t%d\n", file, cl, nl, tb, nb
	file = ""; cl = nl = tb = nb = 0
}
/^ *-: *0:Source:/ { done_file(); f = $0; sub(/.*Source:/, "", f); if (f ~ /^src\//) file = f; next }
file == "" { next }
/^function / { fn = $2; next }
/^branch / { nb++; lb++; if ($0 ~ /taken [1-9]/) { tb++; ltb++ } next }
/^ *[-#=0-9]+[*]?: *[0-9]+:/ {
	count = $0; sub(/:.*/, "", count); count = trim(count)
	if (count == "-") next
	lineno = $0; sub(/^[^:]*: */, "", lineno); sub(/:.*/, "", lineno)
	rest = $0; sub(/^[^:]*: *[0-9]+:/, "", rest)
	done_line()
	lno = lineno; ltext = trim(rest); lexec = count !~ /^[#=]/
	nl++
	if (count ~ /^[#=]/)
		printf "U\t%s\t%s\t%s\t%s\n", file, lineno, fn, trim(rest)
	else
		cl++
}
END { done_file() }
' > "$tmp/all"

# the lines that run with a branch never taken, for whoever looks for them
grep '^B' "$tmp/all" | cut -f2- | awk -F '\t' '{ printf "%s:%s: %d of %d branches taken: %s\n", $1, $2, $3, $4, $5 }' \
	> "$build/untaken-branches.txt" || true

if [ ! -s "$tmp/all" ]; then
	echo "coverage: no coverage data in $build (run the suite on a --coverage build first)" >&2
	exit 1
fi

[ -f "$list" ] || list=/dev/null
awk -F '\t' -v min_lines="$min_lines" -v min_branches="$min_branches" -v list="$list" \
	-v untaken="$build/untaken-branches.txt" '
function pct(a, b) { return b ? 100 * a / b : 100 }
BEGIN {
	while ((getline l < list) > 0) {
		if (l ~ /^#/ || l == "") continue
		split(l, c, "\t")
		n++; lf[n] = c[1]; lfn[n] = c[2]; lt[n] = c[3]; used[n] = 0
	}
}
$1 == "B" { next }
$1 == "F" { f[$2] = 1; cl[$2] = $3; nl[$2] = $4; tb[$2] = $5; nb[$2] = $6; next }
$1 == "U" {
	hit = 0
	for (i = 1; i <= n; i++)
		if (lf[i] == $2 && (lfn[i] == "*" || lfn[i] == $4) && (lt[i] == "*" || index($5, lt[i]))) {
			hit = 1; used[i] = 1
		}
	if (hit) named[$2]++
	else unexplained = unexplained sprintf("  %s:%s (%s): %s\n", $2, $3, $4, $5)
	next
}
END {
	for (k in f) {
		CL += cl[k]; NL += nl[k]; TB += tb[k]; NB += nb[k]
		printf "%6.1f %6.1f  %s  %d/%d lines, %d/%d branches, %d uncovered named unreachable\n",
			pct(cl[k], nl[k]), pct(tb[k], nb[k]), k, cl[k], nl[k], tb[k], nb[k], named[k] + 0 | "sort -n"
	}
	close("sort -n")
	printf "%6.1f %6.1f  total: %d/%d lines, %d/%d branches of src/ (the lines with a branch not taken: %s)\n",
		pct(CL, NL), pct(TB, NB), CL, NL, TB, NB, untaken
	status = 0
	if (unexplained != "") {
		printf "\nuncovered, and not named in %s:\n%s", list, unexplained
		status = 1
	}
	for (i = 1; i <= n; i++)
		if (!used[i]) {
			if (!stale++) printf "\nnamed in %s, but covered or gone:\n", list
			printf "  %s (%s): %s\n", lf[i], lfn[i], lt[i]
			status = 1
		}
	if (pct(CL, NL) < min_lines || pct(TB, NB) < min_branches) {
		printf "\nbelow the targets of %s%% of lines and %s%% of branches\n", min_lines, min_branches
		status = 1
	}
	exit status
}' "$tmp/all"
