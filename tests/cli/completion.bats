#!/usr/bin/env bats
# Bash completion that knows the data: case numbers, the moves a case
# can make, agencies, every option of every command.

load helper

teardown() {
	tmux -L "netral$$" kill-server 2> /dev/null || true
}

# The candidates bash offers for the words given, the last one being
# completed ("" for a new word).
complete_words() {
	bash -c '
		netral() { "$NETRAL" "$@"; }
		source "$1"; shift
		COMP_WORDS=(netral "$@"); COMP_CWORD=$(($# ))
		_netral
		printf "%s\n" "${COMPREPLY[@]}"
	' _ "$BATS_TEST_DIRNAME/../../completions/netral.bash" "$@"
}

@test "reopen offers case numbers, and a case closed offers no reopening as a move" {
	add_case $SANCTIONED --status disanksi > /dev/null
	netral status 2024-0001 selesai > /dev/null
	run complete_words reopen ""
	[ "$output" = 2024-0001 ]
	run netral complete next 2024-0001
	[ -z "$output" ]
	run complete_words reopen 2024-0001 --
	[[ "$output" == *--alasan* ]]
}

@test "case numbers are offered newest first, and the moves the case can make" {
	add_case > /dev/null
	add_case --nama B --status verifikasi > /dev/null
	run complete_words show ""
	[ "${lines[0]}" = 2024-0002 ]
	[ "${lines[1]}" = 2024-0001 ]
	run complete_words status 2024-0001 ""
	[ "$output" = "$(printf 'verifikasi\ntidak_terbukti\nbatal')" ]
	run complete_words status 2024-0002 t
	[ "$output" = "$(printf 'terbukti\ntidak_terbukti')" ]
	run complete_words merge 2024-0002 ""
	[[ "$output" == *2024-0001* ]]
}

@test "agency names, with their blanks, for --instansi" {
	add_case --instansi "Kabupaten Batang" > /dev/null
	add_case --nama B --instansi "Kota Lubuk Linggau" > /dev/null
	run complete_words list --instansi Ka
	[ "$output" = "Kabupaten\\ Batang" ]
}

@test "a roll-up's registered origins, with their blanks, for --asal; asal's subcommands" {
	netral asal add "Kabupaten Batang" --kode 3325 > /dev/null
	run complete_words import --asal Ka
	[ "$output" = "Kabupaten\\ Batang" ]
	run complete_words asal ""
	[ "$output" = "$(printf 'add\nlist')" ]
	run complete_words list --
	grep -qx -- --pertukaran <<< "$output"
}

@test "every option of every command, the global ones too" {
	run complete_words edit 2024-0001 --
	for o in --nip --tanggal-kejadian --kontak-pelapor --catatan --db --operator --quiet; do
		grep -qx -- "$o" <<< "$output" || { echo "edit: $o"; false; }
	done
	run complete_words history --
	for o in --since --until --jenis --limit --pribadi --excel --db; do
		grep -qx -- "$o" <<< "$output" || { echo "history: $o"; false; }
	done
	run complete_words list --
	for o in --cari --nama --nip --sort --termasuk-batal --excel; do
		grep -qx -- "$o" <<< "$output" || { echo "list: $o"; false; }
	done
}

@test "both dimensions of --by a,b" {
	run complete_words export --by per
	[ "$output" = periode ]
	run complete_words export --by periode,us
	[ "$output" = periode,usia ]
}

@test "--format offers the workbook beside the other formats" {
	run complete_words list --format x
	[ "$output" = xlsx ]
	run complete_words export --format ""
	[ "$(echo "$output" | sort | tr '\n' ' ')" = "csv html ids json table xlsx " ]
}

@test "prevention: subcommands, units with their blanks, kinds, committees, permits, indications" {
	netral unit add "Dinas Pendidikan" > /dev/null
	run complete_words kegiatan ""
	[ "$output" = "$(printf 'add\ncorrect\nvoid\nlist\nimport')" ]
	run complete_words unit ""
	[ "$output" = "$(printf 'add\nrename\ndeactivate\nactivate\nlist\nimport')" ]
	run complete_words pakta ""
	[ "$output" = "$(printf 'import\nlist\ncorrect\nvoid')" ]
	run complete_words unit deactivate Din
	[ "$output" = 'Dinas\ Pendidikan' ]
	run complete_words kegiatan void Din
	[ "$output" = 'Dinas\ Pendidikan' ]
	run complete_words kegiatan correct "Dinas Pendidikan" --al
	[ "$output" = --alasan ]
	run complete_words merge 2024-0001 --fo
	[ "$output" = --force ]
	run complete_words kegiatan add Din
	[ "$output" = 'Dinas\ Pendidikan' ]
	run complete_words kegiatan add "Dinas Pendidikan" --jenis t
	[ "$output" = "$(printf 'tim-internal\ntitik-rawan')" ]
	run complete_words izin add --peran K
	[ "$output" = KPPS ]
	netral izin add --nama A --nip 198504122010012015 --peran KPPS --sk-penunjukan 1 \
		--pemberi-nama B --pemberi-nip 196801011990031007 --pemberi-jabatan K \
		--tanggal 2024-10-01 > /dev/null
	run complete_words izin surat ""
	[ "$output" = IZ-2024-0001 ]
	run complete_words add --indikasi fasilitas,ke
	[ "$output" = fasilitas,kewenangan ]
	run complete_words kepatuhan --
	for o in --pemilihan --per --format --excel --output; do
		grep -qx -- "$o" <<< "$output" || { echo "kepatuhan: $o"; false; }
	done
}

# Names as a spreadsheet may bring them: shell syntax, quotes, blanks,
# a glob, a leading dash, letters beyond ASCII.
HOSTILE=(
	'Kabupaten $(touch PWNED1)'
	'Kota `touch PWNED2`'
	'Dinas; touch PWNED3'
	"Dinas \"Kutip\" 'Tunggal'"
	'Dinas *'
	'-Dinas Minus'
	'Dinas Pendidikan Énergie Ωmega'
	'Kabupaten ${HOME} & $((1+1)) | >PWNED4'
)

# Every candidate, read back as bash reads the command line, is one whole
# name; neither the completion nor reading the candidate ran anything.
# Readline puts a candidate after the quote the word was opened with
# ($QUOTE), and closes it.
same_names() {
	local -a got=()
	local c
	for c in "${lines[@]}"; do
		eval "got+=($QUOTE$c$QUOTE)"
	done
	[ "${#got[@]}" -eq "$#" ] || { echo "${#got[@]} candidates for $# names: $output"; false; }
	for c in "$@"; do
		printf '%s\n' "${got[@]}" | grep -qxF -- "$c" || { echo "missing: $c"; false; }
	done
	! ls PWNED* 2> /dev/null
}

@test "completion runs nothing a stored name holds and offers each name whole" {
	{
		echo nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk
		for n in "${HOSTILE[@]}"; do
			printf 'A,PNS,"%s",2024-08-10,apk\n' "${n//\"/\"\"}"
		done
	} > hostile.csv
	netral import -q hostile.csv
	{
		echo nama,kepala,jumlah_asn,jumlah_ppnpn
		for n in "${HOSTILE[@]}"; do
			printf '"%s",K,1,0\n' "${n//\"/\"\"}"
		done
	} > unit.csv
	netral unit import -q unit.csv
	run complete_words list --instansi ""
	[ "$status" -eq 0 ]
	same_names "${HOSTILE[@]}"
	run complete_words kegiatan add ""
	same_names "${HOSTILE[@]}"
	# a word begun as the shell writes it: escaped, or in quotes
	run complete_words list --instansi 'Kabupaten\ $'
	same_names 'Kabupaten $(touch PWNED1)' 'Kabupaten ${HOME} & $((1+1)) | >PWNED4'
	QUOTE='"'
	run complete_words list --instansi '"Kabupaten $('
	same_names 'Kabupaten $(touch PWNED1)'
	run complete_words list --instansi '"Dinas "'
	same_names "Dinas \"Kutip\" 'Tunggal'"
	QUOTE="'"
	run complete_words list --instansi "'Kota \`"
	same_names 'Kota `touch PWNED2`'
	run complete_words list --instansi "'Dinas \""
	same_names "Dinas \"Kutip\" 'Tunggal'"
	QUOTE=
	run complete_words kegiatan add '-D'
	same_names '-Dinas Minus'
	run complete_words kegiatan add 'Dinas\ P'
	same_names 'Dinas Pendidikan Énergie Ωmega'
	! ls PWNED* 2> /dev/null
}

# The candidates for the words given when every list netral prints for
# completion is the hostile one: the completion script alone is tested.
complete_hostile() {
	bash -c '
		hostile=$1; shift
		netral() {
			case " $* " in
			*" complete "*) printf "%s\n" "$hostile" ;;
			*) "$NETRAL" "$@" ;;
			esac
		}
		source "$1"; shift
		COMP_WORDS=(netral "$@"); COMP_CWORD=$(($# ))
		_netral
		printf "%s\n" "${COMPREPLY[@]}"
	' _ "$(printf '%s\n' "${HOSTILE[@]}")" "$BATS_TEST_DIRNAME/../../completions/netral.bash" "$@"
}

@test "every completion that reads data offers its candidates as they are, never run" {
	for words in "list --instansi" "list --pemilihan" "list --bentuk" "list --status" \
		"status --sanksi" "show" "status 2024-0001" "izin surat" "kegiatan add" \
		"kegiatan add X --jenis" "izin add --peran" "list --sasaran" "putusan X --jenis" \
		"list --jenis-pegawai" "export --format" "list --kategori-jabatan"; do
		# shellcheck disable=SC2086
		run complete_hostile $words ""
		[ "$status" -eq 0 ]
		same_names "${HOSTILE[@]}" || { echo "after: $words"; false; }
	done
	run complete_hostile add --indikasi 'a,'
	same_names "${HOSTILE[@]/#/a,}"
	for c in "${lines[@]}"; do
		[[ $c == a,* ]] || { echo "no prefix: $c"; false; }
	done
	! ls PWNED* 2> /dev/null
}

# Keys typed at an interactive bash in a terminal (tmux), with netral's
# completion loaded; what the command then receives is written to args.txt.
at_prompt() {
	rm -f args.txt
	tmux -L "netral$$" send-keys -t t "$@"
	for _ in $(seq 100); do
		[ -s args.txt ] && return 0
		sleep 0.1
	done
	tmux -L "netral$$" capture-pane -p -t t
	false
}

@test "at a real prompt, Tab inserts the whole stored name and runs nothing" {
	{
		echo nama,jenis_pegawai,instansi,tanggal_kejadian,bentuk
		for n in "${HOSTILE[@]}"; do
			printf 'A,PNS,"%s",2024-08-10,apk\n' "${n//\"/\"\"}"
		done
	} > hostile.csv
	netral import -q hostile.csv
	cat > rc.bash <<-RC
		PS1='$ '
		source "$BATS_TEST_DIRNAME/../../completions/netral.bash"
		netral() {
			case \$1 in
			complete) "$NETRAL" "\$@" ;;
			*) printf '%s\n' "\$@" > args.new && mv args.new args.txt ;;
			esac
		}
	RC
	# the server outlives this command: it must not hold the test's output open
	tmux -L "netral$$" new-session -d -s t -x 200 -y 40 "bash --noprofile --rcfile rc.bash -i" 3>&-
	at_prompt "netral list --instansi 'Kota " Tab Enter
	[ "$(sed -n 3p args.txt)" = 'Kota `touch PWNED2`' ]
	at_prompt 'netral list --instansi "Kabupaten $(' Tab Enter
	[ "$(sed -n 3p args.txt)" = 'Kabupaten $(touch PWNED1)' ]
	at_prompt 'netral list --instansi Dinas\ P' Tab Enter
	[ "$(sed -n 3p args.txt)" = 'Dinas Pendidikan Énergie Ωmega' ]
	at_prompt 'netral list --instansi -D' Tab Enter
	[ "$(sed -n 3p args.txt)" = '-Dinas Minus' ]
	at_prompt 'netral list --instansi Dinas\ \"' Tab Enter
	[ "$(sed -n 3p args.txt)" = "Dinas \"Kutip\" 'Tunggal'" ]
	at_prompt 'netral list --instansi Kabupaten\ \$\{' Tab Enter
	[ "$(sed -n 3p args.txt)" = 'Kabupaten ${HOME} & $((1+1)) | >PWNED4' ]
	! ls PWNED* 2> /dev/null
}

@test "pelaporan: its subcommands, the kinds and recipients of the rules, the files, a report's letter number" {
	netral init -q
	echo x > rekap.csv
	netral pelaporan add --nomor B/1/2024 --tanggal 2024-11-20 --jenis rekap --kepada bkn rekap.csv > /dev/null
	run complete_words pelaporan ""
	[ "$output" = "$(printf 'add\nlist\nsurat')" ]
	run complete_words pelaporan add --kepada d
	[ "$output" = dirjen-otda ]
	run complete_words reporting add --jenis p
	[ "$output" = pencegahan ]
	run complete_words pelaporan add --nomor B/2/2024 rek
	[ "$output" = rekap.csv ]
	run complete_words pelaporan surat ""
	[ "$output" = B/1/2024 ]
	run complete_words pelaporan add --
	for o in --nomor --tanggal --jenis --kepada --pemilihan --perihal; do
		grep -qx -- "$o" <<< "$output" || { echo "pelaporan add: $o"; false; }
	done
}
