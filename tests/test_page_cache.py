"""Whole pages kept for anonymous visitors (movement/page_cache.py)."""

import re
import uuid

import pytest
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import BlogPostPage
from movement.models import NoticeBanner
from movement.models.generation import ContentGeneration
from movement.page_cache import (
    SHARED_GENERATION_KEY,
    STATUS_HEADER,
    KeptPageFrontDoor,
)

pytestmark = pytest.mark.django_db

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def post():
    return BlogPostPage.objects.live().filter(locale__language_code="en").first()


def redis_cache(location=REDIS_URL):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": f"test-pages-{uuid.uuid4().hex}",
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.1,
            "SOCKET_TIMEOUT": 0.1,
        },
    }


@pytest.fixture
def shared_page_cache(settings, monkeypatch):
    """The "pages" alias on Redis, as in production with REDIS_URL.

    The generation kept there lives a few seconds; a first render slowed by a
    busy machine must not outlive it, or the next request re-reads the database.
    Only this test's keys are removed after it: clear() would empty the whole
    Redis database under the tests another worker is running at the same time.
    """
    monkeypatch.setattr("movement.page_cache.SHARED_GENERATION_SECONDS", 600)
    settings.CACHES = {**settings.CACHES, "pages": redis_cache()}
    yield caches["pages"]
    caches["pages"].delete_pattern("*")


def kept_entries():
    return len(caches["pages"]._cache)


def test_a_second_visitor_is_served_the_kept_page(client, post):
    first = client.get(post.url)
    assert first[STATUS_HEADER] == "miss"
    second = Client().get(post.url)
    assert second[STATUS_HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "public" in second["Cache-Control"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_a_kept_page_costs_no_query_when_the_cache_is_shared(
    client, post, shared_page_cache
):
    assert client.get(post.url)[STATUS_HEADER] == "miss"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(post.url)
    assert response[STATUS_HEADER] == "hit"
    assert queries.captured_queries == []


def test_a_kept_page_is_one_round_trip_to_a_shared_cache(
    client, post, shared_page_cache
):
    client.get(post.url)
    calls = []
    for name in ("get", "get_many", "set", "add"):
        original = getattr(shared_page_cache, name)

        def counted(*args, _name=name, _original=original, **kwargs):
            calls.append(_name)
            return _original(*args, **kwargs)

        setattr(shared_page_cache, name, counted)
    assert client.get(post.url)[STATUS_HEADER] == "hit"
    assert calls == ["get_many"]


def test_a_kept_page_carries_the_etag_a_browser_revalidates_with(client, post):
    first = client.get(post.url)
    kept = client.get(post.url)
    assert kept[STATUS_HEADER] == "hit"
    assert kept["ETag"] == first["ETag"]
    again = client.get(post.url, HTTP_IF_NONE_MATCH=kept["ETag"])
    assert again.status_code == 304


def test_a_kept_page_carries_the_headers_of_every_middleware(client, post):
    first = client.get(post.url)
    kept = Client().get(post.url)
    assert kept[STATUS_HEADER] == "hit"
    for header in ("X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"):
        assert kept[header] == first[header]


def test_a_kept_page_is_never_served_over_plain_http_for_one_kept_over_https(
    client, post
):
    assert client.get(post.url, secure=True)[STATUS_HEADER] == "miss"
    assert client.get(post.url)[STATUS_HEADER] == "miss"
    assert client.get(post.url, secure=True)[STATUS_HEADER] == "hit"


def test_static_files_never_ask_the_page_cache(client, settings):
    asked = []
    cache = caches["pages"]
    original = cache.get
    cache.get = lambda *args, **kwargs: asked.append(args) or original(*args, **kwargs)
    client.get(settings.STATIC_URL + "css/site.css")
    client.get(settings.MEDIA_URL + "original_images/none.jpg")
    assert asked == []


class DjangoBehindTheDoor:
    """Stands for Django behind KeptPageFrontDoor: notes every request it is given."""

    def __init__(self):
        self.asked = []

    def __call__(self, environ, start_response):
        self.asked.append(environ["PATH_INFO"])
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"rendered by Django"]


def through_the_front_door(path, **extra):
    """(status, headers, body, paths Django was asked for) from the WSGI entrance."""
    django = DjangoBehindTheDoor()
    environ = RequestFactory().get(path, **extra).environ
    started = []
    body = b"".join(
        KeptPageFrontDoor(django)(environ, lambda *args: started.append(args))
    )
    status, headers = started[0][:2]
    return status, dict(headers), body, django.asked


def test_a_kept_page_is_answered_before_django_with_a_shared_cache(
    client, post, shared_page_cache
):
    first = client.get(post.url)
    with CaptureQueriesContext(connection) as queries:
        status, headers, body, asked = through_the_front_door(post.url)
    assert asked == [] and queries.captured_queries == []
    assert status == "200 OK"
    assert body == first.content
    assert headers[STATUS_HEADER] == "hit"
    assert headers["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert headers["ETag"] == first["ETag"]


def test_the_front_door_answers_a_browser_that_has_the_page_with_304(
    client, post, shared_page_cache
):
    etag = client.get(post.url)["ETag"]
    status, headers, body, asked = through_the_front_door(
        post.url, HTTP_IF_NONE_MATCH=etag
    )
    assert (status, body, asked) == ("304 Not Modified", b"", [])


def test_the_front_door_answers_head_without_a_body(client, post, shared_page_cache):
    client.get(post.url)
    django = DjangoBehindTheDoor()
    environ = RequestFactory().head(post.url).environ
    started = []
    body = b"".join(
        KeptPageFrontDoor(django)(environ, lambda *args: started.append(args))
    )
    assert started[0][0] == "200 OK" and body == b"" and django.asked == []


@pytest.mark.parametrize(
    "extra",
    [
        {"HTTP_COOKIE": "sessionid=an-editor"},
        {"HTTP_HOST": "not-ours.example.org"},
        {"secure": True},
        {"QUERY_STRING": "page=" + "9" * 300},
    ],
    ids=["signed-in", "unknown-host", "https-not-kept", "overlong-parameter"],
)
def test_the_front_door_leaves_to_django_what_it_cannot_answer(
    client, post, shared_page_cache, extra
):
    client.get(post.url)
    *_answer, asked = through_the_front_door(post.url, **extra)
    assert asked == [post.url]


def test_the_front_door_leaves_a_post_to_django(client, post, shared_page_cache):
    client.get(post.url)
    django = DjangoBehindTheDoor()
    environ = RequestFactory().post(post.url, {"name": "A"}).environ
    b"".join(KeptPageFrontDoor(django)(environ, lambda *args: None))
    assert django.asked == [post.url]


def test_the_front_door_asks_django_when_the_cache_lacks_the_generation(
    client, post, shared_page_cache
):
    # Only Django reads the generation from the database, and shares it again.
    client.get(post.url)
    shared_page_cache.delete(SHARED_GENERATION_KEY)
    *_answer, asked = through_the_front_door(post.url)
    assert asked == [post.url]


def test_the_front_door_is_shut_with_a_cache_of_each_process_own(client, post):
    # The generation would cost a query outside Django's request cycle.
    client.get(post.url)
    *_answer, asked = through_the_front_door(post.url)
    assert asked == [post.url]


def test_production_enters_through_the_front_door():
    from movement.wsgi import application

    assert isinstance(application, KeptPageFrontDoor)


def test_a_kept_page_of_an_older_generation_is_replaced_not_added(client, post):
    client.get(post.url)
    entries = kept_entries()
    ContentGeneration.objects.advance()
    assert client.get(post.url)[STATUS_HEADER] == "miss"
    assert kept_entries() == entries


def test_a_kept_page_costs_one_query_in_a_process_of_its_own(client, post):
    """A memory cache is the process's own: only the database can say a change
    made elsewhere (another worker, a cron job) retired the kept page."""
    client.get(post.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(post.url)[STATUS_HEADER] == "hit"
    assert len(queries.captured_queries) == 1


def test_languages_never_share_a_kept_page(client, post):
    polish = post.get_translation(post.locale.__class__.objects.get(language_code="pl"))
    english = client.get(post.url)
    assert client.get(polish.url)[STATUS_HEADER] == "miss"
    again = client.get(polish.url)
    assert again[STATUS_HEADER] == "hit"
    assert again.content != english.content
    assert 'lang="pl"' in again.content.decode()


def test_a_publish_retires_every_kept_page(client, post, home_page):
    client.get(post.url)
    client.get(home_page.url)
    revision = post.save_revision()
    post.title = "A title written just now"
    revision = post.save_revision()
    revision.publish()
    response = client.get(post.url)
    assert response[STATUS_HEADER] == "miss"
    assert "A title written just now" in response.content.decode()
    assert client.get(home_page.url)[STATUS_HEADER] == "miss"


def test_a_publish_is_seen_at_once_through_a_shared_cache(
    client, post, shared_page_cache, django_capture_on_commit_callbacks
):
    client.get(post.url)
    post.title = "Changed while the page was kept"
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    response = client.get(post.url)
    assert "Changed while the page was kept" in response.content.decode()
    assert shared_page_cache.get(SHARED_GENERATION_KEY) == str(
        ContentGeneration.objects.current()
    )


def test_caches_in_front_are_purged_only_once_the_new_generation_is_shared(
    client,
    post,
    shared_page_cache,
    settings,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    # Otherwise Varnish, asking again at once, is served the page of the old
    # generation from the app's cache, and keeps it for s-maxage.
    from movement import frontend_purge

    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": "tests.test_frontend_purge.RecordingBackend"}
    }
    shared = []
    monkeypatch.setattr(
        frontend_purge,
        "purge",
        lambda batch: shared.append(shared_page_cache.get(SHARED_GENERATION_KEY)),
    )
    client.get(post.url)
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    assert shared
    assert shared[-1] == str(ContentGeneration.objects.current())
    assert all(generation is not None for generation in shared)


def test_a_banner_switched_on_retires_every_kept_page(client, home_page):
    client.get(home_page.url)
    NoticeBanner.objects.create(
        message="Schools closed today", is_enabled=True, locale=home_page.locale
    )
    response = client.get(home_page.url)
    assert response[STATUS_HEADER] == "miss"
    assert "Schools closed today" in response.content.decode()


def test_an_unpublished_page_is_gone_at_once(client, post):
    assert client.get(post.url).status_code == 200
    post.unpublish()
    assert client.get(post.url).status_code == 404


def test_a_signed_in_editor_is_never_served_a_kept_page(client, staff_client, post):
    Client().get(post.url)
    editor = staff_client("Editors")
    response = editor.get(post.url)
    assert STATUS_HEADER not in response
    assert "wagtail-userbar" in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    # ...and what the editor was shown is never kept for visitors.
    visitor = Client().get(post.url)
    assert "wagtail-userbar" not in visitor.content.decode()


def test_posts_pass_straight_through(client, post):
    client.get(post.url)
    response = client.post(post.url)
    assert STATUS_HEADER not in response


def test_unknown_query_parameters_share_the_kept_page(client, post):
    client.get(post.url)
    entries = kept_entries()
    for number in range(30):
        response = client.get(f"{post.url}?utm_source=x{number}&{uuid.uuid4().hex}=1")
        assert response.status_code == 200
        assert response[STATUS_HEADER] == "hit"
    assert kept_entries() == entries


def test_parameters_a_page_reads_are_part_of_the_key(client):
    blog = Page.objects.get(slug="blog", locale__language_code="en").specific
    first = client.get(blog.url)
    second = client.get(blog.url + "?page=2")
    assert second.status_code in (200, 404)
    if second.status_code == 200:
        assert second[STATUS_HEADER] == "miss"
        assert second.content != first.content
    assert client.get(blog.url + "?page=1")[STATUS_HEADER] == "miss"


def test_an_overlong_parameter_is_answered_but_not_kept(client):
    entries = kept_entries()
    response = client.get("/en/search/?q=" + "a" * 5000)
    assert response.status_code == 200
    assert STATUS_HEADER not in response
    assert kept_entries() == entries


def test_search_results_are_kept_per_query(client):
    assert client.get("/en/search/?q=resilience")[STATUS_HEADER] == "miss"
    assert client.get("/en/search/?q=resilience")[STATUS_HEADER] == "hit"
    assert client.get("/en/search/?q=schools")[STATUS_HEADER] == "miss"


def test_a_page_is_kept_no_longer_than_it_lets_shared_caches_keep_it(settings):
    from movement.page_cache import keep_seconds

    settings.PAGE_CACHE_SECONDS = 600
    response = HttpResponse()
    response["Cache-Control"] = "public, max-age=60, s-maxage=60"
    assert keep_seconds(response) == 60
    response["Cache-Control"] = "public, max-age=60, s-maxage=3600"
    assert keep_seconds(response) == 600
    response["Cache-Control"] = "public, max-age=60"
    assert keep_seconds(response) == 600


def test_not_found_is_not_kept(client):
    entries = kept_entries()
    for number in range(5):
        assert client.get(f"/en/no-such-page-{number}/").status_code == 404
    assert kept_entries() == entries


def test_a_cache_that_is_down_means_pages_rendered_as_usual(client, post, settings):
    from tests.servers import free_port

    settings.CACHES = {
        **settings.CACHES,
        "pages": redis_cache(f"redis://127.0.0.1:{free_port()}/0"),
    }
    for _ in range(2):
        response = client.get(post.url)
        assert response.status_code == 200
        assert STATUS_HEADER not in response or response[STATUS_HEADER] == "miss"
        assert post.title in response.content.decode()


def test_switched_off_by_setting(client, post, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(post.url)
    assert STATUS_HEADER not in client.get(post.url)


@pytest.mark.parametrize(
    ("slug", "query"),
    [
        ("blog", "?level=supercharged"),
        ("blog", "?move=noticing-what-youve-achieved"),
        ("resources", "?compartment=coping"),
    ],
)
def test_a_filtered_listing_is_kept_apart_from_the_whole_one(client, slug, query):
    """The framework filters are part of the key: a visitor who filtered never
    leaves their listing for the next visitor, who did not."""
    listing = Page.objects.get(slug=slug, locale__language_code="en").specific
    filtered = client.get(listing.url + query)
    assert filtered[STATUS_HEADER] == "miss"
    whole = client.get(listing.url)
    assert whole[STATUS_HEADER] == "miss"
    assert "Remove filter:" in filtered.content.decode()
    assert "Remove filter:" not in whole.content.decode()
    assert client.get(listing.url + "?move=no-such-move").status_code == 404


def test_the_varnish_configuration_keeps_the_same_parameters(settings):
    from pathlib import Path

    vcl = (Path(settings.BASE_DIR) / "docs/deployment/varnish/movement.vcl").read_text()
    kept = re.search(r"\(\?!\(([a-z|]+)\)=\)", vcl).group(1).split("|")
    assert kept == list(settings.PAGE_CACHE_QUERY_PARAMETERS)
