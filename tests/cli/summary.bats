#!/usr/bin/env bats
# The summary's table of sanctions: a proven case not yet followed up is
# "not yet sanctioned"; one followed up without a sanction recorded (an
# agency's workflow may close a case so) is unknown, not pending.

load helper

@test "a case closed without a sanction code counts as unknown, one still proven as not yet sanctioned" {
	cp -r "$RULES" r
	sed -i 's/^\(selesai,Selesai,1,1,0,,rekomendasi_tanggal rekomendasi_dari rekomendasi_sanksi\) sanksi sk_nomor sk_tanggal,1$/\1,1/' r/status.csv
	echo "terbukti,selesai,Selesai tanpa sanksi,0" >> r/transisi.csv
	netral init > /dev/null
	netral rules load r > /dev/null
	add_case $PROVEN --status terbukti > /dev/null
	add_case --nama B $PROVEN --status terbukti > /dev/null
	netral status 2024-0001 selesai > /dev/null
	run netral export --format csv
	[[ "$output" == *$'\nsanksi,belum_disanksi,1,50.0,Belum Disanksi\n'* ]]
	[[ "$output" == *$'\nsanksi,tidak_diketahui,1,50.0,Tidak Diketahui\n'* ]]
}
