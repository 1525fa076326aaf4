# Shared set-up for the CLI tests: a private database per test, a fixed
# "today", and the binary under test in $NETRAL.
bats_require_minimum_version 1.5.0

setup() {
	export NETRAL_DB="$BATS_TEST_TMPDIR/netral.db"
	export NETRAL_TODAY=2026-11-25
	export NETRAL_OPERATOR=tester
	export LC_ALL=C.UTF-8
	unset LANGUAGE NETRAL_BUSY_TIMEOUT XDG_DATA_HOME SUDO_USER
	# not the machine's defaults file, whatever it names
	export NETRAL_DEFAULTS="$BATS_TEST_TMPDIR/no-defaults"
	NETRAL="${NETRAL:-$BATS_TEST_DIRNAME/../../netral}"
	GEN="${GEN:-$BATS_TEST_DIRNAME/../../build/tests/gen}"
	DATA="$BATS_TEST_DIRNAME/../data"
	RULES="$BATS_TEST_DIRNAME/../../data/rules"
	cd "$BATS_TEST_TMPDIR" || return 1
}

netral() {
	"$NETRAL" "$@"
}

# A valid case; extra options override or add fields.
add_case() {
	netral add --nama "Budi Santoso" --jenis-pegawai PNS \
		--instansi "Kabupaten Purbalingga" --tanggal-kejadian 2024-08-10 \
		--bentuk medsos-kampanye "$@"
}

# What a case at terbukti records (status.csv, wajib): the recommendation,
# as options of add and as the last three CSV columns.
PROVEN="--rekomendasi-tanggal 2024-10-20 --rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka"
PROVEN_CSV="2024-10-20,BKN,moral-terbuka"
# and at disanksi or selesai, the sanction and its SK too
SANCTIONED="$PROVEN --sanksi moral-terbuka --sk-nomor 800/1 --sk-tanggal 2024-10-25"

# The database's content, to show that a failed command changed nothing.
db_state() {
	sqlite3 "$NETRAL_DB" .dump | sha256sum
}

# One value from a JSON file, through SQLite's JSON functions.
json_get() {
	sqlite3 :memory: "SELECT json_extract(readfile('$1'), '$2')"
}

json_valid() {
	[ "$(sqlite3 :memory: "SELECT json_valid(readfile('$1'))")" = 1 ]
}

# The schema version netral writes, as its header says.
latest_schema() {
	sed -n 's/^#define NETRAL_SCHEMA_VERSION //p' "$BATS_TEST_DIRNAME/../../include/netral/db/db.h"
}

# Tables, columns, indexes and triggers, to compare two schemas.
schema_shape() {
	sqlite3 "$1" "SELECT m.type, m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk
		FROM sqlite_schema m LEFT JOIN pragma_table_info(m.name) p
		WHERE m.name NOT LIKE 'sqlite_%' ORDER BY m.type, m.name, p.name"
}

# "key   value" in the output of show or classify, whatever the padding
has_row() {
	echo "$output" | grep -qE "^$1 +$2\$" || { echo "no row '$1 $2'"; false; }
}

# A database that went through every path: add, import, edit, status moves,
# an update, a reclassification, a backup restored.
worked_db() {
	netral import -q "$DATA/import/dasar.csv"
	add_case --nama "Added Later" --nip "19680609 199503 1 003" --kontak-pelapor "0812 1" > /dev/null
	netral edit 2024-0001 --uraian "dikoreksi" --jabatan Camat > /dev/null
	netral status 2024-0002 verifikasi --tanggal 2024-10-01 > /dev/null
	netral status 2024-0002 terbukti --rekomendasi-dari BKN --rekomendasi-sanksi moral-terbuka \
		--tanggal 2024-10-20 > /dev/null
	{ echo "no_laporan,nama,nip,jenis_pegawai,instansi,tanggal_kejadian,bentuk,unit_kerja"
	  echo "001/LP/2024,Budi Santoso,19680609 199503 1 003,PNS,Kabupaten Purbalingga,10/08/2024,medsos-kampanye,Sekretariat"; } > upd.csv
	netral import --update -q upd.csv
	netral election add ULANG2024 --nama x --penetapan 2024-07-01 --kampanye-mulai 2024-07-02 \
		--kampanye-selesai 2024-07-20 --pemungutan 2024-07-25 > /dev/null
	netral backup b.db > /dev/null
	cp b.db "$NETRAL_DB" && rm -f "$NETRAL_DB-wal" "$NETRAL_DB-shm"
}

# worked_db, and a record of each prevention kind: units (one updated),
# activities, signatories of the pact, a permit.
worked_db_all() {
	worked_db
	EX="$BATS_TEST_DIRNAME/../../data/examples"
	netral unit import -q "$EX/unit.csv"
	netral unit add "Dinas Kesehatan" --asn 41 --kepala "dr. Baru" > /dev/null
	netral kegiatan import -q "$EX/kegiatan.csv"
	netral pakta import -q "$EX/pakta.csv"
	netral izin add --nama "Rina Kartika" --nip "19850412 201001 2 015" --peran KPPS \
		--sk-penunjukan 1 --pemberi-nama B --pemberi-nip 196801011990031007 \
		--pemberi-jabatan K --tanggal 2024-10-01 > /dev/null
	netral asal add "Kabupaten Batang" --kode 3325 > /dev/null
	netral pelaporan add --nomor B/1/2024 --tanggal 2024-11-20 --jenis pencegahan \
		--kepada dirjen-otda "$EX/kegiatan.csv" > /dev/null
}
