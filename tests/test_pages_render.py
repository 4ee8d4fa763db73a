"""Every live page of the demo site renders for a visitor."""

import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.django_db


def test_every_live_page_returns_200(client, live_pages):
    assert len(live_pages) >= 12
    failures = {}
    for page in live_pages:
        response = client.get(page.url)
        if response.status_code != 200:
            failures[page.url] = response.status_code
    assert failures == {}


def test_pages_use_the_site_layout(client, home_page):
    html = client.get(home_page.url).content.decode()
    assert 'href="#main"' in html
    assert '<main id="main"' in html
    assert '<html lang="en" dir="ltr">' in html


def test_root_sends_visitors_to_a_language(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_every_demo_page_stays_within_the_query_budget(
    client, live_pages, django_assert_max_num_queries
):
    from tests.budgets import budget_for, warm_query_count

    languages = set()
    for page in live_pages:
        warm_query_count(
            client, page.url, django_assert_max_num_queries, limit=budget_for(page)
        )
        languages.add(page.locale.language_code)
    # Translations and untranslated aliases, in every language, are all held to it.
    assert languages == {"en", "pl", "es", "ar"}


class IdCollector(HTMLParser):
    """Every id attribute in a document, as the HTML validator reads them."""

    def __init__(self):
        super().__init__()
        self.ids = []

    def handle_starttag(self, tag, attrs):
        self.ids += [value for name, value in attrs if name == "id"]


def test_every_page_has_unique_non_empty_ids_in_every_language(client, live_pages):
    """HTML's rules for id (checked offline): at least one character, no space,
    never twice in a document. Arabic headings once got id=""."""
    problems = {}
    for page in live_pages:
        collector = IdCollector()
        collector.feed(client.get(page.url).content.decode())
        ids = collector.ids
        bad = [i for i in ids if not i or re.search(r"\s", i)]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if bad or repeated:
            problems[page.url] = (bad, repeated)
    assert problems == {}
