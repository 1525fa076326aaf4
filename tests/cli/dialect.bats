#!/usr/bin/env bats
# The delimiter of a file is the one its header uses most, outside quotes:
# even a header of two columns says it.

load helper

@test "a header of two columns by a semicolon, or by a tab, gives its delimiter" {
	printf 'nama;kepala\nDinas A;Budi\n' > s.csv
	run netral unit import s.csv
	[ "$status" -eq 0 ]
	printf 'nama\tkepala\nDinas B\tAni\n' > t.csv
	run netral unit import t.csv
	[ "$status" -eq 0 ]
	# a semicolon inside quotes is data
	printf 'nama,kepala\nDinas C,"Sri; Wati"\n' > c.csv
	run netral unit import c.csv
	[ "$status" -eq 0 ]
	run netral unit list --format csv
	[ "$output" = "$(printf '%s\n' nama,kepala,jumlah_asn,jumlah_ppnpn 'Dinas A,Budi,0,0' 'Dinas B,Ani,0,0' 'Dinas C,Sri; Wati,0,0')" ]
}

@test "a case file of semicolons or tabs imports, and its reject file keeps the delimiter" {
	printf 'nama;jenis_pegawai;instansi;tanggal_kejadian;bentuk\nA;PNS;Kab X;2024-08-10;apk\nB;PNS;Kab X;2024-08-10;bogus\n' > s.csv
	run netral import --skip-invalid --reject rej.csv s.csv
	[ "$status" -eq 3 ]
	[ "$(sed -n 2p rej.csv)" = "B;PNS;Kab X;2024-08-10;bogus;3;bentuk: unknown bentuk 'bogus' (valid: apk, medsos-kampanye, hadir-deklarasi, medsos-interaksi, foto-bersama, ikut-kampanye, kampanye-pasangan, pendekatan-parpol, anggota-parpol, kegiatan-keberpihakan, tim-pemenangan, dukungan-ktp, keputusan-menguntungkan, kampanye-atribut, kerahkan-pns, fasilitas-negara, dampingi-pasangan, foto-pasangan, jurkam-pasangan, lainnya)" ]
	printf 'nama\tjenis_pegawai\tinstansi\ttanggal_kejadian\tbentuk\nC\tPNS\tKab X\t2024-08-11\tapk\n' > t.csv
	run netral import t.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT group_concat(nama) FROM kasus')" = A,C ]
}

@test "blanks and tabs around a value are not the value's" {
	printf 'nama,kepala,jumlah_asn\nDinas A ,\tBudi\t, 3\n' > u.csv
	run netral unit import u.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT nama || '|' || kepala || '|' || jumlah_asn FROM unit")" = "Dinas A|Budi|3" ]
	# quoted, too: a spreadsheet's padding is no part of a name
	printf 'nama,kepala\n"Dinas B ","\tAni\t"\n' > q.csv
	run netral unit import q.csv
	[ "$status" -eq 0 ]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT nama || '|' || kepala FROM unit WHERE nama LIKE '%B'")" = "Dinas B|Ani" ]
}

@test "tabs around a quoted field are dropped as spaces are: in a header, and in the reject file" {
	printf '"nama\t",jenis_pegawai,instansi,tanggal_kejadian,bentuk\n"\tSiti\t",PNS,Kota Batang,2024-08-10,apk\n"\tAni",PNS,Kota Batang,2024-08-10,bogus\n' > t.csv
	run --separate-stderr netral import --skip-invalid --reject rej.csv t.csv
	[ "$status" -eq 3 ]
	[ "$output" = "imported 1, duplicates 0, rejected 1" ]
	netral show 2024-0001 | grep -E '^nama +Siti$'
	[ "$(sed -n 2p rej.csv | cut -d, -f1)" = Ani ]
}
