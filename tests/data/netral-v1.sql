-- A database written by netral 0.1 (schema version 1), for the upgrade test.
BEGIN TRANSACTION;
CREATE TABLE meta (
	kunci TEXT PRIMARY KEY,
	nilai TEXT NOT NULL
) STRICT;
INSERT INTO meta VALUES('aturan_hash','4c0caacf5e748d1d7b800781f074d3efccf429138e456b710e1f59a601d01502');
INSERT INTO meta VALUES('aturan_sumber','bawaan');
CREATE TABLE bentuk (
	kode TEXT PRIMARY KEY,
	uraian TEXT NOT NULL
) STRICT;
INSERT INTO bentuk VALUES('apk','Memasang spanduk, baliho atau alat peraga lain terkait (bakal) calon');
INSERT INTO bentuk VALUES('medsos-kampanye','Sosialisasi atau kampanye di media sosial atau daring');
INSERT INTO bentuk VALUES('hadir-deklarasi','Menghadiri deklarasi atau kampanye dan memberikan dukungan secara aktif');
INSERT INTO bentuk VALUES('medsos-interaksi','Membuat posting, komentar, share, like, atau bergabung/mengikuti grup atau akun pemenangan');
INSERT INTO bentuk VALUES('foto-bersama','Memposting foto bersama (bakal) calon atau tim sukses dengan simbol keberpihakan');
INSERT INTO bentuk VALUES('ikut-kampanye','Ikut dalam kegiatan kampanye, sosialisasi atau pengenalan (bakal) calon');
INSERT INTO bentuk VALUES('kampanye-pasangan','Mengikuti deklarasi atau kampanye suami/istri yang menjadi calon tanpa CLTN');
INSERT INTO bentuk VALUES('pendekatan-parpol','Melakukan pendekatan ke partai politik atau masyarakat sebagai bakal calon tanpa CLTN');
INSERT INTO bentuk VALUES('anggota-parpol','Menjadi anggota dan/atau pengurus partai politik');
INSERT INTO bentuk VALUES('kegiatan-keberpihakan','Mengadakan kegiatan yang mengarah kepada keberpihakan: pertemuan, ajakan, himbauan, seruan, pemberian barang');
INSERT INTO bentuk VALUES('tim-pemenangan','Menjadi tim ahli, tim pemenangan atau konsultan bagi calon atau partai politik');
INSERT INTO bentuk VALUES('dukungan-ktp','Memberikan surat dukungan atau mengumpulkan fotokopi KTP bagi bakal calon perseorangan');
INSERT INTO bentuk VALUES('keputusan-menguntungkan','Membuat keputusan atau tindakan yang menguntungkan atau merugikan partai politik atau calon');
INSERT INTO bentuk VALUES('kampanye-atribut','Menjadi peserta kampanye dengan atribut partai atau atribut PNS');
INSERT INTO bentuk VALUES('kerahkan-pns','Menjadi peserta kampanye dengan mengerahkan PNS lain');
INSERT INTO bentuk VALUES('fasilitas-negara','Menjadi peserta kampanye dengan menggunakan fasilitas negara');
INSERT INTO bentuk VALUES('lainnya','Bentuk lain di luar matriks SKB');
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
INSERT INTO matriks VALUES('SKB2022','2022-09-22','apk','bakal_calon','*','*','KE-1','kode_etik','PP 42/2004 Pasal 11 huruf c dan Pasal 15; UU 5/2014 Pasal 9 ayat 2','',2);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','apk','calon','*','*','DS-1','disiplin_berat','PP 94/2021 Pasal 5 huruf n jo. Pasal 14 huruf i','',3);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-kampanye','bakal_calon','*','*','KE-2','kode_etik','PP 42/2004 Pasal 11 huruf c dan Pasal 15; UU 5/2014 Pasal 9 ayat 2','',4);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-kampanye','calon','*','*','DS-2','disiplin_berat','PP 94/2021 Pasal 5 huruf n jo. Pasal 14 huruf i','',5);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','hadir-deklarasi','bakal_calon','*','*','KE-3','kode_etik','PP 42/2004 Pasal 11 huruf c dan Pasal 15; UU 5/2014 Pasal 9 ayat 2','',6);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','hadir-deklarasi','calon','*','*','DS-4','disiplin_berat','PP 94/2021 Pasal 5 huruf n jo. Pasal 14 huruf i','',7);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-interaksi','bakal_calon','*','*','KE-4','kode_etik','PP 42/2004 Pasal 11 huruf c dan Pasal 15; UU 5/2014 Pasal 9 ayat 2','',8);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','medsos-interaksi','calon','*','*','DS-6','disiplin_berat','PP 94/2021 Pasal 5 huruf n jo. Pasal 14 huruf i','',9);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-bersama','bakal_calon','*','*','KE-5','kode_etik','PP 42/2004 Pasal 11 huruf c dan Pasal 15; UU 5/2014 Pasal 9 ayat 2','',10);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','foto-bersama','calon','*','*','DS-7','disiplin_berat','PP 94/2021 Pasal 5 huruf n jo. Pasal 14 huruf i','',11);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','ikut-kampanye','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 Pasal 11 huruf c dan Pasal 15; UU 5/2014 Pasal 9 ayat 2','',12);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','ikut-kampanye','calon','*','*','','satgas','SKB 2022','tingkat hukuman disiplin untuk ikut kampanye calon tidak ditetapkan PP 94/2021; diputus Satgas',13);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','bakal_calon','tidak','*','KE-7','kode_etik','PP 42/2004 Pasal 11 huruf c dan Pasal 15; UU 5/2014 Pasal 9 ayat 2','',14);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','bakal_calon','ya','*','','tidak_melanggar','SKB 2022; SE MenPANRB 18/2023','dengan CLTN mendampingi suami/istri calon diperbolehkan',15);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','calon','tidak','*','KE-7','kode_etik','PP 42/2004 Pasal 11 huruf c dan Pasal 15; UU 5/2014 Pasal 9 ayat 2','',16);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-pasangan','calon','ya','*','','tidak_melanggar','SKB 2022; SE MenPANRB 18/2023','dengan CLTN mendampingi suami/istri calon diperbolehkan',17);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','bakal_calon','tidak','*','DS-3','disiplin_sedang','PP 94/2021, pasal kewajiban (pasal tepatnya tidak dipastikan)','',18);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','bakal_calon','ya','*','','tidak_melanggar','SKB 2022','dengan CLTN pendekatan ke partai politik sebagai bakal calon diperbolehkan',19);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','calon','tidak','*','DS-3','disiplin_sedang','PP 94/2021, pasal kewajiban (pasal tepatnya tidak dipastikan)','',20);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','pendekatan-parpol','calon','ya','*','','tidak_melanggar','SKB 2022','dengan CLTN pendekatan ke partai politik sebagai bakal calon diperbolehkan',21);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','anggota-parpol','bakal_calon','*','*','DS-5','ptdh','UU 5/2014 Pasal 87 ayat 4 huruf c; UU 20/2023 Pasal 52 ayat 3 huruf j','',22);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','anggota-parpol','calon','*','*','DS-5','ptdh','UU 5/2014 Pasal 87 ayat 4 huruf c; UU 20/2023 Pasal 52 ayat 3 huruf j','',23);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kegiatan-keberpihakan','bakal_calon','*','*','','satgas','SKB 2022','matriks hanya mengatur kegiatan keberpihakan terhadap calon; sebelum penetapan diputus Satgas',24);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kegiatan-keberpihakan','calon','*','*','DS-8','disiplin_berat','PP 94/2021 Pasal 5 huruf n jo. Pasal 14 huruf i','',25);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','tim-pemenangan','bakal_calon','*','*','DS-9','disiplin_sedang','SKB 2022; PP 94/2021','',26);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','tim-pemenangan','calon','*','*','DS-10','disiplin_berat','PP 94/2021 Pasal 5 huruf n jo. Pasal 14 huruf i','',27);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dukungan-ktp','bakal_calon','*','*','DS-11','disiplin_berat','PP 94/2021 Pasal 5 huruf n jo. Pasal 14 huruf i','',28);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','dukungan-ktp','calon','*','*','DS-11','disiplin_berat','PP 94/2021 Pasal 5 huruf n jo. Pasal 14 huruf i','',29);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','keputusan-menguntungkan','bakal_calon','*','*','','satgas','SKB 2022','matriks hanya mengatur keputusan yang menguntungkan calon; sebelum penetapan diputus Satgas',30);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','keputusan-menguntungkan','calon','*','*','DS-12','disiplin_berat','PP 94/2021 Pasal 5 huruf n jo. Pasal 14 huruf i','',31);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-atribut','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 Pasal 11 huruf c dan Pasal 15; UU 5/2014 Pasal 9 ayat 2','',32);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kampanye-atribut','calon','*','*','','disiplin_sedang','PP 94/2021 Pasal 5 huruf n angka 2 jo. Pasal 13 huruf g','',33);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kerahkan-pns','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 Pasal 11 huruf c dan Pasal 15; UU 5/2014 Pasal 9 ayat 2','',34);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','kerahkan-pns','calon','*','*','','disiplin_berat','PP 94/2021 Pasal 5 huruf n angka 3 jo. Pasal 14 huruf i','',35);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','fasilitas-negara','bakal_calon','*','*','KE-6','kode_etik','PP 42/2004 Pasal 11 huruf c dan Pasal 15; UU 5/2014 Pasal 9 ayat 2','',36);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','fasilitas-negara','calon','*','*','','disiplin_berat','PP 94/2021 Pasal 5 huruf n angka 4 jo. Pasal 14 huruf i','',37);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','lainnya','bakal_calon','*','*','','satgas','SKB 2022','di luar matriks; dibahas dan diputus Satgas',38);
INSERT INTO matriks VALUES('SKB2022','2022-09-22','lainnya','calon','*','*','','satgas','SKB 2022','di luar matriks; dibahas dan diputus Satgas',39);
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
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PNS','ptdh','ptdh','Pemberhentian tidak dengan hormat','UU 20/2023 Pasal 52 ayat 3 huruf j',13);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','kode_etik','moral-tertutup','Sanksi moral berupa pernyataan secara tertutup','PP 42/2004 Pasal 15 (tingkat yang sama)',14);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','kode_etik','moral-terbuka','Sanksi moral berupa pernyataan secara terbuka','PP 42/2004 Pasal 15 (tingkat yang sama)',15);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_ringan','teguran-lisan','Teguran lisan','PP 49/2018 (tingkat ringan)',16);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_ringan','teguran-tertulis','Teguran tertulis','PP 49/2018 (tingkat ringan)',17);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_ringan','tidak-puas-tertulis','Pernyataan tidak puas secara tertulis','PP 49/2018 (tingkat ringan)',18);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_sedang','tpp25-6bln','Pemotongan tunjangan kinerja 25% selama 6 bulan','PP 49/2018 (tingkat sedang)',19);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_sedang','tpp25-9bln','Pemotongan tunjangan kinerja 25% selama 9 bulan','PP 49/2018 (tingkat sedang)',20);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_sedang','tpp25-12bln','Pemotongan tunjangan kinerja 25% selama 12 bulan','PP 49/2018 (tingkat sedang)',21);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','disiplin_berat','berhenti-dengan-hormat','Pemutusan hubungan perjanjian kerja dengan hormat tidak atas permintaan sendiri','PP 49/2018; UU 20/2023 Pasal 52',22);
INSERT INTO sanksi VALUES('SKB2022','2022-09-22','PPPK','ptdh','ptdh','Pemutusan hubungan perjanjian kerja tidak dengan hormat','UU 20/2023 Pasal 52 ayat 3 huruf j',23);
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
	sumber TEXT NOT NULL CHECK (sumber IN ('bawaan', 'pengguna'))
) STRICT;
INSERT INTO pemilihan VALUES('PILKADA2020','Pemilihan kepala daerah serentak 2020','2020-09-23','2020-09-26','2020-12-05','2020-12-09','bawaan');
INSERT INTO pemilihan VALUES('PEMILU2024-PILEG','Pemilu 2024: DPR, DPD dan DPRD','2023-11-03','2023-11-28','2024-02-10','2024-02-14','bawaan');
INSERT INTO pemilihan VALUES('PEMILU2024-PILPRES','Pemilu 2024: presiden dan wakil presiden','2023-11-13','2023-11-28','2024-02-10','2024-02-14','bawaan');
INSERT INTO pemilihan VALUES('PILKADA2024','Pemilihan kepala daerah serentak 2024','2024-09-22','2024-09-25','2024-11-23','2024-11-27','bawaan');
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
CREATE TABLE status (
	kode TEXT PRIMARY KEY,
	uraian TEXT NOT NULL,
	terbukti INTEGER NOT NULL,
	ditindaklanjuti INTEGER NOT NULL,
	urutan INTEGER NOT NULL
) STRICT;
INSERT INTO status VALUES('dilaporkan','Dilaporkan; belum diverifikasi',0,0,0);
INSERT INTO status VALUES('verifikasi','Sedang diverifikasi',0,0,1);
INSERT INTO status VALUES('tidak_terbukti','Tidak terbukti melanggar',0,0,2);
INSERT INTO status VALUES('terbukti','Terbukti; rekomendasi sanksi diterima',1,0,3);
INSERT INTO status VALUES('disanksi','PPK telah menjatuhkan sanksi',1,1,4);
INSERT INTO status VALUES('selesai','Selesai',1,1,5);
CREATE TABLE nomor (
	tahun INTEGER PRIMARY KEY,
	terakhir INTEGER NOT NULL
) STRICT;
INSERT INTO nomor VALUES(2024,1);
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
	-- where it came from: the imported file and line, or NULL for 'add'
	berkas TEXT,
	berkas_sha256 TEXT,
	berkas_baris INTEGER,
	-- a report names one person once: no_laporan and the person, or the
	-- content of a row without no_laporan (re-imports add nothing)
	kunci TEXT UNIQUE,
	dibuat TEXT NOT NULL,
	diubah TEXT NOT NULL
) STRICT;
INSERT INTO kasus VALUES(1,'2024-0001','LAP-001','Siti Aminah','198512302010122001',NULL,'PNS',NULL,NULL,'Kabupaten Batang',NULL,NULL,'2024-10-02',NULL,'PILKADA2024','foto-bersama',NULL,NULL,'dilaporkan',0,0,1,38,'31-40','tidak_diketahui','saat_kampanye','calon','disiplin_berat','DS-7','SKB2022',NULL,NULL,NULL,'L:LAP-001nip:198512302010122001','2026-11-25T12:14:30Z','2026-11-25T12:14:30Z');
CREATE INDEX kasus_kejadian ON kasus (tanggal_kejadian);
CREATE INDEX kasus_instansi ON kasus (instansi);
CREATE INDEX kasus_pemilihan ON kasus (pemilihan);
COMMIT;
PRAGMA application_id = 1314148940;
PRAGMA user_version = 1;
