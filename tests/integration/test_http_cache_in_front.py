"""Varnish in front of the app, with the repository's configuration
(docs/deployment/varnish): a publish shows through it at once, editors are never
served a kept page, random query strings share one copy, and only the app's own
network may purge.
"""

import http.client
import re
import uuid
from urllib.parse import urlsplit

import pytest

from tests.servers import free_port, gunicorn, manage, varnish

pytestmark = pytest.mark.integration

# The demo site's address (tests/demo_site.py): what visitors send as Host, and
# what the app names when it purges.
HOST = "localhost"

FIND_POST = """
from home.models import BlogPostPage
print(BlogPostPage.objects.live().filter(locale__language_code="en").first().url)
"""
PUBLISH = """
from home.models import BlogPostPage
post = BlogPostPage.objects.live().filter(locale__language_code="en").first()
post.title = {title!r}
post.save_revision().publish()
"""
SIGN_IN_AN_EDITOR = """
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.db import SessionStore
user = get_user_model().objects.create_user("editor", "editor@example.org", "pw")
user.groups.add(Group.objects.get(name="Editors"))
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""


def get(base, path, headers=None, method="GET", source="127.0.0.1"):
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(
        parts.hostname, parts.port, timeout=30, source_address=(source, 0)
    )
    try:
        connection.request(method, path, headers={"Host": HOST, **(headers or {})})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        connection.close()


def title_of(body):
    return re.search(r"<h1[^>]*>\s*(.*?)\s*</h1>", body, re.S)[1]


@pytest.fixture
def site_behind_varnish(demo_site):
    app_port = free_port()
    with varnish(app_port) as cache:
        environment = {**demo_site, "FRONTEND_CACHE_PURGE_URLS": cache}
        with gunicorn(environment, workers=2, threads=2, port=app_port):
            yield cache, environment


def test_a_publish_is_visible_through_the_cache_at_once(site_behind_varnish):
    cache, environment = site_behind_varnish
    post = manage(environment, "shell", "-v0", "-c", FIND_POST).stdout.strip()
    get(cache, post)
    status, headers, body = get(cache, post)
    assert status == 200
    assert headers["X-Cache"] == "HIT"
    title = f"Published {uuid.uuid4().hex[:8]}"
    manage(environment, "shell", "-v0", "-c", PUBLISH.format(title=title))
    status, headers, body = get(cache, post)
    assert headers["X-Cache"] == "MISS"
    assert title_of(body) == title
    # ...and the blog index, which lists it, was purged too.
    blog = post.rsplit("/", 2)[0] + "/"
    assert title in get(cache, blog)[2]


def test_a_signed_in_editor_is_never_served_a_kept_page(site_behind_varnish):
    cache, environment = site_behind_varnish
    post = manage(environment, "shell", "-v0", "-c", FIND_POST).stdout.strip()
    get(cache, post)
    assert get(cache, post)[1]["X-Cache"] == "HIT"
    session = manage(
        environment, "shell", "-v0", "-c", SIGN_IN_AN_EDITOR
    ).stdout.strip()
    status, headers, body = get(
        cache, post, {"Cookie": f"csrftoken=x; sessionid={session}"}
    )
    assert status == 200
    assert headers["X-Cache"] == "PASS"
    assert "wagtail-userbar" in body
    assert "private" in headers["Cache-Control"]
    # What the editor was shown is not kept for visitors either.
    status, headers, body = get(cache, post)
    assert headers["X-Cache"] == "HIT"
    assert "wagtail-userbar" not in body


def test_random_query_strings_share_one_kept_copy(site_behind_varnish):
    cache, _environment = site_behind_varnish
    get(cache, "/en/")
    for _ in range(20):
        status, headers, _body = get(cache, f"/en/?{uuid.uuid4().hex}=1&utm_source=x")
        assert status == 200
        assert headers["X-Cache"] == "HIT"


def test_only_the_apps_network_may_purge(demo_site):
    app_port = free_port()
    with (
        varnish(app_port, purgers=("127.0.0.1",)) as cache,
        gunicorn(demo_site, workers=1, threads=1, port=app_port),
    ):
        get(cache, "/en/")
        assert get(cache, "/en/")[1]["X-Cache"] == "HIT"
        refused = get(cache, "/en/", method="PURGE", source="127.0.0.2")
        assert refused[0] == 403
        assert get(cache, "/en/")[1]["X-Cache"] == "HIT"
        assert get(cache, "/en/", method="PURGE")[0] == 200
        assert get(cache, "/en/")[1]["X-Cache"] == "MISS"
