"""Scheduled and draft content is visible at no address, in no language, before its time.

Every language mirrors the English tree with aliases (docs/decisions/0003), so
each English page has a /pl/, /es/ and /ar/ address too. Pages are scheduled
through the admin, as a Moderator does, and `publish_scheduled` is what the
timer in docs/operations.md runs.
"""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "pl", "es", "ar")


def page_form(title, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "introduction": rich_text("<p>Coming soon.</p>"),
            "body": streamfield([("paragraph", rich_text(f"<p>{title}</p>"))]),
            "action-publish": "publish",
            **extra,
        }
    )


def when(days):
    return (timezone.now() + datetime.timedelta(days=days)).strftime("%Y-%m-%d %H:%M")


def seen_in_every_language(slug, text):
    """{language: whether an anonymous visitor sees `text` at /<language>/<slug>/}."""
    visitor = Client()
    found = {}
    for code in LANGUAGES:
        response = visitor.get(f"/{code}/{slug}/")
        found[code] = response.status_code == 200 and text in response.content.decode()
    return found


def time_passes():
    """Two days on, the timer runs `publish_scheduled`."""
    later = timezone.now() + datetime.timedelta(days=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", verbosity=0)


@pytest.fixture
def moderator(staff_client):
    return staff_client("Moderators")


@pytest.mark.parametrize("drafted_first", [True, False])
def test_a_new_page_scheduled_for_tomorrow_is_nowhere_today(
    moderator, home_page, drafted_first
):
    """Drafted first is how the leak happened: the draft's aliases exist when the
    schedule is published, and Wagtail published them."""
    add = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk])
    scheduled = page_form("Summer camp", "summer-camp", go_live_at=when(1))
    if drafted_first:
        draft = page_form("Summer camp", "summer-camp")
        del draft["action-publish"]
        assert moderator.post(add, draft).status_code == 302
        page = StandardPage.objects.get(slug="summer-camp", locale=home_page.locale)
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert moderator.post(edit, scheduled).status_code == 302
    else:
        assert moderator.post(add, scheduled).status_code == 302
    page = StandardPage.objects.get(slug="summer-camp", locale=home_page.locale)
    aliases = Page.objects.filter(alias_of=page)
    assert {alias.locale.language_code for alias in aliases} == {"pl", "es", "ar"}
    assert not any(alias.live for alias in aliases)
    assert seen_in_every_language("summer-camp", "Summer camp") == dict.fromkeys(
        LANGUAGES, False
    )

    time_passes()
    assert seen_in_every_language("summer-camp", "Summer camp") == dict.fromkeys(
        LANGUAGES, True
    )


def test_a_scheduled_edit_shows_nowhere_before_its_time(moderator, home_page):
    about = home_page.get_children().get(slug="about").specific
    edit = reverse("wagtailadmin_pages:edit", args=[about.pk])
    response = moderator.post(
        edit, page_form("About us, new edition", "about", go_live_at=when(1))
    )
    assert response.status_code == 302
    assert seen_in_every_language("about", "About us, new edition") == {
        "en": False,
        "pl": False,  # Polish is a real translation; the others are aliases
        "es": False,
        "ar": False,
    }

    time_passes()
    seen = seen_in_every_language("about", "About us, new edition")
    assert seen["en"] and seen["es"] and seen["ar"]  # aliases follow the source


def test_a_scheduled_unpublish_takes_the_page_away_in_every_language(
    moderator, home_page
):
    add = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk])
    moderator.post(add, page_form("Spring fair", "spring-fair", expire_at=when(1)))
    assert seen_in_every_language("spring-fair", "Spring fair") == dict.fromkeys(
        LANGUAGES, True
    )

    time_passes()
    assert seen_in_every_language("spring-fair", "Spring fair") == dict.fromkeys(
        LANGUAGES, False
    )


def test_aliases_published_early_before_the_fix_are_put_back(home_page):
    from importlib import import_module

    from django.apps import apps

    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=home_page, slug="leaked", live=False)
    alias = page.create_alias(
        parent=Page.objects.get(locale__language_code="pl", depth=2),
        update_locale=Page.objects.get(locale__language_code="pl", depth=2).locale,
    )
    Page.objects.filter(pk=alias.pk).update(live=True)  # as Wagtail used to leave it

    migration = import_module(
        "movement.migrations.0005_unpublish_aliases_of_scheduled_pages"
    )
    migration.unpublish_early_aliases(apps, None)
    assert not Page.objects.get(pk=alias.pk).live
