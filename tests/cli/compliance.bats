#!/usr/bin/env bats
# The compliance report at its edges: what covers a unit's integrity pact,
# the day a duty becomes late, and which weeks of a weekly duty are due.

load helper

# A schedule with deadlines, as a regional circular sets them (the
# built-in rules give no national deadline): the Pemilu's pledge and pact
# by 28 February 2023, the Pilkada's from 25 June 2024.
schedule() {
	mkdir -p rules
	cat > rules/jadwal.csv <<'CSV'
pemilihan,kegiatan,irama,mulai,selesai,batas,sumber
PEMILU2024-PILEG,ikrar,sekali,2023-02-15,,2023-02-28,uji
PEMILU2024-PILEG,pakta,sekali,2023-02-15,,2023-02-28,uji
PEMILU2024-PILEG,tim-internal,sekali,2023-02-15,,,uji
PEMILU2024-PILPRES,ikrar,sekali,2023-02-15,,2023-02-28,uji
PEMILU2024-PILPRES,pakta,sekali,2023-02-15,,2023-02-28,uji
PEMILU2024-PILPRES,tim-internal,sekali,2023-02-15,,,uji
PILKADA2024,ikrar,sekali,2024-06-25,,,uji
PILKADA2024,pakta,sekali,2024-06-25,,,uji
CSV
	netral rules load rules > /dev/null 2>&1
}

# Two units: 4 employees (3 ASN, 1 PPNPN) and 2.
units() {
	schedule
	printf 'nama,kepala,jumlah_asn,jumlah_ppnpn\nDinas Pendidikan,Drs. Slamet,3,1\nDinas Kesehatan,dr. Ani,2,0\n' > unit.csv
	netral unit import -q unit.csv
}

# The Pemilu 2024 duties done once (ikrar and pakta by 28 February 2023,
# the internal team by the end of the stages), the ikrar and the team done.
pemilu_duties_but_pakta() {
	for u in "Dinas Pendidikan" "Dinas Kesehatan"; do
		netral kegiatan add "$u" --jenis ikrar --tanggal 2023-02-20 --pemilihan PEMILU2024-PILEG > /dev/null
		netral kegiatan add "$u" --jenis tim-internal --tanggal 2023-02-20 --pemilihan PEMILU2024-PILEG > /dev/null
	done
}

# pemilihan,unit,status and the pakta_ columns of a unit's row
pakta_row() {
	netral kepatuhan --pemilihan PEMILU2024-PILEG --per "$1" --format csv |
		awk -F, -v u="$2" '$2 == u { print $2 "," $3 "," $8 "," $9 "," $12 "," $13 "," $14 "," $15 }'
}

@test "a pact resting only on a claimed headcount is shown, and never covers the unit" {
	units
	pemilu_duties_but_pakta
	# Dinas Pendidikan says 4 signed, and sends no list of them
	netral kegiatan add "Dinas Pendidikan" --jenis pakta --tanggal 2023-02-20 --peserta 4 \
		--pemilihan PEMILU2024-PILEG > /dev/null
	# Dinas Kesehatan sends the list of its 2
	printf 'nama,nip,unit,tanggal\nA,,Dinas Kesehatan,2023-02-20\nB,,Dinas Kesehatan,2023-02-21\n' > p.csv
	netral pakta import -q --pemilihan PEMILU2024-PILEG p.csv
	# unit,status,pakta_dilakukan,pakta_wajib,pakta_ttd,pakta_pegawai,pakta_persen,pakta_sumber
	[ "$(pakta_row 2023-03-01 "Dinas Kesehatan")" = "Dinas Kesehatan,lengkap,1,1,2,2,100.0,daftar" ]
	[ "$(pakta_row 2023-03-01 "Dinas Pendidikan")" = "Dinas Pendidikan,tertinggal,0,1,4,4,100.0,klaim" ]
	run netral kepatuhan --pemilihan PEMILU2024-PILEG --per 2023-03-01
	[ "$status" -eq 1 ]
	[[ "$output" == *"(1 of 2 units behind)"* ]]
	[[ "$output" == *"4/4 100.0% (claimed)"* ]]
	# a list, however short, is what counts, not the claim beside it
	printf 'nama,nip,unit,tanggal\nC,,Dinas Pendidikan,2023-02-22\n' > q.csv
	netral pakta import -q --pemilihan PEMILU2024-PILEG q.csv
	[ "$(pakta_row 2023-03-01 "Dinas Pendidikan")" = "Dinas Pendidikan,tertinggal,0,1,1,4,25.0,daftar" ]
}

@test "a duty due today is not late yet; the day after its deadline it is" {
	units
	pemilu_duties_but_pakta
	printf 'nama,nip,unit,tanggal\nA,,Dinas Kesehatan,2023-02-20\nB,,Dinas Kesehatan,2023-02-21\n' > p.csv
	netral pakta import -q --pemilihan PEMILU2024-PILEG p.csv
	# the pact is due on 28 February 2023: Dinas Pendidikan has not signed
	[ "$(pakta_row 2023-02-28 "Dinas Pendidikan")" = "Dinas Pendidikan,berjalan,0,1,0,4,0.0," ]
	run netral kepatuhan --pemilihan PEMILU2024-PILEG --per 2023-02-28
	[ "$status" -eq 0 ]
	[[ "$output" == *"(0 of 2 units behind)"* ]]
	[ "$(pakta_row 2023-03-01 "Dinas Pendidikan")" = "Dinas Pendidikan,tertinggal,0,1,0,4,0.0," ]
	run netral kepatuhan --pemilihan PEMILU2024-PILEG --per 2023-03-01
	[ "$status" -eq 1 ]
	# every employee of a unit signed: covered, on time
	[ "$(pakta_row 2023-03-01 "Dinas Kesehatan")" = "Dinas Kesehatan,lengkap,1,1,2,2,100.0,daftar" ]
}

@test "a weekly duty from a Monday: each ended week is due, the report's own day counts" {
	mkdir rules
	printf 'pemilihan,kegiatan,irama,mulai,selesai,batas,sumber\nPILKADA2024,ikrar,mingguan,2024-07-01,2024-07-21,,SE\n' > rules/jadwal.csv
	netral rules load rules > /dev/null 2>&1
	printf 'nama,kepala,jumlah_asn,jumlah_ppnpn\nDinas A,X,3,1\nDinas B,Y,2,0\nDinas C,Z,1,0\n' > unit.csv
	netral unit import -q unit.csv
	# A only in the first week, which starts on the schedule's first day
	netral kegiatan add "Dinas A" --jenis ikrar --tanggal 2024-07-01 > /dev/null
	# B every week, the last on the Sunday the report is made
	for d in 2024-07-01 2024-07-08 2024-07-21; do
		netral kegiatan add "Dinas B" --jenis ikrar --tanggal $d > /dev/null
	done
	# C for another contest, within this one's weeks: not this contest's
	netral kegiatan add "Dinas C" --jenis ikrar --tanggal 2024-07-02 --pemilihan PEMILU2024-PILPRES 2> /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-21 --format csv
	[ "$status" -eq 1 ]
	[ "$(cut -d, -f2-7 <<< "$output" | sort)" = "$(sort <<'CSV'
Dinas A,tertinggal,1,3,2024-07-08 2024-07-15,2024-07-21
Dinas B,lengkap,3,3,,2024-07-21
Dinas C,tertinggal,0,3,2024-07-01 2024-07-08 2024-07-15,2024-07-21
unit,status,ikrar_dilakukan,ikrar_wajib,ikrar_kurang,ikrar_batas
CSV
)" ]
	# the day before, the third week is still in progress: not yet due
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-20 --format csv
	[[ "$output" == *$'\nPILKADA2024,Dinas B,berjalan,2,2,,2024-07-21,'* ]]
}

@test "an activity on the first or the last day of a schedule is in it, and not said to be outside" {
	schedule
	run --separate-stderr netral kegiatan add "Dinas X" --jenis ikrar --tanggal 2024-06-25
	[ "$status" -eq 4 ]
	netral unit add "Dinas X" --asn 1 > /dev/null
	# PILKADA2024's pledge runs from 25 June 2024
	run --separate-stderr netral kegiatan add "Dinas X" --jenis ikrar --tanggal 2024-06-25
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	run --separate-stderr netral kegiatan add "Dinas X" --jenis ikrar --tanggal 2024-06-24
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"no contest's schedule of ikrar holds 2024-06-24"* ]]
	# to the end of its stages: voting on 27 November and the days after it
	run --separate-stderr netral kegiatan add "Dinas X" --jenis ikrar --tanggal 2025-01-01
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	run --separate-stderr netral kegiatan add "Dinas X" --jenis ikrar --tanggal 2025-01-02
	[[ "$stderr" == *"no contest's schedule of ikrar holds 2025-01-02"* ]]
}

@test "without --pemilihan the report covers each contest whose duties run on the day" {
	units
	run netral kepatuhan --per 2023-02-20 --format csv
	[ "$status" -eq 0 ]
	[ "$(cut -d, -f1 <<< "$output" | sed 1d | sort | uniq -c | awk '{ print $2 ":" $1 }' | tr '\n' ' ')" = "PEMILU2024-PILEG:2 PEMILU2024-PILPRES:2 " ]
	run netral kepatuhan --per 2024-08-01 --format csv
	[ "$(cut -d, -f1 <<< "$output" | sed 1d | sort -u)" = PILKADA2024 ]
}

@test "two contests at once are two tables; a contest whose schedule leaves a kind out shows none of it" {
	netral unit add "Dinas A" --asn 2 > /dev/null
	run netral kepatuhan --per 2024-01-15
	[ "$status" -eq 1 ]
	[[ "$output" == *$'2023-11-03\n\nPEMILU2024-PILPRES: prevention duties as of 2024-01-15'* ]]
	cp -r "$RULES" r
	sed -i '/^PILKADA2024,titik-rawan/d' r/jadwal.csv
	netral rules load r > /dev/null
	for f in json html csv; do
		run netral kepatuhan --pemilihan PILKADA2024 --per 2024-10-01 --format $f
		[[ "$output" == *sosialisasi* ]]
		[[ "$output" != *titik-rawan* ]]
	done
}

@test "a duty whose deadline falls after the stages keeps its contest's report running until then" {
	netral unit add "Dinas A" --asn 2 > /dev/null
	run --separate-stderr netral kepatuhan --per 2025-03-01
	[ "$status" -eq 4 ]
	[[ "$stderr" == "netral: no contest's prevention duties run on 2025-03-01"* ]]
	cp -r "$RULES" r
	sed -i 's/^PILKADA2024,ikrar,sekali,2024-01-26,,,/PILKADA2024,ikrar,sekali,2024-01-26,,2025-06-30,/' r/jadwal.csv
	netral rules load r > /dev/null
	run netral kepatuhan --per 2025-03-01
	[ "$status" -eq 1 ]
	[[ "${lines[0]}" == "PILKADA2024: prevention duties as of 2025-03-01 (1 of 1 units behind)" ]]
}

@test "activities of a kind no schedule holds any more are left out of the report" {
	netral unit add "Dinas A" --asn 2 > /dev/null
	netral kegiatan add "Dinas A" --jenis titik-rawan --tanggal 2024-10-01 > /dev/null
	cp -r "$RULES" r
	sed -i '/,titik-rawan,/d' r/jadwal.csv
	netral rules load r > /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-10-02
	[ "$status" -eq 0 ]
	[[ "${lines[1]}" == "unit "*" sosialisasi  last report" ]]
	[[ "$output" != *titik-rawan* ]]
}

@test "activities of a kind the rules no longer list count for nothing, and the report is made" {
	netral unit add "Dinas A" --asn 2 > /dev/null
	netral kegiatan add "Dinas A" --jenis titik-rawan --tanggal 2024-10-01 > /dev/null
	cp -r "$RULES" r
	sed -i '/,titik-rawan,/d' r/jadwal.csv
	sed -i '/^kegiatan,titik-rawan,/d' r/kosakata.csv
	netral rules load r > /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-10-02
	[ "$status" -eq 0 ]
	[[ "${lines[3]}" == "Dinas A  berjalan  not yet "*" -" ]]
	[[ "$output" != *titik-rawan* ]]
}
