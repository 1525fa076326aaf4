# bash completion for netral.  Every candidate comes from the netral being
# completed (commands, options from its --help, codes from its rules, names
# from its database), so the completion never falls behind the program.
#
# What netral prints may come from a spreadsheet anyone can send: it is read
# a line at a time and compared as plain text, never given to compgen -W or
# eval, which would expand $(...) and backquotes in it.

_netral_db_args() {
	local i
	for ((i = 1; i < COMP_CWORD; i++)); do
		if [[ ${COMP_WORDS[i]} == --db ]]; then
			printf -- '--db\n%s\n' "${COMP_WORDS[i + 1]}"
			return
		fi
	done
}

# The word being completed as the shell will read it, and the quote it was
# opened with: quotes and backslashes taken off, nothing evaluated.
_netral_word() {
	local w=$1 c
	quote= word=
	case $w in
	\'*) quote=\'; w=${w:1} ;;
	\"*) quote=\"; w=${w:1} ;;
	esac
	while [[ -n $w ]]; do
		c=${w:0:1} w=${w:1}
		if [[ $c == \\ && $quote != \' ]]; then
			# inside double quotes only these lose their backslash
			if [[ -z $quote || ${w:0:1} == [\$\`\"\\] ]]; then
				c=${w:0:1} w=${w:1}
			fi
		fi
		word+=$c
	done
}

# One candidate, written for the command line: escaped where the word is
# bare, fit for the quotes the user opened otherwise (readline replaces the
# text after the opening quote and closes it).
_netral_quote() {
	local s=$1
	case $quote in
	\') printf '%s' "${s//\'/\'\\\'\'}" ;;
	\") s=${s//\\/\\\\} s=${s//\$/\\\$} s=${s//\`/\\\`}; printf '%s' "${s//\"/\\\"}" ;;
	*)
		# a comma needs no escape, and a,b lists read better without
		s=$(printf '%q' "$s")
		printf '%s' "${s//\\,/,}" ;;
	esac
}

# The lines of 'netral complete ARGS...' that begin with what is typed
# after PREFIX (a,b lists keep their first items), added to the candidates.
_netral_offer() {
	local prefix=$1 line quote word
	shift
	_netral_word "$cur"
	[[ $word == "$prefix"* ]] || return 0
	word=${word#"$prefix"}
	while IFS= read -r line; do
		[[ -n $line && $line == "$word"* ]] && COMPREPLY+=("$(_netral_quote "$prefix$line")")
	done < <(netral "${db[@]}" complete "$@" 2> /dev/null)
	return 0
}

# Fixed words (subcommands, options), which hold no blank or quote, added
# to the candidates.
_netral_fixed() {
	local w
	for w in $1; do
		[[ $w == "$cur"* ]] && COMPREPLY+=("$w")
	done
	return 0
}

# File names, quoted by readline as file names are.
_netral_files() {
	compopt -o filenames 2> /dev/null
	mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}

_netral() {
	local cur prev cmd i
	local -a db
	COMPREPLY=()
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
	elif [[ ($cmd == pelaporan || $cmd == reporting) && $prev == --jenis ]]; then
		prev=--jenis-laporan
	fi
	case $prev in
	--db | --output | --reject | --output-dir | --template | --dokumen)
		_netral_files
		return 0 ;;
	--by)
		# one dimension, or two: a,b
		local first=
		[[ $cur == *,* ]] && first=${cur%%,*},
		_netral_offer "$first" by
		return 0 ;;
	--indikasi)
		# one indication, or several: a,b
		local first=
		[[ $cur == *,* ]] && first=${cur%,*},
		_netral_offer "$first" indikasi
		return 0 ;;
	--instansi | --peran | --kegiatan | --bentuk | --pemilihan | --status | --asal | \
	--jenis-pegawai | --format | --jenis | --rekomendasi-dari | \
	--kategori-jabatan | --sasaran | --putusan-jenis | --jenis-laporan | --kepada)
		_netral_offer "" "${prev#--}"
		return 0 ;;
	--sanksi | --rekomendasi-sanksi)
		_netral_offer "" sanksi
		return 0 ;;
	esac

	if [[ -z $cmd ]]; then
		if [[ $cur == -* ]]; then
			_netral_fixed "--db --operator --quiet --help --version"
		else
			_netral_offer "" commands
		fi
		return 0
	fi
	if [[ $cur == -* ]]; then
		local fields=
		case $cmd in
		add | lapor | edit | ubah) fields=$(netral complete fields 2> /dev/null) ;;
		status) fields=$(netral complete workflow 2> /dev/null) ;;
		esac
		# the command's own options, and the global ones it takes too
		_netral_fixed "$( { netral "$cmd" --help 2> /dev/null |
			grep -o -- '--[a-z][a-z-]*'; echo "$fields"; echo --db --operator --quiet; } |
			sort -u)"
		# a unit's name may begin with '-'
		case $cmd in
		unit | kegiatan | activity | pakta | pact | izin | permit) ;;
		*) return 0 ;;
		esac
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
		# case numbers, then the statuses the first one can move to, or
		# every status where the case is not (yet) in a database
		if ((${#args[@]} == 0)); then
			_netral_offer "" kasus
		else
			if [[ -n $(netral "${db[@]}" complete next "${args[0]}" 2> /dev/null) ]]; then
				_netral_offer "" next "${args[0]}"
			else
				_netral_offer "" status
			fi
		fi ;;
	show | lihat | edit | ubah | history | riwayat | blokir | putusan | classify | klasifikasi | \
	merge | gabung | reopen | buka)
		_netral_offer "" kasus ;;
	import | backup)
		_netral_files ;;
	rules)
		_netral_fixed "check load" ;;
	election | pemilihan)
		_netral_fixed "list add" ;;
	asal)
		((${#args[@]} == 0)) && [[ $cur != -* ]] && _netral_fixed "add list" ;;
	pelaporan | reporting)
		# the subcommand, then the files sent, or a report's letter number
		if ((${#args[@]} == 0)); then
			[[ $cur != -* ]] && _netral_fixed "add list surat"
		elif [[ ${args[0]} == add ]]; then
			_netral_files
		elif [[ ${args[0]} == surat ]] && ((${#args[@]} == 1)); then
			_netral_offer "" pelaporan
		fi ;;
	unit | kegiatan | activity | pakta | pact | izin | permit)
		# the subcommand, then a file to import, a unit, or a permit
		if ((${#args[@]} == 0)); then
			[[ $cur == -* ]] && return 0
			case $cmd in
			unit) _netral_fixed "add rename deactivate activate list import" ;;
			kegiatan | activity) _netral_fixed "add correct void list import" ;;
			pakta | pact) _netral_fixed "import list correct void" ;;
			*) _netral_fixed "add list surat" ;;
			esac
		elif ((${#args[@]} == 1)); then
			case ${args[0]} in
			import) _netral_files ;;
			surat) _netral_offer "" izin ;;
			add | list | correct | void)
				[[ $cmd == izin || $cmd == permit || $cmd == unit || $cmd == pakta || $cmd == pact ]] ||
					_netral_offer "" unit ;;
			rename | deactivate | activate)
				_netral_offer "" unit ;;
			esac
		fi ;;
	esac
	return 0
}
complete -F _netral netral
