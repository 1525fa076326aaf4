#!/bin/sh
# Writes 2,044 cases shaped like KASN's national Pilkada 2020 figures (BKN
# Kanreg III slides): 2,034 ASN reported, 1,596 proven, 1,373 followed up;
# by period 751 / 845 / 0; by age >=51 641, 41-50 562, 31-40 324, <=30 25,
# unknown 44; positions, categories and the top-10 agencies as published.
# Ten PPNPN more, which an ASN summary must leave out.  Imposed sanctions
# for the followed-up cases: no source gives their mix, so it is made up,
# from the catalogue of the rules of the act's day (SKB2020, PP 53/2010
# Pasal 7 and PP 42/2004 Pasal 15), never a PP 94/2021 penalty.  A proven
# act the matrix leaves to the Satgas carries the decision (the tier of its
# recommended sanction; a teguran tertulis, ringan, where sedang was
# decided), so the summary counts it under the decision.
awk 'BEGIN {
	OFS = ","
	print "no_laporan,nama,nip,jenis_pegawai,kategori_jabatan,instansi,tanggal_lahir,tanggal_kejadian,pemilihan,bentuk,status,sanksi,rekomendasi_tanggal,rekomendasi_dari,rekomendasi_sanksi,sk_nomor,sk_tanggal,putusan_jenis,putusan_nomor,putusan_tanggal"
	split("57 56 40 38 36 34 33 33 33 31", top, " ")
	split("Kabupaten Purbalingga|Kabupaten Kepulauan Siau Tagulandang Biaro|Kabupaten Sumba Timur|Kabupaten Wakatobi|Kabupaten Mamuju|Kabupaten Halmahera Timur|Kabupaten Halmahera Selatan|Kementerian Agama|Kabupaten Konawe Utara|Kabupaten Kaimana", topname, "|")
	for (i = 0; i < 2044; i++) {
		proven = i < 1596
		jp = i >= 2034 ? "PPNPN" : (i % 9 == 0 ? "PPPK" : "PNS")
		# status: 1,373 followed up, 223 only proven, the rest not proven
		if (i < 1000) status = "disanksi"
		else if (i < 1373) status = "selesai"
		else if (i < 1596) status = "terbukti"
		else status = (i % 3 == 0 ? "dilaporkan" : i % 3 == 1 ? "verifikasi" : "tidak_terbukti")
		# period: the campaign ran 2020-09-26 .. 2020-12-05
		if (proven) day = i < 751 ? "2020-08-15" : "2020-10-15"
		else day = "2020-12-07"
		# age, through a permutation so the tables do not line up
		j = (i * 5) % 1596
		birth = ""; nip = ""
		if (!proven || jp == "PPNPN") birth = "1980-01-01"
		else if (j < 641) { if (i % 2) birth = "1960-01-01"; else nip = "19600101 198503 1 " sprintf("%03d", i % 999 + 1) }
		else if (j < 1203) birth = "1975-05-05"
		else if (j < 1527) { if (i % 2) birth = "1985-03-03"; else nip = "19850303 201003 2 " sprintf("%03d", i % 999 + 1) }
		else if (j < 1552) birth = "1995-07-07"
		if (jp == "PPPK" && nip != "") { birth = substr(nip, 1, 4) "-" substr(nip, 5, 2) "-" substr(nip, 7, 2); nip = "" }
		if (jp == "PPNPN") nip = ""
		# positions: fungsional 423, pelaksana 275, JPT 251, administrator 214,
		# pengawas 188, camat 149, unknown 96
		k = (i * 11) % 1596
		kat = k < 423 ? "fungsional" : k < 698 ? "pelaksana" : k < 949 ? "JPT Pratama" : k < 1163 ? "administrator" : k < 1351 ? "pengawas" : k < 1500 ? "camat" : ""
		# categories: medsos-kampanye 485, kegiatan-keberpihakan 358,
		# foto-bersama 201, hadir-deklarasi 174, pendekatan-parpol 89, four others
		# of 69 to 75
		m = (i * 13) % 1596
		b = m < 485 ? "medsos-kampanye" : m < 843 ? "kegiatan-keberpihakan" : m < 1044 ? "foto-bersama" : m < 1218 ? "hadir-deklarasi" : m < 1307 ? "pendekatan-parpol" : m < 1382 ? "apk" : m < 1457 ? "medsos-interaksi" : m < 1527 ? "lainnya" : "ikut-kampanye"
		# agencies: the published top ten, then fifty with 24 or 25 each
		q = (i * 17) % 1596
		inst = ""
		c = 0
		for (t = 1; t <= 10; t++) { if (q < c + top[t]) { inst = topname[t]; break } ; c += top[t] }
		if (inst == "") inst = sprintf("Kabupaten Lain %02d", (q - 391) % 50 + 1)
		if (!proven) inst = "Kabupaten Lain 01"
		# imposed sanctions (no published mix): moral tertutup 130,
		# terbuka 533, ringan 32, sedang 661, berat 17, each from PP
		# 53/2010 Pasal 7 for a PNS (sedang: penundaan kenaikan gaji
		# berkala); the catalogue has no sedang penalty for a PPPK, who
		# gets a teguran tertulis there
		n = (i * 19) % 1373
		sk = ""
		if (i < 1373) sk = n < 130 ? "moral-tertutup" : n < 663 ? "moral-terbuka" : n < 695 ? "teguran-tertulis" : n < 1356 ? (jp == "PNS" ? "tunda-kgb-1thn" : "teguran-tertulis") : "berhenti-dengan-hormat"
		# what a proven case records: the recommendation, and for those
		# sanctioned the SK (status.csv, wajib)
		rt = ""; rd = ""; rs = ""; skn = ""; skt = ""
		if (proven) { rt = "2020-12-20"; rd = "KASN"; rs = sk != "" ? sk : "moral-terbuka" }
		if (sk != "") { skn = "800/" i "/2021"; skt = "2021-01-15" }
		# SKB2020 gives a tier of its own only to partisan activity, and to
		# taking part in a campaign after the designation (PP 53/2010)
		pj = ""; pn = ""; pt = ""
		satgas = b != "kegiatan-keberpihakan" && !(b == "ikut-kampanye" && day == "2020-10-15")
		if (proven && satgas) {
			pj = rs ~ /^moral-/ ? "kode_etik" : rs == "berhenti-dengan-hormat" ? "disiplin_berat" : "disiplin_sedang"
			pn = "SATGAS/" i "/2020"; pt = "2020-12-15"
		}
		print "K2020/" i, "Pegawai " i, nip, jp, kat, inst, birth, day, "PILKADA2020", b, status, sk, rt, rd, rs, skn, skt, pj, pn, pt
	}
}'
