#!/usr/bin/env bats
# Every page netral writes can be read by everyone: axe-core, run in
# headless Chromium, finds nothing against WCAG 2.1 A and AA and its best
# practices on the summary, the cross table, the compliance page (the
# units' duties and the reports due), the permit's letter, with and
# without a letterhead, and the cover letter of a report sent.  axe-core is a test-only tool from the npm registry,
# pinned in tests/a11y and installed there by scripts/deps.sh.

load helper

AXE="$BATS_TEST_DIRNAME/../a11y/axe.sh"

# The findings on a page; the test is skipped, saying why, only where
# axe-core could not be installed.
axe() {
	run sh "$AXE" "$1"
	[ "$status" -ne 2 ] || skip "axe-core or Chromium missing: scripts/deps.sh installs them (the npm registry must be reachable)"
	[ "$status" -eq 0 ]
	echo "$output"
	[ -z "$output" ]
}

@test "the summary page: the funnel's figures have a name, every part is in a landmark" {
	sh "$DATA/kasn2020.sh" > kasn.csv
	netral import -q kasn.csv
	netral export --format html --output rekap.html
	axe rekap.html
	# the funnel's accessible name holds its three figures
	grep -q '<svg role="img" aria-labelledby="corong-judul"' rekap.html
	grep -Eq '<title id="corong-judul">[^<]*2,034[^<]*1,596[^<]*1,373' rekap.html
}

@test "the cross table: its headings are tied to their cells" {
	sh "$DATA/kasn2020.sh" > kasn.csv
	netral import -q kasn.csv
	netral export --format html --by jenis,periode --output silang.html
	axe silang.html
	grep -q '<th scope="col"' silang.html
}

@test "the compliance page and the permit's letter" {
	netral unit import -q "$BATS_TEST_DIRNAME/../../data/examples/unit.csv"
	netral kegiatan import -q "$BATS_TEST_DIRNAME/../../data/examples/kegiatan.csv"
	netral kepatuhan --pemilihan PILKADA2024 --format html --output kepatuhan.html || true
	axe kepatuhan.html
	netral izin add --nama A --nip 198504122010012015 --peran KPPS --sk-penunjukan 1 \
		--pemberi-nama B --pemberi-nip 196801011990031007 --pemberi-jabatan K \
		--tanggal 2024-10-01 > /dev/null
	netral izin surat IZ-2024-0001 --format html --output surat.html
	axe surat.html
}

@test "the permit's letter under the agency's letterhead and logo, numbered by its pattern" {
	mkdir aturan
	{ cat "$RULES/pengaturan.csv"
	  echo "kop_instansi,PEMERINTAH KABUPATEN BATANG,"
	  echo "kop_nama,DINAS PENDIDIKAN DAN KEBUDAYAAN,"
	  echo "kop_alamat,\"Jalan Ahmad Yani Nomor 1, Batang 51215\","
	  echo "kop_logo,logo.png,"
	  echo "nomor_surat_pola,B/{urut}/800.1.6.2/{bulan}/{tahun},"; } > aturan/pengaturan.csv
	netral rules load -q aturan > /dev/null
	cp "$DATA/logo.png" .
	netral izin add --nama A --nip 198504122010012015 --peran PPS --sk-penunjukan 1 \
		--pemberi-nama B --pemberi-nip 196801011990031007 --pemberi-jabatan K \
		--tanggal 2023-10-02 --pemilihan PEMILU2024-PILEG > /dev/null
	netral izin surat IZ-2023-0001 --format html --output surat.html
	grep -q '<header class="kop">' surat.html
	grep -q '<img class="logo" alt="Logo" src="data:image/png;base64,' surat.html
	grep -q 'B/1/800.1.6.2/X/2023' surat.html
	axe surat.html
}

@test "the summary prints from its first page: no forced break leaves it blank" {
	sh "$DATA/kasn2020.sh" > kasn.csv
	netral import -q kasn.csv
	netral export --format html --output rekap.html
	! grep -q 'break-after:page' rekap.html
}

@test "the cover letter of a report sent, and the compliance page with the reports due" {
	printf 'ringkasan\n' > rekap.csv
	netral pelaporan add --nomor B/123/800.1.6.2/XI/2024 --tanggal 2024-11-20 --jenis rekap \
		--kepada dirjen-otda --pemilihan PILKADA2024 --perihal "Laporan netralitas ASN" rekap.csv > /dev/null
	netral pelaporan surat B/123/800.1.6.2/XI/2024 --format html --output pengantar.html
	grep -q 'rekap.csv' pengantar.html
	axe pengantar.html
	netral kepatuhan --pemilihan PILKADA2024 --per 2025-01-02 --format html --output kepatuhan.html || true
	grep -qi 'dirjen\|otda' kepatuhan.html
	axe kepatuhan.html
}
