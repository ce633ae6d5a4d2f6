"""Consistent copies of live SQLite databases, for the file snapshots.

    sqlite_copy.py backup FOLDER FILE...   copy each FILE (relative to FOLDER) with
        SQLite's online backup API into FOLDER/.consistent/FILE; the snapshot ignores
        the live FILE and its -wal/-shm/-journal, so it never holds a mid-write copy.
kopia_restore.sh puts each copy back in place of FILE after a restore.

The Kopia CronJob runs this (Python's standard library) before kopia_snapshot.sh.
"""
import os
import pathlib
import sqlite3
import sys

COPIES = ".consistent"


def backup(folder: pathlib.Path, name: str) -> None:
    live, copy = folder / name, folder / COPIES / name
    copy.parent.mkdir(parents=True, exist_ok=True)
    partial = copy.with_name(copy.name + ".partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{live}?mode=ro", uri=True)
    target = sqlite3.connect(partial)
    with target:
        source.backup(target)
    target.close()
    source.close()
    # The service's own user must be able to open it once it is restored in place.
    owner = live.stat()
    os.chown(partial, owner.st_uid, owner.st_gid)
    os.chmod(partial, owner.st_mode & 0o777)
    os.replace(partial, copy)
    print(f"consistent copy of {live} at {copy}")


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] != "backup":
        raise SystemExit(__doc__)
    for database in sys.argv[3:]:
        backup(pathlib.Path(sys.argv[2]), database)
