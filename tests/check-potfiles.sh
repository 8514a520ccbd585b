#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# po/POTFILES.in must list exactly the files with translatable strings: C
# sources with _(), N_(), C_() or NC_(), .ui files with translatable="yes",
# and the desktop, metainfo and schema files. A file left out means strings
# that are never translated.
set -eu
cd "$1"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "not a git checkout: nothing to compare"
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' po/POTFILES.in | sort >"$tmp/listed"
{
  git grep -l --untracked -E '(^|[^A-Za-z0-9_])(N|C|NC)?_\(|translatable="yes"' -- src ui
  git ls-files --cached --others --exclude-standard -- \
    'data/*.desktop.in' 'data/*.metainfo.xml.in' 'data/*.gschema.xml'
} | sort -u >"$tmp/found"

status=0
for file in $(comm -13 "$tmp/listed" "$tmp/found"); do
  echo "po/POTFILES.in lacks $file"
  status=1
done
for file in $(comm -23 "$tmp/listed" "$tmp/found"); do
  echo "po/POTFILES.in lists $file, which has no translatable strings"
  status=1
done
if ! sort -c po/POTFILES.in 2>/dev/null; then
  echo "po/POTFILES.in is not sorted"
  status=1
fi
[ $status = 0 ] && echo "po/POTFILES.in lists all $(wc -l <"$tmp/found") files with translatable strings"
exit $status
