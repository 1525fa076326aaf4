#!/bin/sh
# Brings po/id.po up to the messages of the sources, taking the
# translations of new or changed messages from a compendium file.
# usage: po-merge.sh COMPENDIUM.po
set -e
xgettext --keyword=_ --keyword=N_ --keyword=P_:1,2 --from-code=UTF-8 -o build/netral.pot src/*.c src/*/*.c
msgmerge -q --no-wrap --no-fuzzy-matching --compendium "$1" -o build/id.po po/id.po build/netral.pot
msgattrib --no-wrap --no-obsolete build/id.po -o po/id.po
msgattrib --untranslated --no-wrap po/id.po | grep -A3 '^msgid' | grep -v '^msgid ""$' | head -20
msgcmp po/id.po build/netral.pot
