-- A database written by netral with schema version 10 (two units, one
-- updated; two activities; two signatories, one a PPNPN; a permit; a case
-- whose act favoured a party), for the upgrade test of the prevention
-- records and of a state that names the columns added since schema 1.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
	kunci TEXT PRIMARY KEY,
	nilai TEXT NOT NULL
) STRICT;
INSERT INTO meta VALUES('aturan_hash','bd90443f8e1a54d3e03ceb7491efa572b2752dd158b0605c849a2500c2ce4d84');
INSERT INTO meta VALUES('aturan_sumber','bawaan');
CREATE TABLE kosakata (
	daftar TEXT NOT NULL,
	kode TEXT NOT NULL,
	ejaan TEXT NOT NULL,
	sifat TEXT NOT NULL,
	uraian TEXT NOT NULL,
	baris INTEGER NOT NULL,
	PRIMARY KEY (daftar, kode)
) STRICT;
INSERT INTO kosakata VALUES('jenis_pegawai','PNS','CPNS|Pegawai Negeri Sipil','asn nip_pns','Pegawai negeri sipil, calon PNS termasuk (UU 20/2023 tentang ASN)',2);
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
INSERT INTO kosakata VALUES('kegiatan','titik-rawan','titik rawan','','Identifikasi titik rawan pelanggaran netralitas pada setiap tahapan pemilihan (SE Sekda Batang D.4.b.2)',46);
INSERT INTO kosakata VALUES('peran_izin','PPK','Panitia Pemilihan Kecamatan','','Panitia Pemilihan Kecamatan (PPK)',47);
INSERT INTO kosakata VALUES('peran_izin','PPS','Panitia Pemungutan Suara|Panitia Pemilihan Suara','','Panitia Pemungutan Suara (PPS)',48);
INSERT INTO kosakata VALUES('peran_izin','KPPS','Kelompok Penyelenggara Pemungutan Suara','','Kelompok Penyelenggara Pemungutan Suara (KPPS)',49);
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
	PRIMARY KEY (ruleset, bentuk, tahap, cltn, pasangan_calon)
) STRICT;
INSERT INTO matriks VALUES('SKB2022','2022-09-22','apk','bakal_calon','*','*','KE-1','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',2,'kode etik 1');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','apk','calon','*','*','DS-1','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',3,'disiplin 1');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-kampanye','bakal_calon','*','*','KE-2','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',4,'kode etik 2');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-kampanye','calon','*','*','DS-2','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',5,'disiplin 2');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','hadir-deklarasi','bakal_calon','*','*','KE-3','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',6,'kode etik 3');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','hadir-deklarasi','calon','*','*','DS-4','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',7,'disiplin 4');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-interaksi','bakal_calon','*','*','KE-4','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',8,'kode etik 4');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-interaksi','calon','*','*','DS-6','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',9,'disiplin 5');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-bersama','bakal_calon','*','*','KE-5','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',10,'kode etik 5');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-bersama','calon','*','*','DS-7','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',11,'disiplin 6');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','ikut-kampanye','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',12,'kode etik 7');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','ikut-kampanye','calon','*','*','','satgas','SKB 2022','tingkat hukuman disiplin untuk ikut kampanye calon tidak ditetapkan PP 94/2021; diputus Satgas',13,'');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','bakal_calon','tidak','*','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',14,'kode etik 6');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','bakal_calon','ya','*','','tidak_melanggar','SKB 2022; SE MenPANRB 18/2023','dengan CLTN mendampingi suami/istri calon diperbolehkan',15,'SE 18/2023 2');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','calon','tidak','*','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',16,'kode etik 6');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','calon','ya','*','','tidak_melanggar','SKB 2022; SE MenPANRB 18/2023','dengan CLTN mendampingi suami/istri calon diperbolehkan',17,'SE 18/2023 2');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','bakal_calon','tidak','*','DS-3','disiplin_sedang','PP 94/2021 (disiplin PNS), pasal kewajiban (pasal tepatnya tidak dipastikan); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',18,'disiplin 3');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','bakal_calon','ya','*','','tidak_melanggar','SKB 2022','dengan CLTN pendekatan ke partai politik sebagai bakal calon diperbolehkan',19,'disiplin 3');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','calon','tidak','*','DS-3','disiplin_sedang','PP 94/2021 (disiplin PNS), pasal kewajiban (pasal tepatnya tidak dipastikan); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',20,'disiplin 3');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','calon','ya','*','','tidak_melanggar','SKB 2022','dengan CLTN pendekatan ke partai politik sebagai bakal calon diperbolehkan',21,'disiplin 3');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','anggota-parpol','bakal_calon','*','*','DS-5','ptdh','PP 37/2004 (larangan PNS menjadi anggota partai politik); UU 20/2023 tentang ASN: pemberhentian tidak dengan hormat','',22,'lain 1');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','anggota-parpol','calon','*','*','DS-5','ptdh','PP 37/2004 (larangan PNS menjadi anggota partai politik); UU 20/2023 tentang ASN: pemberhentian tidak dengan hormat','',23,'lain 1');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kegiatan-keberpihakan','bakal_calon','*','*','','satgas','SKB 2022','matriks hanya mengatur kegiatan keberpihakan terhadap calon; sebelum penetapan diputus Satgas',24,'');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kegiatan-keberpihakan','calon','*','*','DS-8','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',25,'disiplin 7');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','tim-pemenangan','bakal_calon','*','*','DS-9','disiplin_sedang','SKB 2022; PP 94/2021 (disiplin PNS); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',26,'disiplin 8');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','tim-pemenangan','calon','*','*','DS-10','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',27,'disiplin 9');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dukungan-ktp','bakal_calon','*','*','DS-11','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',28,'disiplin 10');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dukungan-ktp','calon','*','*','DS-11','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',29,'disiplin 10');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','keputusan-menguntungkan','bakal_calon','*','*','','satgas','SKB 2022','matriks hanya mengatur keputusan yang menguntungkan calon; sebelum penetapan diputus Satgas',30,'');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','keputusan-menguntungkan','calon','*','*','DS-12','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',31,'disiplin 11');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-atribut','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',32,'kode etik 7');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-atribut','calon','*','*','','disiplin_sedang','PP 94/2021 (disiplin PNS), hukuman disiplin sedang; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',33,'');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kerahkan-pns','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',34,'kode etik 7');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kerahkan-pns','calon','*','*','','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',35,'');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','fasilitas-negara','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',36,'kode etik 7');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','fasilitas-negara','calon','*','*','','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',37,'');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','bakal_calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 1: diperkenankan dengan CLTN',38,'SE 18/2023 1');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','bakal_calon','tidak','ya','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','SE MenPANRB 18/2023 baris 1: tanpa CLTN seperti mengikuti kegiatan suami/istri calon (KE-7)',39,'SE 18/2023 1');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','bakal_calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',40,'');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 1: diperkenankan dengan CLTN',41,'SE 18/2023 1');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','calon','tidak','ya','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','SE MenPANRB 18/2023 baris 1: tanpa CLTN seperti mengikuti kegiatan suami/istri calon (KE-7)',42,'SE 18/2023 1');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',43,'');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','bakal_calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 3: diperkenankan dengan CLTN',44,'SE 18/2023 3');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','bakal_calon','tidak','ya','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','SE MenPANRB 18/2023 baris 3: tanpa CLTN seperti mengikuti kegiatan suami/istri calon (KE-7)',45,'SE 18/2023 3');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','bakal_calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',46,'');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 3: diperkenankan dengan CLTN',47,'SE 18/2023 3');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','calon','tidak','ya','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','SE MenPANRB 18/2023 baris 3: tanpa CLTN seperti mengikuti kegiatan suami/istri calon (KE-7)',48,'SE 18/2023 3');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',49,'');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','jurkam-pasangan','bakal_calon','*','*','','satgas','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 6 melarangnya apa pun CLTN-nya; tingkatnya tidak ditetapkan matriks: dibahas dan diputus Satgas',50,'SE 18/2023 6');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','jurkam-pasangan','calon','*','*','','satgas','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 6 melarangnya apa pun CLTN-nya; tingkatnya tidak ditetapkan matriks: dibahas dan diputus Satgas',51,'SE 18/2023 6');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','lainnya','bakal_calon','*','*','','satgas','SKB 2022','di luar matriks; dibahas dan diputus Satgas',52,'lain 2');
INSERT INTO matriks VALUES('SKB2022','2022-09-22','lainnya','calon','*','*','','satgas','SKB 2022','di luar matriks; dibahas dan diputus Satgas',53,'lain 2');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','apk','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',54,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','apk','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',55,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','medsos-kampanye','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',56,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','medsos-kampanye','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',57,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','hadir-deklarasi','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',58,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','hadir-deklarasi','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',59,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','medsos-interaksi','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',60,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','medsos-interaksi','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',61,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','foto-bersama','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',62,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','foto-bersama','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',63,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','ikut-kampanye','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',64,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','ikut-kampanye','calon','*','*','','disiplin_sedang','PP 53/2010 Pasal 4 angka 15 huruf a jo. Pasal 12 angka 9 (terlibat dalam kegiatan kampanye; hukuman disiplin sedang)','',65,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kampanye-pasangan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',66,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kampanye-pasangan','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',67,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','pendekatan-parpol','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',68,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','pendekatan-parpol','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',69,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','anggota-parpol','*','*','*','','ptdh','PP 11/2017 Pasal 255 ayat (4) (PNS anggota atau pengurus partai politik diberhentikan tidak dengan hormat); UU 5/2014 Pasal 87 ayat (4)','',70,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kegiatan-keberpihakan','*','*','*','','disiplin_sedang','PP 53/2010 Pasal 4 angka 15 huruf d jo. Pasal 12 angka 9 (hukuman disiplin sedang; sebelum, selama dan sesudah masa kampanye)','',71,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','tim-pemenangan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',72,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','tim-pemenangan','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',73,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','dukungan-ktp','*','*','*','','disiplin_sedang','PP 53/2010 Pasal 4 angka 14 jo. Pasal 12 angka 8 (hukuman disiplin sedang)','',74,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','keputusan-menguntungkan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',75,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','keputusan-menguntungkan','calon','*','*','','disiplin_berat','PP 53/2010 Pasal 4 angka 15 huruf c jo. Pasal 13 angka 13 (keputusan yang menguntungkan atau merugikan pasangan calon; hukuman disiplin berat)','',76,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kampanye-atribut','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',77,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kampanye-atribut','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',78,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kerahkan-pns','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',79,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','kerahkan-pns','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',80,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','fasilitas-negara','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',81,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','fasilitas-negara','calon','*','*','','disiplin_berat','PP 53/2010 Pasal 4 angka 15 huruf b jo. Pasal 13 angka 13 (fasilitas terkait jabatan dalam kampanye; hukuman disiplin berat)','',82,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','dampingi-pasangan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',83,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','dampingi-pasangan','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',84,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','foto-pasangan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',85,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','foto-pasangan','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',86,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','jurkam-pasangan','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',87,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','jurkam-pasangan','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','tingkat menurut SKB 2020 tidak dipastikan: lampiran matriksnya tidak terbaca dan sumber lain tidak menyebut tingkatnya; dibahas dan diputus Satgas',88,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','lainnya','bakal_calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','di luar matriks; dibahas dan diputus Satgas',89,'');
INSERT INTO matriks VALUES('SKB2020','2010-06-06','lainnya','calon','*','*','','satgas','SKB 2020 (MenPANRB 05/2020 dan lainnya, 10 September 2020)','di luar matriks; dibahas dan diputus Satgas',90,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','apk','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',91,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','medsos-kampanye','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',92,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','hadir-deklarasi','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',93,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','medsos-interaksi','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',94,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','foto-bersama','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',95,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','ikut-kampanye','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',96,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kampanye-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',97,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','pendekatan-parpol','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',98,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','anggota-parpol','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',99,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kegiatan-keberpihakan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',100,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','tim-pemenangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',101,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','dukungan-ktp','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',102,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','keputusan-menguntungkan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',103,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kampanye-atribut','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',104,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','kerahkan-pns','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',105,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','fasilitas-negara','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',106,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','dampingi-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',107,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','foto-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',108,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','jurkam-pasangan','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',109,'');
INSERT INTO matriks VALUES('PP94-2021','2021-08-31','lainnya','*','*','*','','satgas','PP 94/2021 tentang Disiplin PNS (berlaku 31 Agustus 2021, mencabut PP 53/2010)','PP 94/2021 berlaku sejak 31 Agustus 2021 dan mencabut PP 53/2010; SKB 2020 hanya untuk Pilkada 2020 dan tidak ada matriks sampai SKB 2022 (22 September 2022): tingkat menurut PP 94/2021 dibahas dan diputus Satgas',110,'');
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
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','ptdh','ptdh','Pemberhentian tidak dengan hormat','UU 20/2023 tentang ASN: pemberhentian tidak dengan hormat',13);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','kode_etik','moral-tertutup','Sanksi moral berupa pernyataan secara tertutup','PP 42/2004 Pasal 15 (tingkat yang sama)',14);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','kode_etik','moral-terbuka','Sanksi moral berupa pernyataan secara terbuka','PP 42/2004 Pasal 15 (tingkat yang sama)',15);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_ringan','teguran-lisan','Teguran lisan','PP 49/2018 (tingkat ringan)',16);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_ringan','teguran-tertulis','Teguran tertulis','PP 49/2018 (tingkat ringan)',17);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_ringan','tidak-puas-tertulis','Pernyataan tidak puas secara tertulis','PP 49/2018 (tingkat ringan)',18);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_sedang','tpp25-6bln','Pemotongan tunjangan kinerja 25% selama 6 bulan','PP 49/2018 (tingkat sedang)',19);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_sedang','tpp25-9bln','Pemotongan tunjangan kinerja 25% selama 9 bulan','PP 49/2018 (tingkat sedang)',20);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_sedang','tpp25-12bln','Pemotongan tunjangan kinerja 25% selama 12 bulan','PP 49/2018 (tingkat sedang)',21);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_berat','berhenti-dengan-hormat','Pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri','PP 49/2018; UU 20/2023 tentang ASN',22);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','ptdh','ptdh','Pemutusan hubungan perjanjian kerja tidak dengan hormat','UU 20/2023 tentang ASN: pemberhentian tidak dengan hormat',23);
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
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PNS','ptdh','ptdh','Pemberhentian tidak dengan hormat','UU 20/2023 tentang ASN: pemberhentian tidak dengan hormat',70);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','kode_etik','moral-tertutup','Sanksi moral berupa pernyataan secara tertutup','PP 42/2004 Pasal 15 (tingkat yang sama)',71);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','kode_etik','moral-terbuka','Sanksi moral berupa pernyataan secara terbuka','PP 42/2004 Pasal 15 (tingkat yang sama)',72);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_ringan','teguran-lisan','Teguran lisan','PP 49/2018 (tingkat ringan)',73);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_ringan','teguran-tertulis','Teguran tertulis','PP 49/2018 (tingkat ringan)',74);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_ringan','tidak-puas-tertulis','Pernyataan tidak puas secara tertulis','PP 49/2018 (tingkat ringan)',75);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_sedang','tpp25-6bln','Pemotongan tunjangan kinerja 25% selama 6 bulan','PP 49/2018 (tingkat sedang)',76);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_sedang','tpp25-9bln','Pemotongan tunjangan kinerja 25% selama 9 bulan','PP 49/2018 (tingkat sedang)',77);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_sedang','tpp25-12bln','Pemotongan tunjangan kinerja 25% selama 12 bulan','PP 49/2018 (tingkat sedang)',78);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','disiplin_berat','berhenti-dengan-hormat','Pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri','PP 49/2018; UU 20/2023 tentang ASN',79);
INSERT INTO sanksi VALUES('PP94-2021','2021-08-31','PPPK','ptdh','ptdh','Pemutusan hubungan perjanjian kerja tidak dengan hormat','UU 20/2023 tentang ASN: pemberhentian tidak dengan hormat',80);
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
	penetapan_partai TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO pemilihan VALUES('PILKADA2020','Pemilihan kepala daerah serentak 2020','2020-09-23','2020-09-26','2020-12-05','2020-12-09','bawaan','','');
INSERT INTO pemilihan VALUES('PEMILU2024-PILEG','Pemilu 2024: DPR, DPD dan DPRD','2023-11-03','2023-11-28','2024-02-10','2024-02-14','bawaan','2022-06-14','2022-12-14');
INSERT INTO pemilihan VALUES('PEMILU2024-PILPRES','Pemilu 2024: presiden dan wakil presiden','2023-11-13','2023-11-28','2024-02-10','2024-02-14','bawaan','2022-06-14','2022-12-14');
INSERT INTO pemilihan VALUES('PILKADA2024','Pemilihan kepala daerah serentak 2024','2024-09-22','2024-09-25','2024-11-23','2024-11-27','bawaan','2024-01-26','');
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
INSERT INTO pengaturan VALUES('pasca_pemungutan_hari','35','Hari sesudah pemungutan suara yang masih dihitung sebagai tahapan berjalan (penghitungan, rekapitulasi, penetapan hasil) ketika pemilihan disimpulkan dari tanggal kejadian. UU 7/2017 memberi KPU paling lama 35 hari sesudah pemungutan untuk menetapkan hasil Pemilu secara nasional; ubah sesuai ketentuan instansi.');
CREATE TABLE tingkat (
	ruleset TEXT NOT NULL,
	jenis_pegawai TEXT NOT NULL,
	jenis TEXT NOT NULL,
	tingkat TEXT NOT NULL,
	dasar_hukum TEXT NOT NULL,
	PRIMARY KEY (ruleset, jenis_pegawai, jenis)
) STRICT;
INSERT INTO tingkat VALUES('SKB2022','PPPK','kode_etik','kode_etik','UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas); PP 49/2018 tentang Manajemen PPPK (tingkat yang sama seperti PNS: sanksi moral)');
INSERT INTO tingkat VALUES('SKB2022','PPPK','disiplin_sedang','disiplin_sedang','PP 49/2018 tentang Manajemen PPPK (disiplin PPPK), hukuman disiplin sedang; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)');
INSERT INTO tingkat VALUES('SKB2022','PPPK','disiplin_berat','disiplin_berat','PP 49/2018 tentang Manajemen PPPK (disiplin PPPK), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)');
INSERT INTO tingkat VALUES('SKB2022','PPPK','ptdh','ptdh','UU 20/2023 Pasal 52 tentang ASN (pemutusan hubungan perjanjian kerja tidak dengan hormat); PP 49/2018 tentang Manajemen PPPK');
INSERT INTO tingkat VALUES('SKB2022','PPNPN','kode_etik','kode_etik','SE MenPANRB 1/2023 (netralitas PPNPN; bentuk pelanggaran seperti bagi ASN); sanksi menurut perjanjian kerja (SPK)');
INSERT INTO tingkat VALUES('SKB2022','PPNPN','disiplin_sedang','disiplin_sedang','SE MenPANRB 1/2023 (netralitas PPNPN; bentuk pelanggaran seperti bagi ASN); sanksi menurut perjanjian kerja (SPK)');
INSERT INTO tingkat VALUES('SKB2022','PPNPN','disiplin_berat','disiplin_berat','SE MenPANRB 1/2023 (netralitas PPNPN; bentuk pelanggaran seperti bagi ASN); sanksi menurut perjanjian kerja (SPK)');
INSERT INTO tingkat VALUES('SKB2022','PPNPN','ptdh','putus_kontrak','SE MenPANRB 1/2023 (netralitas PPNPN); perjanjian kerja (SPK) diputus: PPNPN bukan ASN, tidak ada status kepegawaian yang diberhentikan');
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
	PRIMARY KEY (pemilihan, kegiatan)
) STRICT;
INSERT INTO jadwal VALUES('PEMILU2024-PILEG','ikrar','sekali','2023-02-15','','2023-02-28','SE Sekda Kotawaringin Barat (Pangkalan Bun, 15 Februari 2023) butir 3: ikrar bersama pada apel pagi, didokumentasikan dan dikirim paling lambat 28 Februari 2023');
INSERT INTO jadwal VALUES('PEMILU2024-PILEG','pakta','sekali','2023-02-15','','2023-02-28','SE Sekda Kotawaringin Barat butir 3.f: setiap ASN dan PPNPN menandatangani pakta integritas, dikirim ke BKPSDM paling lambat 28 Februari 2023');
INSERT INTO jadwal VALUES('PEMILU2024-PILEG','tim-internal','sekali','2023-02-15','','','SE Sekda Kotawaringin Barat butir 2.a: membentuk satuan tugas instansi; tanpa tanggal batas (selesai: akhir tahapan)');
INSERT INTO jadwal VALUES('PEMILU2024-PILEG','sosialisasi','bebas','2023-02-15','','','SE Menteri Dalam Negeri (butir 5): laporan sosialisasi, ikrar dan pakta integritas; tanpa irama tetap');
INSERT INTO jadwal VALUES('PEMILU2024-PILPRES','ikrar','sekali','2023-02-15','','2023-02-28','SE Sekda Kotawaringin Barat butir 3 (Pemilu 2024 seluruhnya): ikrar bersama, paling lambat 28 Februari 2023');
INSERT INTO jadwal VALUES('PEMILU2024-PILPRES','pakta','sekali','2023-02-15','','2023-02-28','SE Sekda Kotawaringin Barat butir 3.f (Pemilu 2024 seluruhnya): pakta integritas paling lambat 28 Februari 2023');
INSERT INTO jadwal VALUES('PEMILU2024-PILPRES','tim-internal','sekali','2023-02-15','','','SE Sekda Kotawaringin Barat butir 2.a; tanpa tanggal batas (selesai: akhir tahapan)');
INSERT INTO jadwal VALUES('PEMILU2024-PILPRES','sosialisasi','bebas','2023-02-15','','','SE Menteri Dalam Negeri (butir 5); tanpa irama tetap');
INSERT INTO jadwal VALUES('PILKADA2024','ikrar','mingguan','2024-06-25','','','SE Sekda Batang B/158/800.1.6.2/VI/2024 (25 Juni 2024) butir D.4.a.3: ikrar pada apel pagi setiap seminggu sekali sampai berakhirnya tahapan; selesai kosong: pemungutan ditambah pasca_pemungutan_hari');
INSERT INTO jadwal VALUES('PILKADA2024','pakta','sekali','2024-06-25','','','SE Sekda Batang butir D.4.a.4: penandatanganan pakta integritas; tanpa tanggal batas, isi batas menurut SE instansi');
INSERT INTO jadwal VALUES('PILKADA2024','tim-internal','sekali','2024-06-25','','','SE Sekda Batang butir D.4.b.1: membentuk tim internal; tanpa tanggal batas');
INSERT INTO jadwal VALUES('PILKADA2024','titik-rawan','sekali','2024-06-25','','','SE Sekda Batang butir D.4.b.2: mengidentifikasi titik rawan setiap tahapan; tanpa tanggal batas');
INSERT INTO jadwal VALUES('PILKADA2024','sosialisasi','bebas','2024-06-25','','','SE Sekda Batang butir D.4.a.1: sosialisasi peraturan netralitas; tanpa irama tetap');
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
INSERT INTO label VALUES('kategori','apk','Memasang Alat Peraga Kampanye','Putting up campaign materials','bentuk.csv');
INSERT INTO label VALUES('kategori','medsos-kampanye','Kampanye/Sosialisasi Media Sosial','Campaigning on social media','BKN Kanreg III, Netralitas ASN: Top 5 Kategori Pelanggaran, 1');
INSERT INTO label VALUES('kategori','hadir-deklarasi','Menghadiri deklarasi pasangan bakal calon/ calon peserta pilkada','Attending a candidate''s declaration','BKN Kanreg III, Netralitas ASN: Top 5 Kategori Pelanggaran, 4');
INSERT INTO label VALUES('kategori','medsos-interaksi','Posting, Komentar, Share atau Like di Media Sosial','Posting, commenting, sharing or liking on social media','bentuk.csv');
INSERT INTO label VALUES('kategori','foto-bersama','Melakukan foto bersama bakal calon/pasangan calon dengan mengikuti simbol gerakan tangan/gerakan yang mengindikasikan keberpihakan','Photo with a candidate showing a partisan gesture','BKN Kanreg III, Netralitas ASN: Top 5 Kategori Pelanggaran, 3');
INSERT INTO label VALUES('kategori','ikut-kampanye','Ikut dalam Kegiatan Kampanye, Sosialisasi atau Pengenalan Calon','Taking part in campaign events','bentuk.csv');
INSERT INTO label VALUES('kategori','kampanye-pasangan','Mengikuti Kampanye Suami/Istri yang Menjadi Calon','Joining a candidate spouse''s campaign','bentuk.csv');
INSERT INTO label VALUES('kategori','pendekatan-parpol','Melakukan pendekatan ke parpol terkait pencalonan dirinya atau orang lain sebagai calon/bakal calon kepala daerah/wakil kepala daerah','Approaching a party about a candidacy','BKN Kanreg III, Netralitas ASN: Top 5 Kategori Pelanggaran, 5');
INSERT INTO label VALUES('kategori','anggota-parpol','Menjadi Anggota/Pengurus Partai Politik','Party member or officer','bentuk.csv');
INSERT INTO label VALUES('kategori','kegiatan-keberpihakan','Mengadakan kegiatan yang mengarah kepada keberpihakan kepada salah satu calon/bakal calon','Holding events favouring a candidate','BKN Kanreg III, Netralitas ASN: Top 5 Kategori Pelanggaran, 2');
INSERT INTO label VALUES('kategori','tim-pemenangan','Menjadi Tim Ahli, Tim Pemenangan atau Konsultan','Member of a campaign team, expert or consultant','bentuk.csv');
INSERT INTO label VALUES('kategori','dukungan-ktp','Memberikan Dukungan atau Mengumpulkan KTP bagi Calon Perseorangan','Support letters or ID copies for an independent candidate','bentuk.csv');
INSERT INTO label VALUES('kategori','keputusan-menguntungkan','Membuat Keputusan yang Menguntungkan atau Merugikan Calon/Partai','Decisions favouring or harming a party or candidate','bentuk.csv');
INSERT INTO label VALUES('kategori','kampanye-atribut','Peserta Kampanye dengan Atribut Partai atau PNS','Campaigning with party or civil-service attributes','bentuk.csv');
INSERT INTO label VALUES('kategori','kerahkan-pns','Peserta Kampanye dengan Mengerahkan PNS Lain','Campaigning with other civil servants mobilised','bentuk.csv');
INSERT INTO label VALUES('kategori','fasilitas-negara','Peserta Kampanye dengan Fasilitas Negara','Campaigning with state facilities','bentuk.csv');
INSERT INTO label VALUES('kategori','dampingi-pasangan','Mendampingi Suami/Istri yang Menjadi Calon','Accompanying a candidate spouse','SE MenPANRB 18/2023, baris 1');
INSERT INTO label VALUES('kategori','foto-pasangan','Foto Bersama Suami/Istri yang Menjadi Calon','Photo with a candidate spouse','SE MenPANRB 18/2023, baris 3');
INSERT INTO label VALUES('kategori','jurkam-pasangan','Juru Kampanye bagi Suami/Istri yang Menjadi Calon','Campaign speaker for a candidate spouse','SE MenPANRB 18/2023, baris 6');
INSERT INTO label VALUES('kategori','lainnya','Bentuk Lain di Luar Matriks','Other acts outside the matrix','bentuk.csv');
INSERT INTO label VALUES('jenis','kode_etik','Pelanggaran Kode Etik','Code of ethics','kosakata.csv');
INSERT INTO label VALUES('jenis','disiplin_sedang','Hukuman Disiplin Sedang','Moderate disciplinary penalty','kosakata.csv');
INSERT INTO label VALUES('jenis','disiplin_berat','Hukuman Disiplin Berat','Severe disciplinary penalty','kosakata.csv');
INSERT INTO label VALUES('jenis','ptdh','Pemberhentian Tidak Dengan Hormat','Dishonourable dismissal','kosakata.csv');
INSERT INTO label VALUES('jenis','satgas','Menunggu Putusan Satgas','For the Satgas to decide','kosakata.csv');
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
CREATE TABLE nomor (
	tahun INTEGER PRIMARY KEY,
	terakhir INTEGER NOT NULL
) STRICT;
INSERT INTO nomor VALUES(2024,1);
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
CREATE TABLE kasus (
	id INTEGER PRIMARY KEY,
	nomor TEXT NOT NULL UNIQUE,
	-- as reported (the import columns)
	no_laporan TEXT,
	nama TEXT NOT NULL,
	nip TEXT,
	nik TEXT,
	jenis_pegawai TEXT NOT NULL CHECK (jenis_pegawai IN ('PNS', 'PPPK', 'PPNPN')),
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
	indikasi TEXT    -- the circulars' indications (kosakata indikasi), comma-separated
) STRICT;
INSERT INTO kasus VALUES(1,'2024-0001',NULL,'Agus Wibowo','197503152000031002',NULL,'PNS',NULL,NULL,'Kabupaten Batang',NULL,NULL,'2024-10-10',NULL,'PILKADA2024','apk',NULL,NULL,'dilaporkan',0,0,1,49,'41-50','tidak_diketahui','saat_kampanye','tidak_diketahui','satgas','','',NULL,NULL,'2026-12-07T18:55:42Z','2026-12-07T18:55:42Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,'partai',NULL,NULL,NULL,NULL,'laki-laki',NULL,NULL,NULL,NULL,NULL,NULL,NULL);
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
INSERT INTO unit VALUES(1,'Dinas Pendidikan','dinas pendidikan','Budi',12,2,'2026-12-07T18:33:35Z','2026-12-07T18:33:35Z');
INSERT INTO unit VALUES(2,'Dinas Kesehatan','dinas kesehatan',NULL,5,0,'2026-12-07T18:33:35Z','2026-12-07T18:33:35Z');
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
INSERT INTO kegiatan VALUES(1,1,'ikrar','2024-10-01','PILKADA2024',40,'apel pagi',NULL,'2026-12-07T18:33:38Z');
INSERT INTO kegiatan VALUES(2,2,'sosialisasi','2024-10-02',NULL,NULL,NULL,NULL,'2026-12-07T18:33:38Z');
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
INSERT INTO pakta VALUES(1,1,'PILKADA2024','Andi Wijaya','198501012010011001','198501012010011001','2024-10-01','2026-12-07T18:33:38Z');
INSERT INTO pakta VALUES(2,1,'PILKADA2024','Siti Aminah',NULL,'1:siti aminah','2024-10-01','2026-12-07T18:33:38Z');
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
INSERT INTO izin VALUES(1,'IZ-2024-0001','Rina Sari','199002022015032002',NULL,NULL,'Dinas Pendidikan','PPS','SK/01/2024','Kepala','197001011995031001',NULL,'Kepala Dinas',NULL,NULL,'2024-10-05','PILKADA2024','2026-12-07T18:33:38Z');
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
INSERT INTO peristiwa VALUES(1,NULL,'2026-12-07T18:33:35Z','admin','unit','unit:1',NULL,'2:3a0da9cb32ac4b470edcce7fce65fde2','Dinas Pendidikan',NULL,'be7e4bf02edfa07a5e04b3310e669f7537599c86e28595c2c58461cc58cc8e2c');
INSERT INTO peristiwa VALUES(2,NULL,'2026-12-07T18:33:35Z','admin','unit','unit:2',NULL,'2:8f35fc1cb70be0d248f21e9f6306a014','Dinas Kesehatan',NULL,'204974aa7e781824221a7dd1326627a6a382f2b1d8248afc246f349259cf4429');
INSERT INTO peristiwa VALUES(3,NULL,'2026-12-07T18:33:35Z','admin','unit','unit:1','2:3a0da9cb32ac4b470edcce7fce65fde2','2:4436b38ffda6d17645feefdb9c5880fb','Dinas Pendidikan',NULL,'2c7566c8b7c2f33994b6114894fb2309d8dbdba3a8407e0607045f044ffe8267');
INSERT INTO peristiwa VALUES(4,NULL,'2026-12-07T18:33:38Z','admin','kegiatan','kegiatan:1',NULL,'2:4c6c0516f6980ecc50f49088ca9ba9fa','Dinas Pendidikan ikrar 2024-10-01',NULL,'1566843822701041eb8c60399f6805792d11fd47ac75d45202c302e0904a4e2e');
INSERT INTO peristiwa VALUES(5,NULL,'2026-12-07T18:33:38Z','admin','kegiatan','kegiatan:2',NULL,'2:1efe8634868651e6764a244f445381b2','Dinas Kesehatan sosialisasi 2024-10-02',NULL,'5654f6917e20452d0c7262d0dec46b87ebd23454fc70fda692b2bbeca78c6ff2');
INSERT INTO peristiwa VALUES(6,NULL,'2026-12-07T18:33:38Z','admin','pakta','pakta:1',NULL,'2:402613d27946a82fae6f7940df206f77','Dinas Pendidikan',NULL,'ba82b31811c33297c536f3daeaa8b851039353e31cce62a7af4f3cbbc3b81f1e');
INSERT INTO peristiwa VALUES(7,NULL,'2026-12-07T18:33:38Z','admin','pakta','pakta:2',NULL,'2:ccb6b05d34853cab2a644d52d733809e','Dinas Pendidikan',NULL,'d97032f427d157d0f5f08a6ecdb48279141a4c2fa3afe7717bc9c000ed50d073');
INSERT INTO peristiwa VALUES(8,NULL,'2026-12-07T18:33:38Z','admin','izin','izin:1',NULL,'2:444bcb7d3c1e3c994ca864d0e3fad2c8','IZ-2024-0001',NULL,'c9a5b55276412a57f4db2b5671173321ac470ec0e3b49eaa60192d448882ccef');
INSERT INTO peristiwa VALUES(9,1,'2026-12-07T18:55:42Z','admin','buat',NULL,NULL,'2:328b488559f951ac1813ea32ddb800dd',NULL,NULL,'dbac8c6d828f72f311df0a710ff8aaa1a8abe8f3abeb51c26c058dcefe616062');
CREATE INDEX kasus_asal ON kasus (asal, asal_nomor) WHERE asal IS NOT NULL;
CREATE UNIQUE INDEX kegiatan_sekali ON kegiatan (unit_id, jenis, tanggal, coalesce(pemilihan, ''));
CREATE UNIQUE INDEX pakta_sekali ON pakta (coalesce(pemilihan, ''), kunci);
CREATE INDEX izin_nip ON izin (nip);
CREATE INDEX peristiwa_kasus ON peristiwa (kasus_id);
CREATE TRIGGER peristiwa_tanpa_ubah BEFORE UPDATE ON peristiwa
WHEN OLD.rantai IS NOT NULL OR NEW.rantai IS NULL OR NEW.id IS NOT OLD.id
	OR NEW.kasus_id IS NOT OLD.kasus_id OR NEW.waktu IS NOT OLD.waktu
	OR NEW.operator IS NOT OLD.operator OR NEW.jenis IS NOT OLD.jenis
	OR NEW.kolom IS NOT OLD.kolom OR NEW.lama IS NOT OLD.lama OR NEW.baru IS NOT OLD.baru
	OR NEW.catatan IS NOT OLD.catatan OR NEW.tanggal IS NOT OLD.tanggal
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be changed');
END;
CREATE TRIGGER peristiwa_tanpa_hapus BEFORE DELETE ON peristiwa
BEGIN
	SELECT RAISE(ABORT, 'peristiwa is append-only: events cannot be deleted');
END;
COMMIT;
PRAGMA application_id = 1314148940;
PRAGMA user_version = 10;
