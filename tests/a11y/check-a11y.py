#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks what a screen reader sees of Ouderkamer (AT-SPI) on each main page
and fails on a control without a name: a button, entry, toggle, check box,
combo box, spin button or menu button that Orca would read as "button".

  check-a11y.py APP CLI [PAGE ...]

APP and CLI are the built executables; a demo database is made first. Each
PAGE is the accessible name of a sidebar item to visit (English, the source
language). Needs a session bus with the AT-SPI registry (dbus-run-session)
and a display (Xvfb)."""

import os
import subprocess
import sys
import tempfile
import time

import pyatspi

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_LINK,
}


def find_app(name, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name and name in app.name.lower():
                return app
        time.sleep(0.2)
    return None


def walk(node, path=()):
    try:
        role = node.getRole()
        name = node.name or ""
        states = node.getState()
    except Exception:
        return
    # GTK 4.8 marks only windows "showing", and every widget that is not
    # hidden "visible" (also on a stack page out of sight): so every page
    # is checked each time, which is stricter, not weaker.
    if role != pyatspi.ROLE_APPLICATION and not states.contains(pyatspi.STATE_VISIBLE):
        return
    here = path + (f"{node.getRoleName()}:{name!r}",)
    yield node, role, name, here
    for child in node:
        if child is not None:
            yield from walk(child, here)


def unnamed_controls(app):
    problems = []
    for node, role, name, path in walk(app):
        if role not in CONTROL_ROLES:
            continue
        description = ""
        try:
            description = node.description or ""
        except Exception:
            pass
        if not name.strip() and not description.strip():
            problems.append(" > ".join(path[-4:]))
    return problems


def activate(app, page):
    for node, role, name, _ in walk(app):
        if name == page and role in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON,
                                     pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_PAGE_TAB,
                                     pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_LABEL):
            action = node.queryAction()
            if action.nActions > 0:
                action.doAction(0)
                return True
            # GTK 4.8 gives list rows no action; a sidebar row is chosen by
            # selecting it in its list, as Orca does.
            if role == pyatspi.ROLE_LIST_ITEM:
                node.parent.querySelection().selectChild(node.getIndexInParent())
                return True
    return False


def main():
    app_exe, cli_exe, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "a11y.db")
        subprocess.run([cli_exe, "--db", db, "demo", "--families", "40", "--today", "2026-11-23"],
                       check=True, stdout=subprocess.DEVNULL)
        env = dict(os.environ)
        env.pop("GTK_A11Y", None)
        env["LANGUAGE"] = "en"
        env["XDG_DATA_HOME"] = tmp
        env["XDG_CONFIG_HOME"] = tmp
        proc = subprocess.Popen([app_exe, "--db", db], env=env)
        try:
            app = find_app("ouderkamer")
            if app is None:
                print("The app did not show up on the accessibility bus")
                return 1
            time.sleep(1.0)
            failures = 0
            for page in [None] + pages:
                if page is not None and not activate(app, page):
                    print(f"FAIL: no sidebar item named {page!r} to activate")
                    failures += 1
                    continue
                time.sleep(0.8)
                problems = unnamed_controls(app)
                label = page or "start"
                for problem in problems:
                    print(f"FAIL [{label}]: control without a name: {problem}")
                failures += len(problems)
                print(f"checked page {label}: {len(problems)} unnamed controls")
            return 1 if failures else 0
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
