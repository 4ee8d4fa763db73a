import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Page, Site

from movement.demo import load_demo_content

CHROMIUM = Path("/usr/bin/chromium")


def pytest_sessionstart(session):
    """`make test` compiles the interface translations first; this covers a bare pytest.

    The command writes each .mo in one step, so parallel workers never read half a file.
    """
    from django.core.management import call_command

    call_command("compile_translations", verbosity=0)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site, loaded once per test database: most tests read it."""
    with django_db_blocker.unblock():
        load_demo_content()
        warm_demo_renditions()


def warm_demo_renditions():
    """Visit every public page once, so the demo images' renditions exist.

    Each image is drawn in AVIF, WebP and JPEG at two widths, and AVIF takes a
    tenth of a second or more to encode. Renditions made inside a test are rolled
    back with it and encoded again by the next test; made here, they are kept.
    """
    from django.test import Client

    client = Client()
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        client.get(page.url)
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in English: a request leaves its language active in the thread."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached fragments must not outlive the test (and the rolled-back data) they came from."""
    cache.clear()


@pytest.fixture
def home_page(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def live_pages(db):
    return [
        page
        for page in Page.objects.live().public().specific().select_related("locale")
        if page.depth > 1
    ]


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists() and shutil.which("chromium"):
        return
    skip = pytest.mark.skip(
        reason="browser test: /usr/bin/chromium is not installed "
        "(apt-get install -y chromium)"
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)
