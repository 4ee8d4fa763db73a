"""Search at scale: counts that stop at a limit, and rankings cached until content changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from search import results as found
from tests.factories import BlogIndexPageFactory, BlogPostPageFactory

pytestmark = pytest.mark.django_db

WORD = "quokkafare"  # in no demo page


@pytest.fixture
def blog(home_page):
    return BlogIndexPageFactory(parent=home_page, title="Scale news", slug="scale")


def add_posts(blog, count, start=0):
    return [
        BlogPostPageFactory(
            parent=blog, title=f"{WORD.capitalize()} {n}", slug=f"{WORD}-{n}"
        )
        for n in range(start, start + count)
    ]


def search(client, **params):
    with translation.override("en"):
        url = reverse("search:search")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"q": WORD, **params})
    assert response.status_code == 200
    return response, len(queries.captured_queries)


def titles(response):
    return [card["page"].title for card in response.context["cards"]]


def test_a_count_past_the_limit_says_more_than(client, blog, monkeypatch):
    monkeypatch.setattr(found, "MAX_COUNTED", 3)
    add_posts(blog, 5)
    response, _queries = search(client)
    paginator = response.context["results"].paginator
    assert (paginator.count, paginator.more_than_counted) == (3, True)
    assert "More than 3 results for “quokkafare”" in response.content.decode()


def test_a_count_within_the_limit_is_exact(client, blog, monkeypatch):
    monkeypatch.setattr(found, "MAX_COUNTED", 3)
    add_posts(blog, 3)
    response, _queries = search(client)
    assert response.context["results"].paginator.more_than_counted is False
    assert "3 results for “quokkafare”" in response.content.decode()
    assert "More than" not in response.content.decode()


def test_a_repeated_search_is_ranked_once(client, blog, settings):
    add_posts(blog, 12)
    settings.SEARCH_RESULTS_CACHE_SECONDS = 0
    search(client)  # warm: menus, footer, renditions
    ranked, ranked_queries = search(client)
    settings.SEARCH_RESULTS_CACHE_SECONDS = 300
    search(client)
    cached, cached_queries = search(client)
    assert titles(cached) == titles(ranked)
    assert cached.context["results"].paginator.count == 12
    # The ranking (and so the count) comes from the cache; the pages are read fresh.
    assert cached_queries == ranked_queries - 1
    second_page, _queries = search(client, page=2)
    assert len(second_page.context["cards"]) == 2


def test_without_the_cache_every_search_is_ranked(client, blog, settings):
    settings.SEARCH_RESULTS_CACHE_SECONDS = 0
    add_posts(blog, 3)
    search(client)  # warm: menus, footer
    _first, first_queries = search(client)
    _again, again_queries = search(client)
    assert again_queries == first_queries


def test_a_published_page_shows_in_the_next_search(client, blog, settings):
    settings.SEARCH_RESULTS_CACHE_SECONDS = 300
    add_posts(blog, 2)
    before, _queries = search(client)
    assert before.context["results"].paginator.count == 2
    (new,) = add_posts(blog, 1, start=2)
    new.save_revision().publish()  # publishing starts a new generation
    after, _queries = search(client)
    assert after.context["results"].paginator.count == 3
    assert new.title in titles(after)


def test_a_first_search_is_ranked_and_counted_in_one_query(client, blog, settings):
    settings.SEARCH_RESULTS_CACHE_SECONDS = 0
    add_posts(blog, 12)
    search(client)  # warm: menus, footer, renditions
    with translation.override("en"):
        url = reverse("search:search")
    for page in ("1", "2"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {"q": WORD, "page": page})
        searched = [
            query["sql"]
            for query in queries.captured_queries
            if "wagtailsearch_indexentry" in query["sql"]
        ]
        assert len(searched) == 1
        assert response.context["results"].paginator.count == 12
