"""Menu, footer, banner and settings: edited without a deploy, shown at once."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Site

from movement.demo.build import stream
from movement.models import Footer, MainNavigation, NoticeBanner, SiteSettings
from tests.factories import StandardPageFactory

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
    NoticeBanner.objects.all().delete()
    banner(message="Soon", starts_at=now + datetime.timedelta(seconds=90))
    assert NoticeBanner.objects.seconds_until_change(now) == 91
    NoticeBanner.objects.all().delete()
    assert NoticeBanner.objects.seconds_until_change(now) == 3600


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
