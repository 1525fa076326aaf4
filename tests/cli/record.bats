#!/usr/bin/env bats
# A record that can be trusted on every path: nothing silently lost,
# altered, leaked or bypassed.

load helper

@test "codes match in any letter case by ASCII rules, whatever the locale" {
	mkdir loc
	# exit 1 is a warning of localedef (the locale is written)
	localedef -i tr_TR -f UTF-8 "$BATS_TEST_TMPDIR/loc/tr_TR.UTF-8" || [ $? -eq 1 ]
	[ -d loc/tr_TR.UTF-8 ]
	export LOCPATH="$BATS_TEST_TMPDIR/loc"
	run env LC_ALL=tr_TR.UTF-8 "$NETRAL" add --nama A --jenis-pegawai pns --instansi X \
		--tanggal-kejadian 2024-10-01 --bentuk medsos-kampanye --pemilihan pilkada2024
	[ "$status" -eq 0 ]
	[[ "$output" == *"pemilihan: PILKADA2024"* ]]
	run env LC_ALL=tr_TR.UTF-8 "$NETRAL" list --pemilihan pilkada2024 --jenis-pegawai pns
	[ "$status" -eq 0 ]
	[[ "$output" == *"2024-0001"* ]]
}
