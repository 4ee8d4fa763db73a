"""Backups of the whole site: its database and every stored file, taken together
and restored together (docs/operations.md, "Backups").

A backup is a folder named after the moment it was taken, holding:

- database.dump (PostgreSQL: pg_dump's custom format, without owners or grants,
  so it restores into a database of any role) or database.sqlite3 (SQLite: a
  consistent copy made by SQLite's online backup, safe while the site runs);
- files.tar: every file of the storages in STORAGES_BACKED_UP (images and their
  renditions; documents, public and private), read through Django's storage
  API, so a local disk and object storage are backed up alike;
- manifest.json: when it was taken, the database engine, and how many pages,
  locales, images, documents and files it holds (read from the same snapshot
  as the dump), which a restore checks.

A restore goes only into an empty database and empty storages: it never mixes
a backup with what is there (restore_into_empty raises CannotRestore, whose
message says what to do, before it changes anything).
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

from django.core.files import File
from django.core.files.storage import storages
from django.core.management.base import CommandError
from django.db import connections
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

STORAGES_BACKED_UP = ("default", "documents")
MANIFEST, FILES = "manifest.json", "files.tar"
FOLDER_NAME = "movement-%Y%m%dT%H%M%SZ"
# A file still being written by movement.storage.UploadStorage: not yet a file.
PARTIAL_SUFFIX = ".part"


class CannotRestore(Exception):
    """The backup does not fit this site, or the site is not empty: nothing was done."""


@contextmanager
def failures_as_command_errors():
    """What stops a backup or a restore, as its command's one error line: the
    words of pg_dump or pg_restore, or ours; never a traceback."""
    try:
        yield
    except subprocess.CalledProcessError as error:
        raise CommandError(error.stderr.decode(errors="replace")) from error
    except (CannotRestore, OSError, RuntimeError) as error:
        raise CommandError(str(error)) from error


def take_backup(into):
    """A new backup folder under `into`; its path.

    Written under a name of its own and renamed once complete, so a folder named
    like a backup always is a whole one. Readable by this user only: it holds
    private documents and password hashes.
    """
    taken = datetime.now(UTC)
    into = Path(into)
    into.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = into / taken.strftime(FOLDER_NAME)
    writing = into / f".{folder.name}.incomplete"
    writing.mkdir(mode=0o700)
    try:
        _write_backup(writing, taken)
    except BaseException:
        shutil.rmtree(writing, ignore_errors=True)
        raise
    writing.rename(folder)
    return folder


def _write_backup(folder, taken):
    connection = connections["default"]
    if connection.vendor == "postgresql":
        found = _pg_dump(connection, folder / "database.dump")
    else:
        copy = folder / "database.sqlite3"
        _sqlite_copy(connection.settings_dict["NAME"], copy)
        with (
            closing(sqlite3.connect(copy)) as copied,
            closing(copied.cursor()) as cursor,
        ):
            found = counts(cursor)
    # Read after the database: a file stored meanwhile is in the archive without
    # its row (harmless); one deleted meanwhile is missing (back up when quiet).
    files = _archive_files(folder / FILES)
    manifest = {"taken": taken.isoformat(), "engine": connection.vendor}
    manifest.update(found, files=files)
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")


def prune_backups(into, keep_days, now=None):
    """Delete the backups under `into` taken more than `keep_days` days before
    `now`; the folders deleted. Only whole backups, named as take_backup names
    them, are ever touched."""
    now = now or datetime.now(UTC)
    pruned = []
    for folder in sorted(Path(into).glob("movement-*Z")):
        try:
            taken = datetime.strptime(folder.name, FOLDER_NAME).replace(tzinfo=UTC)
        except ValueError:
            continue
        if (now - taken).days >= keep_days and (folder / MANIFEST).exists():
            shutil.rmtree(folder)
            pruned.append(folder)
    return pruned


def counts(cursor):
    """What a restore must find again, read through `cursor` (a DB-API cursor on
    the very copy that was backed up)."""
    models = {
        "pages": Page,
        "locales": Locale,
        "images": get_image_model(),
        "documents": get_document_model(),
    }
    found = {}
    for name, model in models.items():
        cursor.execute(f'SELECT count(*) FROM "{model._meta.db_table}"')
        found[name] = cursor.fetchone()[0]
    return found


def restore_into_empty(folder):
    """Restore the backup in `folder` into this site's (empty) database and storages;
    the manifest, checked against what was restored."""
    folder = Path(folder)
    manifest = json.loads((folder / MANIFEST).read_text())
    connection = connections["default"]
    if manifest["engine"] != connection.vendor:
        raise CannotRestore(
            f"This backup is of a {manifest['engine']} database; this site uses "
            f"{connection.vendor}."
        )
    tables = connection.introspection.table_names()
    if tables:
        raise CannotRestore(
            f"The database is not empty ({len(tables)} tables): a backup is restored "
            "only into a new, empty database. Create one, point DATABASE_URL at it, "
            "and run the restore again."
        )
    for alias in STORAGES_BACKED_UP:
        if any(True for _name in _stored_files(storages[alias])):
            raise CannotRestore(
                f'The "{alias}" storage already holds files: a backup is restored '
                "only into empty storage (MEDIA_ROOT and PRIVATE_MEDIA_ROOT, or a "
                "new bucket)."
            )
    if connection.vendor == "postgresql":
        _pg_restore(connection.settings_dict, folder / "database.dump")
    else:
        connection.close()
        _sqlite_copy(folder / "database.sqlite3", connection.settings_dict["NAME"])
    restored_files = _extract_files(folder / FILES)
    with connection.cursor() as cursor:
        found = {**counts(cursor), "files": restored_files}
    expected = {name: manifest[name] for name in found}
    if found != expected:
        raise RuntimeError(f"Restored {found}, but the backup holds {expected}")
    return manifest


def _stored_files(storage, folder=""):
    """Every file name in `storage` under `folder`, walking down."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a local storage whose folder was never made
        return
    for name in files:
        if not name.endswith(PARTIAL_SUFFIX):
            yield f"{folder}/{name}" if folder else name
    for name in folders:
        yield from _stored_files(storage, f"{folder}/{name}" if folder else name)


def _archive_files(path):
    count = 0
    with tarfile.open(path, "w") as archive:
        for alias in STORAGES_BACKED_UP:
            storage = storages[alias]
            for name in _stored_files(storage):
                try:
                    stored = storage.open(name, "rb")
                except FileNotFoundError:  # deleted since it was listed
                    continue
                with stored:
                    member = tarfile.TarInfo(f"{alias}/{name}")
                    member.size = stored.size
                    archive.addfile(member, stored)
                count += 1
    return count


def _extract_files(path):
    count = 0
    with tarfile.open(path) as archive:
        for member in archive:
            if not member.isfile():
                continue
            alias, _slash, name = member.name.partition("/")
            if alias not in STORAGES_BACKED_UP or not name:
                raise RuntimeError(f"{member.name}: not a file this site stores")
            storage = storages[alias]
            saved = storage.save(name, File(archive.extractfile(member)))
            if saved != name:  # the storage was empty: a name is never taken
                raise RuntimeError(f"{name} was stored as {saved}")
            count += 1
    return count


def _sqlite_copy(source, target):
    reading, writing = sqlite3.connect(source), sqlite3.connect(target)
    try:
        reading.backup(writing)
    finally:
        reading.close()
        writing.close()


LIBPQ_OPTIONS = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT",
}


def _libpq(settings_dict):
    """(the database's name, the environment pg_dump and pg_restore read it from)."""
    environment = dict(os.environ)
    for variable, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
    ):
        if settings_dict.get(key):
            environment[variable] = str(settings_dict[key])
    # Connection options given in DATABASE_URL's query (?sslmode=require…).
    for option, value in (settings_dict.get("OPTIONS") or {}).items():
        if option in LIBPQ_OPTIONS:
            environment[LIBPQ_OPTIONS[option]] = str(value)
    return settings_dict["NAME"], environment


def _pg_dump(connection, path):
    """Dump the database as one snapshot, shared with this connection's
    transaction, in which the counts for the manifest are read; those counts."""
    name, environment = _libpq(connection.settings_dict)
    # A connection of its own: Django's may be inside a transaction already.
    own = connection.get_new_connection(connection.get_connection_params())
    with closing(own), closing(own.cursor()) as cursor:
        own.autocommit = True
        cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        subprocess.run(
            [_tool("pg_dump"), "--format=custom", "--no-owner", "--no-acl"]
            + [f"--snapshot={snapshot}", f"--file={path}", name],
            env=environment,
            check=True,
            capture_output=True,
        )
        found = counts(cursor)
        cursor.execute("COMMIT")
    return found


def _pg_restore(settings_dict, path):
    name, environment = _libpq(settings_dict)
    subprocess.run(
        # One transaction: a restore that fails leaves the database empty, to try again.
        [_tool("pg_restore"), "--no-owner", "--no-acl", "--single-transaction"]
        + [f"--dbname={name}", str(path)],
        env=environment,
        check=True,
        capture_output=True,
    )


def _tool(name):
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(
            f"{name} is not installed (Debian: apt-get install postgresql-client)"
        )
    return found
