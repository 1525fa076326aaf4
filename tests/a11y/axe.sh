#!/bin/sh
# axe.sh PAGE.html: the accessibility violations axe-core finds in the page,
# run in headless Chromium, one a line: impact, rule, how many elements,
# the first of them.  Nothing printed: none found.  Exit 2 when axe-core
# or Chromium is missing, 3 when axe-core did not report.
here=$(cd "$(dirname "$0")" && pwd)
axe="$here/node_modules/axe-core/axe.min.js"
[ -f "$axe" ] && command -v chromium > /dev/null || exit 2
dir=$(mktemp -d "${TMPDIR:-/tmp}/netral-axe.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cp "$axe" "$here/run.js" "$dir/"
# the page as it is, with axe and a script that writes its findings into
# the document, which Chromium then prints
sed 's#</body>#<script src="axe.min.js"></script><script src="run.js"></script></body>#' "$1" > "$dir/page.html"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$dir/profile" \
	--allow-file-access-from-files --virtual-time-budget=30000 \
	--dump-dom "file://$dir/page.html" 2>/dev/null > "$dir/dom.html"
awk '/<pre id="axe-result">/ { on = 1; sub(/.*<pre id="axe-result">/, "") }
     on { if (sub(/<\/pre>.*/, "")) { print; exit } print }' "$dir/dom.html" > "$dir/result"
grep -q '^axe-done$' "$dir/result" || exit 3
grep -v '^axe-done$' "$dir/result" | sed '/^$/d'
exit 0
