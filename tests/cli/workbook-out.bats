#!/usr/bin/env bats
# A workbook is written in a scratch file under $TMPDIR, then copied to
# its target: a $TMPDIR that cannot hold it, or a full target, is said,
# and no file is left.

load helper

@test "a TMPDIR where no file can be made is said, by the workbook written and by one read from stdin" {
	add_case > /dev/null
	netral list --format xlsx --output k.xlsx
	run env TMPDIR="$BATS_TEST_TMPDIR/none" "$NETRAL" list --format xlsx --output x.xlsx
	[ "$status" -eq 6 ]
	[[ "$output" == *"netral: cannot create a file in '$BATS_TEST_TMPDIR/none': No such file or directory"* ]]
	[ ! -e x.xlsx ]
	run bash -c 'TMPDIR="$BATS_TEST_TMPDIR/none" "$NETRAL" import - < k.xlsx'
	[ "$status" -eq 6 ]
	[[ "$output" == *"netral: cannot copy stdin to a temporary file: No such file or directory"* ]]
}

@test "a workbook on a full disk is said, on standard output and in --output" {
	add_case > /dev/null
	run --separate-stderr netral list --format xlsx
	[ "$status" -eq 0 ]
	run bash -c '"$NETRAL" list --format xlsx > /dev/full'
	[ "$status" -eq 6 ]
	# said once: the stream's failure, not again at the end of the program
	[ "$output" = "netral: cannot write 'standard output': No space left on device" ]
	run netral export --format xlsx --output /dev/full
	[ "$status" -eq 6 ]
	[[ "$output" == *"netral: cannot write '/dev/full': No space left on device"* ]]
}

@test "the rejected rows' workbook names the cells beyond the header kolom_N" {
	netral init -q
	printf 'nama|jenis_pegawai|instansi|tanggal_kejadian|bentuk\nA|PNS|Kab A|2024-08-10|apk|extra\nB|XX|Kab A|2024-08-10|apk|more|and more\n' |
		/usr/bin/python3 "$BATS_TEST_DIRNAME/workbook.py" w.xlsx
	run netral import --skip-invalid --reject r.xlsx w.xlsx
	[ "$status" -eq 3 ]
	/usr/bin/python3 "$BATS_TEST_DIRNAME/xlsx.py" csv r.xlsx | head -1 > got
	echo 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,kolom_6,kolom_7,baris,alasan' | diff - got
}
