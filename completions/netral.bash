# bash completion for netral.  Every candidate comes from the netral being
# completed (commands, options from its --help, codes from its rules), so
# the completion never falls behind the program.
# shellcheck disable=SC2207  # candidates never hold blanks

_netral_db_args() {
	local i
	for ((i = 1; i < COMP_CWORD; i++)); do
		if [[ ${COMP_WORDS[i]} == --db ]]; then
			printf -- '--db\n%s\n' "${COMP_WORDS[i + 1]}"
			return
		fi
	done
}

# Names that hold blanks (agencies, units): one candidate a line, quoted
# for the shell.
_netral_names() {
	local IFS=$'\n' name
	COMPREPLY=()
	for name in $(compgen -W "$(netral "${db[@]}" complete "$1" 2>/dev/null)" -- "$cur"); do
		COMPREPLY+=("$(printf '%q' "$name")")
	done
}

_netral() {
	local cur prev cmd i
	local -a db
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD - 1]}
	mapfile -t db < <(_netral_db_args)

	# the command: the first word that is not a global option or its value
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		--db | --operator) i=$((i + 1)) ;;
		-*) ;;
		*) cmd=${COMP_WORDS[i]}; break ;;
		esac
	done

	# the tier of a decision of the Satgas; the kind of an activity
	if [[ $cmd == putusan && $prev == --jenis ]]; then
		prev=--putusan-jenis
	elif [[ ($cmd == kegiatan || $cmd == activity) && $prev == --jenis ]]; then
		prev=--kegiatan
	fi
	case $prev in
	--db | --output | --reject | --output-dir | --template | --dokumen)
		COMPREPLY=($(compgen -f -- "$cur"))
		return 0 ;;
	--by)
		# one dimension, or two: a,b
		local first=
		[[ $cur == *,* ]] && first=${cur%%,*},
		COMPREPLY=($(compgen -P "$first" -W "$(netral complete by 2>/dev/null)" -- "${cur#"$first"}"))
		return 0 ;;
	--instansi)
		_netral_names instansi
		return 0 ;;
	--indikasi)
		# one indication, or several: a,b
		local first=
		[[ $cur == *,* ]] && first=${cur%,*},
		COMPREPLY=($(compgen -P "$first" -W "$(netral "${db[@]}" complete indikasi 2>/dev/null)" -- "${cur##*,}"))
		return 0 ;;
	--peran | --kegiatan)
		COMPREPLY=($(compgen -W "$(netral "${db[@]}" complete "${prev#--}" 2>/dev/null)" -- "$cur"))
		return 0 ;;
	--bentuk | --pemilihan | --status | --jenis-pegawai | --format | --jenis | \
	--rekomendasi-dari | --kategori-jabatan | --sasaran | --putusan-jenis)
		COMPREPLY=($(compgen -W "$(netral "${db[@]}" complete "${prev#--}" 2>/dev/null)" -- "$cur"))
		return 0 ;;
	--sanksi | --rekomendasi-sanksi)
		COMPREPLY=($(compgen -W "$(netral "${db[@]}" complete sanksi 2>/dev/null)" -- "$cur"))
		return 0 ;;
	esac

	if [[ -z $cmd ]]; then
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--db --operator --quiet --help --version" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$(netral complete commands 2>/dev/null)" -- "$cur"))
		fi
		return 0
	fi
	if [[ $cur == -* ]]; then
		local fields=
		case $cmd in
		add | lapor | edit | ubah) fields=$(netral complete fields 2>/dev/null) ;;
		status) fields=$(netral complete workflow 2>/dev/null) ;;
		esac
		# the command's own options, and the global ones it takes too
		COMPREPLY=($(compgen -W "$( { netral "$cmd" --help 2>/dev/null |
			grep -o -- '--[a-z][a-z-]*'; echo "$fields"; echo --db --operator --quiet; } |
			sort -u)" -- "$cur"))
		return 0
	fi
	# the words after the command that are not options: the case numbers
	local -a args=()
	for ((i = i + 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		--db | --operator) i=$((i + 1)) ;;
		-*) ;;
		*) args+=("${COMP_WORDS[i]}") ;;
		esac
	done
	case $cmd in
	status)
		# case numbers, then the statuses the first one can move to
		if ((${#args[@]} == 0)); then
			COMPREPLY=($(compgen -W "$(netral "${db[@]}" complete kasus 2>/dev/null)" -- "$cur"))
		else
			# every status where the case is not (yet) in a database
			local next
			next=$(netral "${db[@]}" complete next "${args[0]}" 2>/dev/null)
			[[ -n $next ]] || next=$(netral "${db[@]}" complete status 2>/dev/null)
			COMPREPLY=($(compgen -W "$next" -- "$cur"))
		fi ;;
	show | lihat | edit | ubah | history | riwayat | blokir | putusan | classify | klasifikasi | \
	merge | gabung)
		COMPREPLY=($(compgen -W "$(netral "${db[@]}" complete kasus 2>/dev/null)" -- "$cur")) ;;
	import | backup)
		COMPREPLY=($(compgen -f -- "$cur")) ;;
	rules)
		COMPREPLY=($(compgen -W "check load" -- "$cur")) ;;
	election | pemilihan)
		COMPREPLY=($(compgen -W "list add" -- "$cur")) ;;
	unit | kegiatan | activity | pakta | pact | izin | permit)
		# the subcommand, then a file to import, a unit, or a permit
		if ((${#args[@]} == 0)); then
			case $cmd in
			unit | kegiatan | activity) COMPREPLY=($(compgen -W "add list import" -- "$cur")) ;;
			pakta | pact) COMPREPLY=($(compgen -W "import list" -- "$cur")) ;;
			*) COMPREPLY=($(compgen -W "add list surat" -- "$cur")) ;;
			esac
		elif ((${#args[@]} == 1)); then
			case ${args[0]} in
			import) COMPREPLY=($(compgen -f -- "$cur")) ;;
			surat) COMPREPLY=($(compgen -W "$(netral "${db[@]}" complete izin 2>/dev/null)" -- "$cur")) ;;
			add | list) [[ $cmd == izin || $cmd == permit || $cmd == unit ]] || _netral_names unit ;;
			esac
		fi ;;
	esac
	return 0
}
complete -F _netral netral
