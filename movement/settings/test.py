"""The test suite: fast hashing, in-memory cache, throwaway media, no network."""

import tempfile

from .base import *  # noqa: F403
from .base import CACHES as PRODUCTION_CACHES
from .base import DATABASES, STORAGES
from .storage import local_storages

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    alias: {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": alias,
    }
    for alias in ("default", "renditions", "pages")
}
# This process's copies in front of "default", as in production.
CACHES["rendered"] = PRODUCTION_CACHES["rendered"]
# Off, so every test sees pages rendered (and query counts mean something);
# tests/test_page_cache.py turns it on.
PAGE_CACHE_SECONDS = 0
MEDIA_ROOT = tempfile.mkdtemp(prefix="movement-test-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="movement-test-private-media-")
# Tests use the disk, whatever the environment says (tests/test_object_storage.py
# starts an S3-compatible server of its own).
STORAGES = {**STORAGES, **local_storages(PRIVATE_MEDIA_ROOT)}
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAIL_AUTOSAVE_INTERVAL = 0
# The machine-translation workflow, without a network or an account.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    "OPTIONS": {},
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # pytest-django gives SQLite an in-memory test database; file pragmas do not apply.
    DATABASES["default"].pop("OPTIONS", None)
# Tests turn page warming on where they test it (tests/test_page_warming.py).
WARM_PAGES_AFTER_CHANGE = 0
