#!/usr/bin/env bats
# What text a record may hold: one check for every field of every kind of
# record, and nothing stored reaches a terminal that could act on it.

load helper

# Characters that act on a terminal or hide in a name, with the code point
# each message names.
BAD=(
	$'\xc2\x9b' U+009B    # C1 CSI
	$'\xc2\x85' U+0085    # C1 next line
	$'\x1b' U+001B        # ESC
	$'\x7f' U+007F        # DEL
	$'\xe2\x80\xae' U+202E  # right-to-left override
	$'\xe2\x81\xa6' U+2066  # left-to-right isolate
	$'\xe2\x80\x8f' U+200F  # right-to-left mark
	$'\xe2\x80\x8b' U+200B  # zero-width space
	$'\xe2\x80\x8d' U+200D  # zero-width joiner
	$'\xe2\x81\xa0' U+2060  # word joiner
	$'\xef\xbb\xbf' U+FEFF  # a byte order mark inside text
)

@test "every text field of every kind of record refuses controls, bidi and invisible characters, naming the field" {
	netral unit add "Dinas Kesehatan" > /dev/null
	# not i: bats' run uses it
	for ((k = 0; k < ${#BAD[@]}; k += 2)); do
		c=${BAD[k]} cp=${BAD[k + 1]}
		run --separate-stderr add_case --nama "A${c}B"
		[ "$status" -eq 3 ] || { echo "add $cp: $status"; false; }
		[[ "$stderr" == *"nama: "*"$cp"* ]] || { echo "add $cp: $stderr"; false; }
		printf 'nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\nA,PNS,Kab%sX,2024-08-10,apk\n' "$c" > t.csv
		run --separate-stderr netral import t.csv
		[ "$status" -eq 3 ] || { echo "import $cp: $status"; false; }
		[[ "$stderr" == *"t.csv:2: instansi: "*"$cp"* ]] || { echo "import $cp: $stderr"; false; }
		run --separate-stderr netral unit add "Dinas${c}X"
		[ "$status" -eq 3 ] || { echo "unit $cp: $status"; false; }
		[[ "$stderr" == *"$cp"* ]] || { echo "unit $cp: $stderr"; false; }
		run --separate-stderr netral kegiatan add "Dinas Kesehatan" --jenis ikrar --tanggal 2024-07-01 \
			--catatan "a${c}b"
		[ "$status" -eq 3 ] || { echo "kegiatan $cp: $status"; false; }
		[[ "$stderr" == *"catatan: "*"$cp"* ]] || { echo "kegiatan $cp: $stderr"; false; }
		printf 'nama,nip,unit,tanggal\nA%sB,,Dinas Kesehatan,2024-07-01\n' "$c" > p.csv
		run --separate-stderr netral pakta import p.csv
		[ "$status" -eq 3 ] || { echo "pakta $cp: $status"; false; }
		[[ "$stderr" == *"p.csv:2: nama: "*"$cp"* ]] || { echo "pakta $cp: $stderr"; false; }
		run --separate-stderr netral izin add --nama "A${c}B" --nip 198504122010012015 --peran KPPS \
			--sk-penunjukan 1 --pemberi-nama B --pemberi-nip 196801011990031007 \
			--pemberi-jabatan K --tanggal 2024-10-01
		[ "$status" -eq 3 ] || { echo "izin $cp: $status"; false; }
		[[ "$stderr" == *"nama: "*"$cp"* ]] || { echo "izin $cp: $stderr"; false; }
		run --separate-stderr netral election add ULANG2025 --nama "Ulang${c}" --penetapan 2025-07-22 \
			--kampanye-mulai 2025-07-25 --kampanye-selesai 2025-08-23 --pemungutan 2025-08-27
		[ "$status" -eq 3 ] || { echo "election $cp: $status"; false; }
		[[ "$stderr" == *"nama: "*"$cp"* ]] || { echo "election $cp: $stderr"; false; }
		rm -rf r && mkdir r && cp "$RULES"/* r/
		sed -i "s/^apk,\"Memasang/apk,\"Mem${c}asang/" r/bentuk.csv
		run --separate-stderr netral rules check r
		[ "$status" -eq 3 ] || { echo "rules $cp: $status"; false; }
		[[ "$stderr" == *"bentuk.csv:2: "*"$cp"* ]] || { echo "rules $cp: $stderr"; false; }
		# nothing of it reaches the terminal through the message
		[[ "$stderr" != *"$c"* ]] || { echo "raw $cp in a message"; false; }
	done
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM kasus')" = 0 ]
}

@test "a control character stored before it was refused never reaches the terminal" {
	add_case > /dev/null
	netral unit add "Dinas Kesehatan" > /dev/null
	sqlite3 "$NETRAL_DB" "DROP TRIGGER peristiwa_tanpa_ubah;
		UPDATE kasus SET nama = 'A' || char(155) || '31mB' || char(8238) || 'C', uraian = 'x' || char(133) || 'y';
		UPDATE unit SET nama = 'Dinas' || char(8238) || 'Kesehatan'"
	for cmd in "show 2024-0001" "list" "list --format csv" "list --format json" "unit list" \
		"unit list --format csv" "history 2024-0001 --pribadi"; do
		# at a terminal (a pseudo-terminal script(1) gives the command)
		run script -qec "$NETRAL $cmd" /dev/null
		for c in $'\xc2\x9b' $'\xc2\x85' $'\xe2\x80\xae'; do
			[[ "$output" != *"$c"* ]] || { echo "$cmd: raw ${c@Q}"; echo "$output"; false; }
		done
	done
}

@test "names that only look different are one: a no-break space, a thin space, doubled blanks" {
	netral unit add "Dinas Kesehatan" > /dev/null
	netral unit add $'Dinas\xc2\xa0Kesehatan' --asn 5 > /dev/null
	netral unit add $'dinas\xe2\x80\x89  KESEHATAN ' --asn 6 > /dev/null
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT count(*) FROM unit')" = 1 ]
	[ "$(sqlite3 "$NETRAL_DB" 'SELECT jumlah_asn FROM unit')" = 6 ]
	# a report's key names the person however the blanks are typed
	printf 'no_laporan,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\n7/LP,Siti Rahayu,PNS,X,2024-08-10,apk\n' > a.csv
	printf 'no_laporan,nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk\n7/LP,Siti\xc2\xa0Rahayu,PNS,X,2024-08-10,apk\n' > b.csv
	netral import -q a.csv
	run netral import b.csv
	[[ "$output" == *"imported 0"*"duplicates 1"* ]]
	# and the repeat of a case is found however the name's blanks are typed
	add_case --nama "Budi Rahayu" > /dev/null
	run --separate-stderr add_case --nama $'budi\xc2\xa0rahayu'
	[ "$status" -eq 0 ]
	[[ "$stderr" == *"already records"* ]]
}
