#!/usr/bin/env bats
# The command lines netral refuses, as a table (tests/data/usage.tsv): each
# exits with its status, says why on stderr, and changes nothing.

load helper

@test "every command line of tests/data/usage.tsv: its status and its message, nothing changed" {
	add_case > /dev/null
	add_case --nama Ani --tanggal-kejadian 2024-08-11 > /dev/null
	netral unit add "Dinas A" --asn 2 > /dev/null
	mkdir dir
	: > empty.csv
	printf 'nama\nX\n' > u.csv
	before=$(db_state)
	bad=0 n=0
	while IFS=$'\t' read -r args want text; do
		case $args in '#'*|'') continue ;; esac
		read -ra argv <<< "$args"
		for i in "${!argv[@]}"; do
			[ "${argv[$i]}" != "''" ] || argv[$i]=
		done
		run --separate-stderr netral "${argv[@]}"
		n=$((n + 1))
		if [ "$status" -ne "$want" ] || [[ "$stderr" != *"$text"* ]]; then
			echo "netral $args: exit $status (want $want): $stderr"
			bad=$((bad + 1))
		fi
	done < "$DATA/usage.tsv"
	echo "$n command lines, $bad wrong"
	[ $n -gt 70 ]
	[ $bad -eq 0 ]
	[ "$(db_state)" = "$before" ]
	[ ! -e d ] && [ ! -e a ] && [ ! -e r.csv ]
}
