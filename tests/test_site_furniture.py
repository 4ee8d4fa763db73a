"""Menu, footer, banner and settings: edited without a deploy, shown at once."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from movement.demo.build import stream
from movement.furniture import furniture_generation
from movement.models import Footer, MainNavigation, NoticeBanner, SiteSettings
from tests.factories import (
    BlogCategoryFactory,
    ImageFactory,
    PersonFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


def banner(**fields):
    return NoticeBanner.objects.create(locale=Locale.get_default(), **fields)


def html_of(client, page):
    return client.get(page.url).content.decode()


def test_banner_shows_only_inside_its_dates(client, home_page):
    NoticeBanner.objects.all().delete()
    now = timezone.now()
    banner(message="Past notice", ends_at=now - datetime.timedelta(hours=1))
    banner(message="Future notice", starts_at=now + datetime.timedelta(days=1))
    banner(message="Hidden notice", is_enabled=False)
    banner(message="Current notice", starts_at=now - datetime.timedelta(hours=1))
    html = html_of(client, home_page)
    assert "Current notice" in html
    for hidden in ("Past notice", "Future notice", "Hidden notice"):
        assert hidden not in html


def test_banner_cache_lasts_only_until_the_next_start_or_end():
    now = timezone.now()
    english = Locale.get_default()
    banners = NoticeBanner.objects
    NoticeBanner.objects.all().delete()
    banner(message="Soon", starts_at=now + datetime.timedelta(seconds=90))
    assert banners.showing_and_seconds_until_change(english, now) == (None, 91)
    showing = banner(message="Now", ends_at=now + datetime.timedelta(seconds=30))
    assert banners.showing_and_seconds_until_change(english, now) == (showing, 31)
    NoticeBanner.objects.all().delete()
    assert banners.showing_and_seconds_until_change(english, now) == (None, 3600)


def test_editing_the_banner_shows_on_the_next_request(client, home_page):
    current = NoticeBanner.objects.showing(Locale.get_default()).first()
    assert escape(current.message) in html_of(client, home_page)
    current.message = "Reopening on Monday"
    current.save()
    assert "Reopening on Monday" in html_of(client, home_page)


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"link_url": "https://example.org", "link_text": ""}, "link_text"),
        (
            {
                "link_url": "https://example.org",
                "link_text": "More",
                "starts_at": timezone.now(),
                "ends_at": timezone.now() - datetime.timedelta(days=1),
            },
            "ends_at",
        ),
    ],
)
def test_banner_validation_names_the_field(fields, field):
    notice = NoticeBanner(locale=Locale.get_default(), message="Hello", **fields)
    with pytest.raises(ValidationError) as error:
        notice.full_clean()
    assert field in error.value.message_dict


def test_menu_edit_and_page_publish_reach_the_cached_header(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Volunteer", slug="volunteer")
    menu = MainNavigation.objects.get(locale=Locale.get_default())
    html_of(client, home_page)  # warm the cache
    menu.items = stream(
        ("section", {"link": {"page": page, "url": "", "text": ""}, "children": []})
    )
    menu.save()
    assert ">Volunteer</a>" in html_of(client, home_page)

    page.title = "Volunteer with us"
    page.save_revision().publish()
    assert ">Volunteer with us</a>" in html_of(client, home_page)


def test_menu_marks_the_current_section(client, home_page):
    about = home_page.get_children().get(slug="about")
    html = html_of(client, about.specific)
    assert f'href="{about.url}" aria-current="page"' in html


def test_footer_shows_settings_and_links(client, home_page):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.charity_number = "7654321"
    settings.save()
    html = html_of(client, home_page)
    assert "Registered charity number 7654321" in html
    assert "hello@example.org" in html
    assert ">YouTube</a>" in html
    footer = Footer.objects.get(locale=Locale.get_default())
    assert "Privacy notice" in html and footer.links


def test_snippets_are_edited_in_the_admin(admin_client):
    for model in (MainNavigation, Footer, NoticeBanner):
        url = f"/admin/snippets/movement/{model._meta.model_name}/"
        assert admin_client.get(url).status_code == 200
    assert admin_client.get("/admin/settings/movement/sitesettings/").status_code in (
        200,
        302,
    )


def test_untranslated_menu_and_footer_are_marked_as_english(client):
    MainNavigation.objects.exclude(locale__language_code="en").delete()
    Footer.objects.exclude(locale__language_code="en").delete()
    html = client.get("/ar/").content.decode()
    assert re.search(r'<nav class="main-nav"[^>]* lang="en" dir="ltr">', html)
    assert re.search(r'<div class="site-footer__text" lang="en" dir="ltr">', html)
    english = client.get("/en/").content.decode()
    assert not re.search(r'<nav class="main-nav"[^>]* lang=', english)


def test_site_name_is_translatable(client):
    from movement.models import SiteIdentity

    english = SiteIdentity.objects.get(locale__language_code="en")
    SiteIdentity.objects.filter(locale__language_code="pl").delete()
    SiteIdentity.objects.create(
        locale=Locale.objects.get(language_code="pl"),
        translation_key=english.translation_key,
        name="Rewolucja Odporności",
    )
    assert "Rewolucja Odporności" in client.get("/pl/").content.decode()
    assert english.name in client.get("/en/").content.decode()


def test_menu_links_and_cards_for_untranslated_pages_are_marked_as_english(client):
    html = client.get("/ar/").content.decode()
    about_alias = Page.objects.get(locale__language_code="ar", slug="about")
    assert about_alias.alias_of_id is not None
    assert re.search(rf'<a href="{about_alias.url}"[^>]* lang="en" dir="ltr">', html)
    # A translated page's link carries no lang: it is in Arabic like the page.
    assert not re.search(r'<a href="/ar/fundamentals/"[^>]* lang=', html)


def test_a_translation_made_private_leaves_the_language_switcher_at_once(
    client, home_page
):
    from wagtail.models import PageViewRestriction

    polish_home = home_page.get_translation(Locale.objects.get(language_code="pl"))
    assert polish_home.alias_of_id is None  # the demo translates the home page
    assert 'hreflang="pl"' in client.get("/en/").content.decode()
    PageViewRestriction.objects.create(
        page=polish_home, restriction_type=PageViewRestriction.LOGIN
    )
    assert 'hreflang="pl"' not in client.get("/en/").content.decode()


@pytest.mark.parametrize("make", ["image", "person", "category"])
def test_editing_what_cached_heads_name_starts_a_new_generation(make):
    # Every page's <head> names its share image's alt text, its authors and its
    # categories (movement/seo.py) and is cached under the furniture generation.
    thing = {
        "image": ImageFactory,
        "person": PersonFactory,
        "category": BlogCategoryFactory,
    }[make]()
    before = furniture_generation()
    thing.save()
    assert furniture_generation() != before
