"""Backups (movement/backups.py): on PostgreSQL, a backup of the test database
restores into a new one; anywhere, a restore refuses a site that holds something.
The whole round trip on SQLite, files included: tests/integration/test_backups.py."""

import json
import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from movement.backups import FOLDER_NAME, counts, prune_backups, take_backup
from tests.servers import restore_site

pytestmark = pytest.mark.django_db


def backup_folder(tmp_path, engine):
    folder = tmp_path / "movement-20260101T000000Z"
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps({"engine": engine}))
    return folder


def test_a_restore_refuses_a_database_that_holds_tables(tmp_path):
    with pytest.raises(CommandError, match=r"The database is not empty \(\d+ tables\)"):
        call_command("restore_site", str(backup_folder(tmp_path, connection.vendor)))


def test_a_restore_refuses_a_backup_of_another_database_engine(tmp_path):
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    with pytest.raises(CommandError, match=f"This backup is of a {other} database"):
        call_command("restore_site", str(backup_folder(tmp_path, other)))


@pytest.fixture
def new_postgresql_database():
    if connection.vendor != "postgresql":
        pytest.skip(
            "pg_dump and pg_restore need the suite on PostgreSQL "
            "(DATABASE_URL=postgres://postgres@127.0.0.1:5432/<name> make test)"
        )
    settings_dict = connection.settings_dict
    host = settings_dict["HOST"] or "127.0.0.1"
    port = settings_dict["PORT"] or 5432
    user = settings_dict["USER"] or "postgres"
    name = f"movement_restore_{uuid.uuid4().hex[:12]}"
    server = f"host={host} port={port} user={user} dbname=postgres"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgres://{user}@{host}:{port}/{name}"
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_postgresql_backup_restores_into_a_new_database(
    tmp_path, new_postgresql_database
):
    # pg_dump reads what is committed: the demo site, loaded before the tests.
    folder = take_backup(tmp_path / "backups")
    assert (folder / "database.dump").stat().st_size > 0
    manifest = json.loads((folder / "manifest.json").read_text())
    with connection.cursor() as cursor:
        now = counts(cursor)
    assert {name: manifest[name] for name in now} == now

    environment = {
        "DJANGO_SETTINGS_MODULE": "movement.settings.dev",
        "DATABASE_URL": new_postgresql_database,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private_media"),
        "PATH": "/usr/bin:/bin",
    }
    restored = restore_site(environment, folder)
    assert restored.returncode == 0, restored.stderr
    assert f"{manifest['pages']} pages" in restored.stdout
    again = restore_site(environment, folder)
    assert again.returncode == 1
    assert "The database is not empty" in again.stderr


def test_old_backups_are_pruned_and_nothing_else(tmp_path):
    now = datetime(2026, 12, 6, 3, 30, tzinfo=UTC)
    for day in (1, 20, 34, 35, 60):
        folder = tmp_path / (now - timedelta(days=day)).strftime(FOLDER_NAME)
        folder.mkdir()
        (folder / "manifest.json").write_text("{}")
    incomplete = tmp_path / (now - timedelta(days=90)).strftime(FOLDER_NAME)
    incomplete.mkdir()  # no manifest: not a backup this command wrote
    (tmp_path / "notes").mkdir()

    pruned = prune_backups(tmp_path, keep_days=35, now=now)
    assert [folder.name for folder in pruned] == [
        (now - timedelta(days=day)).strftime(FOLDER_NAME) for day in (60, 35)
    ]
    left = sorted(path.name for path in tmp_path.iterdir())
    assert len(left) == 5 and "notes" in left and incomplete.name in left
