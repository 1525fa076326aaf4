#!/usr/bin/env bats
# The follow-up deadline at its edge: a proven case is overdue from the
# day after its deadline (the recommendation's day plus --batas days), not
# on the deadline itself.

load helper

# One proven case, recommended on 10 October 2024: with the 30-day default
# its follow-up is due on 9 November 2024.
proven() {
	add_case --status verifikasi --tanggal-kejadian 2024-10-01 "$@" > /dev/null
	netral status 2024-0001 terbukti --rekomendasi-dari BKN \
		--rekomendasi-sanksi bebas-jabatan-12bln --tanggal 2024-10-10
}

@test "a follow-up due today is not overdue yet" {
	proven
	NETRAL_TODAY=2024-11-09 run netral overdue --format csv
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "${lines[0]}" == nomor,* ]]
	NETRAL_TODAY=2024-11-09 run netral overdue
	[ "$status" -eq 0 ]
	[[ "$output" != *2024-0001* ]]
}

@test "a follow-up due yesterday is overdue by one day" {
	proven
	NETRAL_TODAY=2024-11-10 run netral overdue --format csv
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[1]}" == "2024-0001,Budi Santoso,Kabupaten Purbalingga,"*",2024-11-09,1,0" ]]
}

@test "--batas moves the deadline by its days, the same edge" {
	proven
	# due on 19 November with 40 days
	NETRAL_TODAY=2024-11-19 run netral overdue --batas 40
	[ "$status" -eq 0 ]
	NETRAL_TODAY=2024-11-20 run netral overdue --batas 40 --format json
	[ "$status" -eq 1 ]
	echo "$output" > o.json
	[ "$(json_get o.json '$.jumlah')" = 1 ]
	[ "$(json_get o.json '$.instansi[0].kasus[0].hari_terlambat')" = 1 ]
}

@test "the overdue cases of one agency stay together, whatever their order of days" {
	add_case --instansi "Kabupaten Batang" --status verifikasi --tanggal-kejadian 2024-10-01 > /dev/null
	add_case --instansi "Kota Lubuk Linggau" --status verifikasi --tanggal-kejadian 2024-10-01 --nama C > /dev/null
	add_case --instansi "Kabupaten Batang" --status verifikasi --tanggal-kejadian 2024-10-01 --nama B > /dev/null
	netral status 2024-0001 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi bebas-jabatan-12bln --tanggal 2024-10-10
	netral status 2024-0002 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi bebas-jabatan-12bln --tanggal 2024-10-11
	netral status 2024-0003 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi bebas-jabatan-12bln --tanggal 2024-10-12
	NETRAL_TODAY=2024-12-05 run netral overdue --format csv
	[ "$status" -eq 1 ]
	[ "$(cut -d, -f1,3 <<< "$output")" = "$(printf 'nomor,instansi\n2024-0001,Kabupaten Batang\n2024-0003,Kabupaten Batang\n2024-0002,Kota Lubuk Linggau')" ]
}

@test "a proven case without a recommendation date is said, since its deadline cannot be known" {
	# an agency's workflow that does not require the day at terbukti
	cp -r "$RULES" r
	sed -i 's/^\(terbukti,.*,1,0,0,rekomendasi_nomor rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi\),rekomendasi_tanggal /\1,/' r/status.csv
	netral init > /dev/null
	netral rules load r > /dev/null
	add_case --status verifikasi > /dev/null
	netral status 2024-0001 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka > /dev/null
	run --separate-stderr netral overdue
	[ "$status" -eq 0 ]
	[ "$stderr" = "netral: warning: 1 proven case has no recommendation date; record it with 'netral edit CASE --rekomendasi-tanggal D'" ]
	run --separate-stderr netral -q overdue
	[ -z "$stderr" ]
}
