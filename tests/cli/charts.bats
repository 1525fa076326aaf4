#!/usr/bin/env bats
# Charts at the terminal: the summary table draws a bar a row where
# standard output is a terminal, and stays plain text otherwise.

load helper

on_terminal() {
	script -qec "$(printf '%q ' "$@")" /dev/null < /dev/null
}

@test "the summary table draws proportional bars on a terminal, none in a pipe or a file" {
	sh "$DATA/kasn2020.sh" > kasn.csv
	netral import -q kasn.csv
	run on_terminal env LC_ALL=C.UTF-8 TERM=xterm "$NETRAL" export --format table
	[ "$status" -eq 0 ]
	[[ "$output" == *"█"* ]]
	# the largest group of a table has the full bar, 30 cells; the others
	# their share of it: 562 of 641 is 26.3 cells
	line=$(grep -a '51 years and over' <<< "$output" | head -1)
	[[ "$line" == *" ██████████████████████████████"* ]]
	line=$(grep -a '41 to 50 years' <<< "$output" | head -1)
	[[ "$line" == *" ██████████████████████████▎"* ]]
	[[ "$line" != *"███████████████████████████"* ]]
	run netral export --format table
	[[ "$output" != *"█"* ]]
	run on_terminal env LC_ALL=C.UTF-8 TERM=xterm NO_COLOR=1 "$NETRAL" export --format table
	[[ "$output" != *"█"* ]]
	run on_terminal env LC_ALL=C.UTF-8 TERM=dumb "$NETRAL" export --format table
	[[ "$output" != *"█"* ]]
	run on_terminal env LC_ALL=C.UTF-8 TERM=xterm "$NETRAL" export --format table --output t.txt
	! grep -q "█" t.txt
}
