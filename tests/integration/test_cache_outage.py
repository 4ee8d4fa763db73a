"""Redis stops under a running site: every page is still served, publishing still works."""

import re

import pytest

from tests.servers import fetch, gunicorn, manage, redis_server

pytestmark = pytest.mark.integration

PUBLISH_AND_COUNT_LOG_ENTRIES = """
from wagtail.models import PageLogEntry, Site
home = Site.objects.get(is_default_site=True).root_page.specific
home.search_description = "Published while Redis was down"
home.save_revision().publish()
print(PageLogEntry.objects.filter(page=home, action="wagtail.publish").count())
"""


def site_paths(base):
    """Every page in the sitemap, in every language, plus search, feeds and the 404."""
    sitemap = fetch(base + "/sitemap.xml")[2]
    paths = [
        re.sub(r"^https?://[^/]+", "", url)
        for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)
    ]
    return paths + [
        "/en/search/?q=resilience",
        "/ar/search/?q=resilience",
        "/en/blog/feed/rss/",
        "/en/events/ics/",
        "/sitemap.xml",
        "/robots.txt",
    ]


def test_pages_and_publishing_survive_redis_stopping(demo_site):
    with redis_server() as (redis_url, stop_redis):
        site = {**demo_site, "REDIS_URL": redis_url}
        with gunicorn(site, workers=2, threads=2) as server:
            base = server.url
            paths = site_paths(base)
            assert len(paths) > 40
            assert fetch(base + "/en/")[0] == 200  # fragments now cached in Redis
            stop_redis()

            statuses = {path: fetch(base + path)[0] for path in paths}
            assert [path for path, status in statuses.items() if status != 200] == []

            health = fetch(base + "/healthz")
            assert health[0] == 200 and '"degraded"' in health[2]

            published = manage(
                site, "shell", "-v0", "-c", PUBLISH_AND_COUNT_LOG_ENTRIES
            )
            assert int(published.stdout.strip().splitlines()[-1]) >= 1
            assert "Published while Redis was down" in fetch(base + "/en/")[2]
