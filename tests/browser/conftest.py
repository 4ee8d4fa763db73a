"""Browser tests drive Debian's Chromium against a real server of the demo site.

The server runs in its own process on its own copy of the demo site, prepared
exactly as `make run` prepares it (tests/demo_site.py), with DEBUG off
(server_settings.py), so the browser sees what a visitor would.
"""

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.demo_site import copy_of_demo_site, site_environment
from tests.servers import free_port, manage

PROJECT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def pytest_configure(config):
    # A quick local run with `-p no:xdist` leaves xdist's marker unregistered,
    # and --strict-markers would then refuse every browser test.
    config.addinivalue_line("markers", "xdist_group(name): keep tests on one worker")


@pytest.fixture(scope="session")
def site_environment_for_browser(tmp_path_factory):
    """The environment of the browser tests' site: for the server and for commands."""
    workdir = copy_of_demo_site(tmp_path_factory, "browser-site")
    return site_environment(workdir, "tests.browser.server_settings")


@pytest.fixture(scope="session")
def site_url(site_environment_for_browser):
    manage = [sys.executable, str(PROJECT / "manage.py")]
    port = free_port()
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        env=site_environment_for_browser,
        cwd=PROJECT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/en/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def editor_login(site_environment_for_browser):
    """(username, password) of a member of the Editors group on the browser site."""
    username, password = "browser-editor", "a-long-test-password-1"
    code = (
        "from django.contrib.auth.models import Group, User\n"
        f"user = User.objects.create_user({username!r}, 'editor@example.org', {password!r})\n"
        "user.groups.add(Group.objects.get(name='Editors'))\n"
    )
    manage(site_environment_for_browser, "shell", "-v0", "-c", code)
    return username, password


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def page_at(browser):
    """One tab per viewport width, shared by the tests that only look at pages.

    A new context per test costs more than the page it then loads.
    """
    contexts, pages = [], {}

    def page_at(width, scheme="light"):
        if (width, scheme) not in pages:
            # As on a first visit: no service worker answering (test_offline.py).
            context = browser.new_context(
                viewport={"width": width, "height": 900},
                service_workers="block",
                color_scheme=scheme,
            )
            contexts.append(context)
            pages[width, scheme] = context.new_page()
        return pages[width, scheme]

    yield page_at
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def surveyed(site_url, page_at):
    """surveyed(width, path[, scheme]): that page's Visit, made on first request."""
    from axe_playwright_python.sync_playwright import Axe

    from tests.browser.survey import visit

    axe = Axe()  # ships axe-core inside the package: nothing is downloaded
    visits = {}

    def surveyed(width, path, scheme="light"):
        """`scheme` "dark" asks for the dark theme (prefers-color-scheme)."""
        if (width, path, scheme) not in visits:
            visits[width, path, scheme] = visit(
                page_at(width, scheme), site_url + path, axe
            )
        return visits[width, path, scheme]

    return surveyed


@pytest.fixture
def page(browser):
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    yield page
    context.close()
