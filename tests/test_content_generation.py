"""The content generation: kept in the database, read once per request.

Another process (a second gunicorn worker, `publish_scheduled`, a shell) that
changes content advances the number in the database; this process must see it
on its next request whatever its cache holds. tests/integration/ runs real
separate processes; here the other process is played by writing to the
database directly, without this process's signals.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, Site

from movement import i18n
from movement.furniture import furniture_generation
from movement.models import ContentGeneration, MainNavigation

pytestmark = pytest.mark.django_db


def description(client, path):
    html = client.get(path).content.decode()
    return html.split('<meta name="description" content="', 1)[1].split('"', 1)[0]


def test_a_change_made_by_another_process_shows_on_the_next_request(client, home_page):
    before = description(client, "/en/")
    assert description(client, "/en/") == before  # now cached in this process
    # The other process: saves and publishes (its signal advances the number).
    Page.objects.filter(pk=home_page.pk).update(search_description="Changed elsewhere")
    ContentGeneration.objects.advance()
    assert description(client, "/en/") == "Changed elsewhere"


def test_a_menu_changed_by_another_process_shows_on_the_next_request(client):
    assert "Renamed elsewhere" not in client.get("/en/").content.decode()
    menu = MainNavigation.objects.get(locale=Locale.get_default())
    menu.items[0].value["link"]["text"] = "Renamed elsewhere"
    MainNavigation.objects.filter(pk=menu.pk).update(items=menu.items)
    ContentGeneration.objects.advance()
    assert "Renamed elsewhere" in client.get("/en/").content.decode()


def test_the_generation_is_read_once_per_request(inside_a_request):
    with CaptureQueriesContext(connection) as queries:
        furniture_generation()
        furniture_generation()
    assert queries.captured_queries == []  # read already, as base.html's first tag


def test_outside_a_request_every_read_is_fresh():
    first = furniture_generation()
    ContentGeneration.objects.advance()
    assert furniture_generation() != first


def test_a_publish_during_a_request_is_seen_by_that_request(
    inside_a_request, home_page
):
    before = furniture_generation()
    home_page.save_revision().publish()
    assert furniture_generation() != before


def test_the_number_is_not_kept_in_the_cache():
    """A Redis that restarts with old keys must not bring back an old number."""
    furniture_generation()
    cache.clear()
    first = furniture_generation()
    assert furniture_generation() == first
    assert str(ContentGeneration.objects.current()) == first


def test_a_process_seeing_a_new_generation_forgets_what_it_remembered(
    inside_a_request, settings
):
    i18n.active_locale()
    assert i18n._by_language  # remembered in this process
    cache.set("wagtail_site_root_paths", "stale", version=2)

    ContentGeneration.objects.advance()  # another process added a language, say
    from movement.furniture import _start_request

    _start_request()  # this process's next request
    i18n.check_generation()
    assert i18n._by_language == {}
    assert cache.get("wagtail_site_root_paths", version=2) is None
    assert Site.get_site_root_paths()  # rebuilt from the database


def test_a_missing_row_is_made_again():
    ContentGeneration.objects.all().delete()
    first = ContentGeneration.objects.current()
    assert ContentGeneration.objects.current() == first
    ContentGeneration.objects.advance()
    assert ContentGeneration.objects.current() != first


def test_no_number_comes_back():
    """Numbers are random, so a rolled-back change or a restored backup cannot
    bring back a number that a shared cache holds newer fragments for."""
    seen = {ContentGeneration.objects.current()}
    for _ in range(20):
        ContentGeneration.objects.advance()
        seen.add(ContentGeneration.objects.current())
    assert len(seen) == 21
