#!/usr/bin/env bats
# One import engine: every behaviour of an import, held for every kind of
# record it reads (cases, units, activities, signatories of the pact).

load helper

KINDS=(kasus unit kegiatan pakta)

# The command that imports a kind.
importer() {
	case $1 in
	kasus) echo import ;;
	*) echo "$1 import" ;;
	esac
}

# A header and two good rows of a kind, then the row given (with its
# cells, a comma between them), in the dialect given: ',' or ';', LF or CRLF.
file_of() {
	local kind=$1 bad=$2 d=${3:-,} eol=${4:-\\n}
	case $kind in
	kasus) printf "nama${d}jenis_pegawai${d}instansi${d}tanggal_kejadian${d}bentuk$eol"
	       printf "Budi${d}PNS${d}Kab A${d}2024-08-10${d}apk$eol"
	       printf "Siti${d}PNS${d}Kab A${d}2024-08-11${d}apk$eol" ;;
	unit) printf "nama${d}kepala${d}jumlah_asn${d}jumlah_ppnpn$eol"
	      printf "Dinas A${d}Ani${d}3${d}1$eol"
	      printf "Dinas B${d}Budi${d}4${d}0$eol" ;;
	kegiatan) printf "unit${d}jenis${d}tanggal${d}peserta$eol"
		  printf "Dinas Pendidikan${d}ikrar${d}2024-07-01${d}3$eol"
		  printf "Dinas Kesehatan${d}ikrar${d}2024-07-01${d}4$eol" ;;
	pakta) printf "nama${d}nip${d}unit${d}tanggal$eol"
	       printf "Ani${d}19850412 201001 2 015${d}Dinas Pendidikan${d}2024-07-01$eol"
	       printf "Budi${d}19680609 199503 1 003${d}Dinas Kesehatan${d}2024-07-01$eol" ;;
	esac
	[ -z "$bad" ] || printf "%s$eol" "${bad//,/$d}"
}

# A row of the kind whose cells would each be refused.
bad_row() {
	case $1 in
	kasus) printf 'X\033[2J,PNS,Kab A,2024-08-12,apk' ;;
	unit) printf 'Dinas C,Cici,dua\033[2J,0' ;;
	kegiatan) printf 'Dinas Pendidikan,ikrar,2024-07-08,tiga\033[2J' ;;
	pakta) printf 'Cici,1234\033[2J,Dinas Pendidikan,2024-07-01' ;;
	esac
}

setup_units() {
	netral unit add "Dinas Pendidikan" --asn 3 > /dev/null
	netral unit add "Dinas Kesehatan" --asn 4 > /dev/null
}

@test "every kind: a cell holding an escape sequence gives a clean message and nothing stored" {
	for kind in "${KINDS[@]}"; do
		rm -f "$NETRAL_DB"*
		setup_units
		file_of "$kind" "$(bad_row "$kind")" > in.csv
		before=$(db_state)
		# shellcheck disable=SC2046
		run --separate-stderr netral $(importer "$kind") in.csv
		[ "$status" -eq 3 ] || { echo "$kind: $status $stderr"; false; }
		[[ "$stderr" == *"in.csv:4: "* ]] || { echo "$kind: $stderr"; false; }
		[[ "$stderr" != *$'\e'* ]] || { echo "$kind: raw ESC: ${stderr@Q}"; false; }
		[ "$(db_state)" = "$before" ] || { echo "$kind: stored"; false; }
	done
}

@test "every kind: the reject file keeps the input's dialect (';', CRLF, a BOM) and imports again as fixed" {
	for kind in "${KINDS[@]}"; do
		rm -f "$NETRAL_DB"* rej.csv
		setup_units
		{ printf '\xef\xbb\xbf'; file_of "$kind" "$(bad_row "$kind")" ';' '\r\n'; } > in.csv
		# shellcheck disable=SC2046
		run --separate-stderr netral $(importer "$kind") --skip-invalid --reject rej.csv in.csv
		[ "$status" -eq 3 ] || { echo "$kind: $status $stderr"; false; }
		[ "$(head -c 3 rej.csv | od -An -tx1 | tr -d ' ')" = efbbbf ] || { echo "$kind: no BOM"; false; }
		grep -q $';baris;alasan\r$' rej.csv || { echo "$kind: header"; cat -A rej.csv; false; }
		[ "$(wc -l < rej.csv)" -eq 2 ] || { echo "$kind: rows"; cat -A rej.csv; false; }
		grep -q $';4;[^\r]*\r$' rej.csv || { echo "$kind: line"; cat -A rej.csv; false; }
	done
}

@test "every kind: a dry run writes nothing, and the real run does what it said" {
	for kind in "${KINDS[@]}"; do
		rm -f "$NETRAL_DB"*
		setup_units
		file_of "$kind" "" > in.csv
		before=$(db_state)
		# shellcheck disable=SC2046
		run netral $(importer "$kind") --dry-run in.csv
		[ "$status" -eq 0 ] || { echo "$kind: $status $output"; false; }
		[[ "$output" == *"would import 2"* ]] || { echo "$kind: $output"; false; }
		[ "$(db_state)" = "$before" ] || { echo "$kind: the dry run wrote"; false; }
		# shellcheck disable=SC2046
		run netral $(importer "$kind") in.csv
		[[ "$output" == *"imported 2"* ]] || { echo "$kind: $output"; false; }
		# shellcheck disable=SC2046
		run netral $(importer "$kind") in.csv
		[[ "$output" == *"imported 0"* ]] || { echo "$kind: again: $output"; false; }
	done
}

@test "every kind: an unknown column, a missing required one, an empty file: one message each, naming the file" {
	for kind in "${KINDS[@]}"; do
		rm -f "$NETRAL_DB"*
		setup_units
		file_of "$kind" "" | sed '1s/$/,Tidak Dikenal/; 2,$s/$/,x/' > in.csv
		# shellcheck disable=SC2046
		run --separate-stderr netral $(importer "$kind") in.csv
		[ "$status" -eq 3 ] || { echo "$kind: $status"; false; }
		[[ "$stderr" == *"in.csv:1: header: unknown column 'Tidak Dikenal'"*"--ignore-unknown"* ]] ||
			{ echo "$kind: $stderr"; false; }
		: > empty.csv
		# shellcheck disable=SC2046
		run --separate-stderr netral $(importer "$kind") empty.csv
		[ "$status" -eq 3 ] || { echo "$kind: empty: $status"; false; }
		[[ "$stderr" == *"empty.csv: empty file"* ]] || { echo "$kind: $stderr"; false; }
	done
}

@test "an older unit file does not undo a later correction unseen; --force takes the file's values" {
	netral unit import -q "$BATS_TEST_DIRNAME/../../data/examples/unit.csv"
	netral unit add "Dinas Kesehatan" --asn 41 --kepala "dr. Baru" > /dev/null
	run --separate-stderr netral unit import -q "$BATS_TEST_DIRNAME/../../data/examples/unit.csv"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"unit.csv:3: warning: kepala: changed by 'unit add' on "*"after the import; kept (--force takes the file's value)"* ]]
	[[ "$stderr" == *"unit.csv:3: warning: jumlah_asn: changed by 'unit add' on "* ]]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT jumlah_asn || ' ' || kepala FROM unit WHERE nama = 'Dinas Kesehatan'")" = "41 dr. Baru" ]
	netral unit import -q --force "$BATS_TEST_DIRNAME/../../data/examples/unit.csv" 2> /dev/null
	[ "$(sqlite3 "$NETRAL_DB" "SELECT jumlah_asn || ' ' || kepala FROM unit WHERE nama = 'Dinas Kesehatan'")" = "3 dr. Ani Rahmawati" ]
	# a newer file after an import is an update, said
	sed 's/^Dinas Kesehatan,dr. Ani Rahmawati,3,1$/Dinas Kesehatan,dr. Ani Rahmawati,5,1/' \
		"$BATS_TEST_DIRNAME/../../data/examples/unit.csv" > newer.csv
	run netral unit import newer.csv
	[[ "$output" == *"jumlah_asn: 3 → 5"* ]]
	[ "$(sqlite3 "$NETRAL_DB" "SELECT jumlah_asn FROM unit WHERE nama = 'Dinas Kesehatan'")" = 5 ]
}

@test "one NIP signs the pact once per contest, in one unit, with or without the contest named" {
	setup_units
	printf 'nama,nip,unit,tanggal,pemilihan\nAni,19850412 201001 2 015,Dinas Pendidikan,2024-07-01,\n' > a.csv
	printf 'nama,nip,unit,tanggal,pemilihan\nAni,19850412 201001 2 015,Dinas Kesehatan,2024-07-01,PILKADA2024\n' > b.csv
	netral pakta import -q a.csv
	run --separate-stderr netral pakta import b.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"b.csv:2: nip: "*"signed already (Dinas Pendidikan)"* ]]
	# and the other way round
	rm -f "$NETRAL_DB"*
	setup_units
	netral pakta import -q b.csv
	run --separate-stderr netral pakta import a.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"a.csv:2: nip: "*"signed already (Dinas Kesehatan)"* ]]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM pakta')" = 1 ]
}

@test "every kind: a stray quote costs its row only: the good rows import with --skip-invalid, the row is in the reject file" {
	for kind in "${KINDS[@]}"; do
		rm -f "$NETRAL_DB"* rej.csv
		setup_units
		# the stray quote on line 4, then a good row after it
		file_of "$kind" "" > in.csv
		file_of "$kind" "" | sed -n 2p | sed 's/^\([^,]*\),/\1 5"2 kutip,/' >> in.csv
		case $kind in
		kasus) echo "Tono,PNS,Kab A,2024-08-12,apk" >> in.csv ;;
		unit) echo "Dinas C,Cici,2,0" >> in.csv ;;
		kegiatan) echo "Dinas Kesehatan,ikrar,2024-07-08,5" >> in.csv ;;
		pakta) echo "Cici,19800310 200501 2 003,Dinas Kesehatan,2024-07-01" >> in.csv ;;
		esac
		before=$(db_state)
		# all or nothing without --skip-invalid, naming FILE:LINE
		# shellcheck disable=SC2046
		run --separate-stderr netral $(importer "$kind") in.csv
		[ "$status" -eq 3 ] || { echo "$kind: $status $stderr"; false; }
		[[ "$stderr" == *"in.csv:4: malformed CSV: a quote inside an unquoted field"* ]] || { echo "$kind: $stderr"; false; }
		[ "$(db_state)" = "$before" ] || { echo "$kind: stored"; false; }
		# shellcheck disable=SC2046
		run --separate-stderr netral $(importer "$kind") --skip-invalid --reject rej.csv in.csv
		[ "$status" -eq 3 ] || { echo "$kind: $status $stderr"; false; }
		[[ "$output" == *"imported 3, "*"rejected 1" ]] || { echo "$kind: $output"; false; }
		[ "$(wc -l < rej.csv)" -eq 2 ] || { echo "$kind: rows"; cat rej.csv; false; }
		[ "$(sed -n 1p rej.csv)" = "$(sed -n 1p in.csv),baris,alasan" ] || { echo "$kind: header"; cat rej.csv; false; }
		want="$(sed -n 4p in.csv | sed 's/"/""/; s/^\([^,]*\),/"\1",/'),4,\"malformed CSV: a quote inside an unquoted field, or text after a closing quote\""
		[ "$(sed -n 2p rej.csv)" = "$want" ] || { echo "$kind: $(sed -n 2p rej.csv) != $want"; false; }
	done
}

@test "every kind: a row with more fields than the header keeps them all in the reject file, under names, baris and alasan in place" {
	for kind in "${KINDS[@]}"; do
		rm -f "$NETRAL_DB"* rej.csv
		setup_units
		file_of "$kind" "" > in.csv
		first=$(sed -n 2p in.csv)
		echo "$first,lebih,satu lagi" >> in.csv
		two=$(echo "$first" | cut -d, -f1-2)
		echo "$two" >> in.csv
		n=$(sed -n 1p in.csv | tr ',' '\n' | wc -l)
		# shellcheck disable=SC2046
		run --separate-stderr netral $(importer "$kind") --skip-invalid --reject rej.csv in.csv
		[ "$status" -eq 3 ] || { echo "$kind: $status $stderr"; false; }
		[ "$(sed -n 1p rej.csv)" = "$(sed -n 1p in.csv),kolom_$((n + 1)),kolom_$((n + 2)),baris,alasan" ] ||
			{ echo "$kind: header"; cat rej.csv; false; }
		[ "$(sed -n 2p rej.csv)" = "$first,lebih,satu lagi,4,\"has $((n + 2)) fields, the header has $n\"" ] ||
			{ echo "$kind: row"; cat rej.csv; false; }
		# a short row's cells are padded to the same width
		[ "$(sed -n 3p rej.csv)" = "$two$(printf ',%.0s' $(seq 1 "$n")),5,\"has 2 fields, the header has $n\"" ] ||
			{ echo "$kind: short row"; cat rej.csv; false; }
	done
}

@test "every kind: the row-number column a sheet begins with (No, No., NO, no.) is left out" {
	for kind in "${KINDS[@]}"; do
		for no in No No. NO no.; do
			rm -f "$NETRAL_DB"*
			setup_units
			file_of "$kind" "" | awk -v no="$no" 'NR == 1 { print no "," $0; next } { print NR - 1 "," $0 }' > in.csv
			# shellcheck disable=SC2046
			run --separate-stderr netral $(importer "$kind") in.csv
			[ "$status" -eq 0 ] || { echo "$kind $no: $status $stderr"; false; }
			[ "$output" = "imported 2, duplicates 0, rejected 0" ] || [[ "$output" == "imported 2, updated 0, unchanged 0, rejected 0" ]] ||
				{ echo "$kind $no: $output"; false; }
			[ -z "$stderr" ] || { echo "$kind $no: $stderr"; false; }
		done
	done
	# another unknown column is still refused, the message naming --ignore-unknown
	file_of kasus "" | sed '1s/^/Nomor Urut Baris,/; 2,$s/^/1,/' > in.csv
	run --separate-stderr netral import in.csv
	[ "$status" -eq 3 ]
	[[ "$stderr" == *"in.csv:1: header: unknown column 'Nomor Urut Baris' (--ignore-unknown leaves such columns out)"* ]]
}

@test "a long import on a terminal shows the rows read as it goes, and clears the line before its summary" {
	{
		echo nama,kepala,jumlah_asn,jumlah_ppnpn
		seq 1 20000 | sed 's/.*/Unit &,,1,0/'
	} > u.csv
	run script -qec "'$NETRAL' unit import u.csv" /dev/null < /dev/null
	[ "$status" -eq 0 ]
	[[ "$output" == *$'\r'"u.csv: "*",000 rows read"* ]]
	[[ "$output" == *$'\r\e[K'"imported 20,000, updated 0, unchanged 0, rejected 0"* ]]
	# not on a file
	run --separate-stderr netral unit import u.csv
	[ -z "$stderr" ]
}
