#!/bin/sh
# The commands about one case, one person or one agency, on databases of
# 10,000, 100,000 and 1,000,000 imported cases (SIZES), each next to the
# sqlite3 shell doing the same one-row statement on the same file,
# alternating, in the same run; medians of RUNS rounds.  A command whose
# cost grows with the database shows it in the growth column: its median
# at this size over its median at the smallest.  Then check over the
# largest database against PRAGMA integrity_check, and the peak memory of
# every command.  Targets: add within 1.5x of the insert at any size, the
# growth within 1.5x, a NIP's or an agency's cases under 50 ms.
set -e
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
netral=${NETRAL:-$here/../netral}
runs=${RUNS:-11}
dir=$(mktemp -d "${TMPDIR:-/tmp}/netral-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cc -O2 -o "$dir/gen" "$here/gen.c"
cc -O2 -o "$dir/maxrss" "$here/maxrss.c"
export NETRAL_OPERATOR=bench NETRAL_TODAY=2026-01-01

# time NAME CMD...: one run's milliseconds onto NAME.ms, its peak memory
# (KiB) onto NAME.kb
timed() {
	name=$1
	shift
	t0=$(now_ms)
	"$dir/maxrss" "$@" > "$dir/out" 2>> "$dir/$name.kb" ||
		{ echo "failed: $*" >&2; cat "$dir/out" "$dir/$name.kb" >&2; exit 1; }
	t1=$(now_ms)
	echo $((t1 - t0)) >> "$dir/$name.ms"
}

mib() {
	awk '/maxrss/ { if ($2 > m) m = $2 } END { printf "%.1f", m / 1024 }' "$dir/$1.kb"
}

first=
for n in ${SIZES:-10000 100000 1000000}; do
	db="$dir/n$n.db"
	"$dir/gen" "$n" > "$dir/in.csv"
	"$netral" --db "$db" -q import "$dir/in.csv"
	# an agency and a person the generated cases never name
	for i in 1 2 3; do
		"$netral" --db "$db" -q add --nama "Pegawai Bench $i" --jenis-pegawai PNS \
			--nip "19700101 199001 1 00$i" --instansi "Dinas Bench Satu" \
			--tanggal-kejadian 2024-03-15 --pemilihan PILKADA2024 --bentuk apk > /dev/null
	done
	sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
	# check's copy, before the sqlite3 shell writes rows netral never made
	cp "$db" "$dir/pristine.db"
	rm -f "$dir"/*.ms "$dir"/*.kb
	i=0
	while [ $i -lt "$runs" ]; do
		case=$(printf '2024-%04d' $((i + 1)))
		timed add "$netral" --db "$db" -q add --nama "Pegawai Baru $i" --jenis-pegawai PNS \
			--nip "19800101 200001 1 $(printf %03d $((i + 1)))" --instansi "Dinas Bench Satu" \
			--tanggal-kejadian 2024-10-02 --pemilihan PILKADA2024 --bentuk medsos-kampanye
		timed insert sqlite3 "$db" "INSERT INTO kasus (nomor, nama, jenis_pegawai, instansi,
			tanggal_kejadian, bentuk, status, cltn, pasangan_calon, pemilihan_disimpulkan,
			kelompok_usia, kelompok_jabatan, periode, tahap, jenis, kode, ruleset, dibuat, diubah)
			SELECT '2022-$i', 'Sqlite $i', 'PNS', 'Dinas Bench Satu', '2024-10-02', 'apk',
			'dilaporkan', 0, 0, 0, u.id, j.id, p.id, t.id, r.id, k.id, s.id, 'x', 'x'
			FROM kamus u, kamus j, kamus p, kamus t, kamus r, kamus k, kamus s
			WHERE u.nilai = '<=30' AND j.nilai = 'tidak_diketahui' AND p.nilai = 'saat_kampanye'
			AND t.nilai = 'calon' AND r.nilai = 'disiplin_berat' AND k.nilai = 'DS-1'
			AND s.nilai = 'SKB2022'"
		timed status "$netral" --db "$db" status "$case" verifikasi --tanggal 2025-01-02
		timed update sqlite3 "$db" "UPDATE kasus SET status = 'verifikasi' WHERE nomor = '$case'"
		timed show "$netral" --db "$db" show "$case"
		timed select sqlite3 "$db" "SELECT * FROM kasus WHERE nomor = '$case'"
		timed nip "$netral" --db "$db" list --nip 197001011990011002
		timed nipsql sqlite3 "$db" "SELECT * FROM kasus WHERE asal IS NULL AND nip = '197001011990011002'"
		timed agency "$netral" --db "$db" list --instansi "Dinas Bench Satu"
		timed agencysql sqlite3 "$db" "SELECT * FROM kasus WHERE instansi = 'Dinas Bench Satu'"
		i=$((i + 1))
	done
	for pair in "add insert" "status update" "show select" "nip nipsql" "agency agencysql"; do
		set -- $pair
		a=$(median < "$dir/$1.ms")
		b=$(median < "$dir/$2.ms")
		eval "m_$1=$a"
		if [ -n "$first" ]; then eval "g=\$(ratio $a \$f_$1)"; else eval "f_$1=$a"; g=1.00; fi
		r=$(ratio "$a" "$b")
		case $1 in
		add) t="ratio target <= 1.5: $(verdict "$r" 1.5)" ;;
		nip|agency) t="target < 50 ms: $(verdict "$a" 49.9)" ;;
		*) t="" ;;
		esac
		echo "$1 at $n cases: netral ${a} ms, sqlite3 ${b} ms, ratio $r; growth $g (target <= 1.5): $(verdict "$g" 1.5); peak $(mib "$1") MiB${t:+; $t}"
	done
	[ -n "$first" ] || first=$n
done

# check over the largest: every case proven against its history
rm -f "$dir"/check.* "$dir"/quick.*
timed check "$netral" --db "$dir/pristine.db" check
timed quick sqlite3 "$dir/pristine.db" "PRAGMA integrity_check"
a=$(median < "$dir/check.ms")
b=$(median < "$dir/quick.ms")
echo "check at $n cases: netral ${a} ms, sqlite3 integrity_check ${b} ms, ratio $(ratio "$a" "$b"); peak $(mib check) MiB"
