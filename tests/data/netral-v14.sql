-- A database written by netral with schema version 14, whose keys were
-- folded by the table of Latin letters: two units whose names now fold
-- alike (Straße, Strasse), a unit and a PPNPN signatory in letters that
-- table left alone or folded to one s (ΣΑΣ, Weiß), an origin (Großstadt),
-- for the upgrade that folds them again.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
	kunci TEXT PRIMARY KEY,
	nilai TEXT NOT NULL
) STRICT;
INSERT INTO meta VALUES('aturan_hash','fc1b5f429cc9ca36f1967e8152c7d34aead5b602ff57dd1066c1f47c4fc2f60c');
INSERT INTO meta VALUES('aturan_sumber','bawaan');
INSERT INTO meta VALUES('aturan_peristiwa','1');
CREATE TABLE kosakata (
	daftar TEXT NOT NULL,
	kode TEXT NOT NULL,
	ejaan TEXT NOT NULL,
	sifat TEXT NOT NULL,
	uraian TEXT NOT NULL,
	baris INTEGER NOT NULL,
	PRIMARY KEY (daftar, kode)
) STRICT;
INSERT INTO kosakata VALUES('jenis_pegawai','PNS','CPNS|Pegawai Negeri Sipil','asn nip_pns cltn','Pegawai negeri sipil, calon PNS termasuk (UU 20/2023 tentang ASN); cltn: cuti di luar tanggungan negara adalah cuti PNS (PP 11/2017), PPPK dan PPNPN tidak memilikinya',2);
INSERT INTO kosakata VALUES('jenis_pegawai','PPPK','P3K|Pegawai Pemerintah dengan Perjanjian Kerja','asn ni_pppk spk','Pegawai pemerintah dengan perjanjian kerja (UU 20/2023 tentang ASN)',3);
INSERT INTO kosakata VALUES('jenis_pegawai','PPNPN','Honorer|Tenaga Honorer|Non ASN|Tenaga Kontrak|TKD|Tenaga Kerja Daerah|THL|Tenaga Harian Lepas','spk','Pegawai pemerintah non-PNS (honorer, kontrak): bukan ASN; sanksi menurut SPK',4);
INSERT INTO kosakata VALUES('rekomendasi_dari','KASN','','sampai=2024-08-31','Komisi Aparatur Sipil Negara: fungsinya beralih ke BKN pada Agustus 2024; rekomendasi bertanggal sesudahnya diperingatkan',5);
INSERT INTO kosakata VALUES('rekomendasi_dari','BKN','','','Badan Kepegawaian Negara (sejak KASN dibubarkan)',6);
INSERT INTO kosakata VALUES('rekomendasi_dari','Bawaslu','','','Badan Pengawas Pemilihan Umum',7);
INSERT INTO kosakata VALUES('rekomendasi_dari','internal','','','Pemeriksaan oleh instansi sendiri',8);
INSERT INTO kosakata VALUES('kelompok_jabatan','jpt','','','Jabatan pimpinan tinggi',9);
INSERT INTO kosakata VALUES('kelompok_jabatan','administrator','','','Jabatan administrator',10);
INSERT INTO kosakata VALUES('kelompok_jabatan','pengawas','','','Jabatan pengawas',11);
INSERT INTO kosakata VALUES('kelompok_jabatan','fungsional','','','Jabatan fungsional',12);
INSERT INTO kosakata VALUES('kelompok_jabatan','pelaksana','','','Jabatan pelaksana',13);
INSERT INTO kosakata VALUES('kelompok_jabatan','kepala_wilayah','','','Camat, lurah, kepala desa',14);
INSERT INTO kosakata VALUES('jenis','kode_etik','','matriks sanksi putusan','Pelanggaran kode etik (PP 42/2004)',15);
INSERT INTO kosakata VALUES('jenis','disiplin_ringan','','sanksi','Hukuman disiplin ringan (PP 94/2021)',16);
INSERT INTO kosakata VALUES('jenis','disiplin_sedang','','matriks sanksi putusan','Hukuman disiplin sedang (PP 94/2021)',17);
INSERT INTO kosakata VALUES('jenis','disiplin_berat','','matriks sanksi putusan','Hukuman disiplin berat (PP 94/2021)',18);
INSERT INTO kosakata VALUES('jenis','ptdh','','matriks sanksi putusan','Pemberhentian tidak dengan hormat',19);
INSERT INTO kosakata VALUES('jenis','satgas','','matriks putusan_satgas','Diputuskan Satgas: matriks tidak menentukan',20);
INSERT INTO kosakata VALUES('jenis','tidak_melanggar','','matriks putusan','Tidak melanggar netralitas',21);
INSERT INTO kosakata VALUES('jenis','putus_kontrak','','sanksi pegawai','Perjanjian kerja diputus: bagi PPNPN, pelanggaran yang bagi ASN berujung PTDH (tingkat.csv)',22);
INSERT INTO kosakata VALUES('sasaran','calon','','','Yang diuntungkan perbuatan: bakal calon atau calon (pasangan calon, calon anggota legislatif, calon presiden); tahap dari penetapan calon. Bawaan bila kosong.',23);
INSERT INTO kosakata VALUES('sasaran','partai','parpol|partai politik','','Partai politik: peserta pemilu sejak penetapan_partai (BKN Kanreg III, Netralitas ASN, tabel disiplin baris 7, 9 dan 11: partai politik yang menjadi peserta pemilu)',24);
INSERT INTO kosakata VALUES('kolom_impor','no_laporan','No. Laporan|Nomor Laporan|No LP|Nomor LP','','Judul kolom impor lain untuk no_laporan: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',25);
INSERT INTO kosakata VALUES('kolom_impor','nama','Nama Pegawai|Nama ASN|Nama Terlapor','','Judul kolom impor lain untuk nama: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',26);
INSERT INTO kosakata VALUES('kolom_impor','nip','NIP Baru|NIP 18 Digit','','Judul kolom impor lain untuk nip: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',27);
INSERT INTO kosakata VALUES('kolom_impor','jenis_pegawai','Status Pegawai|Status Kepegawaian|Jenis ASN','','Judul kolom impor lain untuk jenis_pegawai: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',28);
INSERT INTO kosakata VALUES('kolom_impor','kategori_jabatan','Jenis Jabatan|Kategori','','Judul kolom impor lain untuk kategori_jabatan: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',29);
INSERT INTO kosakata VALUES('kolom_impor','jabatan','Nama Jabatan','','Judul kolom impor lain untuk jabatan: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',30);
INSERT INTO kosakata VALUES('kolom_impor','unit_kerja','Satuan Kerja|Satker|OPD|Perangkat Daerah','','Judul kolom impor lain untuk unit_kerja: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',31);
INSERT INTO kosakata VALUES('kolom_impor','tanggal_lahir','Tgl Lahir','','Judul kolom impor lain untuk tanggal_lahir: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',32);
INSERT INTO kosakata VALUES('kolom_impor','tanggal_kejadian','Tgl Kejadian|Waktu Kejadian|Tanggal Pelanggaran|Tgl Pelanggaran','','Judul kolom impor lain untuk tanggal_kejadian: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',33);
INSERT INTO kosakata VALUES('kolom_impor','tanggal_laporan','Tgl Laporan|Tgl Lapor|Tanggal Lapor','','Judul kolom impor lain untuk tanggal_laporan: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',34);
INSERT INTO kosakata VALUES('kolom_impor','bentuk','Bentuk Pelanggaran|Jenis Pelanggaran','','Judul kolom impor lain untuk bentuk: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',35);
INSERT INTO kosakata VALUES('kolom_impor','uraian','Kronologi|Uraian Pelanggaran','','Judul kolom impor lain untuk uraian: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',36);
INSERT INTO kosakata VALUES('kolom_impor','sumber','Sumber Laporan','','Judul kolom impor lain untuk sumber: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',37);
INSERT INTO kosakata VALUES('indikasi','kewenangan','penyalahgunaan kewenangan','','Penyalahgunaan kewenangan (SE Sekda Batang B/158/800.1.6.2/VI/2024 butir D.5)',38);
INSERT INTO kosakata VALUES('indikasi','anggaran','penggunaan anggaran','','Penggunaan anggaran pemerintah atau pemerintah daerah (SE Sekda Batang butir D.5)',39);
INSERT INTO kosakata VALUES('indikasi','fasilitas','penggunaan fasilitas|fasilitas pemerintah','','Penggunaan fasilitas pemerintah atau pemerintah daerah (SE Sekda Batang butir D.5)',40);
INSERT INTO kosakata VALUES('indikasi','mobilisasi-pemilih','mobilisasi|mobilisasi pemilih','','Mobilisasi pemilih oleh pegawai ASN (SE Sekda Batang butir D.5)',41);
INSERT INTO kosakata VALUES('kegiatan','ikrar','ikrar netralitas|ikrar bersama','','Ikrar netralitas diucapkan pada apel pagi di tiap perangkat daerah (SE Sekda Batang D.4.a.3; SE Sekda Kotawaringin Barat butir 3)',42);
INSERT INTO kosakata VALUES('kegiatan','pakta','pakta integritas','per_orang','Penandatanganan pakta integritas netralitas oleh setiap ASN dan PPNPN, dikirim ke BKPSDM (SE Sekda Batang D.4.a.4; SE Sekda Kotawaringin Barat butir 3.f)',43);
INSERT INTO kosakata VALUES('kegiatan','tim-internal','tim internal|satgas|satuan tugas instansi','','Pembentukan tim internal yang mengawasi netralitas pegawai ASN (SE Sekda Batang D.4.b.1; SE Sekda Kotawaringin Barat butir 2.a)',44);
INSERT INTO kosakata VALUES('kegiatan','sosialisasi','','','Sosialisasi peraturan netralitas ASN termasuk PPNPN dan kepala desa (SE Sekda Batang D.4.a.1)',45);
INSERT INTO kosakata VALUES('kegiatan','titik-rawan','titik rawan','','Identifikasi titik rawan pelanggaran netralitas pada setiap tahapan penyelenggaraan Pemilu dan Pemilihan (BKN Kanreg III, Netralitas ASN: pengawasan 2; SE Sekda Batang D.4.b.2)',46);
INSERT INTO kosakata VALUES('peran_izin','PPK','Panitia Pemilihan Kecamatan','','Panitia Pemilihan Kecamatan (PPK)',47);
INSERT INTO kosakata VALUES('peran_izin','PPS','Panitia Pemungutan Suara|Panitia Pemilihan Suara','','Panitia Pemungutan Suara (PPS)',48);
INSERT INTO kosakata VALUES('peran_izin','KPPS','Kelompok Penyelenggara Pemungutan Suara','','Kelompok Penyelenggara Pemungutan Suara (KPPS)',49);
CREATE TABLE undang (
	kunci TEXT NOT NULL,
	berlaku TEXT NOT NULL,
	teks TEXT NOT NULL,
	sumber TEXT NOT NULL,
	PRIMARY KEY (kunci, berlaku)
) STRICT;
INSERT INTO undang VALUES('uu_asn','2014-01-15','UU 5/2014 tentang ASN','UU 5/2014 tentang Aparatur Sipil Negara, diundangkan 15 Januari 2014 (BKN Kanreg III, Netralitas ASN: tabel ketiga, UU 5 TAHUN 2014)');
INSERT INTO undang VALUES('uu_asn','2023-10-31','UU 20/2023 tentang ASN','UU 20/2023 tentang Aparatur Sipil Negara, 31 Oktober 2023 (BKN Kanreg III, Netralitas ASN: regulasi netralitas)');
INSERT INTO undang VALUES('netralitas','2014-01-15','UU 5/2014 tentang ASN (asas netralitas)','UU 5/2014 tentang Aparatur Sipil Negara: asas netralitas; pasalnya tidak dikutip sumber yang ada');
INSERT INTO undang VALUES('netralitas','2023-10-31','UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','BKN Kanreg III, Netralitas ASN: UU 20/2023 Pasal 24 ayat (1) huruf d, Pegawai ASN wajib menjaga netralitas');
INSERT INTO undang VALUES('phk_pppk','2014-01-15','UU 5/2014 tentang ASN','UU 5/2014 tentang Aparatur Sipil Negara; pasalnya tidak dikutip sumber yang ada');
INSERT INTO undang VALUES('phk_pppk','2023-10-31','UU 20/2023 Pasal 52 tentang ASN','UU 20/2023 Pasal 52: pemutusan hubungan perjanjian kerja PPPK');
CREATE TABLE bentuk (
	kode TEXT PRIMARY KEY,
	uraian TEXT NOT NULL,
	pasangan INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO bentuk VALUES('apk','Memasang spanduk, baliho atau alat peraga lain terkait (bakal) calon',0);
INSERT INTO bentuk VALUES('medsos-kampanye','Sosialisasi atau kampanye di media sosial atau daring',0);
INSERT INTO bentuk VALUES('hadir-deklarasi','Menghadiri deklarasi atau kampanye dan memberikan dukungan secara aktif',0);
INSERT INTO bentuk VALUES('medsos-interaksi','Membuat posting, komentar, share, like, atau bergabung/mengikuti grup atau akun pemenangan',0);
INSERT INTO bentuk VALUES('foto-bersama','Memposting foto bersama (bakal) calon atau tim sukses dengan simbol keberpihakan',0);
INSERT INTO bentuk VALUES('ikut-kampanye','Ikut dalam kegiatan kampanye, sosialisasi atau pengenalan (bakal) calon',0);
INSERT INTO bentuk VALUES('kampanye-pasangan','Mengikuti deklarasi atau kampanye suami/istri yang menjadi calon tanpa CLTN',1);
INSERT INTO bentuk VALUES('pendekatan-parpol','Melakukan pendekatan ke partai politik atau masyarakat sebagai bakal calon tanpa CLTN',0);
INSERT INTO bentuk VALUES('anggota-parpol','Menjadi anggota dan/atau pengurus partai politik',0);
INSERT INTO bentuk VALUES('kegiatan-keberpihakan','Mengadakan kegiatan yang mengarah kepada keberpihakan: pertemuan, ajakan, himbauan, seruan, pemberian barang',0);
INSERT INTO bentuk VALUES('tim-pemenangan','Menjadi tim ahli, tim pemenangan atau konsultan bagi calon atau partai politik',0);
INSERT INTO bentuk VALUES('dukungan-ktp','Memberikan surat dukungan atau mengumpulkan fotokopi KTP bagi bakal calon perseorangan',0);
INSERT INTO bentuk VALUES('keputusan-menguntungkan','Membuat keputusan atau tindakan yang menguntungkan atau merugikan partai politik atau calon',0);
INSERT INTO bentuk VALUES('kampanye-atribut','Menjadi peserta kampanye dengan atribut partai atau atribut PNS',0);
INSERT INTO bentuk VALUES('kerahkan-pns','Menjadi peserta kampanye dengan mengerahkan PNS lain',0);
INSERT INTO bentuk VALUES('fasilitas-negara','Menjadi peserta kampanye dengan menggunakan fasilitas negara',0);
INSERT INTO bentuk VALUES('dampingi-pasangan','Mendampingi suami/istri yang menjadi calon saat pendaftaran di KPU/KPUD atau pengenalan kepada masyarakat (SE MenPANRB 18/2023, baris 1)',1);
INSERT INTO bentuk VALUES('foto-pasangan','Foto bersama suami/istri yang menjadi calon tanpa simbol tangan/gerakan keberpihakan (SE MenPANRB 18/2023, baris 3)',1);
INSERT INTO bentuk VALUES('jurkam-pasangan','Menjadi pembicara/narasumber kegiatan partai politik atau juru kampanye bagi suami/istri yang menjadi calon (SE MenPANRB 18/2023, baris 6)',1);
INSERT INTO bentuk VALUES('lainnya','Bentuk lain di luar matriks SKB',0);
CREATE TABLE matriks (
	ruleset TEXT NOT NULL,
	berlaku TEXT NOT NULL,
	bentuk TEXT NOT NULL REFERENCES bentuk (kode),
	tahap TEXT NOT NULL,
	cltn TEXT NOT NULL,
	pasangan_calon TEXT NOT NULL,
	kode TEXT NOT NULL,
	jenis TEXT NOT NULL,
	dasar_hukum TEXT NOT NULL,
	catatan TEXT NOT NULL,
	baris INTEGER NOT NULL,
	-- its row in the tables of BKN Kantor Regional III ("disiplin 4")
	baris_bkn TEXT NOT NULL DEFAULT '',
	-- whom the act favoured: calon, partai, or * for either
	sasaran TEXT NOT NULL DEFAULT '*',
	PRIMARY KEY (ruleset, bentuk, tahap, sasaran, cltn, pasangan_calon)
) STRICT;
INSERT INTO matriks VALUES('SKB2022','2022-09-22','apk','bakal_calon','*','*','KE-1','kode_etik','PP 42/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas}','',2,'kode etik 1','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','apk','calon','*','*','DS-1','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',3,'disiplin 1','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','apk','*','*','*','','satgas','SKB 2022','tidak ada baris matriks BKN Kanreg III yang menyebut partai politik untuk perbuatan ini (yang menyebutnya: kode etik 5b, 5c dan 7; disiplin 6b, 6c, 7, 8, 9 dan 11; tabel ketiga 1): dibahas dan diputus Satgas',4,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-kampanye','bakal_calon','*','*','KE-2','kode_etik','PP 42/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas}','',5,'kode etik 2','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-kampanye','calon','*','*','DS-2','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',6,'disiplin 2','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-kampanye','*','*','*','','satgas','SKB 2022','tidak ada baris matriks BKN Kanreg III yang menyebut partai politik untuk perbuatan ini (yang menyebutnya: kode etik 5b, 5c dan 7; disiplin 6b, 6c, 7, 8, 9 dan 11; tabel ketiga 1): dibahas dan diputus Satgas',7,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','hadir-deklarasi','bakal_calon','*','*','KE-3','kode_etik','PP 42/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas}','',8,'kode etik 3','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','hadir-deklarasi','calon','*','*','DS-4','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',9,'disiplin 4','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','hadir-deklarasi','*','*','*','','satgas','SKB 2022','tidak ada baris matriks BKN Kanreg III yang menyebut partai politik untuk perbuatan ini (yang menyebutnya: kode etik 5b, 5c dan 7; disiplin 6b, 6c, 7, 8, 9 dan 11; tabel ketiga 1): dibahas dan diputus Satgas',10,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-interaksi','bakal_calon','*','*','KE-4','kode_etik','PP 42/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas}','',11,'kode etik 4','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-interaksi','calon','*','*','DS-5','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',12,'disiplin 5','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-interaksi','*','*','*','','satgas','SKB 2022','tidak ada baris matriks BKN Kanreg III yang menyebut partai politik untuk perbuatan ini (yang menyebutnya: kode etik 5b, 5c dan 7; disiplin 6b, 6c, 7, 8, 9 dan 11; tabel ketiga 1): dibahas dan diputus Satgas',13,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-bersama','bakal_calon','*','*','KE-5','kode_etik','PP 42/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas}','',14,'kode etik 5','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-bersama','calon','*','*','DS-6','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',15,'disiplin 6','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','ikut-kampanye','bakal_calon','*','*','KE-7','kode_etik','PP 42/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas}','',16,'kode etik 7','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','ikut-kampanye','calon','*','*','','satgas','SKB 2022','BKN Kanreg III memuat ikut kampanye hanya pada tabel kode etik (baris 7, bakal calon atau partai politik); tidak ada baris disiplin untuknya: dibahas dan diputus Satgas',17,'lain 2','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','bakal_calon','tidak','*','KE-6','kode_etik','PP 42/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas}','',18,'kode etik 6','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','bakal_calon','ya','*','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 (BKN Kanreg III, baris 2): dengan CLTN diperkenankan menghadiri kegiatan kampanye suami/istri, tetapi tidak boleh terlibat secara aktif dalam pelaksanaannya',19,'SE 18/2023 2','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','calon','tidak','*','KE-6','kode_etik','PP 42/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas}','',20,'kode etik 6','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','calon','ya','*','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 (BKN Kanreg III, baris 2): dengan CLTN diperkenankan menghadiri kegiatan kampanye suami/istri, tetapi tidak boleh terlibat secara aktif dalam pelaksanaannya',21,'SE 18/2023 2','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','*','*','*','','satgas','SKB 2022','tidak ada baris matriks BKN Kanreg III yang menyebut partai politik untuk perbuatan ini (yang menyebutnya: kode etik 5b, 5c dan 7; disiplin 6b, 6c, 7, 8, 9 dan 11; tabel ketiga 1): dibahas dan diputus Satgas',22,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','bakal_calon','tidak','*','DS-3','disiplin_sedang','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin sedang; {netralitas}','',23,'disiplin 3','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','bakal_calon','ya','*','','tidak_melanggar','SKB 2022','BKN Kanreg III, disiplin 3: pendekatan ke partai politik atau masyarakat sebagai bakal calon melanggar hanya tanpa CLTN',24,'disiplin 3','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','calon','tidak','*','DS-3','disiplin_sedang','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin sedang; {netralitas}','',25,'disiplin 3','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','calon','ya','*','','tidak_melanggar','SKB 2022','BKN Kanreg III, disiplin 3: pendekatan ke partai politik atau masyarakat sebagai bakal calon melanggar hanya tanpa CLTN',26,'disiplin 3','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','*','*','*','','satgas','SKB 2022','tidak ada baris matriks BKN Kanreg III yang menyebut partai politik untuk perbuatan ini (yang menyebutnya: kode etik 5b, 5c dan 7; disiplin 6b, 6c, 7, 8, 9 dan 11; tabel ketiga 1): dibahas dan diputus Satgas',27,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','anggota-parpol','kapan_saja','*','*','PTDH-1','ptdh','PP 37/2004 (larangan PNS menjadi anggota partai politik); PP 11/2017 jo. PP 17/2020 tentang Manajemen PNS; {uu_asn}: pemberhentian tidak dengan hormat','anggota atau pengurus partai politik diberhentikan tidak dengan hormat kapan pun, ada pemilu/pemilihan yang berjalan atau tidak',28,'lain 1','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kegiatan-keberpihakan','bakal_calon','*','*','','satgas','SKB 2022','BKN Kanreg III, disiplin 7: kegiatan keberpihakan terhadap partai politik atau calon yang menjadi peserta; sebelum penetapan belum ada peserta: dibahas dan diputus Satgas',29,'lain 2','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kegiatan-keberpihakan','calon','*','*','DS-7','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',30,'disiplin 7','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','tim-pemenangan','bakal_calon','*','*','DS-8','disiplin_sedang','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin sedang; {netralitas}','',31,'disiplin 8','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','tim-pemenangan','calon','*','*','DS-9','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',32,'disiplin 9','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dukungan-ktp','bakal_calon','*','*','DS-10','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',33,'disiplin 10','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dukungan-ktp','calon','*','*','DS-10','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',34,'disiplin 10','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dukungan-ktp','*','*','*','','satgas','SKB 2022','tidak ada baris matriks BKN Kanreg III yang menyebut partai politik untuk perbuatan ini (yang menyebutnya: kode etik 5b, 5c dan 7; disiplin 6b, 6c, 7, 8, 9 dan 11; tabel ketiga 1): dibahas dan diputus Satgas',35,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','keputusan-menguntungkan','bakal_calon','*','*','','satgas','SKB 2022','BKN Kanreg III, disiplin 11: keputusan yang menguntungkan partai politik atau calon; sebelum penetapan belum ada calon: dibahas dan diputus Satgas',36,'lain 2','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','keputusan-menguntungkan','calon','*','*','DS-11','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',37,'disiplin 11','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-atribut','bakal_calon','*','*','KE-7','kode_etik','PP 42/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas}','',38,'kode etik 7','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-atribut','calon','*','*','','disiplin_sedang','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin sedang; {netralitas}','',39,'PerBKN 6/2022','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-atribut','calon','*','*','','satgas','SKB 2022','BKN Kanreg III, PerBKN 6/2022: tingkat hukuman disiplin itu untuk dukungan kepada calon; tidak ada baris untuk dukungan kepada partai politik: dibahas dan diputus Satgas',40,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kerahkan-pns','bakal_calon','*','*','KE-7','kode_etik','PP 42/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas}','',41,'kode etik 7','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kerahkan-pns','calon','*','*','','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',42,'PerBKN 6/2022','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kerahkan-pns','calon','*','*','','satgas','SKB 2022','BKN Kanreg III, PerBKN 6/2022: tingkat hukuman disiplin itu untuk dukungan kepada calon; tidak ada baris untuk dukungan kepada partai politik: dibahas dan diputus Satgas',43,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','fasilitas-negara','bakal_calon','*','*','KE-7','kode_etik','PP 42/2004 Pasal 15 (kode etik PNS; sanksi moral); {netralitas}','',44,'kode etik 7','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','fasilitas-negara','calon','*','*','','disiplin_berat','PP 94/2021 (disiplin PNS) dan PerBKN 6/2022, hukuman disiplin berat; {netralitas}','',45,'PerBKN 6/2022','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','fasilitas-negara','calon','*','*','','satgas','SKB 2022','BKN Kanreg III, PerBKN 6/2022: tingkat hukuman disiplin itu untuk dukungan kepada calon; tidak ada baris untuk dukungan kepada partai politik: dibahas dan diputus Satgas',46,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','bakal_calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 (BKN Kanreg III, baris 1): diperkenankan dengan CLTN',47,'SE 18/2023 1','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','bakal_calon','tidak','ya','','satgas','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 1 memperkenankannya hanya dengan CLTN; kode etik 6 hanya mengatur mengikuti deklarasi atau kampanye suami/istri calon: tanpa CLTN dibahas dan diputus Satgas',48,'SE 18/2023 1','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','bakal_calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',49,'','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 (BKN Kanreg III, baris 1): diperkenankan dengan CLTN',50,'SE 18/2023 1','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','calon','tidak','ya','','satgas','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 1 memperkenankannya hanya dengan CLTN; kode etik 6 hanya mengatur mengikuti deklarasi atau kampanye suami/istri calon: tanpa CLTN dibahas dan diputus Satgas',51,'SE 18/2023 1','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',52,'','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','*','*','*','','satgas','SKB 2022','tidak ada baris matriks BKN Kanreg III yang menyebut partai politik untuk perbuatan ini (yang menyebutnya: kode etik 5b, 5c dan 7; disiplin 6b, 6c, 7, 8, 9 dan 11; tabel ketiga 1): dibahas dan diputus Satgas',53,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','bakal_calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 (BKN Kanreg III, baris 3): diperkenankan dengan CLTN',54,'SE 18/2023 3','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','bakal_calon','tidak','ya','','satgas','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 3 memperkenankannya hanya dengan CLTN; kode etik 6 hanya mengatur mengikuti deklarasi atau kampanye suami/istri calon: tanpa CLTN dibahas dan diputus Satgas',55,'SE 18/2023 3','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','bakal_calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',56,'','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 (BKN Kanreg III, baris 3): diperkenankan dengan CLTN',57,'SE 18/2023 3','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','calon','tidak','ya','','satgas','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 3 memperkenankannya hanya dengan CLTN; kode etik 6 hanya mengatur mengikuti deklarasi atau kampanye suami/istri calon: tanpa CLTN dibahas dan diputus Satgas',58,'SE 18/2023 3','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',59,'','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','*','*','*','','satgas','SKB 2022','tidak ada baris matriks BKN Kanreg III yang menyebut partai politik untuk perbuatan ini (yang menyebutnya: kode etik 5b, 5c dan 7; disiplin 6b, 6c, 7, 8, 9 dan 11; tabel ketiga 1): dibahas dan diputus Satgas',60,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','jurkam-pasangan','bakal_calon','*','*','','satgas','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 6 melarangnya apa pun CLTN-nya; tingkatnya tidak ditetapkan matriks: dibahas dan diputus Satgas',61,'SE 18/2023 6','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','jurkam-pasangan','calon','*','*','','satgas','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 6 melarangnya apa pun CLTN-nya; tingkatnya tidak ditetapkan matriks: dibahas dan diputus Satgas',62,'SE 18/2023 6','calon');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','jurkam-pasangan','*','*','*','','satgas','SKB 2022','tidak ada baris matriks BKN Kanreg III yang menyebut partai politik untuk perbuatan ini (yang menyebutnya: kode etik 5b, 5c dan 7; disiplin 6b, 6c, 7, 8, 9 dan 11; tabel ketiga 1): dibahas dan diputus Satgas',63,'lain 2','partai');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','lainnya','bakal_calon','*','*','','satgas','SKB 2022','di luar matriks; dibahas dan diputus Satgas',64,'lain 2','*');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','lainnya','calon','*','*','','satgas','SKB 2022','di luar matriks; dibahas dan diputus Satgas',65,'lain 2','*');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','apk','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',66,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','apk','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',67,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','apk','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',68,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','medsos-kampanye','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',69,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','medsos-kampanye','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',70,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','medsos-kampanye','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',71,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','hadir-deklarasi','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',72,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','hadir-deklarasi','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',73,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','hadir-deklarasi','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',74,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','medsos-interaksi','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',75,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','medsos-interaksi','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',76,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','medsos-interaksi','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',77,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','foto-bersama','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',78,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','foto-bersama','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',79,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','foto-bersama','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',80,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','ikut-kampanye','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',81,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','ikut-kampanye','calon','*','*','','disiplin_sedang','PP 53/2010 Pasal 4 angka 15 huruf a jo. Pasal 12 angka 9 (terlibat dalam kegiatan kampanye; hukuman disiplin sedang)','',82,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','ikut-kampanye','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',83,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kampanye-pasangan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',84,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kampanye-pasangan','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',85,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kampanye-pasangan','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',86,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','pendekatan-parpol','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',87,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','pendekatan-parpol','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',88,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','pendekatan-parpol','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',89,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','anggota-parpol','kapan_saja','*','*','','ptdh','PP 11/2017 Pasal 255 ayat (4) (PNS anggota atau pengurus partai politik diberhentikan tidak dengan hormat); UU 5/2014 Pasal 87 ayat (4)','anggota atau pengurus partai politik diberhentikan tidak dengan hormat kapan pun, ada pemilu/pemilihan yang berjalan atau tidak',90,'','*');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kegiatan-keberpihakan','*','*','*','','disiplin_sedang','PP 53/2010 Pasal 4 angka 15 huruf d jo. Pasal 12 angka 9 (hukuman disiplin sedang; sebelum, selama dan sesudah masa kampanye)','',91,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kegiatan-keberpihakan','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',92,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','tim-pemenangan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',93,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','tim-pemenangan','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',94,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','tim-pemenangan','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',95,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','dukungan-ktp','*','*','*','','disiplin_sedang','PP 53/2010 Pasal 4 angka 14 jo. Pasal 12 angka 8 (hukuman disiplin sedang)','',96,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','dukungan-ktp','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',97,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','keputusan-menguntungkan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',98,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','keputusan-menguntungkan','calon','*','*','','disiplin_berat','PP 53/2010 Pasal 4 angka 15 huruf c jo. Pasal 13 angka 13 (keputusan yang menguntungkan atau merugikan pasangan calon; hukuman disiplin berat)','',99,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','keputusan-menguntungkan','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',100,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kampanye-atribut','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',101,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kampanye-atribut','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',102,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kampanye-atribut','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',103,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kerahkan-pns','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',104,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kerahkan-pns','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',105,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kerahkan-pns','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',106,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','fasilitas-negara','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',107,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','fasilitas-negara','calon','*','*','','disiplin_berat','PP 53/2010 Pasal 4 angka 15 huruf b jo. Pasal 13 angka 13 (fasilitas terkait jabatan dalam kampanye; hukuman disiplin berat)','',108,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','fasilitas-negara','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',109,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','dampingi-pasangan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',110,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','dampingi-pasangan','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',111,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','dampingi-pasangan','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',112,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','foto-pasangan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',113,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','foto-pasangan','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',114,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','foto-pasangan','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',115,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','jurkam-pasangan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',116,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','jurkam-pasangan','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',117,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','jurkam-pasangan','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',118,'','partai');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','lainnya','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','di luar matriks; dibahas dan diputus Satgas',119,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','lainnya','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','di luar matriks; dibahas dan diputus Satgas',120,'','calon');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','lainnya','*','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','SKB 2020 dan PP 53/2010 mengatur dukungan kepada pasangan calon kepala daerah; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini: dibahas dan diputus Satgas',121,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','apk','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',122,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','apk','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',123,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','medsos-kampanye','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',124,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','medsos-kampanye','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',125,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','hadir-deklarasi','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',126,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','hadir-deklarasi','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',127,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','medsos-interaksi','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',128,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','medsos-interaksi','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',129,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','foto-bersama','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',130,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','foto-bersama','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',131,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','ikut-kampanye','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',132,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','ikut-kampanye','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',133,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kampanye-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',134,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kampanye-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',135,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','pendekatan-parpol','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',136,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','pendekatan-parpol','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',137,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','anggota-parpol','kapan_saja','*','*','','ptdh','PP 37/2004 (larangan PNS menjadi anggota partai politik); PP 11/2017 jo. PP 17/2020 tentang Manajemen PNS; {uu_asn}: pemberhentian tidak dengan hormat','anggota atau pengurus partai politik diberhentikan tidak dengan hormat kapan pun, ada pemilu/pemilihan yang berjalan atau tidak',138,'lain 1','*');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kegiatan-keberpihakan','bakal_calon','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; sebelum penetapan calon belum ada calon dan tidak ada matriks sampai SKB 2022: dibahas dan diputus Satgas',139,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kegiatan-keberpihakan','calon','*','*','','disiplin_berat','PP 94/2021 Pasal 5 huruf n (kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon), hukuman disiplin berat (BKN Kanreg III, PerBKN 6/2022 butir 4); {netralitas}','',140,'PerBKN 6/2022','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kegiatan-keberpihakan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',141,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','tim-pemenangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',142,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','tim-pemenangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',143,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','dukungan-ktp','bakal_calon','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; sebelum penetapan calon belum ada calon dan tidak ada matriks sampai SKB 2022: dibahas dan diputus Satgas',144,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','dukungan-ktp','calon','*','*','','disiplin_berat','PP 94/2021 Pasal 5 huruf n (surat dukungan disertai fotokopi KTP atau Surat Keterangan Tanda Penduduk), hukuman disiplin berat (BKN Kanreg III, PerBKN 6/2022 butir 5); {netralitas}','',145,'PerBKN 6/2022','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','dukungan-ktp','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',146,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','keputusan-menguntungkan','bakal_calon','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; sebelum penetapan calon belum ada calon dan tidak ada matriks sampai SKB 2022: dibahas dan diputus Satgas',147,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','keputusan-menguntungkan','calon','*','*','','disiplin_berat','PP 94/2021 Pasal 5 huruf n (keputusan dan/atau tindakan yang menguntungkan atau merugikan pasangan calon), hukuman disiplin berat (BKN Kanreg III, PerBKN 6/2022 butir 3); {netralitas}','',148,'PerBKN 6/2022','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','keputusan-menguntungkan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',149,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kampanye-atribut','bakal_calon','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; sebelum penetapan calon belum ada calon dan tidak ada matriks sampai SKB 2022: dibahas dan diputus Satgas',150,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kampanye-atribut','calon','*','*','','disiplin_sedang','PP 94/2021 Pasal 5 huruf n (dukungan kepada calon sebagai peserta kampanye dengan atribut partai atau atribut PNS), hukuman disiplin sedang (BKN Kanreg III, PerBKN 6/2022); {netralitas}','',151,'PerBKN 6/2022','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kampanye-atribut','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',152,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kerahkan-pns','bakal_calon','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; sebelum penetapan calon belum ada calon dan tidak ada matriks sampai SKB 2022: dibahas dan diputus Satgas',153,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kerahkan-pns','calon','*','*','','disiplin_berat','PP 94/2021 Pasal 5 huruf n (sebagai peserta kampanye dengan mengerahkan PNS lain), hukuman disiplin berat (BKN Kanreg III, PerBKN 6/2022 butir 1); {netralitas}','',154,'PerBKN 6/2022','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kerahkan-pns','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',155,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','fasilitas-negara','bakal_calon','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; sebelum penetapan calon belum ada calon dan tidak ada matriks sampai SKB 2022: dibahas dan diputus Satgas',156,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','fasilitas-negara','calon','*','*','','disiplin_berat','PP 94/2021 Pasal 5 huruf n (sebagai peserta kampanye dengan menggunakan fasilitas negara), hukuman disiplin berat (BKN Kanreg III, PerBKN 6/2022 butir 2); {netralitas}','',157,'PerBKN 6/2022','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','fasilitas-negara','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',158,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','dampingi-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',159,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','dampingi-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',160,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','foto-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',161,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','foto-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',162,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','jurkam-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',163,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','jurkam-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',164,'','partai');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','lainnya','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022); BKN Kanreg III (PerBKN 6/2022) tidak memberi tingkat untuk perbuatan ini: dibahas dan diputus Satgas',165,'','calon');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','lainnya','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','BKN Kanreg III (PerBKN 6/2022) memberi tingkat untuk dukungan kepada calon; tidak ada ketentuan yang menyebut partai politik untuk perbuatan ini sebelum SKB 2022: dibahas dan diputus Satgas',166,'','partai');
CREATE TABLE sanksi (
	ruleset TEXT NOT NULL,
	berlaku TEXT NOT NULL,
	jenis_pegawai TEXT NOT NULL,
	jenis TEXT NOT NULL,
	kode TEXT NOT NULL,
	uraian TEXT NOT NULL,
	dasar_hukum TEXT NOT NULL,
	baris INTEGER NOT NULL,
	PRIMARY KEY (ruleset, jenis_pegawai, jenis, kode)
) STRICT;
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','kode_etik','moral-tertutup','Sanksi moral berupa pernyataan secara tertutup','PP 42/2004 Pasal 15',2);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','kode_etik','moral-terbuka','Sanksi moral berupa pernyataan secara terbuka','PP 42/2004 Pasal 15',3);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_ringan','teguran-lisan','Teguran lisan','PP 94/2021 Pasal 8 (hukuman disiplin ringan)',4);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_ringan','teguran-tertulis','Teguran tertulis','PP 94/2021 Pasal 8 (hukuman disiplin ringan)',5);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_ringan','tidak-puas-tertulis','Pernyataan tidak puas secara tertulis','PP 94/2021 Pasal 8 (hukuman disiplin ringan)',6);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_sedang','tpp25-6bln','Pemotongan tunjangan kinerja 25% selama 6 bulan','PP 94/2021 Pasal 8 (hukuman disiplin sedang)',7);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_sedang','tpp25-9bln','Pemotongan tunjangan kinerja 25% selama 9 bulan','PP 94/2021 Pasal 8 (hukuman disiplin sedang)',8);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_sedang','tpp25-12bln','Pemotongan tunjangan kinerja 25% selama 12 bulan','PP 94/2021 Pasal 8 (hukuman disiplin sedang)',9);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_berat','turun-jabatan-12bln','Penurunan jabatan setingkat lebih rendah selama 12 bulan','PP 94/2021 Pasal 8 (hukuman disiplin berat)',10);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_berat','bebas-jabatan-12bln','Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan','PP 94/2021 Pasal 8 (hukuman disiplin berat)',11);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_berat','berhenti-dengan-hormat','Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS','PP 94/2021 Pasal 8 (hukuman disiplin berat)',12);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','ptdh','ptdh','Pemberhentian tidak dengan hormat','{uu_asn}: pemberhentian tidak dengan hormat; PP 11/2017 jo. PP 17/2020 tentang Manajemen PNS',13);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','kode_etik','moral-tertutup','Sanksi moral berupa pernyataan secara tertutup','PP 42/2004 Pasal 15 (tingkat yang sama)',14);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','kode_etik','moral-terbuka','Sanksi moral berupa pernyataan secara terbuka','PP 42/2004 Pasal 15 (tingkat yang sama)',15);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_ringan','teguran-lisan','Teguran lisan','PP 49/2018 (tingkat ringan)',16);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_ringan','teguran-tertulis','Teguran tertulis','PP 49/2018 (tingkat ringan)',17);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_ringan','tidak-puas-tertulis','Pernyataan tidak puas secara tertulis','PP 49/2018 (tingkat ringan)',18);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_sedang','tpp25-6bln','Pemotongan tunjangan kinerja 25% selama 6 bulan','PP 49/2018 (tingkat sedang)',19);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_sedang','tpp25-9bln','Pemotongan tunjangan kinerja 25% selama 9 bulan','PP 49/2018 (tingkat sedang)',20);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_sedang','tpp25-12bln','Pemotongan tunjangan kinerja 25% selama 12 bulan','PP 49/2018 (tingkat sedang)',21);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_berat','berhenti-dengan-hormat','Pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri','PP 49/2018; {uu_asn}',22);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','ptdh','ptdh','Pemutusan hubungan perjanjian kerja tidak dengan hormat','{phk_pppk}: pemutusan hubungan perjanjian kerja tidak dengan hormat; PP 49/2018',23);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPNPN','kode_etik','sp1','Surat peringatan pertama (sesuai SPK)','SE MenPANRB 1/2023; perjanjian kerja (SPK)',24);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPNPN','kode_etik','sp2','Surat peringatan kedua (sesuai SPK)','SE MenPANRB 1/2023; perjanjian kerja (SPK)',25);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPNPN','disiplin_sedang','sp2','Surat peringatan kedua (sesuai SPK)','SE MenPANRB 1/2023; perjanjian kerja (SPK)',26);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPNPN','disiplin_sedang','sp3','Surat peringatan ketiga (sesuai SPK)','SE MenPANRB 1/2023; perjanjian kerja (SPK)',27);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPNPN','disiplin_berat','sp3','Surat peringatan ketiga (sesuai SPK)','SE MenPANRB 1/2023; perjanjian kerja (SPK)',28);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPNPN','disiplin_berat','putus-kontrak','Pemutusan perjanjian kerja (sesuai SPK)','SE MenPANRB 1/2023; perjanjian kerja (SPK)',29);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPNPN','putus_kontrak','putus-kontrak','Pemutusan perjanjian kerja (sesuai SPK)','SE MenPANRB 1/2023; perjanjian kerja (SPK)',30);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','kode_etik','moral-tertutup','Sanksi moral berupa pernyataan secara tertutup','PP 42/2004 Pasal 15',31);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','kode_etik','moral-terbuka','Sanksi moral berupa pernyataan secara terbuka','PP 42/2004 Pasal 15',32);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','disiplin_ringan','teguran-lisan','Teguran lisan','PP 53/2010 Pasal 7 ayat (2)',33);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','disiplin_ringan','teguran-tertulis','Teguran tertulis','PP 53/2010 Pasal 7 ayat (2)',34);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','disiplin_ringan','tidak-puas-tertulis','Pernyataan tidak puas secara tertulis','PP 53/2010 Pasal 7 ayat (2)',35);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','disiplin_sedang','tunda-kgb-1thn','Penundaan kenaikan gaji berkala selama 1 tahun','PP 53/2010 Pasal 7 ayat (3)',36);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','disiplin_sedang','tunda-pangkat-1thn','Penundaan kenaikan pangkat selama 1 tahun','PP 53/2010 Pasal 7 ayat (3)',37);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','disiplin_sedang','turun-pangkat-1thn','Penurunan pangkat setingkat lebih rendah selama 1 tahun','PP 53/2010 Pasal 7 ayat (3)',38);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','disiplin_berat','turun-pangkat-3thn','Penurunan pangkat setingkat lebih rendah selama 3 tahun','PP 53/2010 Pasal 7 ayat (4)',39);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','disiplin_berat','pindah-turun-jabatan','Pemindahan dalam rangka penurunan jabatan setingkat lebih rendah','PP 53/2010 Pasal 7 ayat (4)',40);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','disiplin_berat','bebas-jabatan','Pembebasan dari jabatan','PP 53/2010 Pasal 7 ayat (4)',41);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','disiplin_berat','berhenti-dengan-hormat','Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS','PP 53/2010 Pasal 7 ayat (4)',42);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','disiplin_berat','ptdh','Pemberhentian tidak dengan hormat sebagai PNS','PP 53/2010 Pasal 7 ayat (4)',43);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PNS','ptdh','ptdh','Pemberhentian tidak dengan hormat','PP 11/2017 Pasal 255 ayat (4)',44);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPPK','kode_etik','moral-tertutup','Sanksi moral berupa pernyataan secara tertutup','PP 49/2018 tentang Manajemen PPPK (tingkat yang sama)',45);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPPK','kode_etik','moral-terbuka','Sanksi moral berupa pernyataan secara terbuka','PP 49/2018 tentang Manajemen PPPK (tingkat yang sama)',46);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPPK','disiplin_ringan','teguran-lisan','Teguran lisan','PP 49/2018 (tingkat ringan)',47);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPPK','disiplin_ringan','teguran-tertulis','Teguran tertulis','PP 49/2018 (tingkat ringan)',48);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPPK','disiplin_ringan','tidak-puas-tertulis','Pernyataan tidak puas secara tertulis','PP 49/2018 (tingkat ringan)',49);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPPK','disiplin_berat','berhenti-dengan-hormat','Pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri','PP 49/2018',50);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPPK','ptdh','ptdh','Pemutusan hubungan perjanjian kerja tidak dengan hormat','PP 49/2018; UU 5/2014',51);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPNPN','kode_etik','sp1','Surat peringatan pertama (sesuai SPK)','perjanjian kerja (SPK)',52);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPNPN','kode_etik','sp2','Surat peringatan kedua (sesuai SPK)','perjanjian kerja (SPK)',53);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPNPN','disiplin_sedang','sp2','Surat peringatan kedua (sesuai SPK)','perjanjian kerja (SPK)',54);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPNPN','disiplin_sedang','sp3','Surat peringatan ketiga (sesuai SPK)','perjanjian kerja (SPK)',55);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPNPN','disiplin_berat','sp3','Surat peringatan ketiga (sesuai SPK)','perjanjian kerja (SPK)',56);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPNPN','disiplin_berat','putus-kontrak','Pemutusan perjanjian kerja (sesuai SPK)','perjanjian kerja (SPK)',57);
INSERT INTO sanksi VALUES('SKB2020','2010-06-06','PPNPN','putus_kontrak','putus-kontrak','Pemutusan perjanjian kerja (sesuai SPK)','perjanjian kerja (SPK)',58);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','kode_etik','moral-tertutup','Sanksi moral berupa pernyataan secara tertutup','PP 42/2004 Pasal 15',59);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','kode_etik','moral-terbuka','Sanksi moral berupa pernyataan secara terbuka','PP 42/2004 Pasal 15',60);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','disiplin_ringan','teguran-lisan','Teguran lisan','PP 94/2021 Pasal 8 (hukuman disiplin ringan)',61);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','disiplin_ringan','teguran-tertulis','Teguran tertulis','PP 94/2021 Pasal 8 (hukuman disiplin ringan)',62);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','disiplin_ringan','tidak-puas-tertulis','Pernyataan tidak puas secara tertulis','PP 94/2021 Pasal 8 (hukuman disiplin ringan)',63);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','disiplin_sedang','tpp25-6bln','Pemotongan tunjangan kinerja 25% selama 6 bulan','PP 94/2021 Pasal 8 (hukuman disiplin sedang)',64);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','disiplin_sedang','tpp25-9bln','Pemotongan tunjangan kinerja 25% selama 9 bulan','PP 94/2021 Pasal 8 (hukuman disiplin sedang)',65);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','disiplin_sedang','tpp25-12bln','Pemotongan tunjangan kinerja 25% selama 12 bulan','PP 94/2021 Pasal 8 (hukuman disiplin sedang)',66);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','disiplin_berat','turun-jabatan-12bln','Penurunan jabatan setingkat lebih rendah selama 12 bulan','PP 94/2021 Pasal 8 (hukuman disiplin berat)',67);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','disiplin_berat','bebas-jabatan-12bln','Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan','PP 94/2021 Pasal 8 (hukuman disiplin berat)',68);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','disiplin_berat','berhenti-dengan-hormat','Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS','PP 94/2021 Pasal 8 (hukuman disiplin berat)',69);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','ptdh','ptdh','Pemberhentian tidak dengan hormat','{uu_asn}: pemberhentian tidak dengan hormat; PP 11/2017 jo. PP 17/2020 tentang Manajemen PNS',70);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','kode_etik','moral-tertutup','Sanksi moral berupa pernyataan secara tertutup','PP 42/2004 Pasal 15 (tingkat yang sama)',71);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','kode_etik','moral-terbuka','Sanksi moral berupa pernyataan secara terbuka','PP 42/2004 Pasal 15 (tingkat yang sama)',72);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_ringan','teguran-lisan','Teguran lisan','PP 49/2018 (tingkat ringan)',73);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_ringan','teguran-tertulis','Teguran tertulis','PP 49/2018 (tingkat ringan)',74);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_ringan','tidak-puas-tertulis','Pernyataan tidak puas secara tertulis','PP 49/2018 (tingkat ringan)',75);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_sedang','tpp25-6bln','Pemotongan tunjangan kinerja 25% selama 6 bulan','PP 49/2018 (tingkat sedang)',76);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_sedang','tpp25-9bln','Pemotongan tunjangan kinerja 25% selama 9 bulan','PP 49/2018 (tingkat sedang)',77);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_sedang','tpp25-12bln','Pemotongan tunjangan kinerja 25% selama 12 bulan','PP 49/2018 (tingkat sedang)',78);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_berat','berhenti-dengan-hormat','Pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri','PP 49/2018; {uu_asn}',79);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','ptdh','ptdh','Pemutusan hubungan perjanjian kerja tidak dengan hormat','{phk_pppk}: pemutusan hubungan perjanjian kerja tidak dengan hormat; PP 49/2018',80);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPNPN','kode_etik','sp1','Surat peringatan pertama (sesuai SPK)','perjanjian kerja (SPK)',81);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPNPN','kode_etik','sp2','Surat peringatan kedua (sesuai SPK)','perjanjian kerja (SPK)',82);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPNPN','disiplin_sedang','sp2','Surat peringatan kedua (sesuai SPK)','perjanjian kerja (SPK)',83);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPNPN','disiplin_sedang','sp3','Surat peringatan ketiga (sesuai SPK)','perjanjian kerja (SPK)',84);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPNPN','disiplin_berat','sp3','Surat peringatan ketiga (sesuai SPK)','perjanjian kerja (SPK)',85);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPNPN','disiplin_berat','putus-kontrak','Pemutusan perjanjian kerja (sesuai SPK)','perjanjian kerja (SPK)',86);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPNPN','putus_kontrak','putus-kontrak','Pemutusan perjanjian kerja (sesuai SPK)','perjanjian kerja (SPK)',87);
CREATE TABLE pemilihan (
	kode TEXT PRIMARY KEY,
	nama TEXT NOT NULL,
	penetapan TEXT NOT NULL,
	kampanye_mulai TEXT NOT NULL,
	kampanye_selesai TEXT NOT NULL,
	pemungutan TEXT NOT NULL,
	sumber TEXT NOT NULL CHECK (sumber IN ('bawaan', 'pengguna')),
	-- '' when unknown: the contest is then in progress from penetapan
	tahapan_mulai TEXT NOT NULL DEFAULT '',
	-- '' when no parties take part (a Pilkada)
	penetapan_partai TEXT NOT NULL DEFAULT '',
	-- the event as the law and letters name it ('' before version 11: nama)
	sebutan TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO pemilihan VALUES('PILKADA2020','Pemilihan kepala daerah serentak 2020','2020-09-23','2020-09-26','2020-12-05','2020-12-09','bawaan','2019-08-09','','Pemilihan Kepala Daerah Serentak Tahun 2020');
INSERT INTO pemilihan VALUES('PEMILU2024-PILEG','Pemilu 2024: DPR, DPD dan DPRD','2023-11-03','2023-11-28','2024-02-10','2024-02-14','bawaan','2022-06-14','2022-12-14','Pemilihan Umum Tahun 2024');
INSERT INTO pemilihan VALUES('PEMILU2024-PILPRES','Pemilu 2024: presiden dan wakil presiden','2023-11-13','2023-11-28','2024-02-10','2024-02-14','bawaan','2022-06-14','2022-12-14','Pemilihan Umum Tahun 2024');
INSERT INTO pemilihan VALUES('PILKADA2024','Pemilihan kepala daerah serentak 2024','2024-09-22','2024-09-25','2024-11-23','2024-11-27','bawaan','2024-01-26','','Pemilihan Kepala Daerah Tahun 2024');
CREATE TABLE jabatan (
	ejaan TEXT PRIMARY KEY,
	kategori TEXT NOT NULL,
	kelompok TEXT NOT NULL
) STRICT;
INSERT INTO jabatan VALUES('jpt utama','jpt-utama','jpt');
INSERT INTO jabatan VALUES('pimpinan tinggi utama','jpt-utama','jpt');
INSERT INTO jabatan VALUES('jabatan pimpinan tinggi utama','jpt-utama','jpt');
INSERT INTO jabatan VALUES('jpt madya','jpt-madya','jpt');
INSERT INTO jabatan VALUES('pimpinan tinggi madya','jpt-madya','jpt');
INSERT INTO jabatan VALUES('jabatan pimpinan tinggi madya','jpt-madya','jpt');
INSERT INTO jabatan VALUES('eselon i','jpt-madya','jpt');
INSERT INTO jabatan VALUES('jpt pratama','jpt-pratama','jpt');
INSERT INTO jabatan VALUES('pimpinan tinggi pratama','jpt-pratama','jpt');
INSERT INTO jabatan VALUES('jabatan pimpinan tinggi pratama','jpt-pratama','jpt');
INSERT INTO jabatan VALUES('eselon ii','jpt-pratama','jpt');
INSERT INTO jabatan VALUES('jpt','jpt','jpt');
INSERT INTO jabatan VALUES('administrator','administrator','administrator');
INSERT INTO jabatan VALUES('jabatan administrator','administrator','administrator');
INSERT INTO jabatan VALUES('eselon iii','administrator','administrator');
INSERT INTO jabatan VALUES('pengawas','pengawas','pengawas');
INSERT INTO jabatan VALUES('jabatan pengawas','pengawas','pengawas');
INSERT INTO jabatan VALUES('eselon iv','pengawas','pengawas');
INSERT INTO jabatan VALUES('fungsional','fungsional','fungsional');
INSERT INTO jabatan VALUES('jabatan fungsional','fungsional','fungsional');
INSERT INTO jabatan VALUES('jf','fungsional','fungsional');
INSERT INTO jabatan VALUES('guru','fungsional','fungsional');
INSERT INTO jabatan VALUES('dokter','fungsional','fungsional');
INSERT INTO jabatan VALUES('perawat','fungsional','fungsional');
INSERT INTO jabatan VALUES('bidan','fungsional','fungsional');
INSERT INTO jabatan VALUES('dosen','fungsional','fungsional');
INSERT INTO jabatan VALUES('penyuluh','fungsional','fungsional');
INSERT INTO jabatan VALUES('pelaksana','pelaksana','pelaksana');
INSERT INTO jabatan VALUES('jabatan pelaksana','pelaksana','pelaksana');
INSERT INTO jabatan VALUES('staf','pelaksana','pelaksana');
INSERT INTO jabatan VALUES('staff','pelaksana','pelaksana');
INSERT INTO jabatan VALUES('jfu','pelaksana','pelaksana');
INSERT INTO jabatan VALUES('fungsional umum','pelaksana','pelaksana');
INSERT INTO jabatan VALUES('camat','camat','kepala_wilayah');
INSERT INTO jabatan VALUES('sekretaris camat','administrator','administrator');
INSERT INTO jabatan VALUES('lurah','lurah','kepala_wilayah');
INSERT INTO jabatan VALUES('kepala wilayah','kepala-wilayah','kepala_wilayah');
INSERT INTO jabatan VALUES('kepala seksi','pengawas','pengawas');
INSERT INTO jabatan VALUES('kasi','pengawas','pengawas');
INSERT INTO jabatan VALUES('kepala subbagian','pengawas','pengawas');
INSERT INTO jabatan VALUES('kasubbag','pengawas','pengawas');
INSERT INTO jabatan VALUES('kepala bidang','administrator','administrator');
INSERT INTO jabatan VALUES('kabid','administrator','administrator');
INSERT INTO jabatan VALUES('kepala bagian','administrator','administrator');
INSERT INTO jabatan VALUES('kabag','administrator','administrator');
INSERT INTO jabatan VALUES('sekretaris dinas','administrator','administrator');
INSERT INTO jabatan VALUES('sekdin','administrator','administrator');
INSERT INTO jabatan VALUES('kepala dinas','jpt-pratama','jpt');
INSERT INTO jabatan VALUES('kadis','jpt-pratama','jpt');
CREATE TABLE status (
	kode TEXT PRIMARY KEY,
	uraian TEXT NOT NULL,
	terbukti INTEGER NOT NULL,
	ditindaklanjuti INTEGER NOT NULL,
	urutan INTEGER NOT NULL,
	-- the status of a new case; the fields a move here records, and must
	awal INTEGER NOT NULL DEFAULT 0,
	mencatat TEXT NOT NULL DEFAULT '',
	wajib TEXT NOT NULL DEFAULT '',
	-- 0: a void case (batal), out of every count and list unless asked
	dihitung INTEGER NOT NULL DEFAULT 1
) STRICT;
INSERT INTO status VALUES('dilaporkan','Dilaporkan; belum diverifikasi',0,0,0,1,'','',1);
INSERT INTO status VALUES('verifikasi','Sedang diverifikasi',0,0,1,0,'','',1);
INSERT INTO status VALUES('tidak_terbukti','Tidak terbukti melanggar',0,0,2,0,'','',1);
INSERT INTO status VALUES('terbukti','Terbukti; rekomendasi sanksi diterima',1,0,3,0,'rekomendasi_nomor rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi','rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi',1);
INSERT INTO status VALUES('disanksi','PPK telah menjatuhkan sanksi',1,1,4,0,'sanksi sk_nomor sk_tanggal','rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi sanksi sk_nomor sk_tanggal',1);
INSERT INTO status VALUES('selesai','Selesai',1,1,5,0,'','rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi sanksi sk_nomor sk_tanggal',1);
INSERT INTO status VALUES('batal','Dibatalkan: laporan ganda, digabung, atau keliru',0,0,6,0,'batal_alasan gabung_ke','batal_alasan',0);
CREATE TABLE transisi (
	dari TEXT NOT NULL REFERENCES status (kode),
	ke TEXT NOT NULL REFERENCES status (kode),
	keterangan TEXT NOT NULL,
	PRIMARY KEY (dari, ke)
) STRICT;
INSERT INTO transisi VALUES('dilaporkan','verifikasi','Laporan mulai diverifikasi');
INSERT INTO transisi VALUES('dilaporkan','tidak_terbukti','Laporan langsung dinyatakan tidak terbukti');
INSERT INTO transisi VALUES('verifikasi','terbukti','Terbukti; rekomendasi sanksi diterima (KASN sampai Agustus 2024; BKN sesudahnya; atau Bawaslu)');
INSERT INTO transisi VALUES('verifikasi','tidak_terbukti','Hasil verifikasi: tidak terbukti');
INSERT INTO transisi VALUES('tidak_terbukti','verifikasi','Dibuka kembali karena bukti baru');
INSERT INTO transisi VALUES('terbukti','disanksi','PPK menjatuhkan sanksi dengan SK');
INSERT INTO transisi VALUES('disanksi','selesai','Kasus selesai');
INSERT INTO transisi VALUES('dilaporkan','batal','Dibatalkan: laporan ganda atau keliru');
INSERT INTO transisi VALUES('verifikasi','batal','Dibatalkan: laporan ganda atau keliru');
INSERT INTO transisi VALUES('tidak_terbukti','batal','Dibatalkan: laporan ganda atau keliru');
INSERT INTO transisi VALUES('terbukti','batal','Dibatalkan: kasus yang sama tercatat dua kali');
CREATE TABLE pengaturan (
	kunci TEXT PRIMARY KEY,
	nilai TEXT NOT NULL,
	keterangan TEXT NOT NULL
) STRICT;
INSERT INTO pengaturan VALUES('batas_tindak_lanjut_hari','30','Hari kalender sejak tanggal rekomendasi bagi PPK untuk menjatuhkan sanksi. Tidak ada batas nasional yang ditetapkan; 30 hari adalah bawaan administratif (satu siklus laporan bulanan), ubah sesuai ketentuan instansi.');
INSERT INTO pengaturan VALUES('pasca_pemungutan_hari','35','Pemilu (pemilihan yang diikuti partai politik: penetapan_partai terisi): hari sesudah pemungutan suara yang masih dihitung sebagai tahapan berjalan (penghitungan, rekapitulasi, penetapan hasil) ketika pemilu disimpulkan dari tanggal kejadian. UU 7/2017 memberi KPU paling lama 35 hari sesudah pemungutan untuk menetapkan hasil Pemilu secara nasional.');
INSERT INTO pengaturan VALUES('pasca_pemungutan_hari_pemilihan','35','Pemilihan (kepala daerah, tanpa partai politik peserta): hari sesudah pemungutan yang masih dihitung sebagai tahapan berjalan. Ini pengaturan, bukan ketentuan: tidak ditemukan sumber yang menetapkan batasnya dalam UU 10/2016; bawaan disamakan dengan Pemilu, ubah sesuai ketentuan instansi.');
CREATE TABLE tingkat (
	ruleset TEXT NOT NULL,
	jenis_pegawai TEXT NOT NULL,
	jenis TEXT NOT NULL,
	tingkat TEXT NOT NULL,
	dasar_hukum TEXT NOT NULL,
	PRIMARY KEY (ruleset, jenis_pegawai, jenis)
) STRICT;
INSERT INTO tingkat VALUES('SKB2022','PPPK','kode_etik','kode_etik','{netralitas}; PP 49/2018 tentang Manajemen PPPK (tingkat yang sama seperti PNS: sanksi moral)');
INSERT INTO tingkat VALUES('SKB2022','PPPK','disiplin_sedang','disiplin_sedang','PP 49/2018 tentang Manajemen PPPK (disiplin PPPK), hukuman disiplin sedang; {netralitas}');
INSERT INTO tingkat VALUES('SKB2022','PPPK','disiplin_berat','disiplin_berat','PP 49/2018 tentang Manajemen PPPK (disiplin PPPK), hukuman disiplin berat; {netralitas}');
INSERT INTO tingkat VALUES('SKB2022','PPPK','ptdh','ptdh','{phk_pppk} (pemutusan hubungan perjanjian kerja tidak dengan hormat); PP 49/2018 tentang Manajemen PPPK');
INSERT INTO tingkat VALUES('SKB2022','PPNPN','kode_etik','kode_etik','SE MenPANRB 1/2023 (netralitas PPNPN; bentuk pelanggaran seperti bagi ASN); sanksi menurut perjanjian kerja (SPK)');
INSERT INTO tingkat VALUES('SKB2022','PPNPN','disiplin_sedang','disiplin_sedang','SE MenPANRB 1/2023 (netralitas PPNPN; bentuk pelanggaran seperti bagi ASN); sanksi menurut perjanjian kerja (SPK)');
INSERT INTO tingkat VALUES('SKB2022','PPNPN','disiplin_berat','disiplin_berat','SE MenPANRB 1/2023 (netralitas PPNPN; bentuk pelanggaran seperti bagi ASN); sanksi menurut perjanjian kerja (SPK)');
INSERT INTO tingkat VALUES('SKB2022','PPNPN','ptdh','putus_kontrak','SE MenPANRB 1/2023 (netralitas PPNPN); perjanjian kerja (SPK) diputus: PPNPN bukan ASN, tidak ada status kepegawaian yang diberhentikan');
INSERT INTO tingkat VALUES('PP94-2021','PPPK','disiplin_sedang','disiplin_sedang','PP 49/2018 tentang Manajemen PPPK (disiplin PPPK), tingkat sedang seperti PP 94/2021 bagi PNS; {netralitas}');
INSERT INTO tingkat VALUES('PP94-2021','PPPK','disiplin_berat','disiplin_berat','PP 49/2018 tentang Manajemen PPPK (disiplin PPPK), tingkat berat seperti PP 94/2021 bagi PNS; {netralitas}');
INSERT INTO tingkat VALUES('PP94-2021','PPPK','ptdh','ptdh','{phk_pppk} (pemutusan hubungan perjanjian kerja tidak dengan hormat); PP 49/2018 tentang Manajemen PPPK');
INSERT INTO tingkat VALUES('PP94-2021','PPNPN','disiplin_sedang','disiplin_sedang','perjanjian kerja (SPK); bentuk pelanggaran seperti bagi ASN');
INSERT INTO tingkat VALUES('PP94-2021','PPNPN','disiplin_berat','disiplin_berat','perjanjian kerja (SPK); bentuk pelanggaran seperti bagi ASN');
INSERT INTO tingkat VALUES('PP94-2021','PPNPN','ptdh','putus_kontrak','perjanjian kerja (SPK) diputus: PPNPN bukan ASN, tidak ada status kepegawaian yang diberhentikan');
INSERT INTO tingkat VALUES('SKB2020','PPPK','disiplin_sedang','disiplin_sedang','PP 49/2018 tentang Manajemen PPPK (disiplin PPPK), tingkat sedang seperti PP 53/2010 bagi PNS');
INSERT INTO tingkat VALUES('SKB2020','PPPK','disiplin_berat','disiplin_berat','PP 49/2018 tentang Manajemen PPPK (disiplin PPPK), tingkat berat seperti PP 53/2010 bagi PNS');
INSERT INTO tingkat VALUES('SKB2020','PPPK','ptdh','ptdh','PP 49/2018 tentang Manajemen PPPK; UU 5/2014 (pemutusan hubungan perjanjian kerja tidak dengan hormat)');
INSERT INTO tingkat VALUES('SKB2020','PPNPN','disiplin_sedang','disiplin_sedang','perjanjian kerja (SPK); bentuk pelanggaran seperti bagi ASN');
INSERT INTO tingkat VALUES('SKB2020','PPNPN','disiplin_berat','disiplin_berat','perjanjian kerja (SPK); bentuk pelanggaran seperti bagi ASN');
INSERT INTO tingkat VALUES('SKB2020','PPNPN','ptdh','putus_kontrak','perjanjian kerja (SPK) diputus: PPNPN bukan ASN, tidak ada status kepegawaian yang diberhentikan');
CREATE TABLE jadwal (
	pemilihan TEXT NOT NULL,
	kegiatan TEXT NOT NULL,
	irama TEXT NOT NULL,
	mulai TEXT NOT NULL,
	selesai TEXT,
	batas TEXT,
	sumber TEXT NOT NULL,
	-- 1: the agency's own circular (jadwal_instansi.csv), cited when shown
	instansi INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (pemilihan, kegiatan)
) STRICT;
INSERT INTO jadwal VALUES('PEMILU2024-PILEG','ikrar','sekali','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pencegahan 2): ikrar bersama netralitas; Surat Kemendagri 100.2.2.6/5812/OTDA (24 Agustus 2023, ditandatangani Dirjen Otda) butir 3.b bagi pemerintah daerah; tanpa tanggal batas nasional',0);
INSERT INTO jadwal VALUES('PEMILU2024-PILEG','pakta','sekali','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pencegahan 2): penandatanganan pakta integritas; Surat Kemendagri 100.2.2.6/5812/OTDA (24 Agustus 2023, ditandatangani Dirjen Otda) butir 3.b bagi pemerintah daerah; tanpa tanggal batas nasional',0);
INSERT INTO jadwal VALUES('PEMILU2024-PILEG','tim-internal','sekali','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pengawasan 1): membentuk tim internal pengawas netralitas; tanpa tanggal batas',0);
INSERT INTO jadwal VALUES('PEMILU2024-PILEG','titik-rawan','tahapan','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pengawasan 2): mengidentifikasi titik rawan pada setiap tahapan penyelenggaraan Pemilu dan Pemilihan sesuai PKPU tahapan',0);
INSERT INTO jadwal VALUES('PEMILU2024-PILEG','sosialisasi','bebas','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pencegahan 1): sosialisasi peraturan netralitas; tanpa irama tetap',0);
INSERT INTO jadwal VALUES('PEMILU2024-PILPRES','ikrar','sekali','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pencegahan 2): ikrar bersama netralitas; Surat Kemendagri 100.2.2.6/5812/OTDA (24 Agustus 2023, ditandatangani Dirjen Otda) butir 3.b bagi pemerintah daerah; tanpa tanggal batas nasional',0);
INSERT INTO jadwal VALUES('PEMILU2024-PILPRES','pakta','sekali','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pencegahan 2): penandatanganan pakta integritas; Surat Kemendagri 100.2.2.6/5812/OTDA (24 Agustus 2023, ditandatangani Dirjen Otda) butir 3.b bagi pemerintah daerah; tanpa tanggal batas nasional',0);
INSERT INTO jadwal VALUES('PEMILU2024-PILPRES','tim-internal','sekali','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pengawasan 1): membentuk tim internal pengawas netralitas; tanpa tanggal batas',0);
INSERT INTO jadwal VALUES('PEMILU2024-PILPRES','titik-rawan','tahapan','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pengawasan 2): mengidentifikasi titik rawan pada setiap tahapan penyelenggaraan Pemilu dan Pemilihan sesuai PKPU tahapan',0);
INSERT INTO jadwal VALUES('PEMILU2024-PILPRES','sosialisasi','bebas','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pencegahan 1): sosialisasi peraturan netralitas; tanpa irama tetap',0);
INSERT INTO jadwal VALUES('PILKADA2024','ikrar','sekali','2024-01-26','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pencegahan 2): ikrar bersama netralitas; Surat Kemendagri 100.2.2.6/5812/OTDA (24 Agustus 2023, ditandatangani Dirjen Otda) butir 3.b bagi pemerintah daerah; tanpa tanggal batas nasional',0);
INSERT INTO jadwal VALUES('PILKADA2024','pakta','sekali','2024-01-26','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pencegahan 2): penandatanganan pakta integritas; Surat Kemendagri 100.2.2.6/5812/OTDA (24 Agustus 2023, ditandatangani Dirjen Otda) butir 3.b bagi pemerintah daerah; tanpa tanggal batas nasional',0);
INSERT INTO jadwal VALUES('PILKADA2024','tim-internal','sekali','2024-01-26','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pengawasan 1): membentuk tim internal pengawas netralitas; tanpa tanggal batas',0);
INSERT INTO jadwal VALUES('PILKADA2024','titik-rawan','tahapan','2024-01-26','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pengawasan 2): mengidentifikasi titik rawan pada setiap tahapan penyelenggaraan Pemilu dan Pemilihan sesuai PKPU tahapan',0);
INSERT INTO jadwal VALUES('PILKADA2024','sosialisasi','bebas','2024-01-26','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: pencegahan 1): sosialisasi peraturan netralitas; tanpa irama tetap',0);
CREATE TABLE label (
	tabel TEXT NOT NULL,
	kelompok TEXT NOT NULL,
	id TEXT NOT NULL,
	en TEXT NOT NULL,
	sumber TEXT NOT NULL,
	PRIMARY KEY (tabel, kelompok)
) STRICT;
INSERT INTO label VALUES('ringkasan','dilaporkan','Dilaporkan','Reported','BKN Kanreg III, Netralitas ASN, data KASN: ASN dilaporkan');
INSERT INTO label VALUES('ringkasan','terbukti','Terbukti Melanggar dan Dijatuhi Sanksi','Proven and to be sanctioned','BKN Kanreg III, Netralitas ASN, data KASN: yang terbukti melanggar dan dijatuhi sanksi');
INSERT INTO label VALUES('ringkasan','ditindaklanjuti','Sudah Ditindaklanjuti oleh PPK dengan Penjatuhan Sanksi','Followed up by the PPK with a sanction','BKN Kanreg III, Netralitas ASN, data KASN: sudah ditindaklanjuti oleh PPK');
INSERT INTO label VALUES('periode','sebelum_kampanye','Sebelum Kampanye','Before the campaign','BKN Kanreg III, Netralitas ASN: Periode Pelanggaran Netralitas');
INSERT INTO label VALUES('periode','saat_kampanye','Saat Kampanye','During the campaign','BKN Kanreg III, Netralitas ASN: Periode Pelanggaran Netralitas');
INSERT INTO label VALUES('periode','setelah_kampanye','Setelah Kampanye','After the campaign','BKN Kanreg III, Netralitas ASN: Periode Pelanggaran Netralitas');
INSERT INTO label VALUES('periode','tidak_diketahui','Tidak Diketahui','Unknown','netral: tanggal di luar tahapan pemilihan yang diketahui');
INSERT INTO label VALUES('usia','>=51','≥ 51 Tahun','51 years and over','BKN Kanreg III, Netralitas ASN: Usia ASN Pelanggar (urutannya)');
INSERT INTO label VALUES('usia','41-50','41 s/d 50 Tahun','41 to 50 years','BKN Kanreg III, Netralitas ASN: Usia ASN Pelanggar');
INSERT INTO label VALUES('usia','31-40','31 s/d 40 Tahun','31 to 40 years','BKN Kanreg III, Netralitas ASN: Usia ASN Pelanggar');
INSERT INTO label VALUES('usia','<=30','≤ 30 Tahun','30 years and under','BKN Kanreg III, Netralitas ASN: Usia ASN Pelanggar');
INSERT INTO label VALUES('usia','tidak_diketahui','Tidak Diketahui','Unknown','BKN Kanreg III, Netralitas ASN: Usia ASN Pelanggar');
INSERT INTO label VALUES('kelamin','laki-laki','Laki-laki','Male','NIP digit ke-15 atau NIK');
INSERT INTO label VALUES('kelamin','perempuan','Perempuan','Female','NIP digit ke-15 atau NIK');
INSERT INTO label VALUES('kelamin','tidak_diketahui','Tidak Diketahui','Unknown','tanpa NIP dan NIK');
INSERT INTO label VALUES('jabatan','jpt','JPT','Senior executive (JPT)','BKN Kanreg III, Netralitas ASN: Top 5 Jabatan ASN');
INSERT INTO label VALUES('jabatan','administrator','Administrator','Administrator','BKN Kanreg III, Netralitas ASN: Top 5 Jabatan ASN');
INSERT INTO label VALUES('jabatan','pengawas','Pengawas','Supervisor','BKN Kanreg III, Netralitas ASN: Top 5 Jabatan ASN');
INSERT INTO label VALUES('jabatan','fungsional','Fungsional','Functional','BKN Kanreg III, Netralitas ASN: Top 5 Jabatan ASN');
INSERT INTO label VALUES('jabatan','pelaksana','Pelaksana','Staff (pelaksana)','BKN Kanreg III, Netralitas ASN: Top 5 Jabatan ASN');
INSERT INTO label VALUES('jabatan','kepala_wilayah','Kepala Wilayah','Head of an area (camat, lurah, kepala desa)','kelompok KASN');
INSERT INTO label VALUES('jabatan','tidak_diketahui','Tidak Diketahui','Unknown','');
INSERT INTO label VALUES('kategori','apk','Memasang alat peraga kampanye','Putting up campaign materials','bentuk.csv');
INSERT INTO label VALUES('kategori','medsos-kampanye','Kampanye/sosialisasi media sosial','Campaigning on social media','BKN Kanreg III, Netralitas ASN: Top 5 Kategori Pelanggaran, 1');
INSERT INTO label VALUES('kategori','hadir-deklarasi','Menghadiri deklarasi pasangan bakal calon/ calon peserta pilkada','Attending a candidate''s declaration','BKN Kanreg III, Netralitas ASN: Top 5 Kategori Pelanggaran, 4');
INSERT INTO label VALUES('kategori','medsos-interaksi','Posting, komentar, share atau like di media sosial','Posting, commenting, sharing or liking on social media','bentuk.csv');
INSERT INTO label VALUES('kategori','foto-bersama','Melakukan foto bersama bakal calon/pasangan calon dengan mengikuti simbol gerakan tangan/gerakan yang mengindikasikan keberpihakan','Photo with a candidate showing a partisan gesture','BKN Kanreg III, Netralitas ASN: Top 5 Kategori Pelanggaran, 3');
INSERT INTO label VALUES('kategori','ikut-kampanye','Ikut dalam kegiatan kampanye, sosialisasi atau pengenalan calon','Taking part in campaign events','bentuk.csv');
INSERT INTO label VALUES('kategori','kampanye-pasangan','Mengikuti kampanye suami/istri yang menjadi calon','Joining a candidate spouse''s campaign','bentuk.csv');
INSERT INTO label VALUES('kategori','pendekatan-parpol','Melakukan pendekatan ke parpol terkait pencalonan dirinya atau orang lain sebagai calon/bakal calon kepala daerah/wakil kepala daerah','Approaching a party about a candidacy','BKN Kanreg III, Netralitas ASN: Top 5 Kategori Pelanggaran, 5');
INSERT INTO label VALUES('kategori','anggota-parpol','Menjadi anggota/pengurus partai politik','Party member or officer','bentuk.csv');
INSERT INTO label VALUES('kategori','kegiatan-keberpihakan','Mengadakan kegiatan yang mengarah kepada keberpihakan kepada salah satu calon/bakal calon','Holding events favouring a candidate','BKN Kanreg III, Netralitas ASN: Top 5 Kategori Pelanggaran, 2');
INSERT INTO label VALUES('kategori','tim-pemenangan','Menjadi tim ahli, tim pemenangan atau konsultan','Member of a campaign team, expert or consultant','bentuk.csv');
INSERT INTO label VALUES('kategori','dukungan-ktp','Memberikan dukungan atau mengumpulkan KTP bagi calon perseorangan','Support letters or ID copies for an independent candidate','bentuk.csv');
INSERT INTO label VALUES('kategori','keputusan-menguntungkan','Membuat keputusan yang menguntungkan atau merugikan calon/partai','Decisions favouring or harming a party or candidate','bentuk.csv');
INSERT INTO label VALUES('kategori','kampanye-atribut','Peserta kampanye dengan atribut partai atau PNS','Campaigning with party or civil-service attributes','bentuk.csv');
INSERT INTO label VALUES('kategori','kerahkan-pns','Peserta kampanye dengan mengerahkan PNS lain','Campaigning with other civil servants mobilised','bentuk.csv');
INSERT INTO label VALUES('kategori','fasilitas-negara','Peserta kampanye dengan fasilitas negara','Campaigning with state facilities','bentuk.csv');
INSERT INTO label VALUES('kategori','dampingi-pasangan','Mendampingi suami/istri yang menjadi calon','Accompanying a candidate spouse','SE MenPANRB 18/2023, baris 1');
INSERT INTO label VALUES('kategori','foto-pasangan','Foto bersama suami/istri yang menjadi calon','Photo with a candidate spouse','SE MenPANRB 18/2023, baris 3');
INSERT INTO label VALUES('kategori','jurkam-pasangan','Juru kampanye bagi suami/istri yang menjadi calon','Campaign speaker for a candidate spouse','SE MenPANRB 18/2023, baris 6');
INSERT INTO label VALUES('kategori','lainnya','Bentuk lain di luar matriks','Other acts outside the matrix','bentuk.csv');
INSERT INTO label VALUES('kode','KE-1','Memasang spanduk/baliho/alat peraga lainnya terkait bakal calon peserta pemilu dan pemilihan','Putting up banners, billboards or other display material of a prospective candidate','BKN Kanreg III, Netralitas ASN: tabel kode etik, baris 1');
INSERT INTO label VALUES('kode','KE-2','Sosialisasi/kampanye media sosial/online bakal calon','Socialising or campaigning for a prospective candidate on social media or online','BKN Kanreg III, Netralitas ASN: tabel kode etik, baris 2');
INSERT INTO label VALUES('kode','KE-3','Menghadiri deklarasi/kampanye pasangan bakal calon dan memberikan tindakan/dukungan secara aktif','Attending a prospective pair''s declaration or campaign and actively supporting it','BKN Kanreg III, Netralitas ASN: tabel kode etik, baris 3');
INSERT INTO label VALUES('kode','KE-4','Membuat posting, comment, share, like, bergabung/follow dalam group/akun pemenangan bakal calon','Posting, commenting, sharing, liking, joining or following a prospective candidate''s winning-team group or account','BKN Kanreg III, Netralitas ASN: tabel kode etik, baris 4');
INSERT INTO label VALUES('kode','KE-5','Memposting foto bersama bakal calon, tim sukses dengan simbol keberpihakan atau atribut partai politik, atau alat peraga terkait partai politik/bakal calon pada media yang dapat diakses publik','Publicly posting a photo with a prospective candidate, or with the success team showing a partisan gesture or party attributes, or with party or candidate display material','BKN Kanreg III, Netralitas ASN: tabel kode etik, baris 5');
INSERT INTO label VALUES('kode','KE-6','Mengikuti deklarasi/kampanye bagi suami/istri calon dengan tidak dalam status cuti di luar tanggungan negara (CLTN)','Following a candidate spouse''s declaration or campaign while not on unpaid leave (CLTN)','BKN Kanreg III, Netralitas ASN: tabel kode etik, baris 6');
INSERT INTO label VALUES('kode','KE-7','Ikut dalam kegiatan kampanye/sosialisasi/pengenalan bakal calon/partai politik','Taking part in a campaign, socialisation or introduction of a prospective candidate or a party','BKN Kanreg III, Netralitas ASN: tabel kode etik, baris 7');
INSERT INTO label VALUES('kode','DS-1','Memasang spanduk/baliho/alat peraga lainnya terkait bakal calon peserta pemilu dan pemilihan','Putting up banners, billboards or other display material of a candidate','BKN Kanreg III, Netralitas ASN: tabel disiplin, baris 1');
INSERT INTO label VALUES('kode','DS-2','Sosialisasi/kampanye media sosial/online bakal calon','Socialising or campaigning for a candidate on social media or online','BKN Kanreg III, Netralitas ASN: tabel disiplin, baris 2');
INSERT INTO label VALUES('kode','DS-3','Melakukan pendekatan kepada partai politik atau masyarakat (bagi independen) sebagai bakal calon dengan tidak dalam status CLTN','Approaching a party, or the public as an independent, as a prospective candidate while not on CLTN','BKN Kanreg III, Netralitas ASN: tabel disiplin, baris 3');
INSERT INTO label VALUES('kode','DS-4','Menghadiri deklarasi/kampanye pasangan calon dan memberikan tindakan/dukungan keberpihakan','Attending a pair''s declaration or campaign and showing partisan support','BKN Kanreg III, Netralitas ASN: tabel disiplin, baris 4');
INSERT INTO label VALUES('kode','DS-5','Membuat posting, comment, share, like, bergabung/follow dalam group/akun pemenangan/calon','Posting, commenting, sharing, liking, joining or following a candidate''s winning-team group or account','BKN Kanreg III, Netralitas ASN: tabel disiplin, baris 5');
INSERT INTO label VALUES('kode','DS-6','Memposting foto bersama calon, tim sukses dengan simbol keberpihakan atau atribut partai politik, atau alat peraga terkait partai politik/calon pada media yang dapat diakses publik, untuk mendukung partai politik atau calon','Publicly posting a photo with a candidate, or with the success team showing a partisan gesture or party attributes, or with party or candidate display material, in support of a party or candidate','BKN Kanreg III, Netralitas ASN: tabel disiplin, baris 6');
INSERT INTO label VALUES('kode','DS-7','Mengadakan kegiatan yang mengarah kepada keberpihakan terhadap partai politik atau calon peserta pemilu atau pemilihan sebelum, selama, dan sesudah masa kampanye','Holding activities favouring a participating party or candidate before, during or after the campaign','BKN Kanreg III, Netralitas ASN: tabel disiplin, baris 7');
INSERT INTO label VALUES('kode','DS-8','Menjadi tim ahli/tim pemenangan/konsultan bagi bakal calon atau partai politik sebelum penetapan peserta pemilu atau pemilihan','Serving as expert, winning team or consultant of a prospective candidate or a party before the participants are designated','BKN Kanreg III, Netralitas ASN: tabel disiplin, baris 8');
INSERT INTO label VALUES('kode','DS-9','Menjadi tim ahli/tim pemenangan/konsultan bagi partai politik atau calon setelah penetapan peserta','Serving as expert, winning team or consultant of a party or candidate after the participants are designated','BKN Kanreg III, Netralitas ASN: tabel disiplin, baris 9');
INSERT INTO label VALUES('kode','DS-10','Memberikan dukungan kepada bakal calon perseorangan dengan memberikan surat dukungan atau mengumpulkan fotokopi KTP atau surat keterangan penduduk','Supporting an independent prospective candidate with a support letter or by collecting ID card copies','BKN Kanreg III, Netralitas ASN: tabel disiplin, baris 10');
INSERT INTO label VALUES('kode','DS-11','Membuat keputusan/tindakan yang dapat menguntungkan/merugikan partai politik atau calon pada masa sebelum, selama, dan sesudah masa kampanye','Decisions or acts favouring or harming a party or candidate before, during or after the campaign','BKN Kanreg III, Netralitas ASN: tabel disiplin, baris 11');
INSERT INTO label VALUES('kode','PTDH-1','Menjadi anggota dan/atau pengurus partai politik','Being a member or officer of a political party','BKN Kanreg III, Netralitas ASN: tabel UU 5/2014, PP 11/2017 jo. PP 17/2020, baris 1');
INSERT INTO label VALUES('kode','tanpa_kode','Tanpa baris tabel BKN','No row of BKN''s tables','netral: Satgas, tidak melanggar, tingkat PerBKN 6/2022 atau belum diklasifikasi');
INSERT INTO label VALUES('jenis','kode_etik','Pelanggaran Kode Etik','Code of ethics','kosakata.csv');
INSERT INTO label VALUES('jenis','disiplin_sedang','Hukuman Disiplin Sedang','Moderate disciplinary penalty','kosakata.csv');
INSERT INTO label VALUES('jenis','disiplin_berat','Hukuman Disiplin Berat','Severe disciplinary penalty','kosakata.csv');
INSERT INTO label VALUES('jenis','ptdh','Pemberhentian Tidak Dengan Hormat','Dishonourable dismissal','kosakata.csv');
INSERT INTO label VALUES('jenis','satgas','Putusan Satgas Belum Dicatat','Satgas decision not recorded','kosakata.csv: the matrix leaves it to the Satgas, and no decision is recorded (netral putusan)');
INSERT INTO label VALUES('jenis','tidak_melanggar','Tidak Melanggar','No violation','kosakata.csv');
INSERT INTO label VALUES('jenis','putus_kontrak','Pemutusan Perjanjian Kerja (PPNPN)','Contract ended (PPNPN)','kosakata.csv');
INSERT INTO label VALUES('jenis','belum_diklasifikasi','Belum Diklasifikasi','Not classified','netral: matriks tidak dapat menentukan dari data');
INSERT INTO label VALUES('sanksi','moral-tertutup','Sanksi Moral Pernyataan Tertutup','Moral sanction: closed statement','sanksi.csv');
INSERT INTO label VALUES('sanksi','moral-terbuka','Sanksi Moral Pernyataan Terbuka','Moral sanction: open statement','sanksi.csv');
INSERT INTO label VALUES('sanksi','teguran-lisan','Teguran Lisan','Oral reprimand','sanksi.csv');
INSERT INTO label VALUES('sanksi','teguran-tertulis','Teguran Tertulis','Written reprimand','sanksi.csv');
INSERT INTO label VALUES('sanksi','tidak-puas-tertulis','Pernyataan Tidak Puas Secara Tertulis','Written statement of dissatisfaction','sanksi.csv');
INSERT INTO label VALUES('sanksi','tpp25-6bln','Pemotongan Tunjangan Kinerja 25% Selama 6 Bulan','Performance allowance cut 25% for 6 months','sanksi.csv');
INSERT INTO label VALUES('sanksi','tpp25-9bln','Pemotongan Tunjangan Kinerja 25% Selama 9 Bulan','Performance allowance cut 25% for 9 months','sanksi.csv');
INSERT INTO label VALUES('sanksi','tpp25-12bln','Pemotongan Tunjangan Kinerja 25% Selama 12 Bulan','Performance allowance cut 25% for 12 months','sanksi.csv');
INSERT INTO label VALUES('sanksi','turun-jabatan-12bln','Penurunan Jabatan Setingkat Lebih Rendah Selama 12 Bulan','Demotion by one grade for 12 months','sanksi.csv');
INSERT INTO label VALUES('sanksi','bebas-jabatan-12bln','Pembebasan dari Jabatan Selama 12 Bulan','Removal from position for 12 months','sanksi.csv');
INSERT INTO label VALUES('sanksi','berhenti-dengan-hormat','Pemberhentian Dengan Hormat Tidak Atas Permintaan Sendiri','Honourable discharge not at own request','sanksi.csv');
INSERT INTO label VALUES('sanksi','ptdh','Pemberhentian Tidak Dengan Hormat','Dishonourable dismissal','sanksi.csv');
INSERT INTO label VALUES('sanksi','tunda-kgb-1thn','Penundaan Kenaikan Gaji Berkala Selama 1 Tahun','Periodic pay rise deferred for 1 year','sanksi.csv (PP 53/2010)');
INSERT INTO label VALUES('sanksi','tunda-pangkat-1thn','Penundaan Kenaikan Pangkat Selama 1 Tahun','Promotion deferred for 1 year','sanksi.csv (PP 53/2010)');
INSERT INTO label VALUES('sanksi','turun-pangkat-1thn','Penurunan Pangkat Setingkat Lebih Rendah Selama 1 Tahun','Rank lowered by one for 1 year','sanksi.csv (PP 53/2010)');
INSERT INTO label VALUES('sanksi','turun-pangkat-3thn','Penurunan Pangkat Setingkat Lebih Rendah Selama 3 Tahun','Rank lowered by one for 3 years','sanksi.csv (PP 53/2010)');
INSERT INTO label VALUES('sanksi','pindah-turun-jabatan','Pemindahan dalam Rangka Penurunan Jabatan Setingkat Lebih Rendah','Transfer to a lower position','sanksi.csv (PP 53/2010)');
INSERT INTO label VALUES('sanksi','bebas-jabatan','Pembebasan dari Jabatan','Removal from position','sanksi.csv (PP 53/2010)');
INSERT INTO label VALUES('sanksi','sp1','Surat Peringatan Pertama','First warning letter','sanksi.csv (PPNPN)');
INSERT INTO label VALUES('sanksi','sp2','Surat Peringatan Kedua','Second warning letter','sanksi.csv (PPNPN)');
INSERT INTO label VALUES('sanksi','sp3','Surat Peringatan Ketiga','Third warning letter','sanksi.csv (PPNPN)');
INSERT INTO label VALUES('sanksi','putus-kontrak','Pemutusan Perjanjian Kerja','Contract terminated','sanksi.csv (PPNPN)');
INSERT INTO label VALUES('sanksi','belum_disanksi','Belum Disanksi','Not yet sanctioned','netral: terbukti tanpa sanksi tercatat');
INSERT INTO label VALUES('sanksi','tidak_diketahui','Tidak Diketahui','Unknown','netral: ditindaklanjuti tanpa kode sanksi');
INSERT INTO label VALUES('pegawai','PNS','PNS','Civil servant (PNS)','kosakata.csv');
INSERT INTO label VALUES('pegawai','PPPK','PPPK','Contract civil servant (PPPK)','kosakata.csv');
INSERT INTO label VALUES('pegawai','PPNPN','PPNPN','Non-ASN worker (PPNPN)','kosakata.csv');
INSERT INTO label VALUES('indikasi','kewenangan','Penyalahgunaan Kewenangan','Abuse of authority','SE Sekda Batang B/158/800.1.6.2/VI/2024 butir D.5: penyalahgunaan kewenangan');
INSERT INTO label VALUES('indikasi','anggaran','Penggunaan Anggaran','Use of the budget','SE Sekda Batang butir D.5: penggunaan anggaran');
INSERT INTO label VALUES('indikasi','fasilitas','Penggunaan Fasilitas Pemerintah','Use of government facilities','SE Sekda Batang butir D.5: penggunaan fasilitas pemerintah atau pemerintah daerah');
INSERT INTO label VALUES('indikasi','mobilisasi-pemilih','Mobilisasi Pemilih','Voter mobilisation','SE Sekda Batang butir D.5: mobilisasi pemilih oleh pegawai ASN');
INSERT INTO label VALUES('indikasi','tanpa_indikasi','Tanpa Indikasi','No indication recorded','netral: kasus tanpa indikasi yang dicatat');
CREATE TABLE templat (
	nama TEXT PRIMARY KEY,
	isi TEXT NOT NULL
) STRICT;
INSERT INTO templat VALUES('surat_izin',replace('SURAT IZIN\nNomor : {{nomor}}\n\nMenunjuk surat keputusan {{sk_penunjukan}}\n\nYang bertanda tangan di bawah ini :\nNama                 : {{pemberi_nama}}\nNIP                  : {{pemberi_nip}}\nPangkat / Gol. Ruang : {{pemberi_pangkat}}\nJabatan              : {{pemberi_jabatan}}\nUnit kerja           : {{pemberi_unit}}\n\nMemberikan izin kepada :\nNama                 : {{nama}}\nNIP                  : {{nip}}\nPangkat / Gol. Ruang : {{pangkat}}\nJabatan              : {{jabatan}}\nUnit kerja           : {{unit_kerja}}\n\nUntuk menjadi anggota {{peran_uraian}} dalam kegiatan {{pemilihan_sebutan}}, dengan ketentuan tidak mengganggu pelaksanaan tugas kedinasan dan wajib menjaga netralitas dalam pemberian pelayanan serta tidak memihak kepada salah satu peserta {{pemilihan_sebutan}}.\n\nDemikian surat izin ini dibuat untuk dipergunakan sebagaimana mestinya.\n\n{{tempat}}, {{tanggal}}\n{{pemberi_jabatan}}\n\n\n\n{{pemberi_nama}}\nNIP {{pemberi_nip}}\n\nKepada\n{{nama}}\n','\n',char(10)));
CREATE TABLE nomor (
	tahun INTEGER PRIMARY KEY,
	terakhir INTEGER NOT NULL
) STRICT;
CREATE TABLE impor (
	id INTEGER PRIMARY KEY,
	berkas TEXT NOT NULL,
	sha256 TEXT,
	waktu TEXT NOT NULL,
	operator TEXT NOT NULL,
	diimpor INTEGER NOT NULL DEFAULT 0,
	duplikat INTEGER NOT NULL DEFAULT 0,
	diperbarui INTEGER NOT NULL DEFAULT 0,
	ditolak INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO impor VALUES(1,'p.csv','6f768f49bd3bf4f54f03b4a6c206777ab67919fbf484d29521df188c2148f7f0','2026-12-07T21:34:52Z','tester',2,0,0,0);
CREATE TABLE kasus (
	id INTEGER PRIMARY KEY,
	nomor TEXT NOT NULL UNIQUE,
	-- as reported (the import columns)
	no_laporan TEXT,
	nama TEXT NOT NULL,
	nip TEXT,
	nik TEXT,
	-- one of kosakata jenis_pegawai: a list a rules folder may extend, so
	-- the value is checked against the rules in force, not here
	jenis_pegawai TEXT NOT NULL,
	kategori_jabatan TEXT,
	jabatan TEXT,
	instansi TEXT NOT NULL,
	unit_kerja TEXT,
	tanggal_lahir TEXT,
	tanggal_kejadian TEXT NOT NULL,
	tanggal_laporan TEXT,
	pemilihan TEXT REFERENCES pemilihan (kode),
	bentuk TEXT NOT NULL REFERENCES bentuk (kode),
	uraian TEXT,
	sumber TEXT,
	status TEXT NOT NULL REFERENCES status (kode),
	cltn INTEGER NOT NULL CHECK (cltn IN (0, 1)),
	pasangan_calon INTEGER NOT NULL CHECK (pasangan_calon IN (0, 1)),
	-- derived from the above and the rules; recomputed on every change
	pemilihan_disimpulkan INTEGER NOT NULL,
	usia INTEGER,
	kelompok_usia TEXT NOT NULL,
	kelompok_jabatan TEXT NOT NULL,
	periode TEXT NOT NULL,
	tahap TEXT NOT NULL,
	jenis TEXT NOT NULL,
	kode TEXT NOT NULL,
	ruleset TEXT NOT NULL,
	-- the line of the imported file it came from, or NULL for 'add'
	berkas_baris INTEGER,
	-- a report names one person once: no_laporan and the person, or the
	-- content of a row without no_laporan (re-imports add nothing)
	kunci TEXT UNIQUE,
	dibuat TEXT NOT NULL,
	diubah TEXT NOT NULL,
	-- the workflow: the recommendation, the sanction the PPK imposed
	rekomendasi_nomor TEXT,
	rekomendasi_tanggal TEXT,
	rekomendasi_dari TEXT,
	rekomendasi_sanksi TEXT,
	sanksi TEXT,
	sk_nomor TEXT,
	sk_tanggal TEXT,
	blokir_siasn INTEGER NOT NULL DEFAULT 0
		CHECK (blokir_siasn IN (0, 1)),
	impor_id INTEGER REFERENCES impor (id),
	-- the reporter's phone or e-mail: personal data, never in summaries
	kontak_pelapor TEXT,
	-- whom the act favoured (kosakata sasaran); NULL: a candidate
	sasaran TEXT,
	-- the Satgas's decision where the matrix leaves the tier to it: the
	-- tier decided (kosakata jenis), the decision's number, day and note;
	-- jenis then holds the decided tier
	putusan_jenis TEXT,
	putusan_nomor TEXT,
	putusan_tanggal TEXT,
	putusan_catatan TEXT,
	-- from the NIP or NIK: laki-laki or perempuan; NULL when neither says
	jenis_kelamin TEXT,
	-- the work contract (SPK) of a contract worker (kosakata sifat spk)
	spk_nomor TEXT,
	-- for a case an import run created, the state it had then (every
	-- stored column but its row id, the time of its last change and this
	-- one, as a digest): what check compares the case's history with.  The
	-- run's event holds the digest of its cases' states in line order, so
	-- that none can change, appear or vanish unseen.
	keadaan_impor TEXT,
	-- why a case was voided (status batal), and the case it was merged
	-- into when it repeated one ('netral gabung')
	batal_alasan TEXT,
	gabung_ke TEXT,
	-- the agency whose file the case came from, in a roll-up of many
	-- ('import --asal'); NULL for the agency's own cases
	asal TEXT,
	-- the case's number in that agency's file, which a newer file from it
	-- names again
	asal_nomor TEXT,
	indikasi TEXT,   -- the circulars' indications (kosakata indikasi), comma-separated
	-- in a roll-up, whether the agency that sent the case counts it: 0 for
	-- an act it counted once under another of its origins (an exchange
	-- file's, 'list --pertukaran'); NULL for the agency's own cases
	dihitung_asal TEXT
) STRICT;
CREATE TABLE unit (
	id INTEGER PRIMARY KEY,
	nama TEXT NOT NULL,
	kunci TEXT NOT NULL UNIQUE,
	kepala TEXT,
	jumlah_asn INTEGER NOT NULL CHECK (jumlah_asn >= 0),
	jumlah_ppnpn INTEGER NOT NULL CHECK (jumlah_ppnpn >= 0),
	dibuat TEXT NOT NULL,
	diubah TEXT NOT NULL
) STRICT;
INSERT INTO unit VALUES(1,'Dinas Straße','dinas strase',NULL,3,0,'2026-12-07T21:34:52Z','2026-12-07T21:34:52Z');
INSERT INTO unit VALUES(2,'Dinas Strasse','dinas strasse',NULL,4,0,'2026-12-07T21:34:52Z','2026-12-07T21:34:52Z');
INSERT INTO unit VALUES(3,'Kantor ΣΑΣ','kantor ΣΑΣ',NULL,2,0,'2026-12-07T21:34:52Z','2026-12-07T21:34:52Z');
INSERT INTO unit VALUES(4,'Dinas Pendidikan','dinas pendidikan',NULL,5,0,'2026-12-07T21:34:52Z','2026-12-07T21:34:52Z');
CREATE TABLE kegiatan (
	id INTEGER PRIMARY KEY,
	unit_id INTEGER NOT NULL REFERENCES unit (id),
	jenis TEXT NOT NULL,
	tanggal TEXT NOT NULL,
	pemilihan TEXT,
	peserta INTEGER CHECK (peserta >= 0),
	catatan TEXT,
	dokumen TEXT,   -- a file name or an address: the evidence, kept elsewhere
	dibuat TEXT NOT NULL
) STRICT;
CREATE TABLE daftar_asal (
	id INTEGER PRIMARY KEY,
	nama TEXT NOT NULL,
	kode TEXT NOT NULL UNIQUE,
	kunci TEXT NOT NULL UNIQUE,
	-- the last exchange file's chain head (ID:SHA256) and time
	rantai TEXT,
	dikirim TEXT,
	dibuat TEXT NOT NULL,
	diubah TEXT NOT NULL
) STRICT;
INSERT INTO daftar_asal VALUES(1,'Kota Großstadt','9901','kota grosstadt',NULL,NULL,'2026-12-07T21:34:52Z','2026-12-07T21:34:52Z');
INSERT INTO daftar_asal VALUES(2,'Kabupaten Batang','3325','kabupaten batang',NULL,NULL,'2026-12-07T21:34:53Z','2026-12-07T21:34:53Z');
CREATE TABLE pakta (
	id INTEGER PRIMARY KEY,
	unit_id INTEGER NOT NULL REFERENCES unit (id),
	pemilihan TEXT,
	nama TEXT NOT NULL,
	nip TEXT,
	kunci TEXT NOT NULL,
	tanggal TEXT NOT NULL,
	dibuat TEXT NOT NULL
) STRICT;
INSERT INTO pakta VALUES(1,3,'PILKADA2024','Günter Weiß',NULL,'3:gunter weis','2024-08-01','2026-12-07T21:34:52Z');
INSERT INTO pakta VALUES(2,4,'PILKADA2024','Budi Santoso','198501012010011001','198501012010011001','2024-08-01','2026-12-07T21:34:52Z');
CREATE TABLE izin (
	id INTEGER PRIMARY KEY,
	nomor TEXT NOT NULL UNIQUE,
	nama TEXT NOT NULL,
	nip TEXT NOT NULL,
	pangkat TEXT,
	jabatan TEXT,
	unit_kerja TEXT,
	peran TEXT NOT NULL,
	sk_penunjukan TEXT NOT NULL,
	pemberi_nama TEXT NOT NULL,
	pemberi_nip TEXT NOT NULL,
	pemberi_pangkat TEXT,
	pemberi_jabatan TEXT NOT NULL,
	pemberi_unit TEXT,
	tempat TEXT,
	tanggal TEXT NOT NULL,
	pemilihan TEXT NOT NULL,
	dibuat TEXT NOT NULL
) STRICT;
CREATE TABLE peristiwa (
	id INTEGER PRIMARY KEY,
	kasus_id INTEGER REFERENCES kasus (id),
	waktu TEXT NOT NULL,
	operator TEXT NOT NULL,
	jenis TEXT NOT NULL,
	kolom TEXT,
	lama TEXT,
	baru TEXT,
	catatan TEXT,
	tanggal TEXT,   -- when it took effect, for a status move (the SK's day...)
	rantai TEXT
) STRICT;
INSERT INTO peristiwa VALUES(1,NULL,'2026-12-07T21:34:49Z','tester','aturan','aturan',NULL,'bentuk=d79c99ca65dcac2dfc787898232be7dd jabatan=f927d50912d57a5459b27d6b0b121bc9 jadwal=4fc8d30a8f8652ef71970ef90349e77d kosakata=584609784fd48312e09c59b71f2804d6 label=a22411917d5aa39638bb76296c994733 matriks=45618c14170223858c7335408f501b6c pemilihan=52f945822d46b7b69f256d4acbfda102 pengaturan=edec319c880ceec5325b7261129b7e17 sanksi=012b843692d54c4aa2533384078058de status=e96bb66b4d6870bf11677e9e6cf0f265 templat=b1ecaaa677f6a3eab65e4c32fd8cfcb5 tingkat=6dac245dcb73c80003d6a46d3f230b3f transisi=a6a5f5f1eb9bd52e6975a6d53af2b5ed undang=116cb8ee3c6de95ceb8c1c04273edc57','bawaan',NULL,'4294e73104137064ed9e75d1cb890ed68e16d0c4ddb385bc3696b34dd21782ef');
INSERT INTO peristiwa VALUES(2,NULL,'2026-12-07T21:34:52Z','tester','unit','unit:1',NULL,'3:46dfee41226be80016260ee679418aec3f5fac983fb3ac9376b3a3473803ecef03d1d12d7229d91e9a42b2118e9abec93c1542e29750239a2c1b9aa7cbb3127d','Dinas Straße',NULL,'0c480bb87fc038489d2b666a5db9375909c7eee88d0010ad83b5928c8fc610de');
INSERT INTO peristiwa VALUES(3,NULL,'2026-12-07T21:34:52Z','tester','unit','unit:2',NULL,'3:10ad9f941991cb485b1bf1f2bf3824f0c48ebfd3b0412d2168f5d2bd3ef0c73d0d06cae97229d91e453c46158e9abec9cf570a7d9750239a2d6ccef7cbb3127d','Dinas Strasse',NULL,'e48792d0be956372b82f950d2d8d352e27a00caafa3a6e16be76baa6a1be94d2');
INSERT INTO peristiwa VALUES(4,NULL,'2026-12-07T21:34:52Z','tester','unit','unit:3',NULL,'3:0ee8274ba782a1549dc58e6325c9459b4e5f1426c7b8c5a34edbda7e54a93bbd3b42884f7229d91e8d33f03a8e9abec96816b0029750239a173f6c7acbb3127d','Kantor ΣΑΣ',NULL,'181fb63db7ee44fb3d604dcc36016dc5def1400a2ec22f4d84fdeaad6b16336b');
INSERT INTO peristiwa VALUES(5,NULL,'2026-12-07T21:34:52Z','tester','unit','unit:4',NULL,'3:03bd17e8b5ff95a0ee4e3102a4a0c3d3565f51189e59b64107aaa2c2191b5a102d81d9ae7229d91ef91a4d228e9abec915d0ed719750239a45b4ff8ccbb3127d','Dinas Pendidikan',NULL,'4bf561dca695da02bafb3be49fe8d25dfd7866d2934ff3229a0bda837e619097');
INSERT INTO peristiwa VALUES(6,NULL,'2026-12-07T21:34:52Z','tester','pakta','pakta:1',NULL,'3:a139b9f3072c28f810ecdba956fc2d7cfc1c58a729f7ec4793001d846a3bdd16b9b8f59ea72c81d54a63fe798e9abec9e3c5321a9750239a8ccd8e12cbb3127d','p.csv:2',NULL,'86646a23f7dd43fe5936e0f5fc82d2f2f8c790ab8d564a49fff2098b1d0ae914');
INSERT INTO peristiwa VALUES(7,NULL,'2026-12-07T21:34:52Z','tester','pakta','pakta:2',NULL,'3:2562e83301bd0cb3d0e76d0eae9ce5ffbff73fee5f381fc6eb9a612418885bf1d57b8850851438d9cad6e27e8e9abec902ac63529750239a9c8cbc76cbb3127d','p.csv:3',NULL,'2d6072e8b0d38d10c1d54106880073762d91389134d0448346a09a8c060312e9');
INSERT INTO peristiwa VALUES(8,NULL,'2026-12-07T21:34:52Z','tester','impor','impor','1','6f07c7e50cb451d54c80c33c32212b0eba7865d18a1ce8294f7a7f8198f5c449','berkas=p.csv; sha256=6f768f49bd3bf4f54f03b4a6c206777ab67919fbf484d29521df188c2148f7f0; diimpor=2; duplikat=0; diperbarui=0; ditolak=0',NULL,'b9d9ee58f3997635b8175462a2345fc22c6cbd5e226849e30352f588c7e574fe');
INSERT INTO peristiwa VALUES(9,NULL,'2026-12-07T21:34:52Z','tester','daftar_asal','daftar_asal:1',NULL,'3:96737bc26b057b0aedb081251b2f1c16be1697bdd22a4b41b9e404aea0801e658cc8f93e81b005ee48e92f718e9abec947e1ba799750239aca92f33bcbb3127d','Kota Großstadt',NULL,'3f2bae88e51baba27fa6e56b7b144139966e9479f73c4b3eb330c98da4d7db5e');
INSERT INTO peristiwa VALUES(10,NULL,'2026-12-07T21:34:53Z','tester','daftar_asal','daftar_asal:2',NULL,'3:3d59da07e6e90d0875e1ec5f32f62ec3fe4f4055cd8c4bcfaadea0387439b0ec75b446f1d8336a3e8237bbaf8e9abec95b73108b9750239aa98f18c8cbb3127d','Kabupaten Batang',NULL,'52c5ffa673ff2c47c0abef6906297ac1f5cbcc3befe17021dd074b248c0582f5');
CREATE INDEX kasus_asal ON kasus (asal, asal_nomor) WHERE asal IS NOT NULL;
CREATE UNIQUE INDEX kegiatan_sekali ON kegiatan (unit_id, jenis, tanggal, coalesce(pemilihan, ''));
CREATE UNIQUE INDEX pakta_sekali ON pakta (coalesce(pemilihan, ''), kunci);
CREATE INDEX izin_nip ON izin (nip);
CREATE INDEX peristiwa_kasus ON peristiwa (kasus_id);
CREATE TRIGGER peristiwa_tanpa_ubah BEFORE UPDATE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be changed');
END;
CREATE TRIGGER peristiwa_tanpa_hapus BEFORE DELETE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be deleted');
END;
COMMIT;
PRAGMA application_id = 1314148940;
PRAGMA user_version = 14;
