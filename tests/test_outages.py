"""A cache or database that fails: visitors still get pages, or an honest 503.

The cache here is django-redis pointed at a port where nothing listens, as in
production when Redis is down; tests/integration/ does the same with a real
Redis stopped under a running server.
"""

import json
import logging
from unittest import mock

import pytest
from django.db import OperationalError
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage
from movement.log_filters import OncePerMinute
from tests.factories import StandardPageFactory
from tests.logs import records_of

pytestmark = pytest.mark.django_db

REDIS_DOWN = {
    "BACKEND": "django_redis.cache.RedisCache",
    "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: connections are refused
    "KEY_PREFIX": "movement",
    "OPTIONS": {
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": 0.1,
        "SOCKET_TIMEOUT": 0.1,
    },
}


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": REDIS_DOWN,
        "renditions": REDIS_DOWN,
    }


PATHS = [
    "/en/",
    "/ar/",
    "/pl/",
    "/en/blog/",
    "/en/blog/blackpool-schools-community-of-practice/",
    "/ar/campaigns/same-pay-for-the-same-day/",
    "/en/resources/bounce-forward-teacher-pack/",
    "/en/events/",
    "/en/search/?q=resilience",
    "/ar/search/?q=resilience",
    "/en/blog/feed/rss/",
    "/sitemap.xml",
]


@pytest.mark.parametrize("path", PATHS)
def test_pages_are_served_while_the_cache_is_down(client, redis_down, path):
    response = client.get(path, follow=True)
    assert response.status_code == 200


def test_a_page_is_whole_while_the_cache_is_down(client, redis_down):
    html = client.get("/en/").content.decode()
    assert 'class="site-footer"' in html
    assert 'rel="canonical"' in html
    assert "None" not in html.split("<body", 1)[0]  # no failed fragment in <head>


def test_publishing_works_and_is_logged_while_the_cache_is_down(
    staff_client, home_page, redis_down
):
    page = StandardPageFactory(parent=home_page, title="Before", slug="outage")
    moderator = staff_client("Moderators")
    data = nested_form_data(
        {
            "title": "Published during the outage",
            "slug": "outage",
            "introduction": rich_text("<p>Still here.</p>"),
            "body": streamfield([("paragraph", rich_text("<p>Body.</p>"))]),
            "action-publish": "publish",
        }
    )
    response = moderator.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    page = StandardPage.objects.get(pk=page.pk)
    assert page.live and page.title == "Published during the outage"
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()
    assert "Published during the outage" in moderator.get(page.url).content.decode()


def test_a_cache_that_is_down_is_logged_at_most_once_a_minute(
    client, redis_down, caplog
):
    with caplog.at_level(logging.WARNING, logger="movement.cache"):
        for _ in range(3):
            client.get("/en/")
    reported = [r for r in caplog.records if r.name == "movement.cache"]
    assert reported  # django-redis logs each ignored error...
    once = OncePerMinute()
    assert [once.filter(record) for record in reported].count(
        True
    ) == 1  # ...we pass one


@pytest.mark.parametrize(
    "name", ["movement.cache", "movement.csp", "movement.health", "django.request"]
)
def test_loggers_that_an_outage_or_a_stranger_can_flood_are_held_back(name):
    logger = logging.getLogger(name)
    assert not logger.propagate
    filters = [f for handler in logger.handlers for f in handler.filters]
    assert any(isinstance(f, OncePerMinute) for f in filters)


def test_the_once_a_minute_filter_says_how_many_it_held_back():
    once = OncePerMinute(seconds=0)
    record = logging.LogRecord("movement.cache", logging.ERROR, "", 0, "down", (), None)
    held = OncePerMinute()
    assert held.filter(record)
    assert not held.filter(record)
    assert not held.filter(record)
    held.seconds = 0
    assert held.filter(record)
    assert record.getMessage() == "down (and 2 more since the last report)"
    assert once.filter(record)


# The database


@pytest.fixture
def database_down():
    error = OperationalError("server closed the connection unexpectedly")
    with (
        mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=error),
        mock.patch(
            "django.db.backends.utils.CursorWrapper.executemany", side_effect=error
        ),
    ):
        yield


@pytest.fixture
def visitor():
    """A browser, not a test: it sees the error page, not the exception."""
    from django.test import Client

    return Client(raise_request_exception=False)


def test_visitors_get_a_503_in_their_language_when_the_database_is_down(
    visitor, database_down
):
    response = visitor.get("/pl/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert 'lang="pl"' in html
    assert "Zaraz wracamy" in html  # "Back in a moment"
    assert '<meta name="robots" content="noindex">' in html


def test_the_503_page_is_right_to_left_in_arabic(visitor, database_down):
    html = visitor.get("/ar/campaigns/").content.decode()
    assert 'lang="ar" dir="rtl"' in html


def test_other_errors_still_get_the_500_page(visitor):
    with mock.patch(
        "home.models.HomePage.get_context", side_effect=RuntimeError("a bug")
    ):
        response = visitor.get("/en/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


# /healthz


def test_healthz_says_ok(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["ok"] and body["checks"]["cache"]["ok"]
    assert "no-store" in response["Cache-Control"]


def test_healthz_names_a_cache_that_is_down_but_keeps_the_server_in(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"]["ok"] is False
    assert body["checks"]["database"]["ok"] is True


def test_healthz_fails_when_the_database_is_down_without_logging_an_error(
    client, visitor, database_down
):
    with records_of("django.request") as logged, records_of("movement.health") as told:
        response = client.get("/healthz")
    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["status"] == "failing"
    # Anyone may ask: the kind of failure only; the details go to the log.
    assert body["checks"]["database"]["error"] == "OperationalError"
    assert "server closed the connection" in told[0].getMessage()
    assert logged == []
    with records_of("django.request") as logged:
        visitor.get("/pl/")  # a page, unlike the probe, is logged as an error
    assert [record.levelname for record in logged] == ["ERROR"]
