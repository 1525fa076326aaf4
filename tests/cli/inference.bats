#!/usr/bin/env bats
# The contest of an act inferred from its day, where contests vote on the
# same day: they must give the same row of the matrix, not only the same
# tier.

load helper

@test "two contests voting the same day that give the same tier by different rows leave the act unclassified" {
	# an agency's matrix in which apk is a breach of the code of ethics at
	# either stage, under two rows
	cp -r "$RULES" r
	sed -i 's/^SKB2022,2022-09-22,apk,calon,calon,\*,\*,DS-1,disiplin_berat,/SKB2022,2022-09-22,apk,calon,calon,*,*,KE-9,kode_etik,/' r/matriks.csv
	grep -q '^SKB2022,2022-09-22,apk,calon,calon,\*,\*,KE-9,kode_etik,' r/matriks.csv
	netral init > /dev/null
	netral rules load r > /dev/null
	# 5 November 2023: the legislative candidates are designated, the
	# presidential ones not yet; both vote on 14 February 2024
	netral classify --bentuk apk --tanggal 2023-11-05 --format json > c.json
	[ "$(json_get c.json '$.jenis')" = belum_diklasifikasi ]
	# no legal basis for an act not classified: neither row is its
	[ -z "$(json_get c.json '$.dasar_hukum')" ]
	[ -z "$(json_get c.json '$.matriks')" ]
	[[ "$(json_get c.json '$.alasan')" == "2023-11-05 gives calon (KE-9) for PEMILU2024-PILEG but bakal_calon (KE-1) for PEMILU2024-PILPRES, which vote on the same day: record the contest (--pemilihan)" ]]
	# where both give the same row, the contest is inferred
	netral classify --bentuk dukungan-ktp --tanggal 2023-11-05 --format json > d.json
	[ "$(json_get d.json '$.kode')" = DS-10 ]
}
