"""The popular-searches counts: kept in the cache by a search, written in batches
(search/query_log.py)."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search import query_log
from tests.factories import BlogIndexPageFactory, BlogPostPageFactory

pytestmark = pytest.mark.django_db

WORD = "gnufare"  # in no demo page
WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.fixture
def blog(home_page):
    blog = BlogIndexPageFactory(parent=home_page, title="Log news", slug="log")
    BlogPostPageFactory(parent=blog, title=f"{WORD.capitalize()} report", slug=WORD)
    return blog


def search(client, query):
    with translation.override("en"):
        url = reverse("search:search")
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return response


def hits(text):
    query = Query.objects.filter(query_string=text).first()
    return query.hits if query else 0


def test_a_search_writes_nothing_to_the_database(client, blog):
    search(client, WORD)  # warm: menus, footer, renditions
    with CaptureQueriesContext(connection) as queries:
        search(client, f"{WORD} report")
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].startswith(WRITES)]
    assert writes == []
    assert hits(f"{WORD} report") == 0  # not yet written


def test_the_flush_writes_each_querys_hits_once(client, blog):
    search(client, f"  {WORD.upper()}   Report ")
    search(client, f"{WORD} report")
    search(client, "another word")
    assert query_log.flush() == 3
    assert (hits(f"{WORD} report"), hits("another word")) == (2, 1)
    assert query_log.flush() == 0  # nothing twice
    search(client, f"{WORD} report")
    call_command("flush_search_log", verbosity=0)
    assert hits(f"{WORD} report") == 3
    today = timezone.localdate()
    assert QueryDailyHits.objects.get(query__query_string="another word").date == today


def test_the_flush_is_one_transaction_of_few_queries(client, blog):
    for number in range(20):
        search(client, f"{WORD} {number}")
    with CaptureQueriesContext(connection) as queries:
        assert query_log.flush() == 20
    # Queries inserted, their ids read, the day's rows locked, rows inserted
    # (and updated): not one query per search, and not one per query.
    assert len(queries.captured_queries) <= 8
    assert Query.objects.filter(query_string__startswith=WORD).count() == 20


def test_hits_are_kept_under_the_day_they_were_counted(client, blog, monkeypatch):
    today = timezone.localdate()
    yesterday = today - datetime.timedelta(days=1)
    monkeypatch.setattr(query_log.timezone, "localdate", lambda: yesterday)
    search(client, WORD)
    monkeypatch.undo()
    search(client, WORD)
    query_log.flush()
    days = QueryDailyHits.objects.filter(query__query_string=WORD)
    assert sorted(days.values_list("date", "hits")) == [
        (yesterday, 1),
        (today, 1),
    ]


def test_the_log_is_written_after_the_response_that_finds_it_due(
    client, blog, settings
):
    settings.SEARCH_LOG_FLUSH_HITS = 3
    search(client, WORD)
    search(client, WORD)
    assert hits(WORD) == 0
    search(client, WORD)  # the third: flushed once its response is sent
    assert hits(WORD) == 3
    search(client, WORD)
    assert hits(WORD) == 3


def test_pending_hits_are_written_when_they_are_old(client, blog, settings):
    settings.SEARCH_LOG_FLUSH_SECONDS = 0
    search(client, WORD)
    assert hits(WORD) == 1


def test_a_failed_write_keeps_the_hits_for_the_next_flush(client, blog, monkeypatch):
    search(client, WORD)
    search(client, WORD)

    def fail(taken):
        raise RuntimeError("database gone")

    monkeypatch.setattr(query_log, "_write", fail)
    with pytest.raises(RuntimeError):
        query_log.flush()
    monkeypatch.undo()
    assert query_log.flush() == 2
    assert hits(WORD) == 2


class BrokenCache:
    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache down")

        return fail


def test_a_broken_cache_never_fails_a_search(client, blog, monkeypatch):
    monkeypatch.setattr(query_log, "cache", BrokenCache())
    response = search(client, WORD)
    assert response.context["results"].paginator.count == 1
    assert hits(WORD) == 0


def test_the_page_warmings_search_is_not_a_visitors(client, blog):
    from movement.page_cache import RENDER_AFRESH

    with translation.override("en"):
        url = reverse("search:search")
    client.get(url, {"q": WORD}, **{RENDER_AFRESH: True})  # movement/page_warming.py
    assert query_log.flush() == 0
    search(client, WORD)
    assert query_log.flush() == 1
