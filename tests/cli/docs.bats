#!/usr/bin/env bats
# The documentation says what the binary does.

load helper

commands() {
	netral --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { sub(",", "", $1); print $1 }'
}

@test "every command in --help has a section in the man page and the README" {
	n=0
	for c in $(commands); do
		n=$((n + 1))
		grep -q "^\.It Cm $c" "$BATS_TEST_DIRNAME/../../doc/netral.1" || { echo "man: $c"; false; }
		grep -q "netral $c" "$BATS_TEST_DIRNAME/../../README.md" || { echo "README: $c"; false; }
		run netral "$c" --help
		[ "$status" -eq 0 ]
		[[ "$output" == "usage: netral $c"* ]]
	done
	[ "$n" -ge 7 ]
}

@test "add's --help names every field option it takes" {
	netral init -q
	help=$(netral add --help)
	for o in $(netral complete fields); do
		grep -q -- "$o\b" <<< "$help" || { echo "add --help lacks $o"; false; }
	done
}

@test "every exit status in --help is in the man page" {
	for s in 0 1 2 3 4 5 6; do
		grep -q "^\.It $s\$" "$BATS_TEST_DIRNAME/../../doc/netral.1"
	done
}

@test "the README's quick start is exactly two commands" {
	block=$(sed -n '/^## Quick start/,/^## /p' "$BATS_TEST_DIRNAME/../../README.md" | sed -n '/^```sh/,/^```$/p' | grep -v '^```')
	[ "$(echo "$block" | wc -l)" -eq 2 ]
	[ "$(echo "$block" | sed -n 1p)" = "make demo" ]
	[ "$(echo "$block" | sed -n 2p)" = "make check" ]
	grep -q "make check" "$BATS_TEST_DIRNAME/../../.ci/run"
}

@test "--version and --help go to stdout and exit 0; no command is a usage error" {
	run --separate-stderr netral --version
	[ "$status" -eq 0 ]
	[[ "$output" == "netral "* ]]
	run --separate-stderr netral
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"usage: netral"* ]]
	run --separate-stderr netral frobnicate
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"'frobnicate' is not a command"* ]]
}

@test "make demo runs the main job on the bundled sample data" {
	TMPDIR="$BATS_TEST_TMPDIR" run sh "$BATS_TEST_DIRNAME/../../scripts/demo.sh"
	[ "$status" -eq 0 ]
	[[ "$output" == *"imported 12, duplicates 0, rejected 0"* ]]
	[[ "$output" == *"2024-0004"*"Agus Wibowo"* ]]
	[[ "$output" == *"Klasifikasi"*"Severe disciplinary penalty"* ]]
	[[ "$output" == *"PILKADA2024: prevention duties as of 2024-08-31 (2 of 4 units behind)"* ]]
	[[ "$output" == *"Kecamatan Warungasem: no ikrar in the weeks of 2024-07-29"* ]]
}

@test "every example of the README's 'Finding cases' runs on the sample data" {
	export NETRAL_OPERATOR=demo
	netral import "$BATS_TEST_DIRNAME/../../data/examples/kasus.csv" > /dev/null
	sed -n '/^### Finding cases/,/^### /p' "$BATS_TEST_DIRNAME/../../README.md" |
		sed -n '/^```sh/,/^```$/p' | grep '^netral ' | sed 's/ *# .*//' > examples
	[ "$(wc -l < examples)" -ge 6 ]
	while read -r line; do
		run bash -c "${line//netral /\"\$NETRAL\" }"
		[ "$status" -eq 0 ] || { echo "failed: $line"; echo "$output"; false; }
		[ -n "$output" ] || { echo "no output: $line"; false; }
	done < examples
	run netral list --cari budi
	[[ "$output" == *"Budi Santoso"* ]]
	# 2024-0005 among them again, reopened
	[ "$(netral list --status verifikasi --instansi "Lubuk Linggau" --format ids | wc -l)" -eq 3 ]
	# 2024-0005 voided by mistake and reopened; the repeat merged, its report kept
	[ "$(netral list --status batal --format ids | tr "\n" " ")" = "2024-0011 " ]
	run netral show 2024-0001
	has_row alias "31/BWS/2024 Bawaslu \(2024-0011\)"
}

@test "the README's query of the database with sqlite3 reads the cases as text" {
	export NETRAL_OPERATOR=demo
	netral import -q "$BATS_TEST_DIRNAME/../../data/examples/kasus.csv"
	line=$(sed -n '/^## The database/,/^## /p' "$BATS_TEST_DIRNAME/../../README.md" |
		sed -n '/^```sh/,/^```$/p' | grep '^sqlite3 ')
	[ -n "$line" ]
	run bash -c "${line//netral.db/\"\$NETRAL_DB\"}"
	[ "$status" -eq 0 ]
	echo "$output"
	[ "$(echo "$output" | wc -l)" -eq 3 ]
	[[ "$output" == *"2024-0004|disiplin_berat|DS-7"* ]]
	# the table itself holds the codes
	[ "$(sqlite3 "$NETRAL_DB" "SELECT typeof(jenis) FROM kasus LIMIT 1")" = integer ]
}

@test "every example of the README's 'Corrections in the open' runs on the sample data" {
	export NETRAL_OPERATOR=demo
	cd "$BATS_TEST_DIRNAME/../.."
	for kind in unit kegiatan pakta; do
		"$NETRAL" $kind import -q data/examples/$kind.csv
	done
	sed -n '/^### Corrections in the open/,/^### /p' README.md |
		sed -n '/^```sh/,/^```$/p' | grep '^netral ' | sed 's/ *# .*//' > "$BATS_TEST_TMPDIR/examples"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/examples")" -ge 8 ]
	while read -r line; do
		run bash -c "${line//netral /\"\$NETRAL\" }"
		[ "$status" -eq 0 ] || { echo "failed: $line"; echo "$output"; false; }
		[ -n "$output" ] || { echo "no output: $line"; false; }
	done < "$BATS_TEST_TMPDIR/examples"
	run netral unit list --format csv
	[[ "$output" == *"Dinas Sosial,"* ]]
	[[ "$output" != *"Dinkes"* ]]
	run netral check
	[ "$status" -eq 0 ]
}

@test "every example of the README's 'Prevention and permits' runs on the sample data" {
	export NETRAL_OPERATOR=demo
	cd "$BATS_TEST_DIRNAME/../.."
	sed -n '/^### Prevention and permits/,/^### /p' README.md |
		sed -n '/^```sh/,/^```$/p' | grep '^netral ' | sed 's/ *# .*//' > "$BATS_TEST_TMPDIR/examples"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/examples")" -ge 8 ]
	while read -r line; do
		line=${line//--output /--output $BATS_TEST_TMPDIR/}
		run bash -c "${line//netral /\"\$NETRAL\" }"
		[ "$status" -eq 0 ] || [[ "$line" == *kepatuhan* && "$status" -eq 1 ]] ||
			{ echo "failed: $line"; echo "$output"; false; }
		[ -n "$output" ] || [[ "$line" == *--output* ]] || { echo "no output: $line"; false; }
	done < "$BATS_TEST_TMPDIR/examples"
	grep -q '^PILKADA2024,Kecamatan Warungasem,tertinggal,4,8,' "$BATS_TEST_TMPDIR/kepatuhan.csv"
	grep -q 'Rina Kartika' "$BATS_TEST_TMPDIR/izin.html"
	# the case against the permit holder named the permit
	run netral show 2024-0001
	has_row izin "IZ-2024-0001 KPPS PILKADA2024 2024-10-01"
	# what the README shows of the permit's letter is what it prints, line for line
	run netral izin surat IZ-2024-0001
	[ "$status" -eq 0 ]
	sed -n '/^\$ netral izin surat IZ-2024-0001$/,/^```$/p' README.md | sed '1d;$d' > "$BATS_TEST_TMPDIR/shown"
	[ "$(grep -c . "$BATS_TEST_TMPDIR/shown")" -ge 10 ]
	rest=$'\n'$output
	while IFS= read -r line; do
		[ "$line" = ... ] && continue
		# each line shown, in order, as printed (blank lines too)
		[[ $rest == *$'\n'"$line"$'\n'* ]] || { echo "not printed: '$line'"; false; }
		rest=${rest#*$'\n'"$line"$'\n'}
		rest=$'\n'$rest
	done < "$BATS_TEST_TMPDIR/shown"
	# what the README shows of the report is what it prints
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-08-31
	[[ "$output" == *"PILKADA2024: prevention duties as of 2024-08-31 (2 of 4 units behind)"* ]]
	[[ "$output" == *"  Kecamatan Warungasem: no ikrar in the weeks of 2024-07-29, 2024-08-05, 2024-08-12, 2024-08-19"* ]]
}

@test "every example of the README's 'Reports sent up' runs, and its table is what kepatuhan prints" {
	cd "$BATS_TEST_DIRNAME/../.."
	netral -q init
	sed -n '/^### Reports sent up/,/^### /p' README.md |
		sed -n '/^```sh/,/^```$/p' | grep '^netral ' | sed 's/ *# .*//' > "$BATS_TEST_TMPDIR/examples"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/examples")" -eq 4 ]
	while read -r line; do
		line=${line//--output /--output $BATS_TEST_TMPDIR/}
		run bash -c "${line//netral /\"\$NETRAL\" }"
		[ "$status" -eq 0 ] || { echo "failed: $line"; echo "$output"; false; }
		[ -n "$output" ] || [[ "$line" == *--output* ]] || { echo "no output: $line"; false; }
	done < "$BATS_TEST_TMPDIR/examples"
	[ "$(netral pelaporan list --format csv | sed -n 2p | cut -d, -f1-4)" = "B/123/800.1.6.2/XI/2024,2024-11-20,pencegahan,dirjen-otda" ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT lampiran FROM pelaporan")" = "$(cd data/examples && sha256sum kegiatan.csv pakta.csv)" ]
	grep -q 'Menteri Dalam Negeri c.q. Direktur Jenderal Otonomi Daerah' "$BATS_TEST_TMPDIR/pengantar.html"
	# the README's lines of the table, as printed (its rule left out)
	out=$(netral kepatuhan --pemilihan PILKADA2024 --per 2025-01-02)
	sed -n '/^### Reports sent up/,/^### /p' README.md | grep -E '^(Reports to send|pemilihan |PILKADA2024 )' > "$BATS_TEST_TMPDIR/shown"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/shown")" -eq 4 ]
	while read -r l; do
		grep -qxF -- "$l" <<< "$out" || { echo "not printed: $l"; echo "$out"; false; }
	done < "$BATS_TEST_TMPDIR/shown"
}

@test "the man page's example of a report recorded prints what it shows" {
	netral -q init
	printf 'rekap ikrar\n' > rekap-ikrar.pdf
	printf 'pakta\n' > pakta.xlsx
	sed -n '/^Record the report of the prevention duties/,/^\.Ed/p' "$BATS_TEST_DIRNAME/../../doc/netral.1" |
		sed '1,3d;$d' | sed 's/\\e$/\\/' > example
	# the commands, joined across their continuation lines, and what they print
	grep -v '^\$ \|^    ' example > expected
	sed -n '/^\$ /,/[^\\]$/p' example | sed 's/^\$ //' > commands.sh
	[ "$(wc -l < expected)" -eq 3 ]
	run bash -c "netral() { \"\$NETRAL\" \"\$@\"; }; set -e; . ./commands.sh"
	[ "$status" -eq 0 ]
	[ "$output" = "$(cat expected)" ]
	grep -q '<h1>SURAT PENGANTAR</h1>' pengantar.html
}

@test "the man page's permit letter is made as it shows: letterhead, the pattern's number, one page" {
	cd "$BATS_TEST_DIRNAME/../.."
	sed -n "/^A committee permit's letter under/,/^\.Ed/p" doc/netral.1 | sed -n '/^\.Bd/,/^\.Ed/p' |
		sed '1d;$d' | sed -e 's/\\e$/\\/' > "$BATS_TEST_TMPDIR/example"
	# a command's continuation lines joined; a line not a command is what it prints
	sed -i -e ':a' -e '/\\$/N; s/\\\n *//; ta' "$BATS_TEST_TMPDIR/example"
	[ "$(grep -c '^\$ netral ' "$BATS_TEST_TMPDIR/example")" -eq 3 ]
	while IFS= read -r line; do
		if [[ $line != '$ '* ]]; then
			[ "$output" = "$line" ] || { echo "printed '$output', the page shows '$line'"; false; }
			continue
		fi
		cmd=${line#\$ }
		cmd=${cmd//--output /--output $BATS_TEST_TMPDIR/}
		run bash -c "${cmd//netral /\"\$NETRAL\" }"
		[ "$status" -eq 0 ] || { echo "failed: $cmd: $output"; false; }
	done < "$BATS_TEST_TMPDIR/example"
	page="$BATS_TEST_TMPDIR/izin.html"
	grep -q 'DINAS PENDIDIKAN DAN KEBUDAYAAN' "$page"
	grep -q 'B/1/800.1.6.2/X/2023' "$page"
	grep -q 'Pemilihan Umum Tahun 2024' "$page"
	grep -q 'Panitia Pemungutan Suara (PPS)' "$page"
	command -v chromium > /dev/null && command -v pdfinfo > /dev/null || return 0
	chromium --headless --no-sandbox --disable-gpu --user-data-dir="$BATS_TEST_TMPDIR/chrome" \
		--no-pdf-header-footer --print-to-pdf="$BATS_TEST_TMPDIR/izin.pdf" "file://$page" 2> /dev/null
	pdfinfo "$BATS_TEST_TMPDIR/izin.pdf" | grep -Eq '^Pages: +1$'
}
