#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The reference for one attendance mark on SQLite: one INSERT committed in
# its own transaction, with the app's journal and durability (WAL,
# synchronous=FULL), through the sqlite3 module. Prints the milliseconds
# of each, one a line. As many go first untimed: until the write-ahead log
# has grown to its size, each commit also pays for growing the file.
#   plain-mark.py DBFILE COUNT
import os
import sqlite3
import sys
import time

path, count = sys.argv[1], int(sys.argv[2])
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(path + suffix):
        os.unlink(path + suffix)

db = sqlite3.connect(path, isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = FULL")
db.execute("CREATE TABLE mark (activity_id INTEGER, parent_id INTEGER, status TEXT,"
           " recorded_at TEXT, UNIQUE (activity_id, parent_id))")
for parent in range(2 * count):
    start = time.perf_counter()
    db.execute("BEGIN")
    db.execute("INSERT INTO mark VALUES (1, ?, 'present', '2026-11-23T10:00:00Z')", (parent,))
    db.execute("COMMIT")
    if parent >= count:
        print("%.3f" % ((time.perf_counter() - start) * 1000))
db.close()
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(path + suffix):
        os.unlink(path + suffix)
