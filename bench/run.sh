#!/bin/sh
# make bench: every benchmark in turn.  Not part of make check.
set -e
here=$(cd "$(dirname "$0")" && pwd)
for b in single import export rollup kepatuhan; do
	sh "$here/$b.sh"
done
