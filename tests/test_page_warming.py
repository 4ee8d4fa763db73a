"""The pages a change touched, rendered again once it is committed (movement/page_warming.py)."""

import datetime
import io
import threading
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Page

from home.models import BlogPostPage, HomePage
from movement import page_warming
from movement.models import NoticeBanner
from movement.models.generation import ContentGeneration
from movement.page_cache import (
    RENDER_AFRESH,
    SHARED_GENERATION_KEY,
    STATUS_HEADER,
    page_cache,
)
from tests.test_page_cache import redis_cache

pytestmark = pytest.mark.django_db
IN_OWN_THREAD = page_warming.in_own_thread


@pytest.fixture(autouse=True)
def warming_on(settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 600
    settings.WARM_PAGES_AFTER_CHANGE = 30
    # Each page is rendered in a thread of its own, whose database connection
    # would not see this test's uncommitted rows: here, in this thread.
    monkeypatch.setattr(
        page_warming, "in_own_thread", lambda function, *args: function(*args)
    )


@pytest.fixture
def post():
    return (
        BlogPostPage.objects.live()
        .filter(locale__language_code="en", alias_of__isnull=True)
        .order_by("-date")
        .first()
    )


def visitor_for(url):
    """A visitor asking as the warming asked: the site's host, gzip."""
    return Client(HTTP_HOST=urlsplit(url).netloc, HTTP_ACCEPT_ENCODING="gzip")


def status_of(url):
    return visitor_for(url).get(urlsplit(url).path)[STATUS_HEADER]


@contextmanager
def connection_kept_open():
    """Requests' signals that do not close the connection holding this test's
    transaction, as Django's test client arranges."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@contextmanager
def an_editors_request():
    """As an editor's request in the admin: started, then finished (warming then)."""
    with connection_kept_open():
        request_started.send(sender=None)
        yield
        request_finished.send(sender=None)


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), an_editors_request():
        page.save_revision().publish()


def test_a_publish_warms_the_page_in_every_language_and_what_lists_it(
    post, django_capture_on_commit_callbacks
):
    publish(post, django_capture_on_commit_callbacks)
    polish = Page.objects.get(
        translation_key=post.translation_key, locale__language_code="pl"
    )
    home = HomePage.objects.get(locale__language_code="en")
    for page in (post, polish, post.get_parent(), home):
        assert status_of(page.get_full_url()) == "hit", page.url


def test_the_warmed_pages_visitors_find_the_generation_in_the_shared_cache(
    post, settings, django_capture_on_commit_callbacks
):
    # It lives a few seconds: had it lapsed while the pages were warmed, each
    # process's first visitor would read it from the database, through Django.
    settings.CACHES = {**settings.CACHES, "pages": redis_cache()}
    try:
        with an_editors_request():
            with django_capture_on_commit_callbacks(execute=True):
                post.save_revision().publish()
            page_cache().delete(SHARED_GENERATION_KEY)  # lapsed meanwhile
        assert page_cache().get(SHARED_GENERATION_KEY) == str(
            ContentGeneration.objects.current()
        )
    finally:
        page_cache().delete_pattern("*")


def test_the_changed_page_comes_first_and_no_more_than_the_limit(post):
    urls = page_warming.addresses_to_warm(post, {}, limit=3)
    assert urls[0] == post.get_full_url()
    assert len(urls) == 3


def test_a_change_to_every_page_warms_the_home_pages_first(
    django_capture_on_commit_callbacks,
):
    banner = NoticeBanner.objects.first()
    urls = page_warming.addresses_to_warm(banner, {}, limit=4)
    homes = {page.get_full_url() for page in HomePage.objects.all()}
    assert set(urls) == homes  # every language's home page, sections next
    with django_capture_on_commit_callbacks(execute=True), an_editors_request():
        banner.save()
    for url in homes:
        assert status_of(url) == "hit"


def test_nothing_is_warmed_when_warming_is_off(
    post, settings, django_capture_on_commit_callbacks
):
    settings.WARM_PAGES_AFTER_CHANGE = 0
    publish(post, django_capture_on_commit_callbacks)
    assert status_of(post.get_full_url()) == "miss"


def test_a_page_that_fails_to_render_costs_the_editor_nothing(
    post, monkeypatch, django_capture_on_commit_callbacks, caplog
):
    monkeypatch.setattr(page_warming, "render", lambda url: 1 / 0)
    monkeypatch.setattr(page_warming, "in_own_thread", IN_OWN_THREAD)
    publish(post, django_capture_on_commit_callbacks)  # does not raise
    assert "Could not warm" in caplog.text
    assert BlogPostPage.objects.get(pk=post.pk).live


def test_each_page_is_rendered_in_a_thread_of_its_own(post):
    # Nothing of the editor's request (language, per-request memories, its
    # database connection and transaction) is shared with the warming.
    translation.activate("ar")
    seen = IN_OWN_THREAD(
        lambda url: (threading.current_thread().name, translation.get_language()),
        post.get_full_url(),
    )
    assert seen[0] == "page-warming" and seen[0] != threading.current_thread().name
    assert seen[1] != "ar"
    assert translation.get_language() == "ar"
    assert BlogPostPage.objects.filter(
        pk=post.pk
    ).exists()  # our connection still works


def test_a_warmed_page_is_the_page_a_visitor_would_get(
    post, django_capture_on_commit_callbacks
):
    publish(post, django_capture_on_commit_callbacks)
    url = post.get_full_url()
    kept = visitor_for(url).get(urlsplit(url).path)
    assert kept[STATUS_HEADER] == "hit"
    assert "public" in kept["Cache-Control"]
    assert not kept.cookies  # no session, no CSRF cookie: an anonymous visitor's page
    assert post.title in kept.content.decode()


def test_a_publish_renders_each_address_once(
    post, monkeypatch, django_capture_on_commit_callbacks
):
    # Wagtail publishes the page's aliases in every language as changes of
    # their own; the page's family already holds them.
    rendered = []
    monkeypatch.setattr(page_warming, "render", lambda url: rendered.append(url) or 200)
    publish(post, django_capture_on_commit_callbacks)
    assert rendered[0] == post.get_full_url()
    assert len(rendered) == len(set(rendered)) > 4


def test_a_warming_request_renders_afresh_where_a_visitor_is_served_the_kept_page(
    client, post
):
    assert client.get(post.url)[STATUS_HEADER] == "miss"
    assert client.get(post.url)[STATUS_HEADER] == "hit"
    # Only the environ of a request made inside the app can ask for it: no
    # HTTP header reaches the environ under that name.
    assert client.get(post.url, **{RENDER_AFRESH: True})[STATUS_HEADER] == "miss"
    assert client.get(post.url, HTTP_MOVEMENT_RENDER_AFRESH="1")[STATUS_HEADER] == "hit"


def test_in_a_request_the_pages_are_warmed_when_it_ends_after_every_change(
    post, monkeypatch
):
    # An editor's publish: Wagtail publishes the page, then its aliases in every
    # language, each a change committed at once; warming any earlier would keep
    # pages that the next change retires.
    rendered = []
    real_render = page_warming.render
    monkeypatch.setattr(
        page_warming, "render", lambda url: rendered.append(url) or real_render(url)
    )
    with an_editors_request():
        post.save_revision().publish()
        assert rendered == []  # nothing until the request ends
    assert rendered[0] == post.get_full_url()
    assert status_of(post.get_full_url()) == "hit"
    assert status_of(post.get_parent().get_full_url()) == "hit"


def test_outside_a_request_nothing_is_warmed(post, monkeypatch):
    # publish_scheduled or a shell: nothing marks the end of the work, and the
    # aliases' publishes would retire anything warmed at the first commit.
    rendered = []
    monkeypatch.setattr(page_warming, "render", lambda url: rendered.append(url) or 200)
    post.save_revision().publish()
    assert rendered == []


def test_a_scheduled_go_live_is_warmed_once_publish_scheduled_is_done(
    post, monkeypatch
):
    post.title = "Live on schedule"
    post.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = post.save_revision()
    revision.publish()  # scheduled, not yet live
    # An hour later: the time to go live has come.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    rendered = []
    real_render = page_warming.render
    monkeypatch.setattr(
        page_warming, "render", lambda url: rendered.append(url) or real_render(url)
    )
    # The warming renders in this thread (warming_on), each page a request.
    with connection_kept_open():
        call_command("publish_scheduled", stdout=io.StringIO())
    assert rendered[0] == post.get_full_url()
    url = post.get_full_url()
    kept = visitor_for(url).get(urlsplit(url).path)
    assert kept[STATUS_HEADER] == "hit"
    assert "Live on schedule" in kept.content.decode()


def test_the_pages_visitors_read_lately_are_warmed_too(
    post, django_capture_on_commit_callbacks
):
    campaign = (
        Page.objects.live()
        .filter(
            url_path__contains="same-pay-for-the-same-day", locale__language_code="en"
        )
        .first()
    )
    url = campaign.get_full_url()
    search = urlsplit(url)._replace(path="/en/search/", query="q=young").geturl()
    visitor_for(url).get(urlsplit(url).path)  # kept, and noted
    visitor_for(search).get("/en/search/", {"q": "young", "utm_source": "x"})
    publish(post, django_capture_on_commit_callbacks)  # retires every kept page
    assert status_of(url) == "hit"
    assert (
        visitor_for(search).get("/en/search/", {"q": "young"})[STATUS_HEADER] == "hit"
    )
    # The touched pages come first, then those read lately, latest first.
    urls = page_warming.addresses_to_warm(post, {}, limit=30)
    assert urls[0] == post.get_full_url()
    assert urls.index(search) < urls.index(url)


def test_warming_notes_nothing_itself(client, post):
    client.get(post.url, **{RENDER_AFRESH: True})
    assert page_warming.addresses_read_lately() == []
    blog = post.get_parent()
    assert client.get(blog.url)[STATUS_HEADER] == "miss"  # a visitor's: noted
    assert page_warming.addresses_read_lately() == [f"http://testserver{blog.url}"]


def first_and_second_queries(client, url):
    """How many queries a visitor's first request to `url` costs, then a second."""
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    return counts


@pytest.mark.parametrize("warming", [30, 0])
def test_with_no_page_cache_a_publish_warms_what_pages_are_built_from(
    warming, post, settings, django_capture_on_commit_callbacks
):
    # A CDN in front keeps the pages, so the app keeps none: after a publish the
    # CDN's misses come to the app, which should find the menus, cards and
    # <head> already built for the new generation.
    settings.PAGE_CACHE_SECONDS = 0
    settings.WARM_PAGES_AFTER_CHANGE = warming
    campaign = Page.objects.live().get(
        url_path__endswith="/same-pay-for-the-same-day/", locale__language_code="en"
    )
    # Behind a load balancer: the site's host, the app server's own port.
    host = urlsplit(post.get_full_url()).netloc
    visitor = Client(HTTP_HOST=host, HTTP_ACCEPT_ENCODING="gzip", SERVER_PORT="8000")
    visitor.get(campaign.url)  # read lately: noted
    publish(post, django_capture_on_commit_callbacks)
    for url in (post.url, post.get_parent().url, campaign.url):
        first, second = first_and_second_queries(visitor, url)
        if warming:
            assert first == second, url  # as warm as it gets
        else:
            assert first > second, url  # the cold render the warming spares


def test_with_no_page_cache_a_visitors_reading_is_noted_once_per_generation(
    client, post, settings, monkeypatch
):
    settings.PAGE_CACHE_SECONDS = 0
    writes = []
    cache = page_cache()
    real_set = cache.set
    monkeypatch.setattr(
        cache, "set", lambda key, *args: writes.append(key) or real_set(key, *args)
    )
    for _ in range(3):
        response = client.get(post.url)
        assert STATUS_HEADER not in response  # nothing kept
    assert page_warming.addresses_read_lately() == [f"http://testserver{post.url}"]
    assert len(writes) == 1
    client.get("/en/no-such-page/")  # not a page anyone can read: not noted
    client.get(post.url, HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=x")  # an editor
    assert len(writes) == 1
