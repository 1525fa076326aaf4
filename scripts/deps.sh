#!/bin/sh
# Installs the Debian packages netral needs to build and test, when missing,
# and the one test-only tool Debian lacks (axe-core, pinned in tests/a11y,
# installed into that folder from the npm registry, never globally).
set -e
here=$(cd "$(dirname "$0")/.." && pwd)

a11y() {
	[ -f "$here/tests/a11y/node_modules/axe-core/axe.min.js" ] && return 0
	command -v npm > /dev/null 2>&1 || { echo "netral: no npm: the accessibility tests will be skipped" >&2; return 0; }
	npm ci --prefix "$here/tests/a11y" --no-audit --no-fund --loglevel=error > /dev/null ||
		echo "netral: axe-core could not be installed from the npm registry: the accessibility tests will be skipped" >&2
}

need="gcc make pkg-config libsqlite3-dev libcsv-dev nettle-dev sqlite3 bats gettext groff-base valgrind util-linux locales libreoffice-calc-nogui chromium poppler-utils libxml2-utils tmux dpkg-dev debhelper fakeroot lintian libxlsxwriter-dev libzip-dev libexpat1-dev libunistring-dev python3-openpyxl"
missing=
# npm (Debian's, unless Node.js is there already) installs axe-core below
command -v npm > /dev/null 2>&1 || missing=" npm"
for p in $need; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done
if [ -z "$missing" ]; then
	a11y
	exit 0
fi
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
a11y
