#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The German translation covers the sources as they are: POTFILES.in
# lists every file with a translatable string, and de.po translates
# every message extracted from them (none untranslated, none fuzzy).
#
# Usage: check-translations.sh SOURCE_ROOT

set -eu
root=$1
cd "$root"

missing=$(grep -rlE '(^|[^a-zA-Z_])(N?_|C_|ngettext|g_dngettext)\(|translatable="yes"' src data \
            --include='*.c' --include='*.ui' --include='*.in' --include='*.xml' \
          | grep -v '\.gresource\.xml$' | sort \
          | while read -r f; do grep -qxF "$f" po/POTFILES.in || echo "$f"; done)
if [ -n "$missing" ]; then
  echo "po/POTFILES.in misses files with translatable strings:" >&2
  echo "$missing" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' po/POTFILES.in | grep -v '^$' > "$tmp/files"
xgettext --files-from="$tmp/files" --directory="$root" --output="$tmp/all.pot" \
  --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --no-location 2>"$tmp/err" \
  || { cat "$tmp/err" >&2; exit 1; }
msgmerge --quiet --no-fuzzy-matching -o "$tmp/de.po" po/de.po "$tmp/all.pot"
left=$(msgattrib --untranslated --no-obsolete "$tmp/de.po"; msgattrib --only-fuzzy --no-obsolete "$tmp/de.po")
if printf '%s' "$left" | grep -q '^msgid '; then
  echo "po/de.po lacks translations (regenerate the pot and msgmerge):" >&2
  printf '%s\n' "$left" | grep -A1 '^msgid ' | grep -v '^msgid ""$' >&2
  exit 1
fi
