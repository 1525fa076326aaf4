#!/bin/sh
# Installs the Debian packages netral needs to build and test, when missing.
set -e
need="gcc make pkg-config libsqlite3-dev libcsv-dev nettle-dev sqlite3 bats gettext groff-base valgrind util-linux locales libreoffice-calc-nogui chromium libxml2-utils tmux dpkg-dev debhelper fakeroot lintian libxlsxwriter-dev libzip-dev libexpat1-dev python3-openpyxl"
missing=
for p in $need; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0
echo "netral: installing build dependencies:$missing"
if [ "$(id -u)" -eq 0 ]; then
	sudo=
elif command -v sudo >/dev/null 2>&1; then
	sudo=sudo
else
	echo "netral: need root or sudo to install:$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
if ! $sudo apt-get install -y --no-install-recommends $missing; then
	$sudo apt-get update
	$sudo apt-get install -y --no-install-recommends $missing
fi
