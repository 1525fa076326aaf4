#!/usr/bin/env bats
# Bash completion that knows the data: case numbers, the moves a case
# can make, agencies, every option of every command.

load helper

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

@test "prevention: subcommands, units with their blanks, kinds, committees, permits, indications" {
	netral unit add "Dinas Pendidikan" > /dev/null
	run complete_words kegiatan ""
	[ "$output" = "$(printf 'add\nlist\nimport')" ]
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
