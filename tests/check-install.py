#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Installs the build into a temporary DESTDIR and checks that every file a
desktop, a software centre and the app itself look for is where they look."""
import json
import os
import subprocess
import sys
import tempfile

builddir, app_id, package = sys.argv[1:4]


def option(options, name):
    return next(o['value'] for o in options if o['name'] == name)


options = json.loads(subprocess.run(['meson', 'introspect', '--buildoptions', builddir],
                                    check=True, capture_output=True, text=True).stdout)
prefix = option(options, 'prefix')
bindir = os.path.join(prefix, option(options, 'bindir'))
datadir = os.path.join(prefix, option(options, 'datadir'))
localedir = os.path.join(prefix, option(options, 'localedir'))

with tempfile.TemporaryDirectory(prefix='ouderkamer-install.') as destdir:
    subprocess.run(['meson', 'install', '-C', builddir, '--no-rebuild', '--quiet',
                    '--destdir', destdir], check=True, stdout=subprocess.DEVNULL)

    def path(*parts):
        return destdir + os.path.join(*parts)

    expected = [
        (bindir, 'ouderkamer'),
        (bindir, 'ouderkamer-cli'),
        (datadir, 'applications', app_id + '.desktop'),
        (datadir, 'metainfo', app_id + '.metainfo.xml'),
        (datadir, 'icons', 'hicolor', 'scalable', 'apps', app_id + '.svg'),
        (datadir, 'icons', 'hicolor', 'symbolic', 'apps', app_id + '-symbolic.svg'),
        (datadir, 'glib-2.0', 'schemas', 'nl.ouderkamer.Ouderkamer.gschema.xml'),
        (localedir, 'nl', 'LC_MESSAGES', package + '.mo'),
        (datadir, package, 'holidays', 'nl.json'),
    ]
    failures = []
    for parts in expected:
        file = path(*parts)
        if not os.path.isfile(file) or os.path.getsize(file) == 0:
            failures.append('missing or empty: ' + os.path.join(*parts))

    for binary in ('ouderkamer', 'ouderkamer-cli'):
        if not os.access(path(bindir, binary), os.X_OK):
            failures.append('not executable: ' + binary)

    desktop = path(datadir, 'applications', app_id + '.desktop')
    if os.path.isfile(desktop):
        text = open(desktop, encoding='utf-8').read()
        for needle in ('Icon=' + app_id + '\n', 'Exec=ouderkamer\n', 'Comment[nl]='):
            if needle not in text:
                failures.append('desktop file lacks ' + needle.strip())

    metainfo = path(datadir, 'metainfo', app_id + '.metainfo.xml')
    if os.path.isfile(metainfo):
        text = open(metainfo, encoding='utf-8').read()
        for needle in ('<id>' + app_id + '</id>', '<summary xml:lang="nl">',
                       '<launchable type="desktop-id">' + app_id + '.desktop</launchable>'):
            if needle not in text:
                failures.append('metainfo lacks ' + needle)

    for failure in failures:
        print(failure)
    if failures:
        sys.exit(1)
    print('installed files are in place under', prefix)
