#!/bin/sh
# The architecture, checked: each folder of src/ (and include/netral/) is a
# layer, and a file may include the headers of its own layer and of the
# layers below it only.  Lowest first:
#
#   util io db rules audit kasus cegah rekap view cli cmd   (then src/main.c)
#
# Also: no include cycle among the headers; no call cycle among the object
# files (a function of one calling into another that calls back); SQL only
# in the storage layers; standard error written by util/msg.c and
# cli/prompt.c alone; no file-scope mutable state in src/cmd/ and src/cli/;
# no sprintf, strcpy, strcat or strncpy; no function over 80 lines and no
# .c file over 600 lines unless a comment in it says "long because".
#
# usage: check-layers.sh BUILD-DIR
set -eu
build=${1:-build}
layers="util io db rules audit kasus cegah rekap view cli cmd main"
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

rank() {
	i=0
	for l in $layers; do
		[ "$l" = "$1" ] && { echo $i; return; }
		i=$((i + 1))
	done
	echo 99
}

layer_of() {
	case $1 in
	src/main.c) echo main ;;
	src/*/*|include/netral/*/*) echo "$1" | cut -d/ -f2- | sed 's|^netral/||' | cut -d/ -f1 ;;
	*) echo "?" ;;
	esac
}

bad() {
	echo "check-layers: $*" >&2
	status=1
}

# 1. includes point down, and every file is in a known layer
for f in src/main.c src/*/*.c include/netral/*/*.h; do
	own=$(layer_of "$f")
	[ "$(rank "$own")" -eq 99 ] && bad "$f: not in a layer folder ($layers)"
	grep -n '^#include "netral/' "$f" | while IFS=: read -r line text; do
		inc=$(echo "$text" | sed 's|.*"netral/\([^"]*\)".*|\1|')
		to=${inc%%/*}
		if [ "$(rank "$to")" -gt "$(rank "$own")" ]; then
			echo "$f:$line: $own includes $inc, of the higher layer $to" >> "$tmp/up"
		fi
		case $f in
		include/*) echo "netral/${f#include/netral/} netral/$inc" >> "$tmp/inc" ;;
		esac
	done
done
[ -s "$tmp/up" ] && { cat "$tmp/up" >&2; status=1; }

# 2. no include cycle among the headers
if [ -s "$tmp/inc" ] && ! tsort "$tmp/inc" > /dev/null 2> "$tmp/loop"; then
	bad "include cycle:"; cat "$tmp/loop" >&2
fi

# 3. no call cycle among the object files: an edge from each file to the
# file defining a function it refers to
# the objects of today's sources, not what an older layout left in build/
objs=
for c in src/*/*.c; do
	o="$build/${c#src/}"
	o="${o%.c}.o"
	if [ -f "$o" ]; then objs="$objs $o"; else bad "$o: not built (run make first)"; fi
done
for o in $objs; do
	nm --defined-only "$o" | awk -v o="$o" '$2 == "T" { print $3, o }'
done | sort > "$tmp/defs"
for o in $(cut -d' ' -f2 "$tmp/defs" | sort -u); do
	nm -u "$o" | awk '{ print $2 }' | sort | join - "$tmp/defs" | awk -v o="$o" '$2 != o { print o, $2 }'
done | sort -u > "$tmp/calls"
if [ -s "$tmp/calls" ] && ! tsort "$tmp/calls" > /dev/null 2> "$tmp/loop"; then
	bad "call cycle between object files:"; cat "$tmp/loop" >&2
fi

# 4. SQL lives in the storage layers (db, rules, audit, kasus, cegah,
# rekap): none in the formats, the views, the command plumbing or the
# commands
if grep -nE '"(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WITH) |sqlite3_' \
	src/main.c src/util/*.c src/io/*.c src/view/*.c src/cli/*.c src/cmd/*.c > "$tmp/sql"; then
	bad "SQL outside the storage layers (move it to the store of its domain):"; cat "$tmp/sql" >&2
fi

# ... one printer: messages go through util/msg.c (the one that cleans
# them), the terminal dialogue through cli/prompt.c; standard error is
# theirs alone
if grep -nE '\b(stderr|perror)\b' src/main.c src/*/*.c | grep -vE '^src/(util/msg|cli/prompt)\.c:' \
	> "$tmp/stderr"; then
	bad "printing to stderr outside util/msg.c and cli/prompt.c:"; cat "$tmp/stderr" >&2
fi

# ... and the commands and their plumbing keep no state of their own at
# file scope: what they need comes in their arguments (struct app)
if grep -nE '^static ' src/cmd/*.c src/cli/*.c | grep -vE '\(|\bconst\b' > "$tmp/state"; then
	bad "file-scope mutable state in a command or the command plumbing:"; cat "$tmp/state" >&2
fi

# 5. no string function that cannot bound what it writes (git's banned.h)
if grep -nE '\b(sprintf|vsprintf|strcpy|strcat|strncpy|gets)\(' src/*.c src/*/*.c > "$tmp/banned"; then
	bad "a banned function (use snprintf or a strbuf):"; cat "$tmp/banned" >&2
fi

# ... nor the C library's letter case, which follows the locale (a Turkish
# one upper-cases 'i' to a dotted capital): util/ascii.h
if grep -nE '(^|[^_a-z])(tolower|toupper|strcasecmp|strncasecmp|isupper|islower|isalpha|isalnum|isdigit|isspace)\(' \
	src/*.c src/*/*.c > "$tmp/locale"; then
	bad "a locale-dependent character function (use util/ascii.h):"; cat "$tmp/locale" >&2
fi

# 6. small modules and functions
for f in src/main.c src/*/*.c; do
	grep -q "long because" "$f" && continue
	n=$(wc -l < "$f")
	[ "$n" -gt 600 ] && bad "$f: $n lines (at most 600, or a comment saying why: 'long because')"
	awk -v f="$f" '
		/^[a-z].*\(/ && !/;$/ { name = $0; start = FNR }
		/^}/ && name != "" { if (FNR - start + 1 > 80) printf "%s:%d: %d lines: %s\n", f, start, FNR - start + 1, name; name = "" }
	' "$f" > "$tmp/long"
	[ -s "$tmp/long" ] && { bad "functions over 80 lines:"; cat "$tmp/long" >&2; }
done
exit $status
