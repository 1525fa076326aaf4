#!/usr/bin/env bats
# Smaller promises kept on every path: a list that is not one, a history
# that runs backwards, a void case changed, a half-made database, a rules
# folder's letter, a template that is not a file.

load helper

@test "a NUL byte in a list of case numbers refuses the list and moves nothing" {
	add_case > /dev/null
	add_case --nama B > /dev/null
	before=$(db_state)
	run --separate-stderr bash -c "printf '2024-0001\0JUNK\n2024-0002\n' | \"\$1\" status - verifikasi --yes" _ "$NETRAL"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"standard input, line 1: a NUL byte"* ]]
	[ "$(db_state)" = "$before" ]
}

@test "a move dated before the case's previous move is refused, naming both days" {
	add_case > /dev/null
	netral status 2024-0001 verifikasi > /dev/null
	before=$(db_state)
	run --separate-stderr netral status 2024-0001 tidak_terbukti --tanggal 2024-11-01
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"the move on 2024-11-01 is before the case's previous move, on 2026-11-25"* ]]
	[ "$(db_state)" = "$before" ]
	# the same day is not before it
	run netral status 2024-0001 tidak_terbukti --tanggal 2026-11-25
	[ "$status" -eq 0 ]
}

@test "a void case is final: edit and an import's update refuse to change it" {
	netral import -q "$DATA/import/dasar.csv"
	netral status 2024-0001 batal --batal-alasan "dicatat keliru" > /dev/null
	before=$(db_state)
	run --separate-stderr netral edit 2024-0001 --uraian "diubah"
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"case 2024-0001 is void (batal): it is final"* ]]
	netral list --termasuk-batal --format csv > all.csv
	sed -i '2s/,Dinas Pendidikan,/,Dinas Lain,/' all.csv
	run --separate-stderr netral import --update all.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"case 2024-0001 is void (batal): it is final"* ]]
	[ "$(db_state)" = "$before" ]
}

# A disk full for netral: a file size limit (ulimit -f), the signal it
# sends ignored, so that writes fail as on a full disk.
@test "init on a full disk leaves no file, and a database left without its rules is not taken for one" {
	run --separate-stderr bash -c 'trap "" XFSZ; ulimit -f 200; "$1" init' _ "$NETRAL"
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"a full disk, a file size limit"*"nothing was written"* ]]
	[ ! -e "$NETRAL_DB" ]
	[ ! -e "$NETRAL_DB-wal" ]
	# as an older netral could leave it: the schema, no rules
	netral init > /dev/null
	sqlite3 "$NETRAL_DB" "DELETE FROM transisi; DELETE FROM status; DELETE FROM meta"
	run --separate-stderr netral check
	[ "$status" -eq 5 ]
	[[ "$stderr" == *"holds no rules: it was never fully created; run 'netral init'"* ]]
	netral init > /dev/null
	run netral check
	[ "$status" -eq 0 ]
}

@test "a rules folder's letter is checked as the built-in one is, loaded, and used" {
	mkdir r && cp "$RULES"/* r/
	printf 'Surat {{nama}} {{tidak_ada}}\n' >> r/surat_izin.txt
	run --separate-stderr netral rules check r
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"r/surat_izin.txt:"*"unknown field '{{tidak_ada}}'"* ]]
	run --separate-stderr netral rules load r
	[ "$status" -eq 3 ]
	cp "$RULES"/surat_izin.txt r/
	printf 'Baris\033[2J\n' >> r/surat_izin.txt
	run --separate-stderr netral rules check r
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"r/surat_izin.txt:"*"U+001B"* ]]
	printf 'SURAT IZIN INSTANSI SENDIRI untuk {{nama}}\n' > r/surat_izin.txt
	netral rules load r > /dev/null
	netral izin add --nama "Rina Kartika" --nip "19850412 201001 2 015" --peran KPPS \
		--sk-penunjukan 1 --pemberi-nama B --pemberi-nip 196801011990031007 \
		--pemberi-jabatan K --tanggal 2024-10-01 > /dev/null
	run netral izin surat IZ-2024-0001
	[ "$status" -eq 0 ]
	# its one line is its title, centred
	[[ "$output" =~ ^\ +"SURAT IZIN INSTANSI SENDIRI untuk Rina Kartika"$ ]]
}

@test "-q silences what rules check and load warn of" {
	mkdir r && cp "$RULES"/*.csv r/ && rm r/label.csv
	run --separate-stderr netral rules check r
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"not in the folder"* ]]
	run --separate-stderr netral -q rules check r
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	run --separate-stderr netral -q rules load r
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
}

@test "a letter template that is missing, a directory or a FIFO with no writer: an error of files, at once" {
	netral izin add --nama "Rina Kartika" --nip "19850412 201001 2 015" --peran KPPS \
		--sk-penunjukan 1 --pemberi-nama B --pemberi-nip 196801011990031007 \
		--pemberi-jabatan K --tanggal 2024-10-01 > /dev/null
	run --separate-stderr netral izin surat IZ-2024-0001 --template nowhere.txt
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"cannot open 'nowhere.txt'"* ]]
	mkdir d
	run --separate-stderr netral izin surat IZ-2024-0001 --template d
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"'d' is not a file"* ]]
	mkfifo f
	run --separate-stderr timeout 10 "$NETRAL" izin surat IZ-2024-0001 --template f
	[ "$status" -eq 6 ]
	[[ "$stderr" == *"'f' is not a file"* ]]
}
