PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
	kunci TEXT PRIMARY KEY,
	nilai TEXT NOT NULL
) STRICT;
INSERT INTO meta VALUES('aturan_hash','8bb266e372faa010a3a95091bdecfa5a84abc131a3003084a52a5fb51075cae7');
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
INSERT INTO kosakata VALUES('jenis_laporan','pencegahan','','','pelaksanaan sosialisasi, ikrar dan penandatanganan pakta integritas netralitas Pegawai ASN',50);
INSERT INTO kosakata VALUES('jenis_laporan','rekap','','','rekapitulasi kasus pelanggaran netralitas Pegawai ASN',51);
INSERT INTO kosakata VALUES('jenis_laporan','kasus','','','pelanggaran netralitas Pegawai ASN yang terbukti',52);
INSERT INTO kosakata VALUES('jenis_laporan','monev','','','hasil pembinaan dan pengawasan netralitas Pegawai ASN untuk monitoring dan evaluasi Satgas',53);
INSERT INTO kosakata VALUES('penerima_laporan','dirjen-otda','Mendagri|Kemendagri|Otda','','Menteri Dalam Negeri c.q. Direktur Jenderal Otonomi Daerah',54);
INSERT INTO kosakata VALUES('penerima_laporan','bkd','BKPSDM|BKPP','','Kepala Badan Kepegawaian Daerah',55);
INSERT INTO kosakata VALUES('penerima_laporan','bkn','','','Kepala Badan Kepegawaian Negara',56);
INSERT INTO kosakata VALUES('penerima_laporan','bawaslu','','','Ketua Badan Pengawas Pemilihan Umum',57);
INSERT INTO kosakata VALUES('penerima_laporan','panwaslu-kecamatan','Panwascam','','Ketua Panitia Pengawas Pemilihan Umum Kecamatan',58);
INSERT INTO kosakata VALUES('penerima_laporan','satgas','','','Satuan Tugas Pembinaan dan Pengawasan Netralitas Pegawai ASN',59);
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
INSERT INTO pemilihan VALUES('PILKADA2020','Pemilihan kepala daerah serentak 2020','2020-09-23','2020-09-26','2020-12-05','2020-12-09','bawaan','2019-08-09','','Pemilihan Gubernur, Bupati, dan Wali Kota Tahun 2020');
INSERT INTO pemilihan VALUES('PEMILU2024-PILEG','Pemilu 2024: DPR, DPD dan DPRD','2023-11-03','2023-11-28','2024-02-10','2024-02-14','bawaan','2022-06-14','2022-12-14','Pemilihan Umum Tahun 2024');
INSERT INTO pemilihan VALUES('PEMILU2024-PILPRES','Pemilu 2024: presiden dan wakil presiden','2023-11-13','2023-11-28','2024-02-10','2024-02-14','bawaan','2022-06-14','2022-12-14','Pemilihan Umum Tahun 2024');
INSERT INTO pemilihan VALUES('PILKADA2024','Pemilihan kepala daerah serentak 2024','2024-09-22','2024-09-25','2024-11-23','2024-11-27','bawaan','2024-01-26','','Pemilihan Gubernur, Bupati, dan Wali Kota Tahun 2024');
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
	-- 1: a reopening of a case closed by mistake (netral reopen), with
	-- its reason; never a plain move.  NULL reads as 0: a database
	-- upgraded keeps its rules' digest (an empty value is none) until the
	-- rules are next brought in
	buka INTEGER CHECK (buka IN (0, 1)),
	PRIMARY KEY (dari, ke)
) STRICT;
INSERT INTO transisi VALUES('dilaporkan','verifikasi','Laporan mulai diverifikasi',0);
INSERT INTO transisi VALUES('dilaporkan','tidak_terbukti','Laporan langsung dinyatakan tidak terbukti',0);
INSERT INTO transisi VALUES('verifikasi','terbukti','Terbukti; rekomendasi sanksi diterima (KASN sampai Agustus 2024; BKN sesudahnya; atau Bawaslu)',0);
INSERT INTO transisi VALUES('verifikasi','tidak_terbukti','Hasil verifikasi: tidak terbukti',0);
INSERT INTO transisi VALUES('tidak_terbukti','verifikasi','Dibuka kembali karena bukti baru',0);
INSERT INTO transisi VALUES('terbukti','disanksi','PPK menjatuhkan sanksi dengan SK',0);
INSERT INTO transisi VALUES('disanksi','selesai','Kasus selesai',0);
INSERT INTO transisi VALUES('dilaporkan','batal','Dibatalkan: laporan ganda atau keliru',0);
INSERT INTO transisi VALUES('verifikasi','batal','Dibatalkan: laporan ganda atau keliru',0);
INSERT INTO transisi VALUES('tidak_terbukti','batal','Dibatalkan: laporan ganda atau keliru',0);
INSERT INTO transisi VALUES('terbukti','batal','Dibatalkan: kasus yang sama tercatat dua kali',0);
INSERT INTO transisi VALUES('selesai','disanksi','Dibuka kembali: ditutup karena keliru',1);
INSERT INTO transisi VALUES('tidak_terbukti','dilaporkan','Dibuka kembali: dinyatakan tidak terbukti karena keliru',1);
INSERT INTO transisi VALUES('batal','dilaporkan','Dibuka kembali: dibatalkan karena keliru',1);
INSERT INTO transisi VALUES('batal','verifikasi','Dibuka kembali: dibatalkan karena keliru',1);
INSERT INTO transisi VALUES('batal','tidak_terbukti','Dibuka kembali: dibatalkan karena keliru',1);
INSERT INTO transisi VALUES('batal','terbukti','Dibuka kembali: dibatalkan karena keliru',1);
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
CREATE TABLE kewajiban_lapor (
	pemilihan TEXT NOT NULL,
	laporan TEXT NOT NULL,
	kepada TEXT NOT NULL,
	irama TEXT NOT NULL,
	mulai TEXT NOT NULL,
	selesai TEXT,
	batas TEXT,
	sumber TEXT NOT NULL,
	-- 1: the agency's own circular, cited when shown
	instansi INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (pemilihan, laporan, kepada)
) STRICT;
INSERT INTO kewajiban_lapor VALUES('PEMILU2024-PILEG','pencegahan','dirjen-otda','sekali','2023-08-24','','','Surat Kemendagri 100.2.2.6/5812/OTDA (24 Agustus 2023, ditandatangani Dirjen Otda) butir 5: sosialisasi, ikrar dan penandatanganan pakta integritas dilaporkan kepada Menteri Dalam Negeri c.q. Direktur Jenderal Otonomi Daerah; tanpa tanggal batas',0);
INSERT INTO kewajiban_lapor VALUES('PEMILU2024-PILPRES','pencegahan','dirjen-otda','sekali','2023-08-24','','','Surat Kemendagri 100.2.2.6/5812/OTDA (24 Agustus 2023, ditandatangani Dirjen Otda) butir 5: sosialisasi, ikrar dan penandatanganan pakta integritas dilaporkan kepada Menteri Dalam Negeri c.q. Direktur Jenderal Otonomi Daerah; tanpa tanggal batas',0);
INSERT INTO kewajiban_lapor VALUES('PILKADA2024','pencegahan','dirjen-otda','sekali','2023-08-24','','','Surat Kemendagri 100.2.2.6/5812/OTDA (24 Agustus 2023, ditandatangani Dirjen Otda) butir 5: sosialisasi, ikrar dan penandatanganan pakta integritas dilaporkan kepada Menteri Dalam Negeri c.q. Direktur Jenderal Otonomi Daerah; tanpa tanggal batas',0);
INSERT INTO kewajiban_lapor VALUES('PEMILU2024-PILEG','monev','satgas','bebas','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: tugas PPK 6): hasil pembinaan dan pengawasan disampaikan pada saat monitoring dan evaluasi oleh Satgas; tanpa irama tetap',0);
INSERT INTO kewajiban_lapor VALUES('PEMILU2024-PILPRES','monev','satgas','bebas','2022-09-22','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: tugas PPK 6): hasil pembinaan dan pengawasan disampaikan pada saat monitoring dan evaluasi oleh Satgas; tanpa irama tetap',0);
INSERT INTO kewajiban_lapor VALUES('PILKADA2024','monev','satgas','bebas','2024-01-26','','','SKB 2022 (BKN Kanreg III, Netralitas ASN: tugas PPK 6): hasil pembinaan dan pengawasan disampaikan pada saat monitoring dan evaluasi oleh Satgas; tanpa irama tetap',0);
CREATE TABLE templat (
	nama TEXT PRIMARY KEY,
	isi TEXT NOT NULL
) STRICT;
INSERT INTO templat VALUES('surat_izin',replace('SURAT IZIN\nNomor : {{nomor_surat}}\n\nMenunjuk {{dasar_penunjukan}} sebagai anggota {{peran_uraian}}.\n\nYang bertanda tangan di bawah ini :\nNama : {{pemberi_nama}}\nNIP : {{pemberi_nip}}\nPangkat / Gol. Ruang : {{pemberi_pangkat}}\nJabatan : {{pemberi_jabatan}}\nUnit kerja : {{pemberi_unit}}\n\nMemberikan izin kepada :\nNama : {{nama}}\nNIP : {{nip}}\nPangkat / Gol. Ruang : {{pangkat}}\nJabatan : {{jabatan}}\nUnit kerja : {{unit_kerja}}\n\nUntuk menjadi anggota {{peran_uraian}} dalam kegiatan {{pemilihan_sebutan}}, dengan ketentuan tidak mengganggu pelaksanaan tugas kedinasan dan wajib menjaga netralitas dalam pemberian pelayanan serta tidak memihak kepada salah satu peserta {{pemilihan_sebutan}}.\n\nDemikian surat izin ini dibuat untuk dipergunakan sebagaimana mestinya.\n\n> {{tempat}}, {{tanggal}}\n> {{pemberi_jabatan}},\n>\n>\n>\n>\n> {{pemberi_nama}}\n> {{pemberi_pangkat}}\n> NIP {{pemberi_nip}}\n\nKepada\nYth. {{nama}}\n','\n',char(10)));
INSERT INTO templat VALUES('surat_pengantar',replace('SURAT PENGANTAR\nNomor : {{nomor_surat}}\n\nKepada Yth.\n{{kepada_uraian}}\n\nTanggal : {{tanggal}}\nPerihal : {{perihal}}\nLampiran : {{lampiran_jumlah}} berkas\n\nDengan hormat, bersama ini kami sampaikan laporan {{jenis_uraian}} ({{pemilihan_sebutan}}), dengan lampiran sebagai berikut:\n\n{{lampiran}}\n\nSidik jari SHA-256 setiap berkas tercantum di atas; berkas yang diterima dapat diperiksa dengan sha256sum.\n\nDemikian disampaikan untuk menjadi bahan seperlunya.\n\n> {{ttd_tempat}}, {{tanggal}}\n> {{ttd_jabatan}},\n>\n>\n>\n>\n> {{ttd_nama}}\n> {{ttd_pangkat}}\n> NIP {{ttd_nip}}\n','\n',char(10)));
CREATE TABLE nomor (
	tahun INTEGER PRIMARY KEY,
	terakhir INTEGER NOT NULL
) STRICT;
INSERT INTO nomor VALUES(2020,2);
INSERT INTO nomor VALUES(2023,2);
INSERT INTO nomor VALUES(2024,22);
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
INSERT INTO impor VALUES(1,'kasus.csv','b231dc7ad295faa8b597157531ab50181f8d4d2d8a4ad8fd6d9ccb9d4ffb99e4','2026-12-08T02:10:19Z','tester',12,0,0,0);
INSERT INTO impor VALUES(2,'x.csv','f9d5fdba71ee1919d3b213e633a505b1eb41348f3df43236038da31afc2c2132','2026-12-08T02:10:19Z','tester',12,0,0,0);
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
INSERT INTO kasus VALUES(1,'2024-0001','012/LP/PB/2024','Budi Santoso','196806091995031003',NULL,'PNS','jpt-pratama','Kepala Dinas Pendidikan','Kabupaten Purbalingga','Dinas Pendidikan',NULL,'2024-08-10','2024-08-12','PILKADA2024','medsos-kampanye','Membagikan poster bakal calon bupati di Facebook','Bawaslu','batal',0,0,1,56,'>=51','jpt','sebelum_kampanye','bakal_calon','kode_etik','KE-2','SKB2022',2,'L:012/LP/PB/2024nip:196806091995031003','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,1,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:Kf0Q7FU_FZOR__kj4iKUPntE8ib4CTCOimFWKmPjsw2O5hymMmcRlQ','laporan keliru',NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(2,'2024-0002','013/LP/PB/2024','Siti Aminah','198512302010122001',NULL,'PNS','fungsional','Guru','Kabupaten Purbalingga','SMP Negeri 1',NULL,'2024-10-02','2024-10-03','PILKADA2024','foto-bersama','Foto bersama pasangan calon, dengan simbol jari, diunggah ke Instagram','masyarakat','terbukti',0,0,1,38,'31-40','fungsional','saat_kampanye','calon','disiplin_berat','DS-6','SKB2022',3,'L:013/LP/PB/2024nip:198512302010122001','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z','B-112/BKN/X/2024','2024-10-21','BKN','turun-jabatan-12bln',NULL,NULL,NULL,0,1,NULL,NULL,NULL,NULL,NULL,NULL,'perempuan',NULL,'4:BuJUexoaMsYs1O9T3YitXA30SzotQq4e5s4D3cXMRUzicCMAGNRnzQ',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(3,'2024-0003','013/LP/PB/2024','Rahmat Hidayat','197208212000031002',NULL,'PNS','pengawas','Kepala Seksi','Kabupaten Purbalingga','Dinas Pendidikan',NULL,'2024-10-02','2024-10-03','PILKADA2024','foto-bersama','Foto bersama pasangan calon yang sama','masyarakat','disanksi',0,0,1,52,'>=51','pengawas','saat_kampanye','calon','disiplin_berat','DS-6','SKB2022',4,'L:013/LP/PB/2024nip:197208212000031002','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z','B-113/BKN/X/2024','2024-10-21','BKN','turun-jabatan-12bln','turun-jabatan-12bln','800/217/2024','2024-11-04',0,1,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:j_EgVELWb8p7rZuM_p5PX1Uv4b0RQH48rT3ROXRpwBUViW8jzL1sow',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(4,'2024-0004','T-07/BWS/2024','Agus Wibowo','197503152000031002',NULL,'PNS','camat','Camat Bandar','Kabupaten Batang','Kecamatan Bandar',NULL,'2024-10-20','2024-10-22','PILKADA2024','kegiatan-keberpihakan',replace('Mengumpulkan kepala desa untuk mendukung pasangan calon;\ndisertai pembagian sembako','\n',char(10)),'Bawaslu','verifikasi',0,0,1,49,'41-50','kepala_wilayah','saat_kampanye','calon','disiplin_berat','DS-7','SKB2022',5,'L:T-07/BWS/2024nip:197503152000031002','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,1,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:WXPwnE7zJZcNONmwXT_vpRlEkcybHx7ZFd0rW42CA-IddoK6NowRlQ',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(5,'2024-0005',NULL,'Rina Marlina','199001152022212005',NULL,'PPPK','fungsional','Perawat','Kota Lubuk Linggau','RSUD',NULL,'2024-09-10',NULL,'PILKADA2024','hadir-deklarasi','Hadir dan berorasi pada deklarasi bakal calon','media','dilaporkan',0,0,1,34,'31-40','fungsional','sebelum_kampanye','bakal_calon','kode_etik','KE-3','SKB2022',7,'H:8085a23cf2ba3a7e478cff4ccda622cce771b34213011ad72835b0130d1c469a','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,1,NULL,NULL,NULL,NULL,NULL,NULL,'perempuan',NULL,'4:f6EpnSjbRG9S3x-IebeLkgOxztVjh2Qh1nL4Op3RH2CcKeXp91bOUg',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(6,'2024-0006',NULL,'Dedi Kurniawan',NULL,'3302151206850001','PPNPN',NULL,'Tenaga kontrak','Kabupaten Kotawaringin Barat','Sekretariat Daerah',NULL,'2024-11-01',NULL,'PILKADA2024','apk','Memasang baliho pasangan calon di kantor','internal','dilaporkan',0,0,1,39,'31-40','tidak_diketahui','saat_kampanye','calon','disiplin_berat','DS-1','SKB2022',8,'H:234e182fd3d93e23a233117fa913ef51d06c6d60629117de15fe2046be24c157','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,1,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:i8SNhxrhnGXvGIKZ825xB9KoONXGklXk5LBaGrcj4IfcT8ugOp0RlQ',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(7,'2023-0001','21/PM/2023','Hendra Gunawan','197108171995121001',NULL,'PNS','administrator','Kepala Bagian','Kabupaten Batang','Sekretariat Daerah',NULL,'2023-11-05','2023-11-06','PEMILU2024-PILPRES','medsos-interaksi','Menyukai dan membagikan unggahan akun pemenangan','masyarakat','selesai',0,0,0,52,'>=51','administrator','sebelum_kampanye','bakal_calon','kode_etik','KE-4','SKB2022',9,'L:21/PM/2023nip:197108171995121001','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z','R-2201/KASN/12/2023','2023-12-04','KASN','moral-terbuka','moral-terbuka','800/45/2024','2024-01-08',0,1,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:7bAa-mvJPgwvB_vFnDFghH_FsQaulQPvfKOfx3FtPV1gxnA2yphdrg',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(8,'2024-0007',NULL,'Wati Susilawati','198003102005012003',NULL,'PNS',NULL,'Analis Kebijakan','Kota Lubuk Linggau','Bappeda',NULL,'2024-10-05',NULL,'PILKADA2024','kampanye-pasangan','Mendampingi suami calon wali kota; sedang CLTN','masyarakat','dilaporkan',1,1,1,44,'41-50','tidak_diketahui','saat_kampanye','calon','tidak_melanggar','','SKB2022',10,'H:3a3c8f234ba984ab750efe09b6ae7b6d5b86aee676b6085389b1a9a6cc1a6abd','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,1,NULL,NULL,NULL,NULL,NULL,NULL,'perempuan',NULL,'4:i22hGDVWIz0b9LlBPN0gVVzJa-J9ng38KalA-D2iRWVxMFNXkZrOUg',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(9,'2024-0008','044/LP/2024','Joko Prasetyo','196912121990031004',NULL,'PNS','pelaksana','Pengadministrasi Umum','Kabupaten Batang','Dinas Perhubungan',NULL,'2024-07-01',NULL,'PILKADA2024','anggota-parpol','Tercatat sebagai pengurus partai politik','Bawaslu','terbukti',0,0,1,54,'>=51','pelaksana','sebelum_kampanye','bakal_calon','ptdh','PTDH-1','SKB2022',11,'L:044/LP/2024nip:196912121990031004','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z','B-140/BKN/VIII/2024','2024-08-26','BKN','ptdh',NULL,NULL,NULL,0,1,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:7__k4zHbtVHPTRjs4yGGv2VzGXGCwZpeA9A5aiUwB3sShinyFDlWdw',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(10,'2024-0009','045/LP/2024','Yuni Rahayu','198807072014022001',NULL,'PNS','fungsional','Penyuluh Agama','Kementerian Agama','Kantor Kemenag Kab. Batang',NULL,'2024-10-12',NULL,'PILKADA2024','ikut-kampanye','Ikut kampanye terbuka pasangan calon','media','dilaporkan',0,0,1,36,'31-40','fungsional','saat_kampanye','calon','disiplin_sedang','','SKB2022',12,'L:045/LP/2024nip:198807072014022001','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,1,NULL,NULL,'disiplin_sedang','01/SATGAS/2024','2024-11-01',NULL,'perempuan',NULL,'4:cVfIsEFbTCd1YRe1vlM17DilGxBD18IOCokS0wkwrTj8d-qIrfHOUg',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(11,'2024-0010','046/LP/2024','Bambang Siregar','197901012005011001',NULL,'PNS','lurah','Lurah Sidomulyo','Kota Lubuk Linggau','Kelurahan Sidomulyo',NULL,'2024-09-01',NULL,'PILKADA2024','tim-pemenangan','Menjadi konsultan tim pemenangan bakal calon','Bawaslu','dilaporkan',0,0,1,45,'41-50','kepala_wilayah','sebelum_kampanye','bakal_calon','disiplin_sedang','DS-8','SKB2022',13,'L:046/LP/2024nip:197901012005011001','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,1,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:3KbAHGnjJdphzDWMj3PVKiHYLXtJ7AaCgip8o4xg1An6zT6cAh8RlQ',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(12,'2020-0001','047/LP/2020','Nur Hasibuan','197306062000122001',NULL,'PNS','fungsional','Guru','Kabupaten Purbalingga','SD Negeri 2',NULL,'2020-10-15',NULL,'PILKADA2020','medsos-kampanye','Kasus Pilkada 2020: sebelum SKB 2022','KASN','selesai',0,0,0,47,'41-50','fungsional','saat_kampanye','calon','satgas','','SKB2020',14,'L:047/LP/2020nip:197306062000122001','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z','R-1520/KASN/11/2020','2020-11-16','KASN','moral-terbuka','moral-terbuka','800/301/2020','2020-12-01',0,1,NULL,NULL,NULL,NULL,NULL,NULL,'perempuan',NULL,'4:Y4gMxfo1pRjo8ADPPvmk7vVnlzh8jb9nnkPZesfm-t2rzs2kTwzXKQ',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(13,'2024-0011',NULL,'Ani Baru','199001012023212001',NULL,'PPPK',NULL,NULL,'Kabupaten Batang',NULL,NULL,'2024-10-05',NULL,'PILKADA2024','apk',NULL,NULL,'dilaporkan',0,0,0,34,'31-40','tidak_diketahui','saat_kampanye','calon','disiplin_berat','DS-1','SKB2022',NULL,NULL,'2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'perempuan',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(14,'2024-0012','77/LP/2024','Ani Baru','199001012023212001',NULL,'PPPK',NULL,NULL,'Kabupaten Batang',NULL,NULL,'2024-10-05',NULL,'PILKADA2024','apk',NULL,'Bawaslu','batal',0,0,0,34,'31-40','tidak_diketahui','saat_kampanye','calon','disiplin_berat','DS-1','SKB2022',NULL,'L:77/LP/2024nip:199001012023212001','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'perempuan',NULL,NULL,'sama','2024-0011',NULL,NULL,NULL,NULL);
INSERT INTO kasus VALUES(15,'2024-0013','012/LP/PB/2024','Budi Santoso','196806091995031003',NULL,'PNS','jpt-pratama','Kepala Dinas Pendidikan','Kabupaten Purbalingga','Dinas Pendidikan',NULL,'2024-08-10','2024-08-12','PILKADA2024','medsos-kampanye','Membagikan poster bakal calon bupati di Facebook','Bawaslu','dilaporkan',0,0,1,56,'>=51','jpt','sebelum_kampanye','bakal_calon','kode_etik','KE-2','SKB2022',2,'A:Kabupaten BatangN:2024-0001','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,2,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:wN45Dr2BTU30YdXXHBOyjafPR-uvYMQHLGNuc14aECZGya3A-obxZA',NULL,NULL,'Kabupaten Batang','2024-0001',NULL,NULL);
INSERT INTO kasus VALUES(16,'2024-0014','013/LP/PB/2024','Siti Aminah','198512302010122001',NULL,'PNS','fungsional','Guru','Kabupaten Purbalingga','SMP Negeri 1',NULL,'2024-10-02','2024-10-03','PILKADA2024','foto-bersama','Foto bersama pasangan calon, dengan simbol jari, diunggah ke Instagram','masyarakat','terbukti',0,0,1,38,'31-40','fungsional','saat_kampanye','calon','disiplin_berat','DS-6','SKB2022',3,'A:Kabupaten BatangN:2024-0002','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z','B-112/BKN/X/2024','2024-10-21','BKN','turun-jabatan-12bln',NULL,NULL,NULL,0,2,NULL,NULL,NULL,NULL,NULL,NULL,'perempuan',NULL,'4:JmmmwZsTuEYYfib70vXmi5S1iA57mRKFXZXXBnVEIyb6E8RgmN8P2Q',NULL,NULL,'Kabupaten Batang','2024-0002',NULL,NULL);
INSERT INTO kasus VALUES(17,'2024-0015','013/LP/PB/2024','Rahmat Hidayat','197208212000031002',NULL,'PNS','pengawas','Kepala Seksi','Kabupaten Purbalingga','Dinas Pendidikan',NULL,'2024-10-02','2024-10-03','PILKADA2024','foto-bersama','Foto bersama pasangan calon yang sama','masyarakat','disanksi',0,0,1,52,'>=51','pengawas','saat_kampanye','calon','disiplin_berat','DS-6','SKB2022',4,'A:Kabupaten BatangN:2024-0003','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z','B-113/BKN/X/2024','2024-10-21','BKN','turun-jabatan-12bln','turun-jabatan-12bln','800/217/2024','2024-11-04',0,2,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:QsqNP-lYpkaPh6PusN0jShltPrdrFZhCikd5mQ6ixIaMwZoC9kQ93Q',NULL,NULL,'Kabupaten Batang','2024-0003',NULL,NULL);
INSERT INTO kasus VALUES(18,'2024-0016','T-07/BWS/2024','Agus Wibowo','197503152000031002',NULL,'PNS','camat','Camat Bandar','Kabupaten Batang','Kecamatan Bandar',NULL,'2024-10-20','2024-10-22','PILKADA2024','kegiatan-keberpihakan',replace('Mengumpulkan kepala desa untuk mendukung pasangan calon;\ndisertai pembagian sembako','\n',char(10)),'Bawaslu','verifikasi',0,0,1,49,'41-50','kepala_wilayah','saat_kampanye','calon','disiplin_berat','DS-7','SKB2022',5,'A:Kabupaten BatangN:2024-0004','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,2,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:RXMOldIrVBbIaa2xNyURtwiZwRKkmnC9EywS6dxqfyGQiSIrb5Mntw',NULL,NULL,'Kabupaten Batang','2024-0004',NULL,NULL);
INSERT INTO kasus VALUES(19,'2024-0017',NULL,'Rina Marlina','199001152022212005',NULL,'PPPK','fungsional','Perawat','Kota Lubuk Linggau','RSUD',NULL,'2024-09-10',NULL,'PILKADA2024','hadir-deklarasi','Hadir dan berorasi pada deklarasi bakal calon','media','dilaporkan',0,0,1,34,'31-40','fungsional','sebelum_kampanye','bakal_calon','kode_etik','KE-3','SKB2022',7,'A:Kabupaten BatangN:2024-0005','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,2,NULL,NULL,NULL,NULL,NULL,NULL,'perempuan',NULL,'4:n9EjTgD6T-LzwXw2rr2kY0KJ92onzyxHNjy-I7mIcyj4037C6w0p9w',NULL,NULL,'Kabupaten Batang','2024-0005',NULL,NULL);
INSERT INTO kasus VALUES(20,'2024-0018',NULL,'Dedi Kurniawan',NULL,'3302151206850001','PPNPN',NULL,'Tenaga kontrak','Kabupaten Kotawaringin Barat','Sekretariat Daerah',NULL,'2024-11-01',NULL,'PILKADA2024','apk','Memasang baliho pasangan calon di kantor','internal','dilaporkan',0,0,1,39,'31-40','tidak_diketahui','saat_kampanye','calon','disiplin_berat','DS-1','SKB2022',8,'A:Kabupaten BatangN:2024-0006','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,2,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:kL-UWg61QMRn9-zptouPDGjV-vunbyZf_0ThK1i_PnBlcHqgeVHPqQ',NULL,NULL,'Kabupaten Batang','2024-0006',NULL,NULL);
INSERT INTO kasus VALUES(21,'2023-0002','21/PM/2023','Hendra Gunawan','197108171995121001',NULL,'PNS','administrator','Kepala Bagian','Kabupaten Batang','Sekretariat Daerah',NULL,'2023-11-05','2023-11-06','PEMILU2024-PILPRES','medsos-interaksi','Menyukai dan membagikan unggahan akun pemenangan','masyarakat','selesai',0,0,0,52,'>=51','administrator','sebelum_kampanye','bakal_calon','kode_etik','KE-4','SKB2022',9,'A:Kabupaten BatangN:2023-0001','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z','R-2201/KASN/12/2023','2023-12-04','KASN','moral-terbuka','moral-terbuka','800/45/2024','2024-01-08',0,2,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:zPw1q24XjhTHc8Hqx9ul7JRGD8ReZSzcut5qs34_uJYihcPWLmoOTg',NULL,NULL,'Kabupaten Batang','2023-0001',NULL,NULL);
INSERT INTO kasus VALUES(22,'2024-0019',NULL,'Wati Susilawati','198003102005012003',NULL,'PNS',NULL,'Analis Kebijakan','Kota Lubuk Linggau','Bappeda',NULL,'2024-10-05',NULL,'PILKADA2024','kampanye-pasangan','Mendampingi suami calon wali kota; sedang CLTN','masyarakat','dilaporkan',1,1,1,44,'41-50','tidak_diketahui','saat_kampanye','calon','tidak_melanggar','','SKB2022',10,'A:Kabupaten BatangN:2024-0007','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,2,NULL,NULL,NULL,NULL,NULL,NULL,'perempuan',NULL,'4:OPymIw-xPCW_lJwRt_-Jld_e3lQJKFnHBZi3XUNHqhdyzFSxlPHK8Q',NULL,NULL,'Kabupaten Batang','2024-0007',NULL,NULL);
INSERT INTO kasus VALUES(23,'2024-0020','044/LP/2024','Joko Prasetyo','196912121990031004',NULL,'PNS','pelaksana','Pengadministrasi Umum','Kabupaten Batang','Dinas Perhubungan',NULL,'2024-07-01',NULL,'PILKADA2024','anggota-parpol','Tercatat sebagai pengurus partai politik','Bawaslu','terbukti',0,0,1,54,'>=51','pelaksana','sebelum_kampanye','bakal_calon','ptdh','PTDH-1','SKB2022',11,'A:Kabupaten BatangN:2024-0008','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z','B-140/BKN/VIII/2024','2024-08-26','BKN','ptdh',NULL,NULL,NULL,0,2,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:-jXrXg-0HhC3MC7gjddXhjKG5oNSWBEWYnoXVx6C2CRkjjLjkHC1sw',NULL,NULL,'Kabupaten Batang','2024-0008',NULL,NULL);
INSERT INTO kasus VALUES(24,'2024-0021','045/LP/2024','Yuni Rahayu','198807072014022001',NULL,'PNS','fungsional','Penyuluh Agama','Kementerian Agama','Kantor Kemenag Kab. Batang',NULL,'2024-10-12',NULL,'PILKADA2024','ikut-kampanye','Ikut kampanye terbuka pasangan calon','media','dilaporkan',0,0,1,36,'31-40','fungsional','saat_kampanye','calon','satgas','','SKB2022',12,'A:Kabupaten BatangN:2024-0009','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,2,NULL,NULL,NULL,NULL,NULL,NULL,'perempuan',NULL,'4:vNkbYAMTHCn1jf0EI0bKWS26J517djHxBU2NpY64SqH84LJPPrjibw',NULL,NULL,'Kabupaten Batang','2024-0009',NULL,NULL);
INSERT INTO kasus VALUES(25,'2024-0022','046/LP/2024','Bambang Siregar','197901012005011001',NULL,'PNS','lurah','Lurah Sidomulyo','Kota Lubuk Linggau','Kelurahan Sidomulyo',NULL,'2024-09-01',NULL,'PILKADA2024','tim-pemenangan','Menjadi konsultan tim pemenangan bakal calon','Bawaslu','dilaporkan',0,0,1,45,'41-50','kepala_wilayah','sebelum_kampanye','bakal_calon','disiplin_sedang','DS-8','SKB2022',13,'A:Kabupaten BatangN:2024-0010','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,2,NULL,NULL,NULL,NULL,NULL,NULL,'laki-laki',NULL,'4:UnYuoJ6qHMwWDxL_ffcmArhSa0FYoiwY7fcWvDwjkM6zzQmKkFwUiA',NULL,NULL,'Kabupaten Batang','2024-0010',NULL,NULL);
INSERT INTO kasus VALUES(26,'2020-0002','047/LP/2020','Nur Hasibuan','197306062000122001',NULL,'PNS','fungsional','Guru','Kabupaten Purbalingga','SD Negeri 2',NULL,'2020-10-15',NULL,'PILKADA2020','medsos-kampanye','Kasus Pilkada 2020: sebelum SKB 2022','KASN','selesai',0,0,0,47,'41-50','fungsional','saat_kampanye','calon','satgas','','SKB2020',14,'A:Kabupaten BatangN:2020-0001','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z','R-1520/KASN/11/2020','2020-11-16','KASN','moral-terbuka','moral-terbuka','800/301/2020','2020-12-01',0,2,NULL,NULL,NULL,NULL,NULL,NULL,'perempuan',NULL,'4:GzgG8ADWmcYf8Z9kEx7mPCZP8aYEfmW4jk5TzxuuFOm_mEBzKfRDHA',NULL,NULL,'Kabupaten Batang','2020-0001',NULL,NULL);
CREATE TABLE unit (
	id INTEGER PRIMARY KEY,
	nama TEXT NOT NULL,
	kunci TEXT NOT NULL UNIQUE,
	kepala TEXT,
	jumlah_asn INTEGER NOT NULL CHECK (jumlah_asn >= 0),
	jumlah_ppnpn INTEGER NOT NULL CHECK (jumlah_ppnpn >= 0),
	dibuat TEXT NOT NULL,
	diubah TEXT NOT NULL,
	-- the day it was deactivated: out of the compliance report, still
	-- the unit of its records; NULL while active
	nonaktif TEXT
) STRICT;
CREATE TABLE kegiatan (
	id INTEGER PRIMARY KEY,
	unit_id INTEGER NOT NULL REFERENCES unit (id),
	jenis TEXT NOT NULL,
	tanggal TEXT NOT NULL,
	pemilihan TEXT,
	peserta INTEGER CHECK (peserta >= 0),
	catatan TEXT,
	dokumen TEXT,   -- a file name or an address: the evidence, kept elsewhere
	dibuat TEXT NOT NULL,
	-- why it was voided (recorded by mistake): out of every list and count
	batal_alasan TEXT
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
INSERT INTO daftar_asal VALUES(1,'Kabupaten Batang','3325','kabupaten batang','2:c73e6b3219470baccdadae245f92be0af92eeb93368697448660ef132d5d8baf','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z','2026-12-08T02:10:19Z');
CREATE TABLE pakta (
	id INTEGER PRIMARY KEY,
	unit_id INTEGER NOT NULL REFERENCES unit (id),
	pemilihan TEXT,
	nama TEXT NOT NULL,
	nip TEXT,
	kunci TEXT NOT NULL,
	tanggal TEXT NOT NULL,
	dibuat TEXT NOT NULL,
	-- why it was voided (signed by mistake): out of every list and count
	batal_alasan TEXT
) STRICT;
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
	dibuat TEXT NOT NULL,
	-- the agency's number of the letter, and its sequence in the letter's
	-- year when the numbering pattern made it (NULL: given, or no letter yet)
	nomor_surat TEXT,
	urut_surat INTEGER
) STRICT;
CREATE TABLE pelaporan (
	id INTEGER PRIMARY KEY,
	nomor_surat TEXT NOT NULL UNIQUE COLLATE NOCASE,
	jenis TEXT NOT NULL,
	kepada TEXT NOT NULL,
	tanggal TEXT NOT NULL,
	pemilihan TEXT,
	perihal TEXT,
	lampiran TEXT NOT NULL,
	dibuat TEXT NOT NULL
) STRICT;
CREATE TABLE kasus_alias (
	id INTEGER PRIMARY KEY,
	kasus_id INTEGER NOT NULL REFERENCES kasus (id),
	dari_id INTEGER NOT NULL REFERENCES kasus (id),
	no_laporan TEXT,
	sumber TEXT,
	kunci TEXT,
	dibuat TEXT NOT NULL
) STRICT;
INSERT INTO kasus_alias VALUES(1,13,14,'77/LP/2024','Bawaslu','L:77/LP/2024nip:199001012023212001','2026-12-08T02:10:19Z');
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
INSERT INTO peristiwa VALUES(1,NULL,'2026-12-08T02:10:19Z','tester','aturan','aturan',NULL,'bentuk=d79c99ca65dcac2dfc787898232be7dd jabatan=f927d50912d57a5459b27d6b0b121bc9 jadwal=4fc8d30a8f8652ef71970ef90349e77d kewajiban_lapor=690b372566145cc8a77cdfea7d2184b2 kosakata=950dd19cd2c926ac432a1edc75bea163 label=a22411917d5aa39638bb76296c994733 matriks=45618c14170223858c7335408f501b6c pemilihan=875844a4ecf19bb959d759bc1891e15b pengaturan=edec319c880ceec5325b7261129b7e17 sanksi=012b843692d54c4aa2533384078058de status=e96bb66b4d6870bf11677e9e6cf0f265 templat=ac16fd8f2557b0219c8d1201aeb0a9ca tingkat=6dac245dcb73c80003d6a46d3f230b3f transisi=bdcbdd2bfd7905191c32e059e8f90254 undang=116cb8ee3c6de95ceb8c1c04273edc57','bawaan',NULL,'11377690331bac0dd9b8936171516160ae3827c2707e3d1611873b2356a02eaa');
INSERT INTO peristiwa VALUES(2,NULL,'2026-12-08T02:10:19Z','tester','impor','impor','1','989752622bd9bbabecabd82dac3de383049851d7be1c61e360a9c838e3fbeb73','berkas=kasus.csv; sha256=b231dc7ad295faa8b597157531ab50181f8d4d2d8a4ad8fd6d9ccb9d4ffb99e4; diimpor=12; duplikat=0; diperbarui=0; ditolak=0',NULL,'c73e6b3219470baccdadae245f92be0af92eeb93368697448660ef132d5d8baf');
INSERT INTO peristiwa VALUES(3,13,'2026-12-08T02:10:19Z','tester','buat',NULL,NULL,'4:iqT91wuC_aV_-ddT3XkKjpNBLCME80NyHESsxFT2RlBXqlZIenxPTQ',NULL,NULL,'4a3ec2a1882f056cc2a1a5581f9efc8f728a2003edf6b08516d148494b8c5f0d');
INSERT INTO peristiwa VALUES(4,10,'2026-12-08T02:10:19Z','tester','putusan','putusan_jenis',NULL,'disiplin_sedang',NULL,NULL,'d1399483bc70c50923be480640e2d1bb5c09e54539e43b4b52c3482d705a29ed');
INSERT INTO peristiwa VALUES(5,10,'2026-12-08T02:10:19Z','tester','putusan','putusan_nomor',NULL,'01/SATGAS/2024',NULL,NULL,'aac4c1dcc24272d5d66e73fb2e6d489a66e4860fa6045344532aa92976214448');
INSERT INTO peristiwa VALUES(6,10,'2026-12-08T02:10:19Z','tester','putusan','putusan_tanggal',NULL,'2024-11-01',NULL,NULL,'11be8f72f0f68cf6b61b669ae13d8f3650a863c78a0a13875d97402ae87960e9');
INSERT INTO peristiwa VALUES(7,10,'2026-12-08T02:10:19Z','tester','klasifikasi','jenis','satgas','disiplin_sedang',NULL,NULL,'0e77c6541f2493c9a9f56c57815e103e6f82b74d1abc99266602f878095ae7d8');
INSERT INTO peristiwa VALUES(8,1,'2026-12-08T02:10:19Z','tester','status','status','dilaporkan','batal',NULL,'2026-11-25','99d0a2f2d282c83e82e6eff94c74d0d261420774ce8a0824c4463b9552651583');
INSERT INTO peristiwa VALUES(9,1,'2026-12-08T02:10:19Z','tester','status','batal_alasan',NULL,'laporan keliru',NULL,'2026-11-25','2d036c34cf7aa54fb41376ffd345abf523be1adb6e9319d53aa647df256f703a');
INSERT INTO peristiwa VALUES(10,14,'2026-12-08T02:10:19Z','tester','buat',NULL,NULL,'4:9FMFlqxgFAfFH15RpXGhVK9QSDROpToXdDRDgFEE3mgrCOeFMxVPTQ',NULL,NULL,'745b8dd27fde6e8cdaf874b570eb303487a9c5a5ba517a60e3f4d9c881e8badc');
INSERT INTO peristiwa VALUES(11,14,'2026-12-08T02:10:19Z','tester','status','status','dilaporkan','batal','sama','2026-11-25','fe74e9591efd43e7aa693668b0570dd7d26494b894457aac8c6d69814ab0ebf8');
INSERT INTO peristiwa VALUES(12,14,'2026-12-08T02:10:19Z','tester','status','batal_alasan',NULL,'sama','sama','2026-11-25','c9ea31652de9ef96d2fdf69c121ca359f3de757cfc6760d959e55d44d4209c1a');
INSERT INTO peristiwa VALUES(13,14,'2026-12-08T02:10:19Z','tester','status','gabung_ke',NULL,'2024-0011','sama','2026-11-25','e3011c037ae51f24c912e2a3b8e75568298b6fb8a39c08adefaff772685d11c4');
INSERT INTO peristiwa VALUES(14,NULL,'2026-12-08T02:10:19Z','tester','kasus_alias','kasus_alias:1',NULL,'3:0ef674dc40e53e35e64dac68e7202c6b816d6c84322cc4ead231a64e370c90b55da0addeb78fa2b0afdbcc938e9abec91549ca039750239a0d0950decbb3127d','sama',NULL,'0bc0bf13d54b8aaefbb0922afc6e9927948c77990ef041c01609c5382b62c8e0');
INSERT INTO peristiwa VALUES(15,NULL,'2026-12-08T02:10:19Z','tester','daftar_asal','daftar_asal:1',NULL,'3:a878dd8765dd360dfb7fbe9f07e5a6973dd602c4013d45549ffeac975610266975b446f1dff4dedf0e5c8fcf8e9abec9e7a94f029750239a363b7b11cbb3127d','Kabupaten Batang',NULL,'dd3e746d95f9b2d313133d0ac9360b6db9cfc714d9bccd169bed7ad36f1c0bd2');
INSERT INTO peristiwa VALUES(16,NULL,'2026-12-08T02:10:19Z','tester','daftar_asal','daftar_asal:1','3:a878dd8765dd360dfb7fbe9f07e5a6973dd602c4013d45549ffeac975610266975b446f1dff4dedf0e5c8fcf8e9abec9e7a94f029750239a363b7b11cbb3127d','3:48283be15bf30ba18711853eb39f89ee9c3ef5eeacbbde09485fb36c6a0763c044dec7dcc7eb263733d3dd518e9abec9ff21c82d9750239a16c9fe14cbb3127d','Kabupaten Batang',NULL,'29d709a9329e34c3af33ec022ca42575d0bcdeec237bd103120b67666b02ccab');
INSERT INTO peristiwa VALUES(17,NULL,'2026-12-08T02:10:19Z','tester','impor','impor','2','5129906df5cdc956ca61fe4cf25c7dec73526539ff7817b4979f41116ad1fa45','berkas=x.csv; sha256=f9d5fdba71ee1919d3b213e633a505b1eb41348f3df43236038da31afc2c2132; diimpor=12; duplikat=0; diperbarui=0; ditolak=0',NULL,'f3d9944f836f0250679cb7a68716e490515bc5278b93a9a0a738d4b4f4d6272d');
CREATE INDEX kasus_asal ON kasus (asal, asal_nomor) WHERE asal IS NOT NULL;
CREATE INDEX kasus_gabung ON kasus (gabung_ke) WHERE gabung_ke IS NOT NULL;
CREATE UNIQUE INDEX kegiatan_sekali ON kegiatan (unit_id, jenis, tanggal, coalesce(pemilihan, ''))
	WHERE batal_alasan IS NULL;
CREATE UNIQUE INDEX pakta_sekali ON pakta (coalesce(pemilihan, ''), kunci) WHERE batal_alasan IS NULL;
CREATE INDEX izin_nip ON izin (nip);
CREATE UNIQUE INDEX izin_nomor_surat ON izin (nomor_surat COLLATE NOCASE);
CREATE INDEX kasus_alias_kasus ON kasus_alias (kasus_id);
CREATE INDEX kasus_alias_kunci ON kasus_alias (kunci) WHERE kunci IS NOT NULL;
CREATE INDEX peristiwa_kasus ON peristiwa (kasus_id);
CREATE TRIGGER peristiwa_tanpa_ubah BEFORE UPDATE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be changed');
END;
CREATE TRIGGER peristiwa_tanpa_hapus BEFORE DELETE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be deleted');
END;
CREATE INDEX kasus_orang ON kasus (asal, nip, tanggal_kejadian, bentuk);
CREATE INDEX kasus_instansi ON kasus (instansi);
COMMIT;
PRAGMA application_id = 1314148940;
PRAGMA user_version = 19;
