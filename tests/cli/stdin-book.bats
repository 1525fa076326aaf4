#!/usr/bin/env bats
# A workbook on standard input is kept whole in an unnamed file to read
# again: a stdin that cannot be read, or that brings more than 1 GiB, is
# said and nothing is imported.

load helper

@test "a standard input that is a directory is said" {
	netral init -q
	run netral import - < .
	[ "$status" -eq 6 ]
	[[ "$output" == *"netral: cannot read 'stdin': Is a directory"* ]]
}

@test "a workbook over 1 GiB on standard input is refused as it is read" {
	/usr/bin/python3 "$BATS_TEST_DIRNAME/workbook.py" --raw small.xlsx
	netral init -q
	run bash -c '{ cat small.xlsx; head -c 1073741824 /dev/zero; } | "$NETRAL" import -'
	[ "$status" -eq 3 ]
	[[ "$output" == *"netral: stdin: a workbook over 1 GiB; not read"* ]]
	[ "$(netral list --format ids | wc -l)" -eq 0 ]
}

@test "Ctrl-C while the first reading of a stream waits for its rows stops the import" {
	netral init -q
	mkfifo f
	"$NETRAL" import - < f 2> err &
	pid=$!
	exec 5> f
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,Kab A,2024-08-10,apk\n' >&5
	sleep 0.5
	kill -INT $pid
	sleep 0.2
	printf 'B,PNS,Kab A,2024-08-10,apk\n' >&5
	exec 5>&-
	st=0
	wait $pid || st=$?
	[ "$st" -eq 130 ]
	grep -q 'netral: stdin: interrupted; nothing imported' err
	[ "$(netral list --format ids | wc -l)" -eq 0 ]
}
