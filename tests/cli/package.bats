#!/usr/bin/env bats
# Installing it as agencies install software: the Debian package, built
# from a clean tree, lintian-clean, holding the binary, its pages, its
# catalogue, the completion, the examples and the nightly job (disabled);
# and one version number throughout.

load helper

ROOT="$BATS_TEST_DIRNAME/../.."

teardown() {
	[ -z "${root:-}" ] || rm -rf "$root"
}

setup_file() {
	# once, for the plain build only: the package is the same under the
	# sanitizers, and building it takes a minute
	[ -z "$NETRAL_SANITIZED" ] || return 0
	command -v dpkg-buildpackage > /dev/null || return 0
	export PKG="$BATS_FILE_TMPDIR/pkg"
	local root="$BATS_TEST_DIRNAME/../.."
	version=$(make -s -C "$root" version)
	src="$PKG/netral-$version"
	mkdir -p "$src"
	# the tree as a clean clone has it: the tracked files, and the new ones
	# git does not ignore
	git -C "$root" ls-files -z --cached --others --exclude-standard |
		(cd "$root" && tar --null -T - -cf -) | tar -xf - -C "$src"
	# as from a login shell: not with the variables of a make that runs
	# the suite (make coverage gives its own BUILD, CFLAGS and LDFLAGS)
	(cd "$src" && env -i PATH="$PATH" HOME="$HOME" ${TMPDIR:+TMPDIR="$TMPDIR"} \
		dpkg-buildpackage -us -uc -b > "$PKG/build.log" 2>&1) || true
}

skip_unless_built() {
	[ -z "$NETRAL_SANITIZED" ] || skip "built once, by the plain run"
	command -v dpkg-buildpackage > /dev/null || skip "no dpkg-buildpackage"
	deb=$(ls "$PKG"/netral_*_amd64.deb 2> /dev/null | head -1)
	[ -n "$deb" ] || { tail -40 "$PKG/build.log"; false; }
}

@test "dpkg-buildpackage builds netral_VERSION_amd64.deb from a clean tree, and lintian finds no error or warning" {
	skip_unless_built
	version=$(make -s -C "$ROOT" version)
	[ "$(basename "$deb")" = "netral_${version}_amd64.deb" ]
	run lintian --fail-on error,warning --suppress-tags-from-file /dev/null "$deb"
	echo "$output"
	[ "$status" -eq 0 ]
	! grep -q '^[EW]: ' <<< "$output"
}

@test "the package holds the binary, both pages, the catalogue, the completion, the examples and the nightly job" {
	skip_unless_built
	run dpkg-deb -c "$deb"
	for f in ./usr/bin/netral ./usr/share/man/man1/netral.1.gz ./usr/share/man/man5/netral-import.5.gz \
		./usr/share/locale/id/LC_MESSAGES/netral.mo ./usr/share/bash-completion/completions/netral \
		./usr/share/doc/netral/examples/kasus.csv ./usr/share/doc/netral/examples/rules/jadwal.csv \
		./usr/share/doc/netral/examples/cron.d/netral ./usr/lib/netral/netral-rekap \
		./lib/systemd/system/netral-rekap.service ./lib/systemd/system/netral-rekap.timer \
		./etc/default/netral; do
		grep -q " $f\$" <<< "$output" || { echo "missing $f"; false; }
	done
	grep -Eq ' ./usr/share/doc/netral/NEWS(\.gz)?$' <<< "$output"
	# the nightly job ships disabled: nothing enables or starts it
	dpkg-deb -e "$deb" "$BATS_TEST_TMPDIR/control"
	grep -q 'netral-rekap' "$BATS_TEST_TMPDIR/control/postinst"
	! grep -q 'deb-systemd-helper enable\|deb-systemd-invoke start' "$BATS_TEST_TMPDIR/control/postinst"
	# and the system user and the clerks' group own the database's
	# directory, 2770 (the next test runs the script)
	grep -q 'addgroup --system --quiet netral' "$BATS_TEST_TMPDIR/control/postinst"
	grep -q 'adduser --system --ingroup netral' "$BATS_TEST_TMPDIR/control/postinst"
	grep -q 'chmod 2770 /var/lib/netral' "$BATS_TEST_TMPDIR/control/postinst"
}

@test "installed for an agency: the group's directory, 2770; the database 0660; two clerks at once, each under their login" {
	skip_unless_built
	[ "$(id -u)" -eq 0 ] || skip "acting as two users needs root"
	command -v setpriv > /dev/null || skip "no setpriv"
	group=4242
	dpkg -x "$deb" inst
	dpkg-deb -e "$deb" control
	# the binary of the package reads the defaults file it installs
	grep -aq '^/etc/default/netral$' <(strings inst/usr/bin/netral)
	# the postinst, run on a scratch root: the accounts' tools and the
	# owner changes stubbed, naming the group by its id
	root=$(mktemp -d /tmp/netral-pkg.XXXXXX)
	chmod 0711 "$root"
	mkdir -p "$root/var/lib/netral" stubs
	chmod 0700 "$root/var/lib/netral"
	: > "$root/var/lib/netral/netral.db"
	chmod 0600 "$root/var/lib/netral/netral.db"
	printf '#!/bin/sh
exit 2
' > stubs/getent
	printf '#!/bin/sh
echo "$(basename "$0") $*" >> "%s/accounts"
' "$PWD" > stubs/addgroup
	cp stubs/addgroup stubs/adduser
	printf '#!/bin/sh
exec /bin/chown "$(echo "$1" | sed "s/netral/%s/g")" "$2"
' "$group" > stubs/chown
	printf '#!/bin/sh
exec /bin/chgrp %s "$2"
' "$group" > stubs/chgrp
	chmod +x stubs/*
	# (what debhelper added after it, the timer's units, is dpkg's to run)
	sed -e "s|/var/lib/netral|$root/var/lib/netral|g" -e '/^# Automatically added by dh_/,$d' \
		control/postinst > postinst
	PATH="$PWD/stubs:$PATH" sh postinst configure
	PATH="$PWD/stubs:$PATH" sh postinst configure
	grep -q '^addgroup --system --quiet netral$' accounts
	grep -q '^adduser --system --ingroup netral ' accounts
	[ "$(stat -c '%a %g' "$root/var/lib/netral")" = "2770 $group" ]
	# an older package's private database becomes the group's
	[ "$(stat -c '%a %g' "$root/var/lib/netral/netral.db")" = "660 $group" ]
	rm "$root/var/lib/netral/netral.db"
	# the package's binary, where the two users reach it, and the defaults
	# file naming the database, for every clerk
	install -m 755 inst/usr/bin/netral "$root/netral"
	sed "s|^NETRAL_DB=.*|NETRAL_DB=$root/var/lib/netral/netral.db|" inst/etc/default/netral > "$root/defaults"
	chmod 0644 "$root/defaults"
	clerk() {
		local user=$1 mask=$2
		shift 2
		setpriv --reuid="$user" --regid="$user" --groups="$group" sh -c \
			'umask "$1"; shift; cd /; exec env -u NETRAL_DB -u NETRAL_OPERATOR HOME=/nonexistent NETRAL_DEFAULTS="$0" "$@"' \
			"$root/defaults" "$mask" "$root/netral" "$@"
	}
	clerk daemon 077 init > /dev/null
	clerk daemon 077 add --nama "Budi Santoso" --jenis-pegawai PNS --instansi "Kabupaten Batang" \
		--tanggal-kejadian 2024-08-10 --bentuk apk > /dev/null &
	clerk bin 022 add --nama "Siti Rahayu" --jenis-pegawai PNS --instansi "Kabupaten Batang" \
		--tanggal-kejadian 2024-08-11 --bentuk apk > /dev/null &
	wait
	run clerk bin 022 history --jenis buat --format csv
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *",daemon,"* ]]
	[[ "$output" == *",bin,"* ]]
	[ "$(stat -c '%a %g' "$root/var/lib/netral/netral.db")" = "660 $group" ]
	[ "$(stat -c '%a %g' "$root/var/lib/netral")" = "2770 $group" ]
	run clerk daemon 077 check
	[ "$status" -eq 0 ]
}

@test "installed into a scratch root, the binary runs, finds its catalogue and its pages, and systemd accepts the units" {
	skip_unless_built
	dpkg -x "$deb" inst
	version=$(make -s -C "$ROOT" version)
	run env -u NETRAL_LOCALEDIR inst/usr/bin/netral --version
	[ "$output" = "netral $version" ]
	run env -u NETRAL_LOCALEDIR LC_ALL=C.UTF-8 LANGUAGE=id inst/usr/bin/netral --help
	[[ "$output" == *"Perintah:"* ]]
	zcat inst/usr/share/man/man1/netral.1.gz | grep -q "^\.Os netral $version\$"
	zcat inst/usr/share/man/man1/netral.1.gz | groff -mandoc -ww -z
	inst/usr/bin/netral --db "$BATS_TEST_TMPDIR/x.db" import inst/usr/share/doc/netral/examples/kasus.csv > /dev/null
	inst/usr/bin/netral --db "$BATS_TEST_TMPDIR/x.db" rules check inst/usr/share/doc/netral/examples/rules
	if command -v systemd-analyze > /dev/null; then
		run systemd-analyze verify --man=no --recursive-errors=no --root="$PWD/inst" \
			"$PWD/inst/lib/systemd/system/netral-rekap.service" "$PWD/inst/lib/systemd/system/netral-rekap.timer"
		echo "$output"
		[ "$status" -eq 0 ]
		[[ "$output" != *ignoring* ]]
	fi
}

@test "the nightly job runs the export the defaults file configures, as its own user" {
	skip_unless_built
	dpkg -x "$deb" inst
	grep -q '^User=netral$' inst/lib/systemd/system/netral-rekap.service
	grep -q '^OnCalendar=' inst/lib/systemd/system/netral-rekap.timer
	# what the service runs, with the defaults file and the binary of the root
	mkdir -p var/rekap
	inst/usr/bin/netral --db "$PWD/var/netral.db" import inst/usr/share/doc/netral/examples/kasus.csv > /dev/null
	sed -e "s|^NETRAL_DB=.*|NETRAL_DB=$PWD/var/netral.db|" -e "s|^NETRAL_REKAP_DIR=.*|NETRAL_REKAP_DIR=$PWD/var/rekap|" \
		-e 's|^NETRAL_REKAP_OPTS=.*|NETRAL_REKAP_OPTS="--excel --pemilihan PILKADA2024"|' \
		inst/etc/default/netral > defaults
	PATH="$PWD/inst/usr/bin:$PATH" run sh inst/usr/lib/netral/netral-rekap defaults
	[ "$status" -eq 0 ]
	ls var/rekap/rekap-*-ringkasan.csv > /dev/null
	head -c 3 var/rekap/rekap-*-ringkasan.csv | od -An -tx1 | grep -q 'ef bb bf'
	# the cron example runs the same script
	grep -q " /usr/lib/netral/netral-rekap /etc/default/netral$" inst/usr/share/doc/netral/examples/cron.d/netral
}

@test "one version: the Makefile's, in --version, the package, the pages, NEWS and the changelog" {
	version=$(make -s -C "$ROOT" version)
	[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]
	run netral --version
	[ "$output" = "netral $version" ]
	[ "$(sed -n '1s/^netral (\([^)]*\)).*/\1/p' "$ROOT/debian/changelog")" = "$version" ]
	grep -q "^netral $version " "$ROOT/NEWS"
	# and the README's install line names this version's package
	grep -q "apt install ../netral_${version}_amd64.deb" "$ROOT/README.md"
	# the pages in the tree name netral, and the install adds its version
	grep -q '^\.Os netral$' "$ROOT/doc/netral.1"
	grep -q '^\.Os netral$' "$ROOT/doc/netral-import.5"
	make -s -C "$ROOT" install DESTDIR="$BATS_TEST_TMPDIR/i" PREFIX=/usr > /dev/null
	grep -q "^\.Os netral $version\$" "$BATS_TEST_TMPDIR/i/usr/share/man/man1/netral.1"
}

@test "the package's build dependencies are what the deps script installs" {
	deps=$(sed -n 's/^need="\(.*\)"$/\1/p' "$ROOT/scripts/deps.sh")
	bd=$(sed -n '/^Build-Depends:/,/^[A-Z]/p' "$ROOT/debian/control" | sed '$d' |
		sed 's/^Build-Depends://; s/([^)]*)//g; s/,/ /g')
	[ -n "$bd" ]
	for p in $bd; do
		[ "$p" = debhelper-compat ] && p=debhelper
		grep -qw -- "$p" <<< "$deps" || { echo "not in deps.sh: $p"; false; }
	done
}
