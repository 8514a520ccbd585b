#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every translation must compile (msgfmt --check), and the Dutch one must be
# complete against the strings in the sources today: a fresh template is
# extracted and merged, then no message may be fuzzy or untranslated.
set -eu
srcdir=$1
package=$2
complete=nl

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The keywords of meson's i18n 'glib' preset.
xgettext --package-name="$package" --from-code=UTF-8 --add-comments=TRANSLATORS \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_set_error:4:c-format --flag=g_printerr:1:c-format --flag=g_print:1:c-format \
  -D "$srcdir" -f "$srcdir/po/POTFILES.in" -o "$tmp/$package.pot" 2>"$tmp/xgettext.log"

status=0
# "%" G_GINT64_FORMAT cuts the message short for xgettext, so it is never
# translated; "%" PRId64 (<inttypes.h>) is what gettext understands.
if grep 'ends in the middle of a directive' "$tmp/xgettext.log"; then
  echo "a translatable string above uses a format macro gettext cannot see through; use PRId64"
  status=1
fi
for lang in $(sed -e 's/#.*//' "$srcdir/po/LINGUAS"); do
  po="$srcdir/po/$lang.po"
  if ! msgfmt --check -o /dev/null "$po"; then
    echo "po/$lang.po does not compile"
    status=1
    continue
  fi
  [ "$lang" = "$complete" ] || continue

  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/$package.pot"
  msgfmt --check -o /dev/null "$tmp/$lang.po"
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
  echo "po/$lang.po: $stats"
  case $stats in
    *fuzzy*|*untranslated*)
      echo "po/$lang.po must translate every string; missing or fuzzy:"
      msgattrib --only-fuzzy --no-obsolete "$tmp/$lang.po" | grep '^msgid' || true
      msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid' || true
      status=1
      ;;
  esac
done
exit $status
