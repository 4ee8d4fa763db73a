"""What a page remembers until the next publish (routes, previous/next, related
posts, card renditions: movement/render_cache.py) follows a publish made in
another process at once, in every worker, with each cache the README offers."""

import re
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.servers import fetch, gunicorn, manage

pytestmark = pytest.mark.integration

NEWEST_POST = """
from home.models import BlogPostPage
post = BlogPostPage.objects.live().filter(locale__language_code="en", alias_of=None).order_by("-date", "-pk").first()
print(post.url)
"""
PUBLISH_NEWER = """
import datetime
from home.models import BlogPostPage
newest = BlogPostPage.objects.get(slug={slug!r}, locale__language_code="en")
newer = BlogPostPage(title="Published elsewhere", slug="published-elsewhere",
                     date=newest.date + datetime.timedelta(days=1), body=[])
newest.get_parent().add_child(instance=newer)
newer.save_revision().publish()
"""
UNPUBLISH = """
from home.models import BlogPostPage
BlogPostPage.objects.get(slug="published-elsewhere", locale__language_code="en").unpublish()
"""


def every_worker(url, times=8):
    """(status, body) of `times` simultaneous requests, which reach both workers."""
    with ThreadPoolExecutor(times) as pool:
        return [
            (status, body)
            for status, _headers, body in pool.map(lambda _: fetch(url), range(times))
        ]


def next_post(body):
    found = re.search(r'<a rel="next" href="([^"]*)"', body)
    return found[1] if found else None


def test_a_publish_elsewhere_shows_in_routes_and_previous_next_at_once(
    site_on_each_cache,
):
    newest = manage(
        site_on_each_cache, "shell", "-v0", "-c", NEWEST_POST
    ).stdout.strip()
    slug = newest.rstrip("/").rsplit("/", 1)[1]
    with gunicorn(site_on_each_cache, workers=2, threads=1) as server:
        before = every_worker(server.url + newest)
        assert {status for status, _body in before} == {200}
        assert {next_post(body) for _status, body in before} == {None}
        # The new post's address is not known yet: remembered as nothing.
        assert {
            s for s, _b in every_worker(server.url + "/en/blog/published-elsewhere/")
        } == {404}

        manage(
            site_on_each_cache, "shell", "-v0", "-c", PUBLISH_NEWER.format(slug=slug)
        )
        after = every_worker(server.url + newest)
        assert {next_post(body) for _status, body in after} == {
            "/en/blog/published-elsewhere/"
        }
        new_page = every_worker(server.url + "/en/blog/published-elsewhere/")
        assert {status for status, _body in new_page} == {200}

        manage(site_on_each_cache, "shell", "-v0", "-c", UNPUBLISH)
        gone = every_worker(server.url + "/en/blog/published-elsewhere/")
        assert {status for status, _body in gone} == {404}
        assert {
            next_post(body) for _status, body in every_worker(server.url + newest)
        } == {None}
