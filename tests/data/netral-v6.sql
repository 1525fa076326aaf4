-- A database written by netral with schema version 6 (three imported cases,
-- one added, one edited), for the upgrade test.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
	kunci TEXT PRIMARY KEY,
	nilai TEXT NOT NULL
) STRICT;
INSERT INTO meta VALUES('aturan_hash','a7b60a85876384067c43d3cb46bb2359c4cfb13287442a8e85c2622a24cb4dc1');
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
INSERT INTO kosakata VALUES('jenis_pegawai','PPPK','P3K|Pegawai Pemerintah dengan Perjanjian Kerja','asn ni_pppk','Pegawai pemerintah dengan perjanjian kerja (UU 20/2023 tentang ASN)',3);
INSERT INTO kosakata VALUES('jenis_pegawai','PPNPN','Honorer|Tenaga Honorer|Non ASN|Tenaga Kontrak|TKD|Tenaga Kerja Daerah|THL|Tenaga Harian Lepas','','Pegawai pemerintah non-PNS (honorer, kontrak): bukan ASN; sanksi menurut SPK',4);
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
INSERT INTO kosakata VALUES('jenis','kode_etik','','matriks sanksi','Pelanggaran kode etik (PP 42/2004)',15);
INSERT INTO kosakata VALUES('jenis','disiplin_ringan','','sanksi','Hukuman disiplin ringan (PP 94/2021)',16);
INSERT INTO kosakata VALUES('jenis','disiplin_sedang','','matriks sanksi','Hukuman disiplin sedang (PP 94/2021)',17);
INSERT INTO kosakata VALUES('jenis','disiplin_berat','','matriks sanksi','Hukuman disiplin berat (PP 94/2021)',18);
INSERT INTO kosakata VALUES('jenis','ptdh','','matriks sanksi','Pemberhentian tidak dengan hormat',19);
INSERT INTO kosakata VALUES('jenis','satgas','','matriks putusan_satgas','Diputuskan Satgas: matriks tidak menentukan',20);
INSERT INTO kosakata VALUES('jenis','tidak_melanggar','','matriks','Tidak melanggar netralitas',21);
INSERT INTO kosakata VALUES('sasaran','calon','','','Yang diuntungkan perbuatan: bakal calon atau calon (pasangan calon, calon anggota legislatif, calon presiden); tahap dari penetapan calon. Bawaan bila kosong.',22);
INSERT INTO kosakata VALUES('sasaran','partai','parpol|partai politik','','Partai politik: peserta pemilu sejak penetapan_partai (seed 004, disiplin baris 7, 9 dan 11: partai politik yang menjadi peserta pemilu)',23);
INSERT INTO kosakata VALUES('kolom_impor','no_laporan','No. Laporan|Nomor Laporan|No LP|Nomor LP','','Judul kolom impor lain untuk no_laporan: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',24);
INSERT INTO kosakata VALUES('kolom_impor','nama','Nama Pegawai|Nama ASN|Nama Terlapor','','Judul kolom impor lain untuk nama: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',25);
INSERT INTO kosakata VALUES('kolom_impor','nip','NIP Baru|NIP 18 Digit','','Judul kolom impor lain untuk nip: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',26);
INSERT INTO kosakata VALUES('kolom_impor','jenis_pegawai','Status Pegawai|Status Kepegawaian|Jenis ASN','','Judul kolom impor lain untuk jenis_pegawai: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',27);
INSERT INTO kosakata VALUES('kolom_impor','kategori_jabatan','Jenis Jabatan|Kategori','','Judul kolom impor lain untuk kategori_jabatan: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',28);
INSERT INTO kosakata VALUES('kolom_impor','jabatan','Nama Jabatan','','Judul kolom impor lain untuk jabatan: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',29);
INSERT INTO kosakata VALUES('kolom_impor','unit_kerja','Satuan Kerja|Satker|OPD|Perangkat Daerah','','Judul kolom impor lain untuk unit_kerja: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',30);
INSERT INTO kosakata VALUES('kolom_impor','tanggal_lahir','Tgl Lahir','','Judul kolom impor lain untuk tanggal_lahir: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',31);
INSERT INTO kosakata VALUES('kolom_impor','tanggal_kejadian','Tgl Kejadian|Waktu Kejadian|Tanggal Pelanggaran|Tgl Pelanggaran','','Judul kolom impor lain untuk tanggal_kejadian: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',32);
INSERT INTO kosakata VALUES('kolom_impor','tanggal_laporan','Tgl Laporan|Tgl Lapor|Tanggal Lapor','','Judul kolom impor lain untuk tanggal_laporan: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',33);
INSERT INTO kosakata VALUES('kolom_impor','bentuk','Bentuk Pelanggaran|Jenis Pelanggaran','','Judul kolom impor lain untuk bentuk: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',34);
INSERT INTO kosakata VALUES('kolom_impor','uraian','Kronologi|Uraian Pelanggaran','','Judul kolom impor lain untuk uraian: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',35);
INSERT INTO kosakata VALUES('kolom_impor','sumber','Sumber Laporan','','Judul kolom impor lain untuk sumber: judul ditulis tanpa membedakan huruf besar, spasi, ''-'', ''.'' dan ''/''',36);
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
	PRIMARY KEY (ruleset, bentuk, tahap, cltn, pasangan_calon)
) STRICT;
INSERT INTO matriks VALUES('SKB2022','2022-09-22','apk','bakal_calon','*','*','KE-1','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',2);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','apk','calon','*','*','DS-1','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',3);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-kampanye','bakal_calon','*','*','KE-2','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',4);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-kampanye','calon','*','*','DS-2','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',5);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','hadir-deklarasi','bakal_calon','*','*','KE-3','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',6);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','hadir-deklarasi','calon','*','*','DS-4','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',7);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-interaksi','bakal_calon','*','*','KE-4','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',8);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-interaksi','calon','*','*','DS-6','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',9);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-bersama','bakal_calon','*','*','KE-5','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',10);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-bersama','calon','*','*','DS-7','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',11);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','ikut-kampanye','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',12);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','ikut-kampanye','calon','*','*','','satgas','SKB 2022','tingkat hukuman disiplin untuk ikut kampanye calon tidak ditetapkan PP 94/2021; diputus Satgas',13);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','bakal_calon','tidak','*','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',14);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','bakal_calon','ya','*','','tidak_melanggar','SKB 2022; SE MenPANRB 18/2023','dengan CLTN mendampingi suami/istri calon diperbolehkan',15);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','calon','tidak','*','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',16);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','calon','ya','*','','tidak_melanggar','SKB 2022; SE MenPANRB 18/2023','dengan CLTN mendampingi suami/istri calon diperbolehkan',17);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','bakal_calon','tidak','*','DS-3','disiplin_sedang','PP 94/2021 (disiplin PNS), pasal kewajiban (pasal tepatnya tidak dipastikan); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',18);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','bakal_calon','ya','*','','tidak_melanggar','SKB 2022','dengan CLTN pendekatan ke partai politik sebagai bakal calon diperbolehkan',19);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','calon','tidak','*','DS-3','disiplin_sedang','PP 94/2021 (disiplin PNS), pasal kewajiban (pasal tepatnya tidak dipastikan); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',20);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','calon','ya','*','','tidak_melanggar','SKB 2022','dengan CLTN pendekatan ke partai politik sebagai bakal calon diperbolehkan',21);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','anggota-parpol','bakal_calon','*','*','DS-5','ptdh','PP 37/2004 (larangan PNS menjadi anggota partai politik); UU 20/2023 tentang ASN: pemberhentian tidak dengan hormat','',22);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','anggota-parpol','calon','*','*','DS-5','ptdh','PP 37/2004 (larangan PNS menjadi anggota partai politik); UU 20/2023 tentang ASN: pemberhentian tidak dengan hormat','',23);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kegiatan-keberpihakan','bakal_calon','*','*','','satgas','SKB 2022','matriks hanya mengatur kegiatan keberpihakan terhadap calon; sebelum penetapan diputus Satgas',24);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kegiatan-keberpihakan','calon','*','*','DS-8','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',25);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','tim-pemenangan','bakal_calon','*','*','DS-9','disiplin_sedang','SKB 2022; PP 94/2021 (disiplin PNS); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',26);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','tim-pemenangan','calon','*','*','DS-10','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',27);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dukungan-ktp','bakal_calon','*','*','DS-11','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',28);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dukungan-ktp','calon','*','*','DS-11','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',29);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','keputusan-menguntungkan','bakal_calon','*','*','','satgas','SKB 2022','matriks hanya mengatur keputusan yang menguntungkan calon; sebelum penetapan diputus Satgas',30);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','keputusan-menguntungkan','calon','*','*','DS-12','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',31);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-atribut','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',32);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-atribut','calon','*','*','','disiplin_sedang','PP 94/2021 (disiplin PNS), hukuman disiplin sedang; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',33);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kerahkan-pns','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',34);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kerahkan-pns','calon','*','*','','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',35);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','fasilitas-negara','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',36);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','fasilitas-negara','calon','*','*','','disiplin_berat','PP 94/2021 (disiplin PNS), hukuman disiplin berat; UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','',37);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','bakal_calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 1: diperkenankan dengan CLTN',38);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','bakal_calon','tidak','ya','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','SE MenPANRB 18/2023 baris 1: tanpa CLTN seperti mengikuti kegiatan suami/istri calon (KE-7)',39);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','bakal_calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',40);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 1: diperkenankan dengan CLTN',41);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','calon','tidak','ya','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','SE MenPANRB 18/2023 baris 1: tanpa CLTN seperti mengikuti kegiatan suami/istri calon (KE-7)',42);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dampingi-pasangan','calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',43);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','bakal_calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 3: diperkenankan dengan CLTN',44);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','bakal_calon','tidak','ya','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','SE MenPANRB 18/2023 baris 3: tanpa CLTN seperti mengikuti kegiatan suami/istri calon (KE-7)',45);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','bakal_calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',46);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','calon','ya','ya','','tidak_melanggar','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 3: diperkenankan dengan CLTN',47);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','calon','tidak','ya','KE-7','kode_etik','PP 42/2004 (kode etik PNS; sanksi moral); UU 20/2023 Pasal 24 ayat (1) huruf d (wajib menjaga netralitas)','SE MenPANRB 18/2023 baris 3: tanpa CLTN seperti mengikuti kegiatan suami/istri calon (KE-7)',48);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-pasangan','calon','*','tidak','','satgas','SE MenPANRB 18/2023','bentuk ini mengenai suami/istri yang menjadi calon, tetapi pasangan_calon tidak: dibahas dan diputus Satgas',49);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','jurkam-pasangan','bakal_calon','*','*','','satgas','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 6 melarangnya apa pun CLTN-nya; tingkatnya tidak ditetapkan matriks: dibahas dan diputus Satgas',50);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','jurkam-pasangan','calon','*','*','','satgas','SE MenPANRB 18/2023','SE MenPANRB 18/2023 baris 6 melarangnya apa pun CLTN-nya; tingkatnya tidak ditetapkan matriks: dibahas dan diputus Satgas',51);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','lainnya','bakal_calon','*','*','','satgas','SKB 2022','di luar matriks; dibahas dan diputus Satgas',52);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','lainnya','calon','*','*','','satgas','SKB 2022','di luar matriks; dibahas dan diputus Satgas',53);
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
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_ringan','teguran-lisan','Teguran lisan','PP 94/2021 Pasal 8 ayat 2',4);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_ringan','teguran-tertulis','Teguran tertulis','PP 94/2021 Pasal 8 ayat 2',5);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_ringan','tidak-puas-tertulis','Pernyataan tidak puas secara tertulis','PP 94/2021 Pasal 8 ayat 2',6);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_sedang','tpp25-6bln','Pemotongan tunjangan kinerja 25% selama 6 bulan','PP 94/2021 Pasal 8 ayat 3',7);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_sedang','tpp25-9bln','Pemotongan tunjangan kinerja 25% selama 9 bulan','PP 94/2021 Pasal 8 ayat 3',8);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_sedang','tpp25-12bln','Pemotongan tunjangan kinerja 25% selama 12 bulan','PP 94/2021 Pasal 8 ayat 3',9);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_berat','turun-jabatan-12bln','Penurunan jabatan setingkat lebih rendah selama 12 bulan','PP 94/2021 Pasal 8 ayat 4',10);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_berat','bebas-jabatan-12bln','Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan','PP 94/2021 Pasal 8 ayat 4',11);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','disiplin_berat','berhenti-dengan-hormat','Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS','PP 94/2021 Pasal 8 ayat 4',12);
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
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPNPN','ptdh','putus-kontrak','Pemutusan perjanjian kerja (sesuai SPK)','SE MenPANRB 1/2023; perjanjian kerja (SPK)',30);
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
	wajib TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO status VALUES('dilaporkan','Dilaporkan; belum diverifikasi',0,0,0,1,'','');
INSERT INTO status VALUES('verifikasi','Sedang diverifikasi',0,0,1,0,'','');
INSERT INTO status VALUES('tidak_terbukti','Tidak terbukti melanggar',0,0,2,0,'','');
INSERT INTO status VALUES('terbukti','Terbukti; rekomendasi sanksi diterima',1,0,3,0,'rekomendasi_nomor rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi','rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi');
INSERT INTO status VALUES('disanksi','PPK telah menjatuhkan sanksi',1,1,4,0,'sanksi sk_nomor sk_tanggal','rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi sanksi sk_nomor sk_tanggal');
INSERT INTO status VALUES('selesai','Selesai',1,1,5,0,'','rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi sanksi sk_nomor sk_tanggal');
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
CREATE TABLE pengaturan (
	kunci TEXT PRIMARY KEY,
	nilai TEXT NOT NULL,
	keterangan TEXT NOT NULL
) STRICT;
INSERT INTO pengaturan VALUES('batas_tindak_lanjut_hari','30','Hari kalender sejak tanggal rekomendasi bagi PPK untuk menjatuhkan sanksi. Tidak ada batas nasional yang ditetapkan; 30 hari adalah bawaan administratif (satu siklus laporan bulanan), ubah sesuai ketentuan instansi.');
INSERT INTO pengaturan VALUES('pasca_pemungutan_hari','35','Hari sesudah pemungutan suara yang masih dihitung sebagai tahapan berjalan (penghitungan, rekapitulasi, penetapan hasil) ketika pemilihan disimpulkan dari tanggal kejadian. UU 7/2017 memberi KPU paling lama 35 hari sesudah pemungutan untuk menetapkan hasil Pemilu secara nasional; ubah sesuai ketentuan instansi.');
CREATE TABLE nomor (
	tahun INTEGER PRIMARY KEY,
	terakhir INTEGER NOT NULL
) STRICT;
INSERT INTO nomor VALUES(2024,4);
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
INSERT INTO impor VALUES(1,'v6.csv','8f74b4593bea79c915268f38104695f06785a2a0d6b9411410538a4d2da9e22e','2026-12-02T01:24:55Z','tester',3,0,0,0);
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
	sasaran TEXT
) STRICT;
INSERT INTO kasus VALUES(1,'2024-0001','L1','Siti','198512302010122001',NULL,'PNS',NULL,NULL,'Kabupaten Batang',NULL,NULL,'2024-08-10',NULL,'PILKADA2024','medsos-kampanye',NULL,NULL,'dilaporkan',0,0,1,38,'31-40','tidak_diketahui','sebelum_kampanye','bakal_calon','kode_etik','KE-2','SKB2022',2,'L:L1nip:198512302010122001','2026-12-02T01:24:55Z','2026-12-02T01:24:55Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,1,NULL,NULL);
INSERT INTO kasus VALUES(2,'2024-0002','L2','Budi','198512302010121002',NULL,'PNS',NULL,'Camat','Kabupaten Batang',NULL,NULL,'2024-10-10',NULL,'PILKADA2024','apk',NULL,NULL,'dilaporkan',0,0,1,38,'31-40','tidak_diketahui','saat_kampanye','calon','disiplin_berat','DS-1','SKB2022',3,'L:L2nip:198512302010121002','2026-12-02T01:24:55Z','2026-12-02T01:24:55Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,1,NULL,NULL);
INSERT INTO kasus VALUES(3,'2024-0003','L3','Rina',NULL,NULL,'PPNPN',NULL,NULL,'Kabupaten Batang',NULL,NULL,'2024-10-11',NULL,'PILKADA2024','lainnya',NULL,NULL,'dilaporkan',0,0,1,NULL,'tidak_diketahui','tidak_diketahui','saat_kampanye','calon','satgas','','SKB2022',4,'L:L3nama:rina','2026-12-02T01:24:55Z','2026-12-02T01:24:55Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,1,NULL,NULL);
INSERT INTO kasus VALUES(4,'2024-0004',NULL,'Agus',NULL,NULL,'PNS',NULL,NULL,'X',NULL,NULL,'2024-08-11',NULL,'PILKADA2024','apk',NULL,NULL,'dilaporkan',0,0,1,NULL,'tidak_diketahui','tidak_diketahui','sebelum_kampanye','bakal_calon','kode_etik','KE-1','SKB2022',NULL,NULL,'2026-12-02T01:24:55Z','2026-12-02T01:24:55Z',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL);
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
INSERT INTO peristiwa VALUES(1,NULL,'2026-12-02T01:24:55Z','tester','impor','impor','1','71dd7d9b1466729d5135a7910fb3fcfca894701913c42ad247edd696cd748263','berkas=v6.csv; sha256=8f74b4593bea79c915268f38104695f06785a2a0d6b9411410538a4d2da9e22e; diimpor=3; duplikat=0; diperbarui=0; ditolak=0',NULL,'566ecb7ed68d18929003e4adb172cdda8d8eb13808e235254bb43a0e721a29b1');
INSERT INTO peristiwa VALUES(2,4,'2026-12-02T01:24:55Z','tester','buat',NULL,NULL,'2:9fd2f22b36a5c3aed4041470894fafb9',NULL,NULL,'ddf8fdf92a2b6441b9b17862035ec5fa03d558caf36141af54ed5f78139d97dc');
INSERT INTO peristiwa VALUES(3,2,'2026-12-02T01:24:55Z','tester','ubah','jabatan',NULL,'Camat',NULL,NULL,'7ae24a043cda372b98b6f8f0478badcfa01fc3e7406c0e199fe3ce6aca9ec6ac');
CREATE TABLE asal (
	kasus_id INTEGER PRIMARY KEY REFERENCES kasus (id),
	impor_id INTEGER NOT NULL REFERENCES impor (id),
	keadaan TEXT NOT NULL
) STRICT;
INSERT INTO asal VALUES(1,1,'2:ce08d573391e2e1b3c20d3c4bd8ea12d');
INSERT INTO asal VALUES(2,1,'2:9caa8b59000ee2031a1e1ac900c805e1');
INSERT INTO asal VALUES(3,1,'2:41d2de68c4b3d370ca97aa41aaead857');
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
PRAGMA user_version = 6;
