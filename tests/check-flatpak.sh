#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Flatpak manifest cannot be built here (no network for the runtime),
# so check what can be checked offline: flatpak-builder parses it, and the
# promises of the README hold — minimal permissions, every download pinned.
set -eu
manifest=$(realpath "$1")
app_id=$2

if command -v flatpak-builder >/dev/null 2>&1; then
  # It keeps a state folder in the current directory.
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && flatpak-builder --show-manifest "$manifest" >/dev/null)
elif command -v json-glib-validate >/dev/null 2>&1; then
  json-glib-validate "$manifest"
fi

python3 - "$manifest" "$app_id" <<'PY'
import json
import re
import sys

manifest = json.load(open(sys.argv[1], encoding='utf-8'))
app_id = sys.argv[2]
failures = []

def check(condition, message):
    if not condition:
        failures.append(message)

check(manifest.get('app-id', manifest.get('id')) == app_id.removesuffix('.Devel'), 'app-id is not ' + app_id)
check(manifest.get('runtime') == 'org.gnome.Platform' and manifest.get('runtime-version') == '43',
      'runtime is not org.gnome.Platform 43 (GTK 4.8, libadwaita 1.2 as on Debian 12)')
check(manifest.get('command') == 'ouderkamer', 'command is not ouderkamer')

args = manifest.get('finish-args', [])
for needed in ('--socket=wayland', '--socket=fallback-x11', '--share=ipc', '--device=dri', '--share=network'):
    check(needed in args, 'finish-args lacks ' + needed)
allowed = {'--socket=wayland', '--socket=fallback-x11', '--share=ipc', '--device=dri', '--share=network'}
for arg in args:
    check(arg in allowed, 'finish-args grants more than needed: ' + arg)

names = [m['name'] for m in manifest['modules']]
check(names == ['intltool', 'libpq', 'libgda', 'ouderkamer'], 'modules are ' + ', '.join(names))
for module in manifest['modules']:
    for source in module.get('sources', []):
        if source['type'] in ('archive', 'file'):
            check(re.fullmatch(r'[0-9a-f]{64}', source.get('sha256', '')) is not None,
                  module['name'] + ': ' + source['url'] + ' has no sha256')
            check(source['url'].startswith('https://'), source['url'] + ' is not https')

libgda = next(m for m in manifest['modules'] if m['name'] == 'libgda')
for option in ('--enable-system-sqlite', '--without-ui', '--without-mysql'):
    check(option in libgda.get('config-opts', []), 'libgda is not built with ' + option)
check(manifest['modules'][-1].get('buildsystem') == 'meson', 'the app is not built with meson')

for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
PY
echo "flatpak/$(basename "$manifest") is valid and keeps its permissions minimal"
