# Helpers shared by the benchmarks.  Times are wall-clock milliseconds.

now_ms() {
	date +%s%N | cut -c1-13
}

# median of the numbers on standard input
median() {
	sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "inf" }'
}

# "ok" when the figure is within its target, else "MISSED"
verdict() {
	awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t ? "ok" : "MISSED") }'
}
