"""A backup of the demo site restores into a new, empty site with the same pages,
translations, images and documents, file for file; never over a site that holds
something (movement/backups.py, backup_site and restore_site)."""

import json
import sqlite3
from contextlib import closing

import pytest

from tests.demo_site import copy_of_demo_site, site_environment
from tests.servers import manage, restore_site

pytestmark = pytest.mark.integration

FACTS = """
import hashlib, json
from collections import Counter
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

def digest(field):
    with field.storage.open(field.name, "rb") as stored:
        return hashlib.sha256(stored.read()).hexdigest()

pages = Page.objects.order_by("pk")
print(json.dumps({
    "pages": [[p.pk, p.title, p.locale.language_code, str(p.translation_key), p.live]
              for p in pages.select_related("locale")],
    "languages_per_page": sorted(Counter(
        str(key) for key in pages.values_list("translation_key", flat=True)).values()),
    "images": [[i.pk, i.title, digest(i.file), i.renditions.count()]
               for i in get_image_model().objects.order_by("pk")],
    "documents": [[d.pk, d.title, d.collection.name, digest(d.file)]
                  for d in get_document_model().objects.order_by("pk")],
}))
"""


def facts(environment):
    return json.loads(manage(environment, "shell", "-c", FACTS).stdout.splitlines()[-1])


def test_a_backup_restores_into_a_new_site_and_never_over_one_in_use(
    tmp_path_factory,
):
    site_folder = copy_of_demo_site(tmp_path_factory, "backed-up")
    site = site_environment(site_folder, "movement.settings.dev")
    backups = tmp_path_factory.mktemp("backups")
    folder = manage(site, "backup_site", str(backups)).stdout.strip()
    manifest = json.loads((backups / folder / "manifest.json").read_text())
    assert manifest["pages"] > 100 and manifest["documents"] > 0

    new_site = site_environment(
        tmp_path_factory.mktemp("restored"), "movement.settings.dev"
    )
    restored = restore_site(new_site, folder)
    assert restored.returncode == 0, restored.stderr
    assert f"{manifest['pages']} pages" in restored.stdout
    original = facts(site)
    assert original["documents"] and original["images"]
    assert facts(new_site) == original  # the same rows, the same files' bytes

    database_before = (site_folder / "db.sqlite3").read_bytes()
    refused = restore_site(site, folder)  # its own database, in use
    assert refused.returncode == 1
    assert "The database is not empty" in refused.stderr
    assert "Traceback" not in refused.stderr
    half_new = tmp_path_factory.mktemp("half-new")
    empty_database_full_storage = site_environment(
        half_new, "movement.settings.dev", MEDIA_ROOT=str(site_folder / "media")
    )
    refused = restore_site(empty_database_full_storage, folder)
    assert refused.returncode == 1
    assert 'The "default" storage already holds files' in refused.stderr
    assert tables_in(half_new / "db.sqlite3") == []  # nothing restored
    assert (site_folder / "db.sqlite3").read_bytes() == database_before  # untouched


def tables_in(database):
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute("SELECT name FROM sqlite_master").fetchall()
