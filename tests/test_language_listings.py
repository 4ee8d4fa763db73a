"""Listings, latest posts and search in one language show that language's pages only.

Untranslated pages exist under /pl/ as aliases of the English ones (see
docs/decisions/0003); they are reachable, but never listed as Polish content.
"""

import pytest
from django.utils import translation
from wagtail.models import Locale, Page

from home.models import BlogIndexPage, BlogPostPage
from tests.translating import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def polish():
    return Locale.objects.get(language_code="pl")


def english_posts():
    return BlogPostPage.objects.live().filter(locale__language_code="en")


def test_untranslated_pages_are_aliases_in_every_other_language():
    for post in english_posts():
        for code in ("pl", "es", "ar"):
            assert post.get_translation(Locale.objects.get(language_code=code))


def test_polish_blog_lists_only_polish_posts(client, polish):
    post = (
        english_posts()
        .exclude(
            pk__in=[
                p.alias_of_id
                for p in BlogPostPage.objects.filter(
                    locale=polish, alias_of__isnull=False
                )
            ]
        )
        .first()
        or english_posts().first()
    )
    polish_post = translate(post, "pl")
    index = BlogIndexPage.objects.get(locale=polish)
    html = client.get(index.url).content.decode()
    for page in BlogPostPage.objects.live().filter(locale=polish):
        if page.alias_of_id:
            assert f'href="{page.url}"' not in html, page.url
        else:
            assert f'href="{page.url}"' in html
    assert polish_post.title in html


def test_latest_posts_in_a_language_leave_out_aliases(polish):
    assert BlogPostPage.objects.filter(locale=polish, alias_of__isnull=False).exists()
    latest = BlogPostPage.objects.listed().in_language(polish).newest_first()
    assert all(post.alias_of_id is None for post in latest)


def test_search_in_polish_finds_no_english_aliases(client, polish):
    english = english_posts().first()
    with translation.override("pl"):
        response = client.get("/pl/search/", {"q": english.title.split()[0]})
    assert response.status_code == 200
    aliases = Page.objects.filter(locale=polish, alias_of__isnull=False)
    html = (
        response.content.decode().split('class="search-results"')[1].split("</ol>")[0]
    )
    assert not [page.url for page in aliases if f'href="{page.url}"' in html]


def test_a_translated_home_page_features_pages_in_its_own_language(
    client, home_page, polish
):
    polish_home = translate(home_page, "pl")
    chosen = [block.value for block in polish_home.featured_pages]
    assert chosen and all(page.locale.language_code == "en" for page in chosen)
    html = client.get(polish_home.url).content.decode()
    for page in chosen:
        in_polish = page.get_translation(polish)
        assert f'href="{in_polish.url}"' in html
        assert f'href="{page.url}"' not in html
