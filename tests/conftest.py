import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Page, Site

from movement.demo import load_demo_content
from tests.demo_site import start_preparing

CHROMIUM = Path("/usr/bin/chromium")


def pytest_sessionstart(session):
    """`make test` compiles the interface translations first; this covers a bare pytest.

    The command writes each .mo in one step, so parallel workers never read half a file.
    """
    from django.core.management import call_command

    call_command("compile_translations", verbosity=0)
    if needs_demo_site(session.config) and not hasattr(session.config, "workerinput"):
        session.config.demo_site_preparation = start_preparing(
            session.config._tmp_path_factory
        )


def pytest_sessionfinish(session):
    preparation = getattr(session.config, "demo_site_preparation", None)
    if preparation is not None:
        preparation.join()  # never leave a half-written site behind


def needs_demo_site(config):
    """Whether this run selects the browser or integration tests (which serve
    copies of the demo site from other processes): the whole suite or their folders."""
    expression = config.getoption("markexpr") or ""
    if "not browser" in expression and "not integration" in expression:
        return False
    tests = Path(__file__).resolve().parent
    for argument in config.args:
        path = (Path(config.invocation_params.dir) / argument.split("::")[0]).resolve()
        if path in (tests, tests.parent) or path.is_relative_to(tests / "browser"):
            return True
        if path.is_relative_to(tests / "integration"):
            return True
    return False


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
    caches["default"].clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in English: a request leaves its language active in the thread."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached fragments must not outlive the test (and the rolled-back data) they came from."""
    from movement.page_cache import forget_noted

    for alias in settings.CACHES:
        caches[alias].clear()
    forget_noted()  # what this process noted in the emptied cache


@pytest.fixture
def inside_a_request():
    """Code run as during a request, after base.html's first tag has read the
    content generation, which each request reads once (movement.furniture)."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from movement.furniture import furniture_generation

    # As Django's test client does: closing "old" connections would close the
    # test's own, which holds its transaction.
    request_started.disconnect(close_old_connections)
    try:
        request_started.send(sender=None)
    finally:
        request_started.connect(close_old_connections)
    furniture_generation()
    yield
    request_finished.disconnect(close_old_connections)
    try:
        request_finished.send(sender=None)
    finally:
        request_finished.connect(close_old_connections)


@pytest.fixture
def database_tasks(settings):
    """Background tasks queued in the database, as in production; run them with
    tests.task_worker.run_due_tasks()."""
    from movement.settings.tasks import TASK_BACKENDS

    settings.TASKS = {"default": {"BACKEND": TASK_BACKENDS["database"]}}
    settings.TASK_ATTEMPTS = 3
    settings.TASK_RETRY_SECONDS = 30


@pytest.fixture
def staff_client(client, django_user_model):
    """staff_client("Editors"): the test client signed in as a new member of that
    group, never a superuser: what each role may do is what is tested."""
    from django.contrib.auth.models import Group

    def sign_in(group_name):
        user = django_user_model.objects.create_user(
            f"{group_name.lower()}-member", f"{group_name.lower()}@example.org", "pw"
        )
        user.groups.add(Group.objects.get(name=group_name))
        client.force_login(user)
        return client

    return sign_in


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
