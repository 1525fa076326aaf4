#!/bin/sh
# make mutate: plants each mutant of tests/mutants.tsv, one at a time, in a
# scratch copy of the tree (never in the tree itself), builds it and runs
# the tests against it: first the unit tables and the bats files the mutant
# names, then, only when those pass, the whole suite (make test).
#
# A mutant is killed when a test fails; it survives when every test passes;
# it no longer applies when its original text is not in its file exactly
# once (the code moved: the mutant is to be written again).  A mutant marked
# equivalent (the behaviour cannot differ, and the list says why) is not
# run unless -a is given.  The score is killed / (killed + survived).
# Exits 1 when a mutant survived, no longer applies or does not build.
#
# usage: mutate.sh [-j JOBS] [-a] [-n] [ID...]
#   -j JOBS  mutants run at once, each in its own copy (default 2)
#   -a       run the mutants marked equivalent too
#   -n       only check that every mutant still applies; build nothing
#   ID...    only these mutants
#
# tests/mutants.tsv, one mutant a line ('#' lines are comments), tab-separated:
#   id  file  original  replacement  bats files  what it models  equivalent
# The original and the replacement may hold \t, \n and \\.  The bats files
# are names in tests/cli without .bats, separated by blanks ("-": the unit
# tables only).  The last column is empty, or why the mutant is equivalent.
set -eu
jobs=2 all=0 check_only=0
while getopts 'j:an' o; do
	case $o in
	j) jobs=$OPTARG ;;
	a) all=1 ;;
	n) check_only=1 ;;
	*) sed -n 's/^# usage: /usage: /p' "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
list=tests/mutants.tsv
export LC_ALL=C
start=$(date +%s)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/netral-mutate.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# The mutants, one folder each: m/NNN/{id,file,orig,repl,bats,what,equiv},
# the texts still escaped (apply decodes them).
awk -F '\t' -v dir="$tmp/m" -v want=" $* " '
/^#/ || /^[ \t]*$/ { next }
{
	if (NF != 7 || $1 == "" || $2 == "" || $3 == "") {
		printf "%s:%d: want 7 tab-separated columns (id, file, original, replacement, bats, what, equivalent)\n", FILENAME, NR > "/dev/stderr"
		bad = 1; next
	}
	if ($1 in seen) {
		printf "%s:%d: id %s is also on line %d\n", FILENAME, NR, $1, seen[$1] > "/dev/stderr"
		bad = 1; next
	}
	seen[$1] = NR
	if (want != "  " && index(want, " " $1 " ") == 0) next
	n++
	d = sprintf("%s/%03d", dir, n)
	system("mkdir -p " d)
	split("id file orig repl bats what equiv", name, " ")
	for (i = 1; i <= 7; i++) { printf "%s", $i > (d "/" name[i]); close(d "/" name[i]) }
}
END { exit bad }' "$list"
[ -d "$tmp/m" ] || { echo "mutate: no mutant to run" >&2; exit 2; }

# Writes FILE with the mutant's original text replaced, to stdout; exit 3
# when the original is not there exactly once.
apply() {
	M_ORIG=$(cat "$1/orig") M_REPL=$(cat "$1/repl") awk '
	function unescape(s,   out, c) {
		out = ""
		while (s != "") {
			c = substr(s, 1, 1); s = substr(s, 2)
			if (c == "\\" && s != "") {
				c = substr(s, 1, 1); s = substr(s, 2)
				c = c == "t" ? "\t" : c == "n" ? "\n" : c
			}
			out = out c
		}
		return out
	}
	{ text = text $0 "\n" }
	END {
		o = unescape(ENVIRON["M_ORIG"]); r = unescape(ENVIRON["M_REPL"])
		rest = text; n = 0; base = 0
		while ((i = index(rest, o)) > 0) {
			if (++n == 1) at = base + i
			base += i + length(o) - 1
			rest = substr(rest, i + length(o))
		}
		if (n != 1) { print n > "/dev/stderr"; exit 3 }
		printf "%s%s%s", substr(text, 1, at - 1), r, substr(text, at + length(o))
	}' "$2"
}

# The tree as a clone has it (the tracked files and the new ones git does
# not ignore, as they are now), itself a repository as a clone is: the
# suite builds a package from it.
copy_tree() {
	mkdir -p "$1"
	if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
		git ls-files -z --cached --others --exclude-standard | xargs -0 ls -d 2> /dev/null |
			tar -cf - -T - | tar -xf - -C "$1"
	else
		tar --exclude=./build --exclude=./netral --exclude=./.git -cf - . | tar -xf - -C "$1"
	fi
	(cd "$1" && git init -q && git add -A &&
		git -c user.name=mutate -c user.email=mutate@localhost commit -qm scratch)
}

say() {
	# one write per line: the workers share the terminal
	printf '%s\n' "$*"
}

# Runs the tests of mutant $1 in tree $2: the unit tables and its bats
# files, then the whole suite; echoes where it was killed, or nothing.
run_tests() {
	m=$1 t=$2 log=$3
	for u in "$t"/build/tests/*.t; do
		(cd "$t" && "$u") > "$log" 2>&1 || { echo "by tests/unit/$(basename "$u" .t).c"; return; }
	done
	read -r bats < "$m/bats" || true
	for b in $bats; do
		[ "$b" = - ] && continue
		if [ ! -f "$t/tests/cli/$b.bats" ]; then
			echo "ERROR: no tests/cli/$b.bats"
			return
		fi
		(cd "$t" && NETRAL="$t/build/netral" NETRAL_LOCALEDIR="$t/build/locale" \
			GEN="$t/build/tests/gen" FAULT="$t/build/tests/fault.so" \
			timeout 900 bats "tests/cli/$b.bats") > "$log" 2>&1 ||
			{ echo "by tests/cli/$b.bats"; return; }
	done
	timeout 2400 make -C "$t" -s test > "$log" 2>&1 ||
		{ echo "by make test $(grep -o '^tests/cli/[a-z_-]*\.bats *(Wstat' "$log" | sed 's/ *(Wstat//' | head -1)"; return; }
}

worker() {
	w=$tmp/w$1 t=$tmp/w$1/tree
	copy_tree "$t"
	if ! make -C "$t" -s all units > "$w/build.log" 2>&1; then
		say "mutate: the tree does not build:"; tail -20 "$w/build.log"
		return 1
	fi
	for m in "$tmp"/m/*; do
		mkdir "$m/claimed" 2> /dev/null || continue
		id=$(cat "$m/id") file=$(cat "$m/file")
		if [ -s "$m/equiv" ] && [ $all -eq 0 ]; then
			echo equivalent > "$m/result"
			continue
		fi
		if [ ! -f "$t/$file" ] || ! apply "$m" "$t/$file" > "$w/mutated" 2> "$w/count"; then
			echo "n/a" > "$m/result"
			say "not applicable  $id  ($file: original found $(cat "$w/count" 2> /dev/null || echo 0) times)"
			continue
		fi
		cp -p "$t/$file" "$w/saved"
		cat "$w/mutated" > "$t/$file"
		if ! make -C "$t" -s all units > "$w/log" 2>&1; then
			res="no build" how=$(grep -m1 'error' "$w/log" || true)
		else
			how=$(run_tests "$m" "$t" "$w/log")
			case $how in
			"") res=survived ;;
			ERROR*) res="no build" ;;
			*) res=killed ;;
			esac
		fi
		# back to the original, newer than its object so that make rebuilds it
		cat "$w/saved" > "$t/$file"
		touch "$t/$file"
		echo "$res" > "$m/result"
		say "$(printf '%-15s %s  %s' "$res" "$id" "$how")"
	done
}

if [ $check_only -eq 1 ]; then
	stale=0
	for m in "$tmp"/m/*; do
		file=$(cat "$m/file")
		if [ ! -f "$file" ] || ! apply "$m" "$file" > /dev/null 2> "$tmp/count"; then
			say "not applicable  $(cat "$m/id")  ($file: original found $(cat "$tmp/count" 2> /dev/null || echo 0) times)"
			stale=$((stale + 1))
		fi
	done
	set -- "$tmp"/m/*
	say "$# mutants, $stale not applicable"
	[ $stale -eq 0 ]
	exit
fi

set -- "$tmp"/m/*
say "mutate: $# mutants, $jobs at once"
pids=
i=1
while [ $i -le "$jobs" ]; do
	worker $i &
	pids="$pids $!"
	i=$((i + 1))
done
failed=0
for p in $pids; do
	wait "$p" || failed=1
done
[ $failed -eq 0 ] || exit 2

killed=0 survived=0 na=0 equiv=0 nobuild=0
summary=
for m in "$tmp"/m/*; do
	r=$(cat "$m/result" 2> /dev/null || echo "not run")
	if [ -s "$m/equiv" ]; then
		case $r in
		killed)
			killed=$((killed + 1))
			summary="$summary
  killed, yet marked equivalent  $(cat "$m/id")" ;;
		*) equiv=$((equiv + 1)) ;;
		esac
		continue
	fi
	case $r in
	killed) killed=$((killed + 1)) ;;
	survived)
		survived=$((survived + 1))
		summary="$summary
  survived  $(cat "$m/id")  $(cat "$m/file"): $(cat "$m/what")" ;;
	n/a)
		na=$((na + 1))
		summary="$summary
  not applicable  $(cat "$m/id")  $(cat "$m/file")" ;;
	equivalent) equiv=$((equiv + 1)) ;;
	*)
		nobuild=$((nobuild + 1))
		summary="$summary
  does not build  $(cat "$m/id")  $(cat "$m/file")" ;;
	esac
done
[ -z "$summary" ] || say "$summary"
run=$((killed + survived))
score=$(awk -v k=$killed -v r=$run 'BEGIN { printf "%.1f", r ? 100 * k / r : 100 }')
say "killed $killed, survived $survived, not applicable $na, equivalent $equiv, no build $nobuild: score $score% ($killed/$run), $(($(date +%s) - start)) s"
[ $survived -eq 0 ] && [ $na -eq 0 ] && [ $nobuild -eq 0 ]
