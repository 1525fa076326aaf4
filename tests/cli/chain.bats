#!/usr/bin/env bats
# What check proves: the log is one chain from its first event, every
# column of every record is proven by it, and a head held elsewhere shows
# a log cut short.

load helper

@test "a log unlinked, rewritten and relinked outside netral is seen, and stays seen after later writes" {
	worked_db_all
	netral check > /dev/null
	# the recommended sanction of 2024-0002, rewritten in its event and its case,
	# with the links removed so that netral would link the forgery again
	sqlite3 "$NETRAL_DB" "DROP TRIGGER peristiwa_tanpa_ubah; DROP TRIGGER peristiwa_tanpa_hapus;
		UPDATE peristiwa SET rantai = NULL;
		UPDATE peristiwa SET baru = 'moral-tertutup' WHERE kolom = 'rekomendasi_sanksi';
		UPDATE kasus SET rekomendasi_sanksi = 'moral-tertutup' WHERE nomor = '2024-0002'"
	netral init > /dev/null
	run netral check
	echo "$output"
	[ "$status" -eq 1 ]
	[[ "$output" == *"peristiwa 1 to "*": rantai: no link"* ]]
	netral unit add "Dinas Baru" > /dev/null
	add_case --nama "Later" > /dev/null
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"peristiwa 1 to "*": rantai: no link"* ]]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM peristiwa WHERE rantai IS NULL')" -gt 20 ]
}

@test "an event without its link after linked ones is named, and no write links it" {
	add_case > /dev/null
	sqlite3 "$NETRAL_DB" "INSERT INTO peristiwa (kasus_id, waktu, operator, jenis, kolom, lama, baru)
		VALUES (1, '2026-11-25T01:00:00Z', 'x', 'ubah', 'jabatan', NULL, 'Camat');
		UPDATE kasus SET jabatan = 'Camat' WHERE id = 1"
	forged=$(sqlite3 "$NETRAL_DB" 'SELECT max(id) FROM peristiwa')
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"peristiwa $forged: rantai: no link"* ]]
	add_case --nama B > /dev/null
	run netral check
	[ "$status" -eq 1 ]
	[[ "$output" == *"peristiwa $forged: rantai: no link"* ]]
	[ -z "$(sqlite3 "$NETRAL_DB" "SELECT rantai FROM peristiwa WHERE id = $forged")" ]
	# nor may anyone link it afterwards: an event is never updated
	run sqlite3 "$NETRAL_DB" "UPDATE peristiwa SET rantai = 'x' WHERE id = $forged"
	[ "$status" -ne 0 ]
	[[ "$output" == *"append-only"* ]]
}

@test "an upgrade links the events written before the chain, once, in the upgrade itself" {
	sqlite3 "$NETRAL_DB" < "$DATA/netral-v1.sql"
	netral init > /dev/null
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM peristiwa')" -gt 0 ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM peristiwa WHERE rantai IS NULL')" = 0 ]
	run netral check
	[ "$status" -eq 0 ]
}

# A value other than the one in column c of the row, that its type and
# CHECKs accept.
changed() {
	case "$1.$2" in
	*.id) echo "(SELECT max(id) + 100 FROM $1)" ;;
	kasus.jenis_pegawai) echo "CASE WHEN $2 = 'PNS' THEN 'PPPK' ELSE 'PNS' END" ;;
	*.cltn | *.pasangan_calon | *.blokir_siasn | *.pemilihan_disimpulkan) echo "1 - $2" ;;
	*)
		case $3 in
		INTEGER) echo "coalesce($2, 40) + 1000" ;;
		*) echo "CASE WHEN $2 = 'Z9' THEN 'Y9' ELSE 'Z9' END" ;;
		esac ;;
	esac
}

# How check names a row of each table: a case and a permit by number, a
# counter by its year, a unit by its name and a report sent by its letter's
# number (quoted unless it is all capitals, digits and '-'), anything else
# by id.
label() {
	case $1 in
	kasus | izin) sqlite3 "$2" "SELECT nomor FROM $1 WHERE id = $3" ;;
	unit | pelaporan)
		local n col=nama
		[ "$1" = pelaporan ] && col=nomor_surat
		n=$(sqlite3 "$2" "SELECT $col FROM $1 WHERE id = $3")
		if [[ $n =~ ^[A-Z0-9-]+$ ]]; then echo "$n"; else echo "'$n'"; fi ;;
	nomor) echo "$3" ;;
	*) echo "$3" ;;
	esac
}

# The columns netral(1) says check leaves out of the proof, and why.
unproven() {
	sed -n '/^\.Sh WHAT CHECK PROVES/,/^\.Sh [A-VX-Z]/p' "$BATS_TEST_DIRNAME/../../doc/netral.1" |
		sed -n 's/^\.It Li \([a-z_]*\.[a-z_]*\)$/\1/p'
}

@test "check names the table, the row and the column of any stored value changed outside netral" {
	[ "$(unproven | wc -l)" -ge 3 ]
	worked_db_all
	run netral check
	echo "$output"
	[ "$status" -eq 0 ]
	for table in kasus impor nomor unit kegiatan pakta izin pelaporan; do
		key=id
		[ "$table" = nomor ] && key=tahun
		rows=$(sqlite3 "$NETRAL_DB" "SELECT $key FROM $table ORDER BY $key LIMIT 3")
		[ -n "$rows" ] || { echo "no rows in $table"; false; }
		sqlite3 -separator ' ' "$NETRAL_DB" "SELECT name, type FROM pragma_table_info('$table')" |
		while read -r col type; do
			unproven | grep -qx "$table.$col" && continue
			for row in $rows; do
				cp "$NETRAL_DB" t.db
				before=$(label "$table" t.db "$row")
				sqlite3 t.db "UPDATE $table SET $col = $(changed "$table" "$col" "$type") WHERE $key = $row"
				after=$(label "$table" t.db "$( [ "$col" = "$key" ] && sqlite3 t.db "SELECT max($key) FROM $table" || echo "$row")")
				run "$NETRAL" --db t.db check
				if [ "$status" -ne 1 ] ||
				   ! grep -qE "^$table ($before|$after): $col: " <<< "$output"; then
					echo "$table $row ($before) $col: status $status"
					echo "$output"
					false
				fi
			done
		done
	done
}

@test "check names a rules table changed outside netral, whichever it is" {
	worked_db_all
	tables=$(sqlite3 "$NETRAL_DB" "SELECT name FROM sqlite_schema WHERE type = 'table'
		AND name NOT LIKE 'sqlite%' AND name NOT IN
		('kasus', 'impor', 'nomor', 'unit', 'kegiatan', 'pakta', 'izin', 'daftar_asal', 'pelaporan',
		'kasus_alias', 'peristiwa', 'meta', 'kamus')")
	[ "$(echo "$tables" | wc -l)" -ge 12 ]
	for table in $tables; do
		col=$(sqlite3 "$NETRAL_DB" "SELECT name FROM pragma_table_info('$table') WHERE type = 'TEXT' LIMIT 1")
		cp "$NETRAL_DB" t.db
		sqlite3 t.db "UPDATE $table SET $col = $col || 'x' WHERE rowid = (SELECT min(rowid) FROM $table)"
		run "$NETRAL" --db t.db check
		if [ "$status" -ne 1 ] || ! grep -q "^$table: changed outside netral since event" <<< "$output"; then
			echo "$table.$col: status $status"
			echo "$output"
			false
		fi
	done
	# the texts of the cases' codes are proven through the cases that
	# read them
	cp "$NETRAL_DB" t.db
	sqlite3 t.db "UPDATE kamus SET nilai = nilai || 'x' WHERE id = (SELECT jenis FROM kasus WHERE nomor = '2024-0001')"
	run "$NETRAL" --db t.db check
	[ "$status" -eq 1 ]
	[[ "$output" == *"kasus 2024-0001: jenis: "* ]]
	# a rules table emptied, or one added
	cp "$NETRAL_DB" t.db
	sqlite3 t.db "DELETE FROM label; CREATE TABLE tambahan (x TEXT)"
	run "$NETRAL" --db t.db check
	[ "$status" -eq 1 ]
	[[ "$output" == *"label: changed outside netral since event"* ]]
	[[ "$output" == *"tambahan: not among the rules event"* ]]
	# the rules a command stores are recorded again: a contest added
	netral election add ULANG2030 --nama x --penetapan 2030-07-01 --kampanye-mulai 2030-07-02 \
		--kampanye-selesai 2030-07-20 --pemungutan 2030-07-25 > /dev/null
	run netral check
	[ "$status" -eq 0 ]
}

@test "a log cut short passes check alone, and is seen against the head held elsewhere" {
	worked_db
	add_case --nama "The last one" > /dev/null
	mkdir out
	netral export --output-dir out > /dev/null
	headfile=out/rekap-2026-11-25-rantai.txt
	head=$(sed -n 1p "$headfile")
	# the last case and the events after the head removed, the counter wound back
	sqlite3 "$NETRAL_DB" "DROP TRIGGER peristiwa_tanpa_hapus;
		DELETE FROM peristiwa WHERE kasus_id = (SELECT max(id) FROM kasus);
		DELETE FROM kasus WHERE id = (SELECT max(id) FROM kasus);
		UPDATE nomor SET terakhir = terakhir - 1 WHERE tahun = 2024"
	netral init > /dev/null
	run netral check
	[ "$status" -eq 0 ]
	run netral check --since "$head"
	[ "$status" -eq 1 ]
	[[ "$output" == *"is not in the chain"* ]]
	run netral check --since-file "$headfile"
	[ "$status" -eq 1 ]
	[[ "$output" == *"$headfile: the head ${head:0:12}"*"is not in the chain"* ]]
}

@test "--since-file: a missing, empty or malformed head file is an error naming it" {
	add_case > /dev/null
	run --separate-stderr netral check --since-file nowhere.txt
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"nowhere.txt"* ]]
	: > empty.txt
	run --separate-stderr netral check --since-file empty.txt
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"empty.txt:1: "* ]]
	echo nothex > bad.txt
	run --separate-stderr netral check --since-file bad.txt
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"bad.txt:1: "* ]]
	netral check --head > head.txt
	run netral check --since-file head.txt
	[ "$status" -eq 0 ]
}
