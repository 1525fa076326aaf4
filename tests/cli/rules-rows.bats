#!/usr/bin/env bats
# Each rule of a rules file's rows, broken alone: rules check names the
# file, the line and the problem, exits 3, and rules load leaves the
# database as it was.

load helper

@test "every broken row of tests/data/rules-rows.tsv is named by file and line" {
	netral init > /dev/null
	before=$(db_state)
	bad=0 n=0
	while IFS=$'\t' read -r file edit want; do
		case $file in '#'*|'') continue ;; esac
		rm -rf r
		cp -r "$RULES" r
		sed -i -e "$edit" "r/$file"
		! cmp -s "$RULES/$file" "r/$file" || { echo "$file: '$edit' changes nothing"; bad=$((bad + 1)); continue; }
		n=$((n + 1))
		run --separate-stderr netral rules check r
		if [ "$status" -ne 3 ] || [[ "$stderr" != *"r/$want"* ]]; then
			echo "$file '$edit': exit $status: $stderr"
			bad=$((bad + 1))
		fi
		run --separate-stderr netral rules load r
		[ "$status" -eq 3 ] || { echo "$file '$edit': rules load exits $status"; bad=$((bad + 1)); }
	done < "$DATA/rules-rows.tsv"
	echo "$n broken rows, $bad wrong"
	[ $n -gt 15 ]
	[ $bad -eq 0 ]
	[ "$(db_state)" = "$before" ]
}

@test "rules load refuses a folder under which a recorded case would not hold, naming the case" {
	add_case $PROVEN --status terbukti > /dev/null
	cp -r "$RULES" r
	# the folder drops the sanction the case's recommendation names
	sed -i '/,moral-terbuka,/d' r/sanksi.csv
	netral rules check r > /dev/null
	before=$(db_state)
	run --separate-stderr netral rules load r
	[ "$status" -ne 0 ]
	[[ "$stderr" == "netral: case 2024-0001: rekomendasi_sanksi: 'moral-terbuka' is not a sanction for PNS (valid: moral-tertutup,"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "an age group's boundary moved in label.csv moves the count, and a sex is the NIP's digit in label.csv's order" {
	cp -r "$RULES" r
	sed -i 's/^usia,>=51,/usia,>=57,/; s/^usia,41-50,/usia,41-56,/' r/label.csv
	netral init > /dev/null
	# born 9 June 1968: 56 on the incident day
	add_case --nip "19680609 199503 1 003" > /dev/null
	netral export --basis dilaporkan --by usia --format csv > before.csv
	grep -q '^usia,>=51,1,' before.csv
	netral rules load r > /dev/null
	netral export --basis dilaporkan --by usia --format csv > after.csv
	grep -q '^usia,41-56,1,' after.csv
	! grep -q '^usia,>=57,1,' after.csv
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT kelompok_usia, jenis_kelamin FROM kasus_teks')" = "41-56|laki-laki" ]
}
