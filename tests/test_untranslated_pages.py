"""A page not translated yet: a notice in the visitor's language, its content marked English.

Such a page is an alias of the English one under /pl/ (docs/decisions/0003).
"""

import json
import re

import pytest
from wagtail.models import Locale, Site

from movement.i18n.locales import mirror_default_tree
from tests.factories import StandardPageFactory
from tests.translating import translate

pytestmark = pytest.mark.django_db

NOTICE = 'class="untranslated-notice"'


@pytest.fixture
def linking_page(home_page):
    """An English page whose only block links to another English page."""
    target = StandardPageFactory(parent=home_page, title="Where to go", slug="go")
    page = StandardPageFactory(
        parent=home_page,
        title="Start here",
        slug="start",
        body=json.dumps(
            [
                {
                    "type": "call_to_action",
                    "value": {
                        "heading": "Next",
                        "description": "",
                        "page": target.pk,
                        "url": "",
                        "text": "Go on",
                    },
                }
            ]
        ),
    )
    mirror_default_tree()
    return page, target


def in_language(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def main_of(html):
    return re.search(r'<main id="main".*?</main>', html, re.S).group(0)


def test_an_untranslated_page_says_so_in_the_visitors_language(client, linking_page):
    page, _target = linking_page
    polish = in_language(page, "pl")
    assert polish.alias_of_id == page.pk

    html = client.get(polish.url).content.decode()

    main = main_of(html)
    assert main.index(NOTICE) < main.index("<h1")
    notice = re.search(
        r'<div class="untranslated-notice".*?</div>\s*</div>', main, re.S
    )
    # The notice is in Polish, the page's language (the <html lang>): not marked English.
    assert ' lang="en"' not in notice.group(0)
    assert '<html lang="pl" dir="ltr">' in html
    assert f'href="{page.url}" hreflang="en"' in notice.group(0)


def test_an_untranslated_pages_content_is_marked_as_english(client, linking_page):
    page, _target = linking_page
    html = client.get(in_language(page, "ar").url).content.decode()

    assert '<html lang="ar" dir="rtl">' in html
    content = re.search(
        r'<div class="untranslated-content" lang="en" dir="ltr">(.*)</div>\s*</main>',
        html,
        re.S,
    )
    assert content, "content is not wrapped in lang=en dir=ltr"
    assert "<h1>Start here</h1>" in content.group(1)


def test_links_inside_an_untranslated_page_stay_in_the_visitors_language(
    client, linking_page
):
    """Content is rendered for the Polish site, so its links lead to Polish pages.

    (Rendering it inside {% language "en" %} would send them to /en/.)
    """
    page, target = linking_page
    html = main_of(client.get(in_language(page, "pl").url).content.decode())
    assert f'href="{in_language(target, "pl").url}"' in html
    content = html.split('class="untranslated-content"')[1]
    assert f'href="{target.url}"' not in content


def test_the_notice_names_the_languages(client, linking_page):
    page, _target = linking_page
    html = client.get(in_language(page, "es").url).content.decode()
    notice = html.split(NOTICE)[1].split("</div>")[0]
    # Django's own names for the languages, in the visitor's language.
    from django.utils import translation

    with translation.override("es"):
        english = str(translation.get_language_info("en")["name_translated"])
        spanish = str(translation.get_language_info("es")["name_translated"])
    assert english in notice
    assert spanish in notice


def test_a_translated_page_has_no_notice_and_no_wrapper(client, linking_page):
    page, _target = linking_page
    polish = translate(page, "pl")
    html = client.get(polish.url).content.decode()
    assert NOTICE not in html
    assert "untranslated-content" not in html


def test_an_english_page_has_no_notice(client, linking_page):
    page, _target = linking_page
    html = client.get(page.url).content.decode()
    assert NOTICE not in html
    assert "untranslated-content" not in html


def test_an_untranslated_page_is_canonical_to_its_source(client, linking_page):
    page, _target = linking_page
    polish = in_language(page, "pl")
    head = client.get(polish.url).content.decode().split("</head>")[0]
    assert f'<link rel="canonical" href="http://testserver{page.url}">' in head
    assert 'name="robots"' not in head  # canonical alone: see translation_tags
    assert f'hreflang="pl" href="http://testserver{polish.url}"' not in head


def test_an_alias_in_its_own_language_is_not_untranslated(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Original", slug="original")
    elsewhere = StandardPageFactory(parent=home_page, title="Section", slug="section")
    alias = page.create_alias(parent=elsewhere, update_slug="copy")
    alias.refresh_from_db()
    assert alias.locale_id == page.locale_id

    html = client.get(alias.url).content.decode()
    assert NOTICE not in html


def test_an_alias_made_into_another_language_is_untranslated(client, home_page):
    """An editor's "copy as alias" into the Polish tree: a new page, not a translation."""
    page = StandardPageFactory(parent=home_page, title="Copied", slug="copied")
    polish_home = in_language(home_page, "pl")
    alias = page.create_alias(
        parent=polish_home, update_locale=polish_home.locale, update_slug="copied-pl"
    )
    assert alias.translation_key != page.translation_key

    html = client.get(alias.url).content.decode()
    assert NOTICE in html
    assert f'href="{page.url}" hreflang="en"' in html
    assert 'class="untranslated-content" lang="en" dir="ltr"' in html


def test_untranslated_pages_stay_within_the_query_budget(
    client, linking_page, django_assert_max_num_queries
):
    from tests.budgets import warm_query_count

    page, _target = linking_page
    for code in ("pl", "ar"):
        warm_query_count(
            client, in_language(page, code).url, django_assert_max_num_queries
        )


def test_a_warm_page_spends_no_query_on_its_languages(
    rf, linking_page, inside_a_request
):
    from django.db import connection
    from django.template import Context
    from django.test.utils import CaptureQueriesContext

    from movement.templatetags.translation_tags import page_languages

    page, _target = linking_page
    alias = in_language(page, "ar")
    request = rf.get(alias.url)
    page_languages(Context({"request": request, "page": alias}))  # warms the cache

    request = rf.get(alias.url)
    Site.find_for_request(request)  # as Wagtail's serve view has done already
    with CaptureQueriesContext(connection) as queries:
        languages = page_languages(Context({"request": request, "page": alias}))
    assert [q["sql"] for q in queries.captured_queries] == []
    assert languages.source.code == "en"
    assert [link.code for link in languages.links] == ["en"]
