#!/usr/bin/env bats
# The report people look at: export --format html, one self-contained page,
# checked in a real browser (headless Chromium) on the Pilkada 2020 fixture.

load helper

browser() {
	chromium --headless --no-sandbox --disable-gpu --user-data-dir="$BATS_TEST_TMPDIR/chrome" "$@" 2>/dev/null
}

@test "the page holds every figure of BKN's national slide, read back from the browser's DOM" {
	command -v chromium
	sh "$DATA/kasn2020.sh" > kasn.csv
	netral import -q kasn.csv
	run netral export --format html --output rekap.html
	[ "$status" -eq 0 ]
	browser --dump-dom "file://$PWD/rekap.html" > dom.html
	# the funnel: 2,034 reported, 1,596 proven (78.5%), 1,373 followed up (86.0%)
	grep -q '<tspan class="n">2,034</tspan>' dom.html
	grep -q '<tspan class="n">1,596</tspan> <tspan class="p">78.5%</tspan>' dom.html
	grep -q '<tspan class="n">1,373</tspan> <tspan class="p">86.0%</tspan>' dom.html
	# periods, ages, positions, categories, the top-10 agencies
	while IFS='|' read -r k n p; do
		grep -q "<td class=\"k\">$k</td>.*<td class=\"n\">$n</td><td class=\"p\">$p</td>" dom.html ||
			{ echo "missing: $k $n $p"; false; }
	done <<'ROWS'
Before the campaign|751|47.1%
During the campaign|845|52.9%
51 years and over|641|40.2%
41 to 50 years|562|35.2%
Functional|423|26.5%
Campaigning on social media|485|30.4%
Kabupaten Purbalingga|57|3.6%
Kabupaten Kaimana|31|1.9%
ROWS
	[ "$(grep -c '<td class="k">' dom.html)" -gt 30 ]
}

@test "the page is well formed, fetches nothing, names nobody, and its screenshot is not blank" {
	command -v chromium xmllint
	sh "$DATA/kasn2020.sh" > kasn.csv
	netral import -q kasn.csv
	add_case --nama "Rahasia Pribadi" --nip "19680609 199503 1 003" --kontak-pelapor 0812-999 > /dev/null 2>&1
	netral export --format html --output rekap.html
	xmllint --html --noout rekap.html
	# strictly: every element closed, every entity escaped (the page is
	# also well-formed XML); the HTML parser above only warns
	xmllint --noout rekap.html
	! grep -Eiq 'https?:|<script|src=|href=|@import|url\(' rekap.html
	! grep -q 'Rahasia' rekap.html
	! grep -q '196806' rekap.html
	! grep -q '0812-999' rekap.html
	grep -q '@page{size:A4' rekap.html
	grep -Eq '<code>[0-9a-f]{64}</code>' rekap.html
	browser --window-size=900,1400 --screenshot="$PWD/page.png" "file://$PWD/rekap.html"
	echo '<!DOCTYPE html><html><body></body></html>' > blank.html
	browser --window-size=900,1400 --screenshot="$PWD/blank.png" "file://$PWD/blank.html"
	[ "$(stat -c %s page.png)" -gt $((3 * $(stat -c %s blank.png))) ]
}

@test "the page speaks the messages' language; --output-dir writes it beside the CSV" {
	sh "$DATA/kasn2020.sh" > kasn.csv
	netral import -q kasn.csv
	LANGUAGE=id netral export --format html --output id.html
	grep -q '<html lang="id">' id.html
	grep -q '<tspan class="n">1.596</tspan> <tspan class="p">78,5%</tspan>' id.html
	mkdir out
	netral export --format html --output-dir out
	ls out/rekap-*.html
	ls out/rekap-*-ringkasan.csv
}

@test "--by a,b draws one cross table as a grouped bar chart" {
	sh "$DATA/kasn2020.sh" > kasn.csv
	netral import -q kasn.csv
	run netral export --format html --by periode,usia --output cross.html
	[ "$status" -eq 0 ]
	xmllint --html --noout cross.html
	xmllint --noout cross.html
	grep -q '<section class="silang"' cross.html
	# each period a group, each age band a bar, the counts those of the CSV
	netral export --format csv --by periode,usia > cross.csv
	n=$(grep '^sebelum_kampanye,>=51,' cross.csv | cut -d, -f3)
	[ "$n" -gt 0 ]
	grep -q "<td class=\"n\">$n</td>" cross.html
	[ "$(grep -c '<tbody class="kelompok">' cross.html)" -ge 2 ]
}
