"""A change made in one process is served by every other process at once.

The README's production start runs several gunicorn workers, and scheduled
publishing runs in a process of its own. Here a management command publishes
while a two-worker gunicorn serves, with each cache the README offers: each
worker's own memory (the default) and a shared Redis.
"""

import re
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.servers import fetch, gunicorn, manage

pytestmark = pytest.mark.integration

PUBLISH = """
from wagtail.models import Site
home = Site.objects.get(is_default_site=True).root_page.specific
home.search_description = {text!r}
home.save_revision().publish()
"""
RENAME_MENU = """
from wagtail.models import Locale
from movement.models import MainNavigation
menu = MainNavigation.objects.get(locale=Locale.get_default())
menu.items[0].value["link"]["text"] = {text!r}
menu.save()
"""


def descriptions(base, times=8):
    """The home page's meta description as `times` requests at once see it.

    With one thread per worker, simultaneous requests reach both workers.
    """

    def one(_):
        body = fetch(base + "/en/")[2]
        return re.search(r'<meta name="description" content="([^"]*)"', body)[1]

    with ThreadPoolExecutor(times) as pool:
        return list(pool.map(one, range(times)))


def test_a_change_in_another_process_is_served_by_every_worker_at_once(
    site_on_each_cache,
):
    with gunicorn(site_on_each_cache, workers=2, threads=1) as server:
        before = descriptions(server.url)
        assert len(set(before)) == 1 and before[0]  # cached in both workers now

        manage(
            site_on_each_cache,
            "shell",
            "-v0",
            "-c",
            PUBLISH.format(text="Published elsewhere"),
        )
        assert descriptions(server.url) == ["Published elsewhere"] * 8

        manage(
            site_on_each_cache,
            "shell",
            "-v0",
            "-c",
            RENAME_MENU.format(text="Renamed elsewhere"),
        )
        with ThreadPoolExecutor(8) as pool:
            pages = list(pool.map(lambda _: fetch(server.url + "/en/")[2], range(8)))
        assert all("Renamed elsewhere" in page for page in pages)
