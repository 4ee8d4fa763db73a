"""sitemap.xml lists every language's real pages, each with its translations."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale, Page, PageViewRestriction

from movement.i18n.locales import mirror_default_tree
from tests.factories import StandardPageFactory
from tests.translating import translate

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
ORIGIN = "http://testserver"


def entries(client):
    """{location: (lastmod, {hreflang: href})} from /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    found = {}
    for url in ET.fromstring(response.content).findall("sm:url", NS):
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NS)
        }
        lastmod = url.find("sm:lastmod", NS)
        found[url.find("sm:loc", NS).text] = (
            lastmod.text if lastmod is not None else None,
            alternates,
        )
    return found


@pytest.fixture
def translated(home_page):
    page = StandardPageFactory(parent=home_page, title="Translated", slug="translated")
    page.save_revision().publish()  # as an editor would: sets last_published_at
    mirror_default_tree()
    return page, translate(page, "pl"), translate(page, "ar")


def in_language(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def test_sitemap_is_outside_the_language_prefixes(client):
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/en/sitemap.xml").status_code == 404


@pytest.mark.parametrize("page", ["abc", "99", "-1", "1.5", "\x00"])
def test_a_sitemap_page_that_does_not_exist_is_not_found(client, page):
    assert client.get("/sitemap.xml", {"p": page}).status_code == 404


def test_sitemap_lists_real_pages_of_every_language_and_no_alias(client, translated):
    found = entries(client)
    english, polish, arabic = translated

    for page in (english, polish, arabic):
        assert ORIGIN + page.url in found
    assert ORIGIN + in_language(english, "es").url not in found  # an alias

    real = Page.objects.live().public().filter(depth__gt=1, alias_of__isnull=True)
    assert {ORIGIN + page.url for page in real} == set(found)
    for page in Page.objects.filter(alias_of__isnull=False):
        assert ORIGIN + page.url not in found


def test_sitemap_entries_name_their_translations_with_x_default(client, translated):
    english, polish, arabic = translated
    expected = {
        "en": ORIGIN + english.url,
        "pl": ORIGIN + polish.url,
        "ar": ORIGIN + arabic.url,
        "x-default": ORIGIN + english.url,
    }
    found = entries(client)
    for page in translated:
        assert found[ORIGIN + page.url][1] == expected


def test_a_page_in_one_language_has_no_alternates(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Alone", slug="alone")
    assert entries(client)[ORIGIN + page.url][1] == {}


def test_sitemap_gives_when_each_page_last_changed(client, translated):
    english = translated[0]
    english.refresh_from_db()
    lastmod, _alternates = entries(client)[ORIGIN + english.url]
    assert lastmod == english.last_published_at.date().isoformat()


def test_sitemap_leaves_out_unpublished_and_private_pages(client, translated):
    english, polish, arabic = translated
    polish.unpublish()
    PageViewRestriction.objects.create(
        page=arabic, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    private_child = StandardPageFactory(parent=arabic, title="Inside", slug="inside")

    found = entries(client)
    assert ORIGIN + polish.url not in found
    assert ORIGIN + arabic.url not in found
    assert ORIGIN + private_child.url not in found
    # ...and no longer offers them as alternates.
    assert found[ORIGIN + english.url][1] == {}


def test_sitemap_costs_the_same_queries_for_more_pages(
    client, home_page, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        client.get("/sitemap.xml")  # warm: site root paths cached
        with CaptureQueriesContext(connection) as captured:
            entries(client)
        return len(captured)

    before = queries()
    for number in range(5):
        page = StandardPageFactory(parent=home_page, title=f"More {number}")
        mirror_default_tree()
        translate(page, "pl")
    assert queries() == before
    assert before <= 4
