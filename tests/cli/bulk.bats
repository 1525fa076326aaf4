#!/usr/bin/env bats
# Moving many cases at once: several numbers, or a list on standard input,
# all or nothing, confirmed first on a terminal.

load helper

four() {
	for n in A B C D; do add_case --nama "$n" > /dev/null; done
}

# Runs "$@" with a pseudo-terminal as standard input and output, typing
# the answer given in $ANSWER.
on_terminal() {
	printf '%s\n' "$ANSWER" | script -qec "$(printf '%q ' "$@")" /dev/null
}

@test "list --format ids writes one case number a line" {
	four
	run netral list --format ids --nama b
	[ "$output" = "2024-0002" ]
	run netral list --format IDS
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[3]}" = 2024-0004 ]
}

@test "status moves several cases in one transaction, from arguments or standard input" {
	four
	run netral status 2024-0001 2024-0002 verifikasi
	[ "$status" -eq 0 ]
	[[ "$output" == "2024-0001: dilaporkan → verifikasi"*"2024-0002: dilaporkan → verifikasi"* ]]
	run sh -c "'$NETRAL' list --status dilaporkan --format ids | '$NETRAL' status - verifikasi"
	[ "$status" -eq 0 ]
	[ "$(netral list --status verifikasi --format ids | wc -l)" -eq 4 ]
}

@test "a bulk move is all or nothing: one case that cannot move stops them all" {
	four
	netral status 2024-0003 verifikasi > /dev/null
	netral status 2024-0003 tidak_terbukti > /dev/null
	before=$(db_state)
	run --separate-stderr netral status 2024-0001 2024-0002 2024-0003 2024-0004 terbukti \
		--rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"2024-0001"*"cannot move from dilaporkan to terbukti"* ]]
	[ "$(db_state)" = "$before" ]
	run --separate-stderr netral status 2024-0001 2024-0099 verifikasi
	[ "$status" -eq 4 ]
	[ "$(db_state)" = "$before" ]
	run --separate-stderr sh -c "printf '2024-0001\nnonsense\n' | '$NETRAL' status - verifikasi"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"standard input, line 2: 'nonsense' is not a case number"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "on a terminal, three or more moves are confirmed first; --yes skips the question" {
	four
	before=$(db_state)
	ANSWER=n run on_terminal "$NETRAL" status 2024-0001 2024-0002 2024-0003 verifikasi
	[[ "$output" == *"move 3 cases to verifikasi?"* ]]
	[ "$(db_state)" = "$before" ]
	ANSWER=y run on_terminal "$NETRAL" status 2024-0001 2024-0002 2024-0003 verifikasi
	[[ "$output" == *"2024-0003: dilaporkan → verifikasi"* ]]
	[ "$(netral list --status verifikasi --format ids | wc -l)" -eq 3 ]
	# two are not asked about; --yes is never asked
	ANSWER= run on_terminal "$NETRAL" status 2024-0001 2024-0002 tidak_terbukti
	[[ "$output" != *"?"* ]]
	[ "$(netral list --status tidak_terbukti --format ids | wc -l)" -eq 2 ]
	ANSWER= run on_terminal "$NETRAL" status 2024-0001 2024-0002 2024-0004 verifikasi --yes
	[[ "$output" != *"?"* ]]
	[ "$(netral list --status verifikasi --format ids | wc -l)" -eq 4 ]
}

@test "blokir flags several cases at once" {
	four
	run netral blokir 2024-0001 2024-0002
	[ "$status" -eq 0 ]
	[[ "$output" == *"2024-0002: flagged as blocked in SIASN"* ]]
	run sh -c "printf '2024-0001\n2024-0002\n' | '$NETRAL' blokir - --lepas"
	[ "$status" -eq 0 ]
	[[ "$output" == *"2024-0001: SIASN block lifted"*"2024-0002: SIASN block lifted"* ]]
}

@test "an empty selection on standard input moves nothing and is no error" {
	four
	before=$(db_state)
	run --separate-stderr sh -c "'$NETRAL' list --status terbukti --format ids | '$NETRAL' status - selesai"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"no case numbers on standard input: nothing changed"* ]]
	[ "$(db_state)" = "$before" ]
	run --separate-stderr netral status verifikasi
	[ "$status" -eq 2 ]
}

@test "a move that lacks its options says first which cases cannot make it at all" {
	add_case --nama A > /dev/null
	add_case --nama B > /dev/null
	before=$(db_state)
	run --separate-stderr netral status 2024-0001 2024-0002 terbukti
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: 2024-0001: status: a case cannot move from dilaporkan to terbukti (allowed from dilaporkan: verifikasi, tidak_terbukti, batal)" ]
	run --separate-stderr netral status 2024-0002 terbukti
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: status: a case cannot move from dilaporkan to terbukti (allowed from dilaporkan: verifikasi, tidak_terbukti, batal)" ]
	[ "$(db_state)" = "$before" ]
}

@test "without a database, a move that lacks its options says what it needs and creates nothing" {
	run --separate-stderr netral status 2024-0001 terbukti
	[ "$status" -eq 2 ]
	[[ "$stderr" == "netral status: moving to terbukti needs --rekomendasi-dari and --rekomendasi-sanksi"* ]]
	[ ! -e "$NETRAL_DB" ]
}
