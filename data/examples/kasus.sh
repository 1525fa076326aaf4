#!/bin/sh
# Sample cases, as a clerk would record them: netral add, one per report.
# Usage: sh kasus.sh PATH-TO-NETRAL
n=${1:-netral}
set -e
"$n" add --no-laporan 012/LP/PB/BAWASLU/2024 --nama "Budi Santoso" --nip "19680609 199503 1 003" \
	--jenis-pegawai PNS --kategori-jabatan "JPT Pratama" --jabatan "Kepala Dinas Pendidikan" \
	--instansi "Kabupaten Purbalingga" --tanggal-kejadian 10-08-2024 --bentuk medsos-kampanye \
	--sumber Bawaslu --uraian "Membagikan poster bakal calon bupati di Facebook"
"$n" add --nama "Siti Aminah" --nip "198512302010122001" --jenis-pegawai PNS \
	--kategori-jabatan guru --instansi "Kabupaten Purbalingga" --tanggal-kejadian 02/10/2024 \
	--bentuk foto-bersama --sumber masyarakat --uraian "Foto bersama paslon dengan simbol jari"
"$n" add --nama "Agus Wibowo" --nip "197503152000031002" --jenis-pegawai PNS \
	--kategori-jabatan camat --instansi "Kabupaten Batang" --tanggal-kejadian 2024-10-20 \
	--bentuk kegiatan-keberpihakan --sumber Bawaslu --uraian "Mengumpulkan kepala desa untuk mendukung paslon"
"$n" add --nama "Rina Marlina" --nip "199001152022212005" --jenis-pegawai PPPK \
	--kategori-jabatan fungsional --instansi "Kota Lubuk Linggau" --tanggal-kejadian 2024-09-10 \
	--bentuk hadir-deklarasi --sumber media
"$n" add --nama "Dedi Kurniawan" --nik 3302151206850001 --jenis-pegawai PPNPN \
	--instansi "Kabupaten Kotawaringin Barat" --tanggal-kejadian 2024-11-01 --bentuk apk \
	--sumber internal
"$n" add --nama "Hendra Gunawan" --nip "197108171995121001" --jenis-pegawai PNS \
	--kategori-jabatan administrator --instansi "Kabupaten Batang" --tanggal-kejadian 2023-11-05 \
	--pemilihan PEMILU2024-PILPRES --bentuk medsos-interaksi --sumber masyarakat
"$n" add --nama "Wati Susilawati" --nip "198003102005012003" --jenis-pegawai PNS \
	--instansi "Kota Lubuk Linggau" --tanggal-kejadian 2024-10-05 --bentuk kampanye-pasangan \
	--cltn --pasangan-calon --uraian "Mendampingi suami calon wali kota; sedang CLTN"
"$n" add --nama "Joko Prasetyo" --nip "196912121990031004" --jenis-pegawai PNS \
	--kategori-jabatan pelaksana --instansi "Kabupaten Batang" --tanggal-kejadian 2024-07-01 \
	--bentuk anggota-parpol --sumber Bawaslu
"$n" add --nama "Yuni Rahayu" --nip "198807072014022001" --jenis-pegawai PNS \
	--instansi "Kementerian Agama" --tanggal-kejadian 2024-10-12 --bentuk ikut-kampanye \
	--sumber media
