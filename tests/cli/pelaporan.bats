#!/usr/bin/env bats
# The register of reports sent up: what, to whom, when, under which
# letter number, with each file's SHA-256; and the duties to report,
# which kepatuhan sets the reports against.

load helper

NOMOR=B/123/800.1.6.2/XI/2024

# Two files sent: one with a blank in its name, one not text at all.
files() {
	printf 'Rekap ikrar dan pakta integritas\n' > rekap.csv
	head -c 3000 /dev/urandom > "pakta integritas.pdf"
}

report() {
	netral pelaporan add --nomor "$NOMOR" --tanggal 2024-11-20 --jenis pencegahan \
		--kepada dirjen-otda --pemilihan PILKADA2024 --perihal "Laporan ikrar dan pakta" "$@"
}

@test "a report to the Dirjen Otda is recorded with its letter number and each file's SHA-256, as sha256sum computes it" {
	netral init -q
	files
	run --separate-stderr report rekap.csv "$BATS_TEST_TMPDIR/pakta integritas.pdf"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "$NOMOR" ]
	# the names without their folders, each line as sha256sum prints it
	[ "$(sed 1d <<< "$output")" = "$(sha256sum rekap.csv "pakta integritas.pdf")" ]
	run netral pelaporan list --format csv
	[ "${lines[0]}" = "nomor_surat,tanggal,jenis,kepada,pemilihan,perihal,lampiran" ]
	[[ "${lines[1]}" == "$NOMOR,2024-11-20,pencegahan,dirjen-otda,PILKADA2024,Laporan ikrar dan pakta,\"$(sha256sum rekap.csv)" ]]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT lampiran FROM pelaporan")" = "$(sha256sum rekap.csv "pakta integritas.pdf")" ]
	# kept as sha256sum writes it: the files received can be checked with it
	sqlite3 "$NETRAL_DB" "SELECT lampiran FROM pelaporan" | sha256sum -c
	# an event on the chain, naming the letter, and the register proven by check
	run netral history --jenis pelaporan --format csv
	[[ "$output" == *",tester,pelaporan,pelaporan:1,,3:"*",$NOMOR,"* ]]
	run netral check
	[ "$status" -eq 0 ]
}

@test "the recipient and the kind are the rules' lists, in any spelling they hold" {
	netral init -q
	files
	run netral pelaporan add --nomor 1/2024 --tanggal 2024-11-20 --jenis rekap --kepada Mendagri rekap.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT kepada FROM pelaporan")" = dirjen-otda ]
	run --separate-stderr netral pelaporan add --nomor 2/2024 --tanggal 2024-11-20 --jenis rekap --kepada kpu rekap.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--kepada: unknown kepada 'kpu' (valid: dirjen-otda, bkd, bkn, bawaslu, panwaslu-kecamatan, satgas)"* ]]
}

@test "a letter number is never given twice, in any letter case, and a refused report records nothing" {
	netral init -q
	files
	report rekap.csv > /dev/null
	before=$(db_state)
	run --separate-stderr netral pelaporan add --nomor "${NOMOR,,}" --tanggal 2024-11-21 --jenis rekap --kepada bkn rekap.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--nomor: '${NOMOR,,}' is recorded already, for the report to dirjen-otda of 2024-11-20"* ]]
	run --separate-stderr netral pelaporan add --nomor 9/2024 --tanggal 2024-11-21 --jenis rekap --kepada bkn rekap.csv tidak-ada.pdf
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"cannot open 'tidak-ada.pdf'"* ]]
	run --separate-stderr netral pelaporan add --nomor 9/2024 --tanggal 2024-11-21 --jenis rekap --kepada bkn .
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"'.' is not a file"* ]]
	run --separate-stderr netral pelaporan add --nomor 9/2024 --tanggal 2026-11-26 --jenis rekap --kepada bkn rekap.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--tanggal: 2026-11-26 is after today (2026-11-25)"* ]]
	run --separate-stderr netral pelaporan add --nomor 9/2024 --tanggal 2024-11-21 --jenis rekap --kepada bkn
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"expected the files sent"* ]]
	# a name that is not one line of text, or no name at all
	touch $'baris\nbaru.pdf'
	run --separate-stderr netral pelaporan add --nomor 9/2024 --tanggal 2024-11-21 --jenis rekap --kepada bkn $'baris\nbaru.pdf'
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: an attached file's name: contains a line break" ]
	mkdir -p folder
	run --separate-stderr netral pelaporan add --nomor 9/2024 --tanggal 2024-11-21 --jenis rekap --kepada bkn folder/
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"'folder/': not a file's name"* ]]
	# more files than a record holds: refused whole
	for i in $(seq 1 40); do echo "$i" > "lampiran-laporan-netralitas-pegawai-asn-nomor-$i.pdf"; done
	run --separate-stderr netral pelaporan add --nomor 9/2024 --tanggal 2024-11-21 --jenis rekap --kepada bkn lampiran-laporan-*.pdf
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"more files than one report records (4096 bytes of names)"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "kepatuhan flags a report due and not sent (exit 1), and not once it is sent" {
	netral init -q
	files
	# the Pilkada's stages end on 2025-01-01: the report to the Dirjen Otda is due by then
	run netral kepatuhan --pemilihan PILKADA2024 --per 2025-01-01
	[ "$status" -eq 0 ]
	[[ "$output" == *"PILKADA2024  pencegahan  dirjen-otda  berjalan  sekali  not yet"* ]]
	run netral kepatuhan --pemilihan PILKADA2024 --per 2025-01-02
	[ "$status" -eq 1 ]
	[[ "$output" == *"PILKADA2024  pencegahan  dirjen-otda  tertinggal  sekali  LATE (by 2025-01-01)  -"* ]]
	# a report to someone else is not the one due
	netral pelaporan add --nomor 7/2024 --tanggal 2024-11-20 --jenis pencegahan --kepada bkn rekap.csv > /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2025-01-02
	[ "$status" -eq 1 ]
	run --separate-stderr netral kepatuhan --pemilihan PILKADA2024 --per 2025-01-02 --format csv
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"warning: PILKADA2024: the report pencegahan to dirjen-otda is late (due by 2025-01-01)"* ]]
	report rekap.csv > /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2025-01-02
	[ "$status" -eq 0 ]
	[[ "$output" == *"PILKADA2024  pencegahan  dirjen-otda  lengkap  sekali  done  2024-11-20 $NOMOR"* ]]
	run netral kepatuhan --pemilihan PILKADA2024 --per 2025-01-02 --format json
	[ "$status" -eq 0 ]
	echo "$output" > k.json
	[ "$(json_get k.json '$[0].nomor_surat')" = "$NOMOR" ]
	[ "$(json_get k.json '$[0].kepada')" = dirjen-otda ]
	run netral kepatuhan --pemilihan PILKADA2024 --per 2025-01-02 --format html
	[[ "$output" == *"<td>dirjen-otda</td><td>lengkap</td>"* ]]
}

@test "a report sent after the day of kepatuhan does not count for it" {
	netral init -q
	files
	report rekap.csv > /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-11-19
	[[ "$output" == *"PILKADA2024  pencegahan  dirjen-otda  berjalan  sekali  not yet"* ]]
}

@test "an agency's own duty to report (kewajiban_lapor_instansi.csv) replaces the shipped one, with its deadline" {
	cp -r "$RULES" aturan
	echo 'PILKADA2024,pencegahan,dirjen-otda,sekali,2024-06-25,,2024-07-31,"SE Sekda Batang B/158/800.1.6.2/VI/2024 butir D.8"' >> aturan/kewajiban_lapor_instansi.csv
	echo 'PILKADA2024,rekap,bkd,mingguan,2024-07-01,2024-07-21,,"edaran sendiri"' >> aturan/kewajiban_lapor_instansi.csv
	netral init -q
	netral rules load -q aturan > /dev/null
	files
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-31
	[ "$status" -eq 1 ]
	[[ "$output" == *"PILKADA2024  pencegahan  dirjen-otda  berjalan    sekali    not yet (by 2024-07-31)"* ]]
	[[ "$output" == *"PILKADA2024  rekap       bkd          tertinggal  mingguan  0/3"* ]]
	netral pelaporan add --nomor 1/VII/2024 --tanggal 2024-07-02 --jenis rekap --kepada bkd rekap.csv > /dev/null
	netral pelaporan add --nomor 2/VII/2024 --tanggal 2024-07-09 --jenis rekap --kepada bkd rekap.csv > /dev/null
	netral pelaporan add --nomor 3/VII/2024 --tanggal 2024-07-21 --jenis rekap --kepada bkd rekap.csv > /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2024-08-01
	[ "$status" -eq 1 ]
	[[ "$output" == *"PILKADA2024  pencegahan  dirjen-otda  tertinggal  sekali    LATE (by 2024-07-31)"* ]]
	[[ "$output" == *"PILKADA2024  rekap       bkd          lengkap     mingguan  3/3                   2024-07-21 3/VII/2024"* ]]
	run netral rules
	[[ "$output" == *"Reports to send up in each contest"* ]]
	# a deadline is only a once duty's
	echo 'PILKADA2024,monev,satgas,bebas,2024-06-25,,2024-07-31,x' >> aturan/kewajiban_lapor_instansi.csv
	run --separate-stderr netral rules check aturan
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"kewajiban_lapor_instansi.csv:4: batas: only a duty done once (sekali) has a deadline"* ]]
}

@test "the cover letter names the addressee and lists each file with its SHA-256, as text or a page" {
	netral init -q
	files
	report rekap.csv "pakta integritas.pdf" > /dev/null
	run netral pelaporan surat "$NOMOR"
	[ "$status" -eq 0 ]
	# centred over the letter, as every letter of the agency is
	[[ "${lines[0]}" =~ ^\ +SURAT\ PENGANTAR$ ]]
	[[ "$output" == *"Tanggal  : 20 November 2024"* ]]
	[[ "$output" == *"Lampiran : 2 berkas"* ]]
	[[ "$output" == *"Menteri Dalam Negeri c.q. Direktur Jenderal Otonomi Daerah"* ]]
	[[ "$output" == *"1. rekap.csv"$'\n'"   SHA-256: $(sha256sum rekap.csv | cut -c1-64)"* ]]
	[[ "$output" == *"2. pakta integritas.pdf"* ]]
	netral pelaporan surat "${NOMOR,,}" --format html --output p.html
	grep -q '<h1>SURAT PENGANTAR</h1>' p.html
	grep -q "<p class=\"nomor\">Nomor : $NOMOR</p>" p.html
	grep -q '<div class="ttd">' p.html
	grep -q "$(sha256sum "pakta integritas.pdf" | cut -c1-64)" p.html
	[ "$(stat -c %a p.html)" = 600 ]
	printf 'Nomor {{nomor_surat}}, {{lampiran_jumlah}} berkas, {{kepada}}, {{tanggal_iso}}\n' > t.txt
	run netral pelaporan surat "$NOMOR" --template t.txt
	# a template's first line is its title, centred
	[ "${output#"${output%%[! ]*}"}" = "Nomor $NOMOR, 2 berkas, dirjen-otda, 2024-11-20" ]
	printf 'Nomor {{nomor}}\n' > t.txt
	run --separate-stderr netral pelaporan surat "$NOMOR" --template t.txt
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"t.txt:1: unknown field '{{nomor}}'"* ]]
	run --separate-stderr netral pelaporan surat B/999/2024
	[ "$status" -eq 4 ]
	[[ "$stderr" == *"no report 'B/999/2024' ('netral pelaporan list' lists them)"* ]]
}

@test "the cover letter is under the agency's letterhead, signed by the settings' signer, on one A4 page" {
	netral init -q
	mkdir aturan
	{ cat "$RULES/pengaturan.csv"
	  echo "kop_instansi,PEMERINTAH KABUPATEN BATANG,"
	  echo "kop_nama,DINAS PENDIDIKAN DAN KEBUDAYAAN,"
	  echo "ttd_nama,\"Drs. Slamet Riyadi, M.Pd.\","
	  echo "ttd_nip,196806091995031003,"
	  echo "ttd_jabatan,Kepala Dinas Pendidikan dan Kebudayaan,"
	  echo "ttd_tempat,Batang,"
	  echo "nomor_surat_pola,B/{urut}/{kode}/{bulan}/{tahun},"; } > aturan/pengaturan.csv
	netral rules load -q aturan > /dev/null
	files
	report rekap.csv "pakta integritas.pdf" > /dev/null
	run netral pelaporan surat "$NOMOR"
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" =~ ^\ +PEMERINTAH\ KABUPATEN\ BATANG$ ]]
	[[ "$output" == *"========"* ]]
	# the number is the report's own, not the pattern's
	[[ "$output" == *"Nomor : $NOMOR"* ]]
	[[ "$output" != *"B/1/"* ]]
	[[ "$output" == *"$(printf '%40s' '')Batang, 20 November 2024"* ]]
	[[ "$output" == *"$(printf '%40s' '')Drs. Slamet Riyadi, M.Pd."* ]]
	[[ "$output" == *"NIP 19680609 199503 1 003"* ]]
	run --separate-stderr netral pelaporan surat "$NOMOR" --nomor-surat B/9/2024
	[ "$status" -eq 2 ]
	netral pelaporan surat "$NOMOR" --format html --output p.html
	grep -q '<header class="kop">' p.html
	grep -q '<p class="kop_nama">DINAS PENDIDIKAN DAN KEBUDAYAAN</p>' p.html
	command -v chromium > /dev/null && command -v pdfinfo > /dev/null || return 0
	chromium --headless --no-sandbox --disable-gpu --user-data-dir="$BATS_TEST_TMPDIR/chrome" \
		--no-pdf-header-footer --print-to-pdf="$BATS_TEST_TMPDIR/p.pdf" "file://$PWD/p.html" 2> /dev/null
	pdfinfo "$BATS_TEST_TMPDIR/p.pdf" | grep -Eq '^Pages: +1$'
}

@test "a report's row changed outside netral is named by check" {
	netral init -q
	files
	report rekap.csv > /dev/null
	sqlite3 "$NETRAL_DB" "UPDATE pelaporan SET lampiran = replace(lampiran, substr(lampiran, 1, 1), '0')"
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"pelaporan"*"$NOMOR"* ]]
}

@test "a contest without duties to report shows none, and its units' report is as before" {
	cp -r "$RULES" aturan
	head -1 "$RULES/kewajiban_lapor.csv" > aturan/kewajiban_lapor.csv
	netral init -q
	netral rules load -q aturan > /dev/null
	run netral kepatuhan --pemilihan PILKADA2024 --per 2025-01-02
	[ "$status" -eq 0 ]
	[[ "$output" != *"Reports to send"* ]]
	run netral kepatuhan --pemilihan PILKADA2024 --per 2025-01-02 --format html
	[[ "$output" != *"Reports to send"* ]]
}

@test "a rules folder's cover letter is checked as the built-in one is, by the fields it names" {
	cp -r "$RULES" aturan
	printf 'SURAT PENGANTAR\nNomor {{nomor}}\n' > aturan/surat_pengantar.txt
	run --separate-stderr netral rules check aturan
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: aturan/surat_pengantar.txt:2: unknown field '{{nomor}}'" ]
	printf 'SURAT PENGANTAR\nNomor {{nomor_surat}}\n' > aturan/surat_pengantar.txt
	run netral rules check aturan
	[ "$status" -eq 0 ]
}
