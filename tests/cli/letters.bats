#!/usr/bin/env bats
# The permit's letter as an agency signs it: its letterhead and signer
# from the settings, its agenda number from the numbering pattern (never
# reused) or given, the event as the law names it, and one A4 page whose
# fields and signature block line up.

load helper

# An agency's settings: a rules folder holding only pengaturan.csv.
agency() {
	mkdir -p aturan
	{ cat "$RULES/pengaturan.csv"
	  echo "kop_instansi,PEMERINTAH KABUPATEN BATANG,"
	  echo "kop_nama,DINAS PENDIDIKAN DAN KEBUDAYAAN,"
	  echo "kop_alamat,\"Jalan Ahmad Yani Nomor 1, Batang 51215\","
	  echo "kop_kontak,\"Telepon (0285) 391000, Pos-el disdikbud@batangkab.go.id\","
	  echo "ttd_nama,\"Drs. Slamet Riyadi, M.Pd.\","
	  echo "ttd_nip,19680609 199503 1 003,"
	  echo "ttd_pangkat,Pembina Utama Muda (IV/c),"
	  echo "ttd_jabatan,Kepala Dinas Pendidikan dan Kebudayaan,"
	  echo "ttd_tempat,Batang,"
	  echo "nomor_surat_pola,B/{urut}/{kode}/{bulan}/{tahun},"
	  echo "nomor_surat_kode,800.1.6.2,"
	  "$@"; } > aturan/pengaturan.csv
	netral rules load -q aturan > /dev/null
}

# A permit with the signer left to the settings.
permit() {
	netral izin add --nama "Rina Kartika, S.Pd." --nip "19850412 201001 2 015" \
		--pangkat "Penata Muda Tk. I (III/b)" --jabatan "Guru Ahli Pertama" --unit "SD Negeri 1 Kalipucang" \
		--peran PPS --sk-penunjukan "Keputusan PPS Desa Kalipucang Nomor 15/PPS/Kpt/2024" "$@"
}

@test "the letter numbers by the agency's pattern: the next sequence for the next letter, the same on reprint" {
	agency
	permit --tanggal 2023-10-02 --pemilihan PEMILU2024-PILEG > /dev/null
	permit --tanggal 2023-11-06 --pemilihan PILKADA2024 --peran KPPS > /dev/null
	run netral izin surat IZ-2023-0001
	[ "$status" -eq 0 ]
	[[ "$output" == *"Nomor : B/1/800.1.6.2/X/2023"* ]]
	run netral izin surat IZ-2023-0002
	[[ "$output" == *"Nomor : B/2/800.1.6.2/XI/2023"* ]]
	run netral izin surat IZ-2023-0001
	[[ "$output" == *"Nomor : B/1/800.1.6.2/X/2023"* ]]
	[[ "$output" != *IZ-2023-0001* ]]
	# a new year starts the sequence again
	permit --tanggal 2024-01-03 --pemilihan PEMILU2024-PILEG --peran KPPS > /dev/null
	run netral izin surat IZ-2024-0001
	[[ "$output" == *"Nomor : B/1/800.1.6.2/I/2024"* ]]
}

@test "a report sent and a permit's letter share the agency's numbers: neither takes one the other holds" {
	agency
	permit --tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	printf 'rekap\n' > rekap.csv
	# the report holds the number the pattern would give the permit next
	netral pelaporan add --nomor B/1/800.1.6.2/X/2024 --tanggal 2024-10-20 --jenis pencegahan \
		--kepada dirjen-otda rekap.csv > /dev/null
	run netral izin surat IZ-2024-0001
	[ "$status" -eq 0 ]
	[[ "$output" == *"Nomor : B/2/800.1.6.2/X/2024"* ]]
	# a number given to a permit's letter is refused to a report, in any case
	permit --tanggal 2024-10-02 --pemilihan PILKADA2024 --nip "19850412 201001 2 016" > /dev/null
	netral izin surat IZ-2024-0002 --nomor-surat B/9/X/2024 > /dev/null
	before=$(db_state)
	run --separate-stderr netral pelaporan add --nomor b/9/x/2024 --tanggal 2024-10-21 --jenis pencegahan \
		--kepada dirjen-otda rekap.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"--nomor: 'b/9/x/2024' is the number of the letter of IZ-2024-0002 already"* ]]
	[ "$(db_state)" = "$before" ]
	# and one a report holds is refused to a permit
	permit --tanggal 2024-10-03 --pemilihan PILKADA2024 --nip "19850412 201001 2 017" > /dev/null
	run --separate-stderr netral izin surat IZ-2024-0003 --nomor-surat b/1/800.1.6.2/x/2024
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"is the number of the letter of"*"B/1/800.1.6.2/X/2024"* ]]
}

@test "a number given is recorded once: used again it is refused, and the pattern steps over it" {
	agency
	for d in 2024-10-01 2024-10-02 2024-10-03 2024-10-04; do
		permit --tanggal $d --pemilihan PILKADA2024 --nip "19850412 201001 2 0${d: -2}" > /dev/null
	done
	run netral izin surat IZ-2024-0001 --nomor-surat "B/777/800.1.6.2/X/2024"
	[ "$status" -eq 0 ]
	[[ "$output" == *"Nomor : B/777/800.1.6.2/X/2024"* ]]
	before=$(db_state)
	run --separate-stderr netral izin surat IZ-2024-0002 --nomor-surat "b/777/800.1.6.2/x/2024"
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: --nomor-surat: 'b/777/800.1.6.2/x/2024' is the number of the letter of IZ-2024-0001 already" ]
	run --separate-stderr netral izin surat IZ-2024-0001 --nomor-surat "B/778/800.1.6.2/X/2024"
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: --nomor-surat: IZ-2024-0001's letter is numbered 'B/777/800.1.6.2/X/2024' already" ]
	[ "$(db_state)" = "$before" ]
	# the pattern's next number, taken by hand, is stepped over
	netral izin surat IZ-2024-0002 --nomor-surat "B/1/800.1.6.2/X/2024" > /dev/null
	run netral izin surat IZ-2024-0003
	[[ "$output" == *"Nomor : B/2/800.1.6.2/X/2024"* ]]
	run netral izin surat IZ-2024-0004
	[[ "$output" == *"Nomor : B/3/800.1.6.2/X/2024"* ]]
}

@test "without a pattern or a number the letter's number is left to write by hand, and nothing is recorded" {
	netral izin add --nama R --nip "19850412 201001 2 015" --peran KPPS --sk-penunjukan 15/PPS/Kpt/2024 \
		--pemberi-nama S --pemberi-nip "19680609 199503 1 003" --pemberi-jabatan Kepala \
		--tanggal 2024-10-01 > /dev/null
	before=$(db_state)
	run netral izin surat IZ-2024-0001
	[[ "$output" == *"Nomor : ....."* ]]
	[ "$(db_state)" = "$before" ]
}

@test "the letterhead and the signer come from the settings; the event is named as the law names it" {
	agency
	permit --tanggal 2023-10-02 --pemilihan PEMILU2024-PILPRES > /dev/null
	permit --tanggal 2024-10-01 --pemilihan PILKADA2024 --peran KPPS > /dev/null
	run netral izin surat IZ-2023-0001
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" =~ ^\ +PEMERINTAH\ KABUPATEN\ BATANG$ ]]
	[[ "${lines[1]}" =~ ^\ +DINAS\ PENDIDIKAN\ DAN\ KEBUDAYAAN$ ]]
	[[ "$output" == *"Jalan Ahmad Yani Nomor 1, Batang 51215"* ]]
	[[ "$output" == *"Pos-el disdikbud@batangkab.go.id"* ]]
	[[ "$output" == *"anggota Panitia Pemungutan Suara (PPS) dalam kegiatan Pemilihan Umum Tahun 2024,"* ]]
	[[ "$output" == *"Pangkat / Gol. Ruang : Pembina Utama Muda (IV/c)"* ]]
	run netral izin surat IZ-2024-0001
	[[ "$output" == *"dalam kegiatan Pemilihan Gubernur, Bupati, dan Wali Kota Tahun 2024,"* ]]
	[[ "$output" != *"kepala daerah"* ]]
}

@test "the appointing decree is named once, however it was typed" {
	agency
	permit --tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	permit --tanggal 2024-10-02 --pemilihan PILKADA2024 --peran KPPS --sk-penunjukan 15/PPS/Kpt/2024 > /dev/null
	run netral izin surat IZ-2024-0001
	[[ "$output" == *"Menunjuk Keputusan PPS Desa Kalipucang Nomor 15/PPS/Kpt/2024"* ]]
	[[ "$output" != *"eputusan Keputusan"* ]]
	run netral izin surat IZ-2024-0002
	[[ "$output" == *"Menunjuk Surat Keputusan Nomor 15/PPS/Kpt/2024"* ]]
}

@test "as text: the colons of the fields in one column, the signature on the right below the place and date" {
	agency
	permit --tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	run netral izin surat IZ-2024-0001
	cols=$(echo "$output" | grep -E '^(Nama|NIP|Pangkat|Jabatan|Unit kerja) ' | awk '{ print index($0, " : ") }' | sort -u)
	[ "$(echo "$cols" | wc -l)" = 1 ]
	place=$(echo "$output" | grep -n 'Batang, 1 Oktober 2024$' | cut -d: -f1)
	title=$(echo "$output" | grep -n '^ \{20,\}Kepala Dinas Pendidikan dan Kebudayaan,\?$' | cut -d: -f1)
	name=$(echo "$output" | grep -n '^ \{20,\}Drs. Slamet Riyadi, M.Pd.$' | cut -d: -f1)
	[ "$title" -eq $((place + 1)) ]
	[ "$name" -ge $((title + 4)) ]
}

# The page printed as Chromium prints it: one A4 page, the colons of the
# signer's Nama, NIP and Pangkat in one column, room to sign and stamp.
@test "as a page: one A4 page to sign, the fields aligned, room for the signature and stamp" {
	command -v chromium > /dev/null && command -v pdfinfo > /dev/null ||
		skip "chromium or poppler-utils missing: scripts/deps.sh installs them"
	agency
	permit --tanggal 2023-10-02 --pemilihan PEMILU2024-PILEG > /dev/null
	netral izin surat IZ-2023-0001 --format html --output surat.html
	chromium --headless --no-sandbox --disable-gpu --user-data-dir="$PWD/profile" \
		--no-pdf-header-footer --print-to-pdf="$PWD/surat.pdf" "file://$PWD/surat.html" 2> /dev/null
	pdfinfo surat.pdf | grep -Eq '^Pages: +1$'
	pdfinfo surat.pdf | grep -Eq '^Page size: .* pts \(A4\)$'
	pdftotext -layout surat.pdf surat.txt
	grep -q 'PEMERINTAH KABUPATEN BATANG' surat.txt
	grep -q 'Nomor : B/1/800.1.6.2/X/2023' surat.txt
	grep -q 'Panitia Pemungutan Suara (PPS)' surat.txt
	grep -q 'Pemilihan Umum Tahun 2024' surat.txt
	# the signer's fields: the colon of each in the same column
	cols=$(grep -E '^ *(Nama|NIP|Pangkat / Gol. Ruang) +: ' surat.txt | head -3 | awk '{ print index($0, ":") }' | sort -u)
	[ "$(grep -cE '^ *(Nama|NIP|Pangkat / Gol. Ruang) +: ' surat.txt)" -ge 3 ]
	[ "$(echo "$cols" | wc -l)" = 1 ]
	# the signature block on the right half, the name four lines or more below the title
	title=$(grep -n '^ \{30,\}Kepala Dinas Pendidikan' surat.txt)
	name=$(grep -n 'Drs. Slamet Riyadi, M.Pd.' surat.txt | tail -1)
	[ "${name%%:*}" -ge $(( ${title%%:*} + 4 )) ]
	line=${name#*:}
	lead=${line%%[! ]*}
	[ "${#lead}" -ge 30 ]
}

@test "the logo is written into the page, which fetches nothing; a file that is no image is refused before anything is written" {
	agency echo "kop_logo,logo.png,"
	cp "$DATA/logo.png" .
	permit --tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	netral izin surat IZ-2024-0001 --format html --output surat.html
	grep -q "src=\"data:image/png;base64,$(base64 -w0 logo.png)\"" surat.html
	! grep -Eiq 'https?:|<script|href=|@import|url\(' surat.html
	agency echo "kop_logo,logo.bmp,"
	permit --tanggal 2024-10-02 --pemilihan PILKADA2024 --peran KPPS > /dev/null
	before=$(db_state)
	run --separate-stderr netral izin surat IZ-2024-0002 --format html --output two.html
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: kop_logo: 'logo.bmp' is not a PNG, JPEG, GIF or SVG file" ]
	[ ! -e two.html ]
	[ "$(db_state)" = "$before" ]
	agency echo "kop_logo,nope.png,"
	before=$(db_state)
	run --separate-stderr netral izin surat IZ-2024-0002
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"cannot open 'nope.png'"*"kop_logo: the letterhead's logo, 'nope.png', cannot be read"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "the settings of the letters are checked when loaded: a pattern without a sequence, an unknown part, a deadline that is no number" {
	mkdir bad
	{ cat "$RULES/pengaturan.csv"; echo "nomor_surat_pola,B/800/{tahun},"; } > bad/pengaturan.csv
	run --separate-stderr netral rules check -q bad
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"pengaturan.csv:5: nilai: 'B/800/{tahun}' has no {urut}: every letter would get the same number"* ]]
	{ cat "$RULES/pengaturan.csv"; echo "nomor_surat_pola,B/{urut}/{bln}/{tahun},"; } > bad/pengaturan.csv
	run --separate-stderr netral rules check -q bad
	[[ "$stderr" == *"pengaturan.csv:5: nilai: 'B/{urut}/{bln}/{tahun}': unknown part '{bln}' (known: {urut}, {kode}, {bulan}, {tahun})"* ]]
	{ cat "$RULES/pengaturan.csv"; echo "kop_nama,Dinas X,"; } | sed 's/^batas_tindak_lanjut_hari,30,/batas_tindak_lanjut_hari,tiga puluh,/' > bad/pengaturan.csv
	run --separate-stderr netral rules check -q bad
	[[ "$stderr" == *"pengaturan.csv:2: nilai: 'tiga puluh' must be a positive number of days"* ]]
	[[ "$stderr" != *"Dinas X"* ]]
	# the signer's NIP is a NIP: refused when loaded, not when a permit
	# or a cover letter is made with it
	{ cat "$RULES/pengaturan.csv"; echo "ttd_nip,12345,"; } > bad/pengaturan.csv
	run --separate-stderr netral rules check -q bad
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"pengaturan.csv:5: nilai: ttd_nip: '12345' has 5 digits"* ]]
	{ cat "$RULES/pengaturan.csv"; echo "ttd_nip,19680609 199503 1 003,"; } > bad/pengaturan.csv
	run netral rules check -q bad
	[ "$status" -eq 0 ]
}

@test "an agency's template: a long line written whole, a sentence ending in a colon is no field" {
	agency
	permit --tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	long=$(printf 'kata %.0s' {1..1000})
	printf 'JUDUL\n\n%s{{nama}}.\n\nYang bertanda tangan di bawah ini : \nNama : {{pemberi_nama}}\n' "$long" > t.txt
	run netral izin surat IZ-2024-0001 --template t.txt
	[ "$status" -eq 0 ]
	[[ "$output" == *"${long}Rina Kartika, S.Pd."* ]]
	[[ "$output" == *$'\nYang bertanda tangan di bawah ini : \nNama : Drs. Slamet Riyadi, M.Pd.'* ]]
}

@test "a number given empty or holding a control character, a pattern or a number too long: refused, said, nothing recorded" {
	agency
	permit --tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	before=$(db_state)
	run --separate-stderr netral izin surat IZ-2024-0001 --nomor-surat ""
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: --nomor-surat: '' is not a letter number (1 to 128 bytes)" ]
	run --separate-stderr netral izin surat IZ-2024-0001 --nomor-surat $'B/1\033[2J'
	[ "$status" -eq 3 ]
	[[ "$stderr" == "netral: --nomor-surat: "*"U+001B"* ]]
	[ "$(db_state)" = "$before" ]
	# a classification code that makes the number longer than a letter's
	sed -i "s/^nomor_surat_kode,.*/nomor_surat_kode,$(printf 'K%.0s' {1..130}),/" aturan/pengaturan.csv
	netral rules load -q aturan > /dev/null
	before=$(db_state)
	run --separate-stderr netral izin surat IZ-2024-0001
	[ "$status" -eq 3 ]
	[ "$stderr" = "netral: nomor_surat_pola: the number of letter 1 is longer than 128 bytes" ]
	[ "$(db_state)" = "$before" ]
	mkdir long
	{ cat "$RULES/pengaturan.csv"; echo "nomor_surat_pola,B/{urut}/$(printf 'x%.0s' {1..70}),"; } > long/pengaturan.csv
	run --separate-stderr netral rules check -q long
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"pengaturan.csv:5: nilai: 'B/{urut}/xxxxxxxxxxx...': longer than 64 bytes"* ]]
}
