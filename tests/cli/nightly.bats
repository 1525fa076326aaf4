#!/usr/bin/env bats
# The nightly export (scripts/netral-rekap, as the service and the cron
# example run it): what it writes, and what it checks first.

load helper

rekap() {
	mkdir -p bin
	ln -sf "$NETRAL" bin/netral
	PATH="$PWD/bin:$PATH" sh "$BATS_TEST_DIRNAME/../../scripts/netral-rekap" defaults
}

defaults() {
	printf 'NETRAL_DB=%s\nNETRAL_REKAP_DIR=%s\nNETRAL_REKAP_OPTS="%s"\n' \
		"$NETRAL_DB" "$PWD/rekap" "$1" > defaults
}

@test "the nightly export writes the summaries, the page and the head, dated today, whatever the caller's environment says" {
	netral import -q "$BATS_TEST_DIRNAME/../../data/examples/kasus.csv"
	defaults "--pemilihan PILKADA2024"
	today=$(date +%Y-%m-%d)
	NETRAL_TODAY=1999-01-01 run rekap
	[ "$status" -eq 0 ]
	[ -f "rekap/rekap-$today-ringkasan.csv" ]
	[ -f "rekap/rekap-$today.html" ]
	grep -qE '^[0-9a-f]{64}$' "rekap/rekap-$today-rantai.txt"
	! ls rekap/rekap-1999* 2> /dev/null
	# the defaults file says what the job writes
	grep -q 'rekap-DATE.html' "$BATS_TEST_DIRNAME/../../debian/netral.default"
}

@test "the nightly export's options are words, never file names" {
	netral import -q "$BATS_TEST_DIRNAME/../../data/examples/kasus.csv"
	defaults "--pemilihan *"
	# run where '*' would name one contest's file
	mkdir here && cd here
	mv ../defaults . && touch PILKADA2024
	run rekap
	[ "$status" -eq 2 ]
	[[ "$output" == *"unknown contest '*'"* ]]
}

@test "the nightly export checks the database against the head it wrote the night before, and writes nothing when that fails" {
	netral import -q "$BATS_TEST_DIRNAME/../../data/examples/kasus.csv"
	defaults ""
	rekap > /dev/null
	mv rekap/rekap-"$(date +%Y-%m-%d)"-rantai.txt rekap/rekap-2000-01-01-rantai.txt
	rm rekap/rekap-"$(date +%Y-%m-%d)"*
	add_case --nama "Kasus Terakhir" > /dev/null
	run rekap
	[ "$status" -eq 0 ]
	[ -f rekap/rekap-"$(date +%Y-%m-%d)"-rantai.txt ]
	rm rekap/rekap-"$(date +%Y-%m-%d)"*
	mv rekap/rekap-2000-01-01-rantai.txt rekap/rekap-2000-01-02-rantai.txt
	cp rekap/rekap-2000-01-02-rantai.txt keep.txt
	# the newest head cut off the log, with the case it wrote
	netral check --head > rekap/rekap-2000-01-03-rantai.txt
	sqlite3 "$NETRAL_DB" "DROP TRIGGER peristiwa_tanpa_hapus;
		DELETE FROM peristiwa WHERE kasus_id = (SELECT max(id) FROM kasus);
		DELETE FROM kasus WHERE id = (SELECT max(id) FROM kasus);
		UPDATE nomor SET terakhir = terakhir - 1"
	netral init > /dev/null
	run rekap
	[ "$status" -eq 1 ]
	[[ "$output" == *"rekap-2000-01-03-rantai.txt: the head"*"is not in the chain"* ]]
	[[ "$output" == *"nothing exported"* ]]
	! ls rekap/rekap-"$(date +%Y-%m-%d)"* 2> /dev/null
}
