#!/usr/bin/env bats
# Prevention beside the cases: the agency's units, the activities the
# circulars require of each (a weekly pledge, the integrity pact, an
# internal team), the compliance report the BKPSDM reads, and the permits
# of ASN serving on election committees.

load helper

units() {
	cat > unit.csv <<'CSV'
nama,kepala,jumlah_asn,jumlah_ppnpn
Dinas Pendidikan,Drs. Slamet Riyadi,3,1
Dinas Kesehatan,dr. Ani Rahmawati,40,12
Kecamatan Warungasem,Bambang Sutejo,12,4
CSV
}

# An agency that follows its own circular loads it: Kabupaten Batang's
# weekly ikrar for the Pilkada 2024 (SE Sekda Batang D.4.a.3), or
# Kotawaringin Barat's deadline for the pact (its SE, butir 3.f).
own_schedule() {
	netral rules load "$BATS_TEST_DIRNAME/../../data/examples/aturan-$1" > /dev/null 2>&1
}

# A permit with every field of the letter given.
permit() {
	netral izin add --nama "Rina Kartika" --nip "19850412 201001 2 015" \
		--pangkat "Penata Muda / III a" --jabatan "Pengelola Data" --unit "Dinas Pendidikan" \
		--peran KPPS --sk-penunjukan "15/PPS/Kpt/2024" \
		--pemberi-nama "Drs. Slamet Riyadi" --pemberi-nip "19680101 199003 1 007" \
		--pemberi-pangkat "Pembina Utama Muda / IV c" --pemberi-jabatan "Kepala Dinas Pendidikan" \
		--pemberi-unit "Dinas Pendidikan" --tempat Batang --tanggal 2024-10-01 \
		--pemilihan PILKADA2024 "$@"
}

@test "units import all or nothing: every bad row named by line and column, nothing stored" {
	units
	printf 'Dinas Sosial,Sri,dua belas,0\n,Tanpa Nama,3,0\nDinas Kesehatan,Lagi,1,1\n' >> unit.csv
	netral init > /dev/null
	before=$(db_state)
	run --separate-stderr netral unit import unit.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"unit.csv:5: jumlah_asn: 'dua belas' is not a whole number"* ]]
	[[ "$stderr" == *"unit.csv:6: nama: required"* ]]
	[[ "$stderr" == *"unit.csv:7: nama: 'Dinas Kesehatan' is also on line 3"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "units import --skip-invalid keeps the good rows, rejects the rest to a file, and is idempotent" {
	units
	printf 'Dinas Sosial,Sri,-4,0\n' >> unit.csv
	run netral unit import --skip-invalid --reject rej.csv unit.csv
	[ "$status" -eq 3 ]
	[ "${lines[-1]}" = "imported 3, updated 0, unchanged 0, rejected 1" ]
	# as the case import writes it: the row, then its line and the reason
	[ "$(head -1 rej.csv)" = "nama,kepala,jumlah_asn,jumlah_ppnpn,baris,alasan" ]
	# the minus sign marked against a spreadsheet formula, unmarked on import
	[ "$(sed -n 2p rej.csv)" = "Dinas Sosial,Sri,\"'-4\",0,5,jumlah_asn: '-4' is not a whole number" ]
	[ "$(stat -c %a rej.csv)" = 600 ]
	run netral unit import unit.csv --skip-invalid
	[ "${lines[-1]}" = "imported 0, updated 0, unchanged 3, rejected 1" ]
	# the same name in other letter case is the same unit; a new head is an update
	printf 'nama,kepala,jumlah_asn,jumlah_ppnpn\ndinas kesehatan,dr. Budi,41,12\n' > new.csv
	run netral unit import new.csv
	[ "$status" -eq 0 ]
	# an update is said, field by field: an older file cannot undo a
	# correction unseen
	[ "${lines[0]}" = "unit 'dinas kesehatan': kepala: dr. Ani Rahmawati → dr. Budi; jumlah_asn: 40 → 41" ]
	[ "${lines[1]}" = "imported 0, updated 1, unchanged 0, rejected 0" ]
	run netral unit add "Dinas Kesehatan" --ppnpn 13
	[ "$output" = "updated unit 'Dinas Kesehatan': jumlah_ppnpn: 12 → 13" ]
	run netral history --jenis unit --format csv
	[ "$(grep -c ',unit,unit:2,' <<< "$output")" -eq 3 ]
	run netral unit list --format csv
	[ "${lines[0]}" = "nama,kepala,jumlah_asn,jumlah_ppnpn" ]
	[ "${lines[1]}" = "Dinas Kesehatan,dr. Budi,41,13" ]
	[ "${#lines[@]}" -eq 4 ]
}

@test "unit add, and an activity for a unit that does not exist" {
	run netral unit add "Dinas Pendidikan" --kepala "Drs. Slamet Riyadi" --asn 3 --ppnpn 1
	[ "$status" -eq 0 ]
	[ "$output" = "added unit 'Dinas Pendidikan'" ]
	run --separate-stderr netral kegiatan add "Dinas Pendidkan" --jenis ikrar --tanggal 2024-07-01
	[ "$status" -eq 4 ]
	[[ "$stderr" == *"no unit 'Dinas Pendidkan'; did you mean 'Dinas Pendidikan'?"* ]]
	run --separate-stderr netral kegiatan add "Dinas Pendidikan" --jenis apel --tanggal 2024-07-01
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--jenis: unknown jenis 'apel' (valid: ikrar, pakta, tim-internal, sosialisasi, titik-rawan)"* ]]
	run --separate-stderr netral kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal 2024-02-30
	[ "$status" -eq 3 ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kegiatan')" = 0 ]
}

@test "a weekly ikrar with gaps: the report names each missing week by its Monday and exits 1" {
	units
	netral unit import -q unit.csv
	own_schedule batang
	# Dinas Pendidikan reads the pledge on 1, 15 and 31 July (a Wednesday)
	for d in 2024-07-01 2024-07-15 2024-07-31; do
		netral kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal $d --peserta 4 > /dev/null
	done
	# Dinas Kesehatan every week, in bulk
	printf 'unit,jenis,tanggal,peserta\n' > keg.csv
	for d in 2024-07-01 2024-07-08 2024-07-15 2024-07-22 2024-07-29; do
		printf 'Dinas Kesehatan,ikrar,%s,50\n' $d >> keg.csv
	done
	run netral kegiatan import keg.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 5, duplicates 0, rejected 0" ]
	run netral kegiatan import keg.csv
	[ "$output" = "imported 0, duplicates 5, rejected 0" ]
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-08-04 --format csv
	[ "$status" -eq 1 ]
	# behind first: Kecamatan Warungasem has no pledge at all
	[[ "${lines[1]}" == PILKADA2024,Kecamatan\ Warungasem,tertinggal,0,5,* ]]
	echo "${lines[2]}" | grep -q '^PILKADA2024,Dinas Pendidikan,tertinggal,3,5,2024-07-08 2024-07-22,'
	echo "${lines[3]}" | grep -q '^PILKADA2024,Dinas Kesehatan,berjalan,5,5,,'
	# the week in progress is not yet missing
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-08-07 --format json
	[ "$status" -eq 1 ]
	echo "$output" > k.json
	[ "$(json_get k.json '$[1].unit')" = "Dinas Pendidikan" ]
	[ "$(json_get k.json '$[1].ikrar.kurang')" = '["2024-07-08","2024-07-22"]' ]
	[ "$(json_get k.json '$[2].ikrar.wajib')" = 5 ]
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-08-04
	[ "$status" -eq 1 ]
	[[ "$output" == *"2024-07-08, 2024-07-22"* ]]
}

@test "pakta coverage is counted from the signatories, and a unit short of it past the deadline exits 1" {
	units
	netral unit import -q unit.csv
	cat > pakta.csv <<'CSV'
nama,nip,unit,tanggal
Drs. Slamet Riyadi,19680101 199003 1 007,Dinas Pendidikan,2023-02-20
Rina Kartika,198504122010012015,Dinas Pendidikan,2023-02-20
Joko Susilo,,Dinas Pendidikan,2023-02-21
CSV
	# Kotawaringin Barat's agencies send the pact by 28 February 2023 (its
	# SE, butir 3.f): an agency that follows the circular loads it
	own_schedule kotawaringin-barat
	run netral pakta import --pemilihan PILKADA2024 pakta.csv
	[ "$status" -eq 0 ]
	[ "$output" = "imported 3, duplicates 0, rejected 0" ]
	run netral pakta import --pemilihan PILKADA2024 pakta.csv
	[ "$output" = "imported 0, duplicates 3, rejected 0" ]
	# before the deadline no one is late
	run netral kepatuhan --pemilihan PILKADA2024 --per 2023-02-21 --format csv
	[ "$status" -eq 0 ]
	head -1 <<< "$output" | grep -q ',pakta_dilakukan,pakta_wajib,pakta_kurang,pakta_batas,pakta_ttd,pakta_pegawai,pakta_persen,pakta_sumber,'
	grep -q '^PILKADA2024,Dinas Pendidikan,berjalan,.*,2023-02-28,3,4,75.0,daftar,' <<< "$output"
	run netral kepatuhan --pemilihan PILKADA2024 --per 2023-03-01 --format csv
	[ "$status" -eq 1 ]
	grep -q '^PILKADA2024,Dinas Pendidikan,tertinggal,.*,2023-02-28,3,4,75.0,daftar,' <<< "$output"
	# a bad NIP is refused by line and column, a NIP signs once
	printf 'nama,nip,unit,tanggal\nX,1985,Dinas Pendidikan,2023-02-20\nY,198504122010012015,Dinas Kesehatan,2023-02-20\n' > bad.csv
	run --separate-stderr netral pakta import --pemilihan PILKADA2024 bad.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"bad.csv:2: nip:"* ]]
	[[ "$stderr" == *"bad.csv:3: nip: 198504122010012015 signed already (Dinas Pendidikan)"* ]]
}

@test "a permit: its number first, and a letter with every field filled in, as text and as a page" {
	run permit
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "IZ-2024-0001" ]
	run netral izin surat IZ-2024-0001
	[ "$status" -eq 0 ]
	# the number is the agency's, to write by hand without a pattern: never netral's own
	[[ "$output" == *"Nomor : ....."* ]]
	[[ "$output" != *"IZ-2024-0001"* ]]
	for f in "SURAT IZIN" "Surat Keputusan Nomor 15/PPS/Kpt/2024" "Drs. Slamet Riyadi" "19680101 199003 1 007" \
		"Pembina Utama Muda / IV c" "Kepala Dinas Pendidikan" "Rina Kartika" "19850412 201001 2 015" \
		"Penata Muda / III a" "Pengelola Data" "Kelompok Penyelenggara Pemungutan Suara (KPPS)" \
		"Pemilihan Gubernur, Bupati, dan Wali Kota Tahun 2024" "Batang, 1 Oktober 2024"; do
		[[ "$output" == *"$f"* ]] || { echo "missing: $f"; false; }
	done
	[[ "$output" != *"{{"* ]]
	run netral izin surat IZ-2024-0001 --format html --output izin.html
	[ "$status" -eq 0 ]
	xmllint --noout izin.html
	grep -q 'Rina Kartika' izin.html
	grep -q '@media print' izin.html
	run netral izin list --format csv
	[ "${lines[0]}" = "nomor,tanggal,peran,pemilihan,nama,nip,sk_penunjukan" ]
	[ "${lines[1]}" = "IZ-2024-0001,2024-10-01,KPPS,PILKADA2024,Rina Kartika,19850412 201001 2 015,15/PPS/Kpt/2024" ]
}

@test "an agency's own letter template replaces the built-in one" {
	permit > /dev/null
	printf 'Izin {{nomor}} untuk {{nama}} ({{peran}})\n' > t.txt
	run netral izin surat IZ-2024-0001 --template t.txt
	# the first line is the title, centred
	[[ "$output" =~ ^\ +"Izin IZ-2024-0001 untuk Rina Kartika (KPPS)"$ ]]
	printf 'Izin {{nomer}}\n' > bad.txt
	run --separate-stderr netral izin surat IZ-2024-0001 --template bad.txt
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"bad.txt:1: unknown field '{{nomer}}'"* ]]
	# a field name with an escape sequence is not echoed to the terminal
	printf 'Izin {{x\033[31my}}\n' > esc.txt
	run --separate-stderr netral izin surat IZ-2024-0001 --template esc.txt
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"esc.txt:1: an unknown field holding a control character"* ]]
	[[ "$stderr" != *$'\033'* ]]
}

@test "a permit with a bad NIP or role is refused, and nothing is stored" {
	run --separate-stderr permit --nip 1234
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--nip"* ]]
	run --separate-stderr netral izin add --nama A --nip 198504122010012015 --peran Saksi \
		--sk-penunjukan 1 --pemberi-nama B --pemberi-nip 196801011990031007 --pemberi-jabatan K \
		--tanggal 2024-10-01 --pemilihan PILKADA2024
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--peran: unknown peran 'Saksi' (valid: PPK, PPS, KPPS)"* ]]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM izin')" = 0 ]
}

@test "a case against a permit holder in the same contest mentions the permit, in add and in show" {
	permit > /dev/null
	run add_case --nama "Rina Kartika" --nip 198504122010012015 --pemilihan PILKADA2024 --tanggal-kejadian 2024-11-27
	[ "$status" -eq 0 ]
	[[ "$output" == *"izin: IZ-2024-0001 (KPPS, PILKADA2024): serving on the committee is allowed; partiality while serving is not"* ]]
	run netral show 2024-0001
	has_row izin "IZ-2024-0001 KPPS PILKADA2024 2024-10-01"
	# another contest's case does not
	run add_case --nip 198504122010012015 --pemilihan PEMILU2024-PILEG --tanggal-kejadian 2024-01-10
	[[ "$output" != *IZ-2024-0001* ]]
}

@test "indications: recorded, shown, filtered and counted as their own table" {
	add_case --indikasi "fasilitas, kewenangan" > /dev/null
	add_case --nama B --indikasi fasilitas > /dev/null
	add_case --nama C > /dev/null
	run netral show 2024-0001
	has_row indikasi "kewenangan,fasilitas"
	run netral list --indikasi fasilitas --format ids
	[ "$output" = "$(printf '2024-0001\n2024-0002')" ]
	run netral export --basis dilaporkan --format csv
	[[ "$output" == *$'\nindikasi,kewenangan,1,33.3,Penyalahgunaan Kewenangan'* ]]
	[[ "$output" == *$'\nindikasi,fasilitas,2,66.7,Penggunaan Fasilitas Pemerintah'* ]]
	[[ "$output" == *$'\nindikasi,anggaran,0,0.0,'* ]]
	# a cross table counts a case in each of its indications
	run netral export --basis dilaporkan --by indikasi,pegawai --format csv
	[[ "$output" == *$'\nfasilitas,PNS,2,66.7'* ]]
	[[ "$output" == *$'\ntanpa_indikasi,PNS,1,33.3'* ]]
	run netral export --basis dilaporkan --format table
	[[ "$output" == *"TOTAL cases"* ]]
	run --separate-stderr add_case --indikasi uang
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"'uang' is not an indication (valid: kewenangan, anggaran, fasilitas, mobilisasi-pemilih)"* ]]
	printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,indikasi\nD,PNS,Kab X,2024-08-10,apk,mobilisasi-pemilih\n' > k.csv
	netral import -q k.csv
	[ "$(sqlite3 "$NETRAL_DB" "SELECT indikasi FROM kasus WHERE nama = 'D'")" = mobilisasi-pemilih ]
	run netral edit 2024-0003 --indikasi anggaran
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT indikasi FROM kasus WHERE nomor = '2024-0003'")" = anggaran ]
}

@test "every prevention record is an event on the chain, which check verifies" {
	units
	netral unit import -q unit.csv
	netral kegiatan add "Dinas Pendidikan" --jenis tim-internal --tanggal 2024-07-02 > /dev/null
	permit > /dev/null
	run netral history --format csv
	[[ "$output" == *",unit,unit:1,"* ]]
	[[ "$output" == *",kegiatan,kegiatan:1,"* ]]
	[[ "$output" == *",izin,izin:1,"* ]]
	# the permit holder's name stays out of the history
	[[ "$output" != *"Rina Kartika"* ]]
	run netral check
	[ "$status" -eq 0 ]
	sqlite3 "$NETRAL_DB" "UPDATE unit SET jumlah_asn = 99 WHERE id = 1"
	run --separate-stderr netral check
	[ "$status" -eq 1 ]
	[[ "$stderr$output" == *"unit 'Dinas Pendidikan': jumlah_asn: changed outside netral"* ]]
}

@test "the backup holds the units, activities and permits" {
	units
	netral unit import -q unit.csv
	permit > /dev/null
	netral backup b.db > /dev/null
	[ "$(sqlite3 b.db 'SELECT count(*) FROM unit')" = 3 ]
	[ "$(sqlite3 b.db 'SELECT nomor FROM izin')" = IZ-2024-0001 ]
}

@test "the schedule is rules data: a bad row of jadwal.csv is named by file and line" {
	mkdir rules
	cat > rules/jadwal.csv <<'CSV'
pemilihan,kegiatan,irama,mulai,selesai,batas,sumber
PILKADA2024,ikrar,mingguan,2024-07-01,,2024-08-01,SE
PILKADA2099,pakta,sekali,2024-07-01,,,SE
PILKADA2024,apel,sekali,2024-07-01,,,SE
PILKADA2024,pakta,tiap-hari,2024-07-01,,,SE
CSV
	run --separate-stderr netral rules check rules
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"rules/jadwal.csv:2: batas: only a duty done once (sekali) has a deadline"* ]]
	[[ "$stderr" == *"rules/jadwal.csv:3: pemilihan: unknown contest 'PILKADA2099'"* ]]
	[[ "$stderr" == *"rules/jadwal.csv:4: kegiatan: 'apel' is not a kind of activity (kosakata kegiatan)"* ]]
	[[ "$stderr" == *"rules/jadwal.csv:5: irama: 'tiap-hari' must be mingguan, sekali, bebas or tahapan"* ]]
	# an agency's own dates: its pact due by 15 July
	printf 'pemilihan,kegiatan,irama,mulai,selesai,batas,sumber\nPILKADA2024,pakta,sekali,2024-07-01,,2024-07-15,SE Bupati\n' > rules/jadwal.csv
	netral rules load rules 2> /dev/null > /dev/null
	units
	netral unit import -q unit.csv
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-20 --format csv
	[ "$status" -eq 1 ]
	[ "$(head -1 <<< "$output" | tr , '\n' | grep -c '^ikrar_')" -eq 4 ]
	grep -q '^PILKADA2024,Dinas Pendidikan,tertinggal,,,,,0,1,,2024-07-15,0,4,0.0,,' <<< "$output"
}

@test "kepatuhan as a page and as JSON; no schedule running is said, not guessed" {
	units
	netral unit import -q unit.csv
	own_schedule batang
	netral kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal 2024-07-01 > /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-10 --format html --output k.html
	[ "$status" -eq 1 ]
	xmllint --noout k.html
	grep -q '<tr class="tertinggal"><td>Kecamatan Warungasem</td>' k.html
	[ "$(stat -c %a k.html)" = 600 ]
	netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-10 --format json > k.json || true
	json_valid k.json
	[ "$(json_get k.json '$[0].pakta.persen')" = 0.0 ]
	# before any schedule starts
	run --separate-stderr netral kepatuhan --per 2022-01-10
	[ "$status" -eq 4 ]
	[[ "$stderr" == *"no contest's prevention duties run on 2022-01-10: name one with --pemilihan"* ]]
	run --separate-stderr netral kepatuhan --pemilihan PILKADA2020
	[ "$status" -eq 4 ]
	[[ "$stderr" == *"contest PILKADA2020 has no schedule of prevention duties (jadwal.csv)"* ]]
}

@test "an activity in the future, a dry run and a locked database change nothing" {
	units
	netral unit import -q unit.csv
	run --separate-stderr netral kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal 2026-12-01
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--tanggal: 2026-12-01 is after today (2026-11-25)"* ]]
	before=$(db_state)
	printf 'nama,kepala,jumlah_asn,jumlah_ppnpn\nDinas Baru,X,1,0\nDinas Kesehatan,Y,2,2\n' > more.csv
	run netral unit import --dry-run more.csv
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "unit 'Dinas Kesehatan': kepala: dr. Ani Rahmawati → Y; jumlah_asn: 40 → 2; jumlah_ppnpn: 12 → 2" ]
	[ "${lines[1]}" = "dry run: would import 1, update 1, unchanged 0, rejected 0; nothing written" ]
	[ "$(db_state)" = "$before" ]
	# another writer holds the lock for longer than we wait
	{ echo "BEGIN IMMEDIATE;"; sleep 3; echo "COMMIT;"; } | sqlite3 "$NETRAL_DB" &
	sleep 0.5
	NETRAL_BUSY_TIMEOUT=200 run --separate-stderr netral unit import more.csv
	[ "$status" -eq 5 ]
	[[ "$stderr" == *"more.csv: nothing imported"* ]] || [[ "$stderr" == *"locked"* ]]
	wait
	[ "$(db_state)" = "$before" ]
}

@test "an activity or a permit removed outside netral is found by check" {
	units
	netral unit import -q unit.csv
	netral kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal 2024-07-01 > /dev/null
	permit > /dev/null
	sqlite3 "$NETRAL_DB" "DELETE FROM kegiatan; UPDATE izin SET peran = 'PPK'"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"kegiatan 1: id: in the log but not in the database (removed outside netral"* ]]
	[[ "$output" == *"izin IZ-2024-0001: peran: changed outside netral"* ]]
}

@test "an activity no schedule counts is said, and a second permit for the same committee is refused" {
	units
	netral unit import -q unit.csv
	# a mistyped year: recorded, and said
	run --separate-stderr netral kegiatan add "Dinas Pendidikan" --jenis ikrar --tanggal 2022-07-11
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"no contest's schedule of ikrar holds 2022-07-11 (jadwal.csv): the activity is in no compliance report"* ]]
	printf 'unit,jenis,tanggal\nDinas Pendidikan,ikrar,2021-01-04\nDinas Pendidikan,ikrar,2024-09-02\n' > k.csv
	run --separate-stderr netral kegiatan import k.csv
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"1 activity is in no contest's schedule (jadwal.csv): it is in no compliance report"* ]]
	permit > /dev/null
	before=$(db_state)
	run --separate-stderr permit
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--nip: 19850412 201001 2 015 holds permit IZ-2024-0001 already, for KPPS in Pemilihan Gubernur, Bupati, dan Wali Kota Tahun 2024"* ]]
	[ "$(db_state)" = "$before" ]
	# another committee is another permit
	run permit --peran PPS
	[ "${lines[0]}" = IZ-2024-0002 ]
}

@test "the letter prints on one A4 page in a real browser, and the compliance page fetches nothing" {
	command -v chromium
	permit > /dev/null
	netral izin surat IZ-2024-0001 --format html --output izin.html
	! grep -Eiq 'https?:|<script|src=|href=|@import|url\(' izin.html
	grep -q '@page{size:A4' izin.html
	chromium --headless --no-sandbox --disable-gpu --user-data-dir="$BATS_TEST_TMPDIR/chrome" \
		--no-pdf-header-footer --print-to-pdf="$PWD/izin.pdf" "file://$PWD/izin.html" 2> /dev/null
	[ "$(stat -c %s izin.pdf)" -gt 2000 ]
	# one page: the page tree counts 1
	[ "$(grep -ao '/Count [0-9]*' izin.pdf | sort -u)" = "/Count 1" ]
	chromium --headless --no-sandbox --disable-gpu --user-data-dir="$BATS_TEST_TMPDIR/chrome" \
		--dump-dom "file://$PWD/izin.html" 2> /dev/null > dom.html
	grep -q '<h1>SURAT IZIN</h1>' dom.html
	grep -q 'Kelompok Penyelenggara Pemungutan Suara (KPPS)' dom.html
	units
	netral unit import -q unit.csv
	own_schedule batang
	netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-10 --format html --output k.html || true
	! grep -Eiq 'https?:|<script|src=|href=|@import|url\(' k.html
	chromium --headless --no-sandbox --disable-gpu --user-data-dir="$BATS_TEST_TMPDIR/chrome" \
		--dump-dom "file://$PWD/k.html" 2> /dev/null > kdom.html
	[ "$(grep -o '<tr class="tertinggal">' kdom.html | wc -l)" -eq 3 ]
}

@test "a permit names the event as the law names it: the Pemilu 2024 for either of its votes, the Pemilihan for a Pilkada" {
	# SE Sekda Batang B/158/800.1.6.2/VI/2024, Lampiran I: a PPS/KPPS serves
	# "dalam kegiatan Pemilihan Umum Tahun 2024" (UU 7/2017), which held the
	# legislative and presidential votes together; a Pilkada is a Pemilihan
	# (UU 10/2016)
	while IFS='|' read -r kode tanggal want notwant why; do
		rm -f "$NETRAL_DB"
		permit --pemilihan "$kode" --peran PPS --tanggal "$tanggal" > /dev/null
		run netral izin surat IZ-2024-0001
		[ "$status" -eq 0 ]
		[[ "$output" == *"dalam kegiatan $want, dengan ketentuan"*"salah satu peserta $want."* ]] ||
			{ echo "$kode: $output"; false; }
		[[ "$output" != *"$notwant"* ]]
	done <<'TABLE'
PEMILU2024-PILEG|2024-01-10|Pemilihan Umum Tahun 2024|DPR, DPD dan DPRD|UU 7/2017; SE Sekda Batang, Lampiran I
PEMILU2024-PILPRES|2024-01-10|Pemilihan Umum Tahun 2024|presiden dan wakil presiden|UU 7/2017; SE Sekda Batang, Lampiran I
PILKADA2024|2024-10-01|Pemilihan Gubernur, Bupati, dan Wali Kota Tahun 2024|Pemilihan Umum|UU 10/2016 (Pemilihan Gubernur, Bupati, dan Walikota); PKPU 2/2024
TABLE
	# one permit for a PPS of the Pemilu 2024, whichever vote it is filed under
	rm -f "$NETRAL_DB"
	permit --pemilihan PEMILU2024-PILEG --peran PPS --tanggal 2024-01-10 > /dev/null
	run --separate-stderr permit --pemilihan PEMILU2024-PILPRES --peran PPS --tanggal 2024-01-10
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"holds permit IZ-2024-0001 already, for PPS in Pemilihan Umum Tahun 2024"* ]]
}

@test "each circular's duties bind the agencies it names: built in only SKB 2022's, titik rawan at every stage of a Pemilu and a Pilkada" {
	# built in: the duties SKB 2022 gives every agency (BKN Kanreg III,
	# Netralitas ASN: pencegahan 1-2, pengawasan 1-2), no region's deadline
	netral rules --format json > r.json
	# contest, duty, cadence, source
	while IFS='|' read -r pem keg irama why; do
		got=$(sqlite3 :memory: "SELECT json_extract(j.value, '\$.irama') || '|' ||
			ifnull(json_extract(j.value, '\$.batas'), '-') FROM json_each(readfile('r.json'), '\$.jadwal') j
			WHERE json_extract(j.value, '\$.pemilihan') = '$pem' AND json_extract(j.value, '\$.kegiatan') = '$keg'")
		[ "$got" = "$irama|-" ] || { echo "$pem $keg: $got"; false; }
	done <<'TABLE'
PEMILU2024-PILEG|titik-rawan|tahapan|BKN Kanreg III, pengawasan 2: pada setiap tahapan Pemilu dan Pemilihan
PEMILU2024-PILPRES|titik-rawan|tahapan|BKN Kanreg III, pengawasan 2
PILKADA2024|titik-rawan|tahapan|BKN Kanreg III, pengawasan 2; SE Sekda Batang D.4.b.2
PEMILU2024-PILEG|pakta|sekali|BKN Kanreg III, pencegahan 2; Surat Kemendagri butir 3.b: no deadline
PEMILU2024-PILEG|ikrar|sekali|BKN Kanreg III, pencegahan 2; Surat Kemendagri butir 3.b: no deadline
PILKADA2024|ikrar|sekali|BKN Kanreg III, pencegahan 2: weekly only by Batang's own circular
TABLE
	run netral rules
	[[ "$output" != *"Kotawaringin"* ]]
	[[ "$output" != *"SE Menteri Dalam Negeri"* ]]
	[[ "$output" == *"Surat Kemendagri 100.2.2.6/5812/OTDA"*"Dirjen Otda"* ]]
	# titik rawan is due at every stage the contest's days mark (SE Sekda
	# Batang D.4.b.2; BKN Kanreg III, pengawasan 2): mapped once in
	# Pilkada 2024's first stage, the unit is behind in the next
	units
	netral unit import -q unit.csv
	netral kegiatan add "Dinas Pendidikan" --jenis titik-rawan --tanggal 2024-02-01 > /dev/null
	netral kepatuhan --pemilihan PILKADA2024 --per 2024-10-01 --format json > k.json || true
	duty() {
		sqlite3 :memory: "SELECT json_extract(j.value, '\$.\"$3\".$4') FROM json_each(readfile('$1')) j
			WHERE json_extract(j.value, '\$.unit') = '$2'"
	}
	[ "$(duty k.json 'Dinas Pendidikan' titik-rawan wajib)" = 2 ]
	[ "$(duty k.json 'Dinas Pendidikan' titik-rawan dilakukan)" = 1 ]
	[ "$(duty k.json 'Dinas Pendidikan' titik-rawan kurang)" = '["2024-09-22"]' ]
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-10-01
	[[ "$output" == *"Dinas Pendidikan: no titik-rawan in the stages beginning 2024-09-22"* ]]
	# and in the Pemilu 2024: from SKB 2022 (2022-09-22), the parties'
	# designation, the candidates', the campaign
	netral kepatuhan --pemilihan PEMILU2024-PILEG --per 2023-12-01 --format json > p.json || true
	[ "$(duty p.json 'Dinas Kesehatan' titik-rawan kurang)" = '["2022-09-22","2022-12-14","2023-11-03"]' ]
	# Kotawaringin Barat's pact deadline binds its agencies: off by default...
	netral kepatuhan --pemilihan PILKADA2024 --per 2024-03-01 --format json > k.json || true
	[ "$(duty k.json 'Dinas Kesehatan' pakta terlambat)" = 0 ]
	[ "$(duty k.json 'Dinas Kesehatan' pakta batas)" != 2023-02-28 ]
	# ...on when the agency loads its circular, which the report cites
	mkdir aturan
	cp "$BATS_TEST_DIRNAME/../../data/examples/aturan-kotawaringin-barat/jadwal_instansi.csv" aturan/
	netral rules load aturan > /dev/null 2>&1
	run netral kepatuhan --pemilihan PILKADA2024 --per 2023-03-01
	[ "$status" -eq 1 ]
	[[ "$output" == *"LATE (by 2023-02-28)"* ]]
	[[ "$output" == *"pakta: the agency's own schedule, SE Sekda Kotawaringin Barat 892/51/BKPSDM.IV/2023"* ]]
}
