#!/usr/bin/env bats
# Corrections in the open: a mistake a clerk made is put right by a
# command with its reason, an event on the log, never by erasing it.

load helper

@test "a unit typed wrongly is renamed, its records follow it, the log keeps the reason" {
	netral unit add "Dinkes" --asn 5 > /dev/null
	netral kegiatan add "Dinkes" --jenis ikrar --tanggal 2024-07-01 > /dev/null
	run --separate-stderr netral unit rename "Dinkes" "Dinas Kesehatan"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--alasan"* ]]
	run netral unit rename "dinkes" "Dinas Kesehatan" --alasan "typed short"
	[ "$status" -eq 0 ]
	[ "$output" = "renamed unit 'Dinkes' to 'Dinas Kesehatan'" ]
	run netral kegiatan list "Dinas Kesehatan" --format csv
	[[ "$output" == *"Dinas Kesehatan,ikrar,2024-07-01"* ]]
	run --separate-stderr netral kegiatan list "Dinkes"
	[ "$status" -eq 4 ]
	run netral history --jenis unit --format csv
	[[ "$output" == *"typed short"* ]]
	# a name another unit has is refused, naming it
	netral unit add "Dinas Pendidikan" > /dev/null
	run --separate-stderr netral unit rename "Dinas Kesehatan" "dinas pendidikan" --alasan x
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"'Dinas Pendidikan'"* ]]
	run --separate-stderr netral unit rename "Dinas Lain" "Dinas Baru" --alasan x
	[ "$status" -eq 4 ]
	run netral check
	[ "$status" -eq 0 ]
}

@test "a deactivated unit leaves the compliance report, stays in history, and comes back" {
	netral unit add "Dinkes" --asn 5 > /dev/null
	netral unit add "Dinas Kesehatan" --asn 5 > /dev/null
	netral kegiatan add "Dinkes" --jenis ikrar --tanggal 2024-07-01 > /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-30 --format csv
	[[ "$output" == *"Dinkes"* ]]
	run --separate-stderr netral unit deactivate "Dinkes"
	[ "$status" -eq 2 ]
	run netral unit deactivate "Dinkes" --alasan "typed short, the same unit as Dinas Kesehatan"
	[ "$status" -eq 0 ]
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-30 --format csv
	[[ "$output" != *"Dinkes"* ]]
	[[ "$output" == *"Dinas Kesehatan"* ]]
	# its records stay, pointing to it
	run netral kegiatan list "Dinkes" --format csv
	[[ "$output" == *"Dinkes,ikrar,2024-07-01"* ]]
	run netral unit list --format csv
	[[ "$output" == *"Dinkes,,5,0"* ]]
	run --separate-stderr netral kegiatan add "Dinkes" --jenis ikrar --tanggal 2024-07-08
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"inactive"*"netral unit activate"* ]]
	run netral unit activate "Dinkes" --alasan "a unit of its own after all"
	[ "$status" -eq 0 ]
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-30 --format csv
	[[ "$output" == *"Dinkes"* ]]
	run netral history --jenis unit --format csv
	[[ "$output" == *"typed short, the same unit"* ]]
	[[ "$output" == *"a unit of its own after all"* ]]
	run netral check
	[ "$status" -eq 0 ]
}

@test "the same activity added again with another headcount points to the correction" {
	netral unit add "Dinas Kesehatan" --asn 5 > /dev/null
	netral kegiatan add "Dinas Kesehatan" --jenis ikrar --tanggal 2024-07-01 --peserta 30 > /dev/null
	# the same again: recorded once, as before
	run netral kegiatan add "Dinas Kesehatan" --jenis ikrar --tanggal 2024-07-01 --peserta 30
	[ "$status" -eq 0 ]
	[[ "$output" == "already recorded: "* ]]
	before=$(db_state)
	run --separate-stderr netral kegiatan add "Dinas Kesehatan" --jenis ikrar --tanggal 2024-07-01 --peserta 40
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"already recorded"*"peserta: 30 → 40"*"netral kegiatan correct"* ]]
	[ "$(db_state)" = "$before" ]
	run --separate-stderr netral kegiatan correct "Dinas Kesehatan" --jenis ikrar --tanggal 2024-07-01 --peserta 40
	[ "$status" -eq 2 ]
	run netral kegiatan correct "Dinas Kesehatan" --jenis ikrar --tanggal 2024-07-01 --peserta 40 \
		--alasan "counted again from the attendance list"
	[ "$status" -eq 0 ]
	[ "$output" = "corrected: Dinas Kesehatan, ikrar on 2024-07-01: peserta: 30 → 40" ]
	run netral kegiatan list --format csv
	[[ "$output" == *"Dinas Kesehatan,ikrar,2024-07-01,40,"* ]]
	run netral history --jenis kegiatan --format csv
	[[ "$output" == *"counted again from the attendance list"* ]]
	run netral check
	[ "$status" -eq 0 ]
}

@test "an import of the same activity with another headcount is refused as add refuses it" {
	netral unit add "Dinas Kesehatan" --asn 5 > /dev/null
	netral kegiatan add "Dinas Kesehatan" --jenis ikrar --tanggal 2024-07-01 --peserta 30 > /dev/null
	printf 'unit,jenis,tanggal,peserta\nDinas Kesehatan,ikrar,2024-07-01,30\nDinas Kesehatan,ikrar,2024-07-08,25\n' > same.csv
	run netral kegiatan import same.csv
	[ "$status" -eq 0 ]
	before=$(db_state)
	printf 'unit,jenis,tanggal,peserta\nDinas Kesehatan,ikrar,2024-07-01,40\nDinas Kesehatan,ikrar,2024-07-15,20\n' > fixed.csv
	run --separate-stderr netral kegiatan import fixed.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"fixed.csv:2"*"already recorded"*"peserta: 30 → 40"*"netral kegiatan correct"* ]]
	[ "$(db_state)" = "$before" ]
	# the others taken, that one set aside (and the status says a row was)
	run --separate-stderr netral kegiatan import --skip-invalid --reject rej.csv fixed.csv
	[ "$status" -eq 3 ]
	grep -q "2024-07-01,40" rej.csv
	run netral kegiatan list --format csv
	[[ "$output" == *"Dinas Kesehatan,ikrar,2024-07-01,30,"* ]]
	[[ "$output" == *"Dinas Kesehatan,ikrar,2024-07-15,20,"* ]]
}

@test "an activity recorded by mistake is void: out of the list and the report, in the log" {
	netral unit add "Dinas Kesehatan" --asn 5 > /dev/null
	netral kegiatan add "Dinas Kesehatan" --jenis tim-internal --tanggal 2024-07-01 > /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-30 --format csv
	[[ "$output" == *"Dinas Kesehatan,"*"2024-07-01"* ]]
	run netral kegiatan void "Dinas Kesehatan" --jenis tim-internal --tanggal 2024-07-01 \
		--alasan "another unit's team"
	[ "$status" -eq 0 ]
	run netral kegiatan list --format csv
	[[ "$output" != *"tim-internal"* ]]
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-30 --format csv
	[[ "$output" != *"2024-07-01"* ]]
	run netral history --jenis kegiatan --format csv
	[[ "$output" == *"another unit's team"* ]]
	# it may be recorded again, rightly
	run netral kegiatan add "Dinas Kesehatan" --jenis tim-internal --tanggal 2024-07-01
	[ "$status" -eq 0 ]
	run --separate-stderr netral kegiatan void "Dinas Kesehatan" --jenis ikrar --tanggal 2024-07-01 --alasan x
	[ "$status" -eq 4 ]
	run netral check
	[ "$status" -eq 0 ]
}

@test "a signatory recorded in the wrong unit is corrected; one signed by mistake is void" {
	netral unit add "Dinas Kesehatan" --asn 5 > /dev/null
	netral unit add "Dinas Pendidikan" --asn 5 > /dev/null
	printf 'nama,nip,unit,tanggal,pemilihan\nBudi,196806091995031003,Dinas Pendidikan,2024-07-01,PILKADA2024\nAni,198001012005012001,Dinas Kesehatan,2024-07-01,PILKADA2024\n' > p.csv
	netral pakta import -q p.csv
	run netral pakta correct 196806091995031003 --pemilihan PILKADA2024 --unit "Dinas Kesehatan" \
		--alasan "moved in June"
	[ "$status" -eq 0 ]
	run netral pakta list "Dinas Kesehatan" --format csv
	[[ "$output" == *"Budi,"* ]]
	run netral pakta void 198001012005012001 --pemilihan PILKADA2024 --alasan "signed twice on paper"
	[ "$status" -eq 0 ]
	run netral pakta list --format csv
	[[ "$output" != *"Ani"* ]]
	run netral history --jenis pakta --format csv
	[[ "$output" == *"moved in June"* ]]
	[[ "$output" == *"signed twice on paper"* ]]
	run netral check
	[ "$status" -eq 0 ]
}

@test "a case closed by mistake is reopened to the status before, the close kept in history" {
	add_case $SANCTIONED --status disanksi > /dev/null
	netral status 2024-0001 selesai --tanggal 2024-11-01 > /dev/null
	run --separate-stderr netral reopen 2024-0001
	[ "$status" -eq 2 ]
	run netral reopen 2024-0001 --alasan "closed the wrong case"
	[ "$status" -eq 0 ]
	[[ "$output" == *"2024-0001: selesai → disanksi"* ]]
	run netral show 2024-0001 --format json
	echo "$output" > s.json
	[ "$(json_get s.json '$.status')" = disanksi ]
	run netral history 2024-0001
	echo "$output" | grep -qE "status +disanksi +selesai +2024-11-01"
	echo "$output" | grep -qE "status +selesai +disanksi +closed the wrong case"
	[[ "$(netral reopen --help)" == *"--alasan"* ]]
	# a plain move back is still refused: only a reopen, with its reason
	netral status 2024-0001 selesai > /dev/null
	run --separate-stderr netral status 2024-0001 disanksi
	[ "$status" -eq 3 ]
	# a case not closed is not reopened
	add_case --no-laporan X/2 > /dev/null
	run --separate-stderr netral reopen 2024-0002 --alasan x
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"dilaporkan"* ]]
	run netral check
	[ "$status" -eq 0 ]
}

@test "a case voided by mistake is reopened, counted again, its void reason in history" {
	add_case > /dev/null
	netral status 2024-0001 verifikasi > /dev/null
	netral status 2024-0001 batal --batal-alasan "thought it a duplicate" > /dev/null
	run netral reopen 2024-0001 --alasan "not a duplicate after all"
	[ "$status" -eq 0 ]
	[[ "$output" == *"batal → verifikasi"* ]]
	run netral list --format ids
	[ "$output" = 2024-0001 ]
	run netral history 2024-0001
	[[ "$output" == *"thought it a duplicate"* ]]
	run netral check
	[ "$status" -eq 0 ]
}

@test "merge refuses two different persons unless --force, and says what differs" {
	add_case --nip "19680609 199503 1 003" --no-laporan A/1 > /dev/null
	add_case --nip "19700101 199503 1 001" --nama "Siti" --no-laporan B/2 \
		--tanggal-kejadian 2024-08-12 > /dev/null
	before=$(db_state)
	run --separate-stderr netral merge 2024-0001 2024-0002
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"nip"*"--force"* ]]
	[[ "$stderr" == *"tanggal_kejadian"* ]]
	[ "$(db_state)" = "$before" ]
	run netral merge --force 2024-0001 2024-0002
	[ "$status" -eq 0 ]
	# without a NIP, the name tells
	add_case --nama "Budi S" --no-laporan C/3 > /dev/null
	add_case --nama "Joko" --no-laporan C/4 > /dev/null
	run --separate-stderr netral merge 2024-0003 2024-0004
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"nama"* ]]
}

@test "the kept case takes the duplicate's report number and source: an import finds it" {
	add_case --no-laporan A/1 --sumber Bawaslu > /dev/null
	add_case --no-laporan B/2 --sumber "Laporan masyarakat" > /dev/null
	run netral merge 2024-0001 2024-0002
	[ "$status" -eq 0 ]
	run netral show 2024-0001
	[[ "$output" == *"B/2"*"Laporan masyarakat"* ]]
	# a file naming the duplicate's number updates the kept case
	printf 'no_laporan,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk,uraian\nB/2,Budi Santoso,PNS,Kabupaten Purbalingga,2024-08-10,medsos-kampanye,seen again\n' > b.csv
	run netral import --update b.csv
	[ "$status" -eq 0 ]
	run netral list --format ids --termasuk-batal
	[ "$(echo "$output" | wc -l)" -eq 2 ]
	netral show 2024-0001 --format json > s.json
	[ "$(json_get s.json '$.uraian')" = "seen again" ]
	[ "$(json_get s.json '$.no_laporan')" = A/1 ]
	# the duplicate reopened is its own case again: no longer an alias
	netral reopen 2024-0002 --alasan "not a duplicate" > /dev/null
	run netral show 2024-0001
	[[ "$output" != *"B/2"* ]]
	sed -i 's/seen again/seen once more/' b.csv
	run netral import --update b.csv
	[ "$status" -eq 0 ]
	netral show 2024-0002 --format json > s.json
	[ "$(json_get s.json '$.uraian')" = "seen once more" ]
	run netral check
	[ "$status" -eq 0 ]
}

@test "an alias changed outside netral is named by check" {
	add_case --no-laporan A/1 > /dev/null
	add_case --no-laporan B/2 > /dev/null 2>&1
	netral merge 2024-0001 2024-0002 > /dev/null
	sqlite3 "$NETRAL_DB" "UPDATE kasus_alias SET no_laporan = 'C/3'"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"kasus_alias 1: no_laporan: changed outside netral"* ]]
}

@test "a rules folder's transisi.csv without the column buka reopens nothing" {
	cp -r "$RULES" r
	sed -i -e '1s/,buka$//' -e 's/,[01]$//' -e '/^selesai,\|^batal,\|^tidak_terbukti,dilaporkan/d' r/transisi.csv
	run netral rules check r
	[ "$status" -eq 0 ]
	netral rules load r > /dev/null
	add_case > /dev/null
	netral status 2024-0001 batal --batal-alasan keliru > /dev/null
	run --separate-stderr netral reopen 2024-0001 --alasan x
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"only a case closed by mistake is reopened"* ]]
}

@test "corrections at their edges: said, refused, or nothing to do" {
	netral unit add "Dinkes" --asn 5 > /dev/null
	netral unit add "Dinas Sosial" > /dev/null
	run --separate-stderr netral unit rename "Dinkes" "" --alasan x
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"required"* ]]
	run --separate-stderr netral unit rename "Dinkes" $'Din\x01kes' --alasan x
	[ "$status" -eq 3 ]
	run --separate-stderr netral unit rename "Dinkes"
	[ "$status" -eq 2 ]
	# a reason of blanks says nothing; one with a control character would
	# reach the terminal through history
	before=$(db_state)
	run --separate-stderr netral unit rename "Dinkes" "Dinas Kesehatan" --alasan "   "
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--alasan is required"* ]]
	run --separate-stderr netral unit rename "Dinkes" "Dinas Kesehatan" --alasan $'salah\e[31m ketik'
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--alasan: contains the control character U+001B"* ]]
	run --separate-stderr netral kegiatan void "Dinkes" --jenis ikrar --tanggal 2024-07-01 --alasan $'\t'
	[ "$status" -eq 2 ]
	[ "$(db_state)" = "$before" ]
	run --separate-stderr netral unit deactivate "Dinas Lain" --alasan x
	[ "$status" -eq 4 ]
	netral unit deactivate "Dinkes" --alasan x > /dev/null
	run netral unit deactivate "Dinkes" --alasan x
	[ "$output" = "unit 'Dinkes' is inactive already" ]
	run netral unit activate "Dinas Sosial" --alasan x
	[ "$output" = "unit 'Dinas Sosial' is active already" ]
	# an inactive unit keeps its name when renamed, and takes no import row
	run netral unit rename "Dinkes" "Dinas Kesehatan Lama" --alasan x
	[ "$status" -eq 0 ]
	printf 'unit,jenis,tanggal\nDinas Kesehatan Lama,ikrar,2024-07-01\n' > k.csv
	run --separate-stderr netral kegiatan import k.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"inactive since 2026-11-25"* ]]
	# an activity corrected to what it holds is unchanged
	netral kegiatan add "Dinas Sosial" --jenis ikrar --tanggal 2024-07-01 --peserta 3 > /dev/null
	run netral kegiatan correct "Dinas Sosial" --jenis ikrar --tanggal 2024-07-01 --peserta 3 --alasan x
	[ "$output" = "Dinas Sosial, ikrar on 2024-07-01 unchanged" ]
	# signatures: not found, several contests, a bad value, a void that corrects
	printf 'nama,nip,unit,tanggal,pemilihan\nBudi,196806091995031003,Dinas Sosial,2024-07-01,PILKADA2024\nBudi,196806091995031003,Dinas Sosial,2023-03-01,PEMILU2024-PILEG\nTono,,Dinas Sosial,2024-07-01,PILKADA2024\n' > p.csv
	netral pakta import -q p.csv
	run --separate-stderr netral pakta void 197001011995031001 --alasan x
	[ "$status" -eq 4 ]
	run --separate-stderr netral pakta void 196806091995031003 --alasan x
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"signed for 2 contests"* ]]
	run --separate-stderr netral pakta void 196806091995031003 --pemilihan NOPE --alasan x
	[ "$status" -eq 3 ]
	run --separate-stderr netral pakta void 196806091995031003 --nama X --alasan x
	[ "$status" -eq 2 ]
	run --separate-stderr netral pakta correct 196806091995031003 --pemilihan PILKADA2024 --tanggal 2099-01-01 --alasan x
	[ "$status" -eq 3 ]
	run --separate-stderr netral pakta correct 196806091995031003 --pemilihan PILKADA2024 --unit "Dinas Kesehatan Lama" --alasan x
	[ "$status" -eq 3 ]
	run --separate-stderr netral pakta correct 196806091995031003 --pemilihan PILKADA2024 --unit "Dinas Tak Ada" --alasan x
	[ "$status" -eq 4 ]
	run netral pakta correct 196806091995031003 --pemilihan PILKADA2024 --tanggal 2024-07-01 --alasan x
	[ "$output" = "the signature of '196806091995031003' unchanged" ]
	# a PPNPN by the name
	run netral pakta correct tono --nama "Tono Sutono" --alasan "the full name"
	[ "$status" -eq 0 ]
	run netral pakta list --format csv
	[[ "$output" == *"Tono Sutono,,Dinas Sosial"* ]]
	run --separate-stderr netral pakta correct 196806091995031003
	[ "$status" -eq 2 ]
	run --separate-stderr netral pakta void --alasan x
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"expected the signatory's NIP, or a PPNPN's name"* ]]
	run --separate-stderr netral pakta void tono --bogus
	[ "$status" -eq 2 ]
	run netral pakta correct --help
	[[ "$output" == "usage: netral pakta"*"--alasan"* ]]
	run --separate-stderr netral unit rename "Dinas Sosial" X --bogus
	[ "$status" -eq 2 ]
	run netral unit deactivate --help
	[[ "$output" == "usage: netral unit"*"deactivate"* ]]
	run netral check
	[ "$status" -eq 0 ]
}

@test "reopen and merge at their edges" {
	# a case recorded closed has no status before it
	add_case $SANCTIONED --status selesai > /dev/null
	run --separate-stderr netral reopen 2024-0001 --alasan x
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"recorded at selesai"* ]]
	run --separate-stderr netral reopen 2024-0001 --alasan x --tanggal bogus
	[ "$status" -eq 3 ]
	run --separate-stderr netral reopen 2024-0001 --alasan "  "
	[ "$status" -eq 2 ]
	run --separate-stderr netral reopen 2024-0001 --alasan $'x\e[2J'
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--alasan: contains the control character U+001B"* ]]
	run --separate-stderr netral reopen
	[ "$status" -eq 2 ]
	run --separate-stderr netral reopen 2024-0001 --bogus
	[ "$status" -eq 2 ]
	run --separate-stderr netral reopen not-a-case --alasan x
	[ "$status" -eq 2 ]
	run --separate-stderr netral reopen 2024-0099 --alasan x
	[ "$status" -eq 4 ]
	# rules that reopen a void case to some statuses only
	cp -r "$RULES" r
	sed -i '/^batal,terbukti,/d' r/transisi.csv
	netral rules load r > /dev/null
	add_case --no-laporan X/2 $PROVEN --status terbukti > /dev/null 2>&1
	netral status 2024-0002 batal --batal-alasan keliru > /dev/null
	run --separate-stderr netral reopen 2024-0002 --alasan x
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"reopen no case from batal to terbukti"* ]]
	# the same person on another day: merged, and said
	add_case --no-laporan X/3 --tanggal-kejadian 2024-08-11 > /dev/null 2>&1
	add_case --no-laporan X/4 > /dev/null 2>&1
	run --separate-stderr netral merge 2024-0004 2024-0003
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"tanggal_kejadian: 2024-08-10 ≠ 2024-08-11"*"merged as asked"* ]]
	# and another act
	add_case --no-laporan X/5 --bentuk apk > /dev/null 2>&1
	run --separate-stderr netral merge 2024-0004 2024-0005
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"bentuk: medsos-kampanye ≠ apk"* ]]
	netral show 2024-0004 --format json > s.json
	[ "$(json_get s.json '$.alias')" = "X/3 - (2024-0003); X/5 - (2024-0005)" ]
	# a day after today, as status refuses it: no later move could follow
	netral status 2024-0004 verifikasi > /dev/null
	netral status 2024-0004 batal --batal-alasan keliru > /dev/null
	add_case --no-laporan X/6 --bentuk apk > /dev/null 2>&1
	before=$(db_state)
	run --separate-stderr netral reopen 2024-0004 --alasan x --tanggal 2099-01-01
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--tanggal: 2099-01-01 is after today"* ]]
	run --separate-stderr netral merge 2024-0002 2024-0006 --force --tanggal 2099-01-01
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--tanggal: 2099-01-01 is after today"* ]]
	[ "$(db_state)" = "$before" ]
}
