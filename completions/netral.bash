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

	# the tier of a decision of the Satgas
	if [[ $cmd == putusan && $prev == --jenis ]]; then
		prev=--putusan-jenis
	fi
	case $prev in
	--db | --output | --reject | --output-dir)
		COMPREPLY=($(compgen -f -- "$cur"))
		return 0 ;;
	--bentuk | --pemilihan | --status | --jenis-pegawai | --format | --jenis | \
	--by | --rekomendasi-dari | --kategori-jabatan | --sasaran | --putusan-jenis)
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
		COMPREPLY=($(compgen -W "$( { netral "$cmd" --help 2>/dev/null |
			grep -o -- '--[a-z][a-z-]*'; echo "$fields"; } | sort -u)" -- "$cur"))
		return 0
	fi
	case $cmd in
	status)
		# the second argument is the new status
		local n=0
		for ((i = i + 1; i < COMP_CWORD; i++)); do
			[[ ${COMP_WORDS[i]} == -* ]] || n=$((n + 1))
		done
		if ((n == 1)); then
			COMPREPLY=($(compgen -W "$(netral "${db[@]}" complete status 2>/dev/null)" -- "$cur"))
		fi ;;
	import | backup)
		COMPREPLY=($(compgen -f -- "$cur")) ;;
	rules)
		COMPREPLY=($(compgen -W "check load" -- "$cur")) ;;
	election | pemilihan)
		COMPREPLY=($(compgen -W "list add" -- "$cur")) ;;
	esac
}
complete -F _netral netral
