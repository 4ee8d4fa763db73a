"""Choosing a language: the root redirect, the switcher, hreflang, unknown prefixes."""

import re

import pytest
from django.conf import settings
from wagtail.models import Locale, Page, PageViewRestriction

from tests.factories import StandardPageFactory
from tests.translating import translate

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


@pytest.fixture
def about(home_page):
    """An English page translated into Polish and Arabic, and left an alias in Spanish."""
    page = StandardPageFactory(parent=home_page, title="About us", slug="about-us")
    from movement.i18n.locales import mirror_default_tree

    mirror_default_tree()
    translate(page, "pl")
    translate(page, "ar")
    return page


def translation_of(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def switcher(html):
    match = re.search(r'<nav class="language-menu".*?</nav>', html, re.S)
    assert match, "no language switcher"
    return match.group(0)


def head(html):
    return html.split("</head>")[0]


# The root address and the visitor's choice


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("pl-PL,pl;q=0.9,en;q=0.8", "/pl/"),
        ("ar", "/ar/"),
        ("es-MX,es;q=0.9", "/es/"),
        ("fr-FR,fr;q=0.9", "/en/"),  # not one of ours: the default
        ("", "/en/"),
    ],
)
def test_root_sends_visitors_to_their_browsers_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_keeps_the_query_string(client):
    response = client.get("/?utm_source=leaflet&q=a+b", HTTP_ACCEPT_LANGUAGE="es")
    assert response["Location"] == "/es/?utm_source=leaflet&q=a+b"


def test_root_redirect_varies_per_visitor_and_is_never_shared(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pl")
    vary = {value.strip() for value in response["Vary"].split(",")}
    assert {"Accept-Language", "Cookie"} <= vary
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert response.cookies == {}


def test_a_chosen_language_wins_over_the_browsers(client):
    response = client.get("/language/es/?next=/es/")
    assert response.cookies[COOKIE].value == "es"

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pl,en;q=0.5")
    assert response["Location"] == "/es/"


def test_choosing_a_language_remembers_it_then_shows_the_page(client, about):
    polish = translation_of(about, "pl")
    response = client.get(f"/language/pl/?next={polish.url}")

    assert response.status_code == 302
    assert response["Location"] == polish.url
    cookie = response.cookies[COOKIE]
    assert cookie.value == "pl"
    assert cookie["samesite"] == "Lax"
    assert cookie["max-age"] >= 30 * 24 * 60 * 60
    assert cookie["path"] == "/"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "next_url",
    [
        "",
        "https://evil.example/pl/",
        "//evil.example/pl/",
        "/\\evil.example/pl/",
        "javascript:alert(1)",
        "/en/about/",  # a page, but not in the chosen language
        "/plx/",
        "pl/",
        "/pl/\r\nSet-Cookie: x=1",
        "/pl/\x00",
        "\x00/pl/",
    ],
)
def test_choosing_a_language_goes_home_rather_than_anywhere_else(client, next_url):
    response = client.get("/language/pl/", {"next": next_url})
    assert response.status_code == 302
    location = response["Location"]
    assert location == "/pl/" or (
        location.startswith("/pl/") and "\n" not in location and "\r" not in location
    )
    assert response.cookies[COOKIE].value == "pl"


@pytest.mark.parametrize("code", ["fr", "xx", "EN", "en-gb-xx"])
def test_choosing_an_unknown_language_is_not_found(client, code):
    response = client.get(f"/language/{code}/?next=/en/", follow=True)
    assert response.status_code == 404
    assert COOKIE not in client.cookies


# Unknown language prefixes


@pytest.mark.parametrize("path", ["/fr/about/", "/xx/", "/fr/", "/zz/resources/"])
def test_unknown_language_prefixes_are_not_found_in_the_default_language(client, path):
    response = client.get(path, follow=True)
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "Page not found" in html


def test_an_unknown_prefix_answers_in_a_language_the_visitor_reads(client):
    """Like any address without a language: a visitor whose browser asks for
    Polish gets the Polish "not found" page; everyone else the default's."""
    response = client.get("/fr/about/", HTTP_ACCEPT_LANGUAGE="pl", follow=True)
    assert response.status_code == 404
    assert '<html lang="pl" dir="ltr">' in response.content.decode()


# The switcher


def test_switcher_lists_each_real_translation_in_its_own_name(client, about):
    polish = translation_of(about, "pl")
    html = switcher(client.get(polish.url).content.decode())

    arabic = translation_of(about, "ar")
    assert (
        f'<a href="/language/en/?next={about.url.replace("/", "%2F")}" lang="en" '
        f'hreflang="en" dir="ltr">English</a>'
    ) in html
    assert 'lang="pl" hreflang="pl" dir="ltr" aria-current="true">Polski</a>' in html
    assert (
        f'?next={arabic.url.replace("/", "%2F")}" lang="ar" hreflang="ar" dir="rtl"'
        in html
    )
    assert "العربيّة" in html
    # Spanish is an alias of the English page: not a translation, so not listed.
    assert "/language/es/" not in html
    assert html.count("aria-current") == 1
    # In settings' order, whatever the order the translations were made in.
    listed = html[html.index("<ul") :]  # after the disclosure's own "Polski"
    assert listed.index("English") < listed.index("Polski") < listed.index("العربيّة")


def test_switcher_on_an_untranslated_page_offers_the_original(client, about):
    spanish = translation_of(about, "es")
    assert spanish.alias_of_id == about.pk
    html = switcher(client.get(spanish.url).content.decode())

    assert f"/language/en/?next={about.url.replace('/', '%2F')}" in html
    assert "/language/pl/" in html
    assert "/language/es/" not in html  # the alias itself is not a translation
    # Spanish is still shown as the visitor's language, but not as a link.
    assert '<span lang="es" dir="ltr" aria-current="true">Español</span>' in html


def test_switcher_leaves_out_unpublished_and_private_translations(client, about):
    translation_of(about, "pl").unpublish()
    PageViewRestriction.objects.create(
        page=translation_of(about, "ar"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )
    html = client.get(about.url).content.decode()
    assert "/language/pl/" not in switcher(html)
    assert "/language/ar/" not in switcher(html)
    assert 'hreflang="pl"' not in head(html)
    assert 'hreflang="ar"' not in head(html)


def test_switcher_links_work_and_lead_to_the_translation(client, about):
    html = client.get(about.url).content.decode()
    link = re.search(r'href="(/language/pl/[^"]+)"', switcher(html)).group(1)
    response = client.get(link.replace("&amp;", "&"), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == translation_of(about, "pl").url
    assert '<html lang="pl" dir="ltr">' in response.content.decode()


@pytest.mark.parametrize("path", ["/pl/search/?q=resilience", "/pl/no-such-page/"])
def test_views_without_a_page_offer_each_languages_home(client, path):
    response = client.get(path)
    html = switcher(response.content.decode())
    for code, _name in settings.LANGUAGES:
        assert f"/language/{code}/?next=%2F{code}%2F" in html
    assert 'lang="pl" hreflang="pl" dir="ltr" aria-current="true"' in html


def test_pages_stay_cacheable_with_a_language_cookie(client, about):
    client.cookies[COOKIE] = "ar"
    response = client.get(translation_of(about, "pl").url)
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Cookie" not in response.get("Vary", "")
    assert '<html lang="pl" dir="ltr">' in response.content.decode()


# hreflang and canonical


def test_hreflang_alternates_list_real_translations_and_x_default(client, about):
    polish = translation_of(about, "pl")
    arabic = translation_of(about, "ar")
    html = head(client.get(arabic.url).content.decode())

    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
    )
    assert alternates == {
        "en": f"http://testserver{about.url}",
        "pl": f"http://testserver{polish.url}",
        "ar": f"http://testserver{arabic.url}",
        "x-default": f"http://testserver{about.url}",
    }
    assert f'<link rel="canonical" href="http://testserver{arabic.url}">' in html
    assert '<html lang="ar" dir="rtl">' in client.get(arabic.url).content.decode()


def test_a_page_in_one_language_only_has_no_alternates(client, home_page):
    page = StandardPageFactory(parent=home_page, title="English only")
    html = head(client.get(page.url).content.decode())
    assert 'rel="alternate"' not in html
    assert f'<link rel="canonical" href="http://testserver{page.url}">' in html


def test_routes_of_a_routable_page_are_canonical_to_themselves(client):
    events = Page.objects.get(locale__language_code="en", slug="events").specific
    path = events.url + "past/"
    response = client.get(path)
    assert response.status_code == 200
    html = head(response.content.decode())
    assert f'<link rel="canonical" href="http://testserver{path}">' in html
    # No language alternates (the events calendar's feed link may be there).
    assert "hreflang=" not in html


def test_switching_costs_a_bounded_number_of_queries(
    client, about, django_assert_max_num_queries
):
    from tests.budgets import warm_query_count

    english = warm_query_count(client, about.url, django_assert_max_num_queries)
    # More translations must not cost more queries.
    translate(about, "es")
    assert warm_query_count(client, about.url, django_assert_max_num_queries) == english
