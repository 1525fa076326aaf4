#!/usr/bin/env bats
# What people type reaches every page netral writes as text: <, >, &, "
# and ' are written as entities, so a name can neither break the page nor
# add to it.

load helper

@test "a unit's, a permit holder's and an agency's names are text on every page" {
	name="Dinas <P> & 'O' \"X\""
	netral unit add "$name" --asn 1 > /dev/null
	netral kepatuhan --pemilihan PILKADA2024 --per 2024-07-10 --format html --output k.html || true
	xmllint --noout k.html
	grep -qF "<td>Dinas &lt;P&gt; &amp; &#39;O&#39; &quot;X&quot;</td>" k.html
	netral izin add --nama "R <b>'s \"x\" & y" --nip "19850412 201001 2 015" --jabatan Staf --peran KPPS \
		--sk-penunjukan 1 --pemberi-nama B --pemberi-nip "19680101 199003 1 007" --pemberi-jabatan Kepala \
		--tanggal 2024-10-01 --pemilihan PILKADA2024 > /dev/null
	netral izin surat IZ-2024-0001 --format html --output i.html
	xmllint --noout i.html
	grep -qF "R &lt;b&gt;&#39;s &quot;x&quot; &amp; y" i.html
	! grep -qF "<b>'s" i.html
	add_case --instansi "Kab <X> 'Y'" $PROVEN --status terbukti > /dev/null
	netral export --format html --instansi "Kab <X> 'Y'" --output r.html
	xmllint --noout r.html
	grep -qF "Kab &lt;X&gt; &#39;Y&#39;" r.html
}

@test "a control character typed into a filter does not reach the page" {
	add_case $PROVEN --status terbukti > /dev/null
	netral export --format html --instansi $'Kab\177Z\033[31m' --output d.html
	xmllint --noout d.html
	grep -qF "KabZ[31m" d.html
	! grep -q $'\177' d.html
	! grep -q $'\033' d.html
}

@test "DEL and ESC typed into a command line reach the terminal as '?'" {
	run --separate-stderr netral $'ad\177d'
	[ "$status" -eq 2 ]
	[[ "$stderr" == "netral: 'ad?d' is not a command"* ]]
	run --separate-stderr netral show $'2024-0001\177\033[2J'
	[ "$status" -eq 2 ]
	[[ "$stderr" == "netral show: '2024-0001??[2J' is not a case number (like 2024-0007)"* ]]
	[[ "$stderr" != *$'\177'* ]]
}
