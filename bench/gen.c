/* Writes N realistic import rows: quoted fields with commas and line
 * breaks, Indonesian text, valid NIPs, a mix of agencies and acts.
 * Deterministic, so runs compare.  Usage: gen N [first-report-number] */
#include <stdio.h>
#include <stdlib.h>

static unsigned long long state = 88172645463325252ULL;

static unsigned rnd(unsigned n)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (unsigned)(state % n);
}

static const char *const first[] = { "Budi", "Siti", "Agus", "Dewi", "Eko", "Sri",
	"Hendra", "Rina", "Joko", "Wati", "Yudi", "Lestari", "Bambang", "Nur", "Ahmad", "Ratna" };
static const char *const last[] = { "Santoso", "Aminah", "Wibowo", "Lestari", "Prasetyo",
	"Rahayu", "Gunawan", "Marlina", "Kurniawan", "Susilawati", "Hidayat", "Siregar",
	"Nasution", "Saputra", "Wijaya", "Hasibuan" };
static const char *const instansi[] = { "Kabupaten Purbalingga", "Kabupaten Batang",
	"Kota Lubuk Linggau", "Kabupaten Kotawaringin Barat", "Kabupaten Wakatobi",
	"Kabupaten Sumba Timur", "Kementerian Agama", "Kabupaten Mamuju",
	"Kabupaten Halmahera Timur", "Kabupaten Kaimana", "Pemerintah Provinsi Jawa Tengah",
	"Kabupaten Konawe Utara" };
static const char *const kategori[] = { "fungsional", "pelaksana", "JPT Pratama",
	"administrator", "pengawas", "camat", "lurah", "guru", "" };
static const char *const bentuk[] = { "medsos-kampanye", "kegiatan-keberpihakan",
	"foto-bersama", "hadir-deklarasi", "pendekatan-parpol", "apk", "medsos-interaksi",
	"ikut-kampanye", "tim-pemenangan", "anggota-parpol", "dukungan-ktp", "lainnya" };
static const char *const uraian[] = {
	"Mengunggah foto bersama pasangan calon, dengan simbol jari, di Facebook",
	"Hadir dalam deklarasi \"\"relawan\"\" pasangan calon; memberikan sambutan",
	"Membagikan tautan kampanye di grup WhatsApp dinas,\nlalu menulis komentar dukungan",
	"Mengumpulkan kepala desa di kantor kecamatan untuk mengarahkan dukungan",
	"Memasang baliho bakal calon di halaman rumah",
	"Menyukai dan membagikan unggahan akun pemenangan" };
static const char *const sumber[] = { "Bawaslu", "masyarakat", "media", "internal", "KASN" };

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000;

	printf("no_laporan,nama,nip,jenis_pegawai,kategori_jabatan,jabatan,instansi,"
	       "unit_kerja,tanggal_kejadian,tanggal_laporan,bentuk,uraian,sumber,status\n");
	for (long i = 0; i < n; i++) {
		int by = 1960 + rnd(40), bm = 1 + rnd(12), bd = 1 + rnd(28);
		int sy = by + 20 + rnd(15), sm = 1 + rnd(12);
		int day = 1 + rnd(28), mon = 7 + rnd(5);
		const char *in = instansi[rnd(12)];

		printf("%ld/LP/%s/2024,", i + 1, "BWS");
		printf("%s %s,", first[rnd(16)], last[rnd(16)]);
		printf("%04d%02d%02d %04d%02d %d %03d,", by, bm, bd, sy, sm, 1 + rnd(2), 1 + rnd(999));
		printf("PNS,%s,", kategori[rnd(9)]);
		printf("\"Kepala Seksi, Bidang %u\",\"%s\",", rnd(20), in);
		printf("\"Dinas %u, %s\",", rnd(30), in);
		printf("%02d/%02d/2024,2024-12-%02d,", day, mon, 1 + rnd(20));
		printf("%s,\"%s\",%s,dilaporkan\n", bentuk[rnd(12)], uraian[rnd(6)], sumber[rnd(5)]);
	}
	return 0;
}
