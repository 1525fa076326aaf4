# Shared set-up for the CLI tests: a private database per test, a fixed
# "today", and the binary under test in $NETRAL.
bats_require_minimum_version 1.5.0

setup() {
	export NETRAL_DB="$BATS_TEST_TMPDIR/netral.db"
	export NETRAL_TODAY=2026-11-25
	export NETRAL_OPERATOR=tester
	export LC_ALL=C.UTF-8
	unset LANGUAGE NETRAL_BUSY_TIMEOUT XDG_DATA_HOME
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
