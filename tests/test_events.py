import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.demo import events as demo_events
from home.ics import CalendarEvent, calendar
from home.models import EventIndexPage, EventPage
from movement.demo import DemoSite
from movement.models import FundamentalsPage
from tests.event_factories import EventIndexPageFactory, EventPageFactory
from tests.factories import ImageFactory
from tests.translating import translate

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
LONDON = ZoneInfo("Europe/London")
NOW = datetime.datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
SUMMER_AFTERNOON = datetime.datetime(2027, 7, 1, 12, 30, tzinfo=UTC)


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page, title="What's on", slug="whats-on")


def hours_from(moment, hours):
    return moment + datetime.timedelta(hours=hours)


def make_events(index, count, image=None, past=False):
    """`count` events a day apart, all upcoming or all over; every other card
    uses its own listing image rather than the cover image."""
    now = datetime.datetime.now(UTC).replace(microsecond=0)
    direction = -1 if past else 1
    listing_image = ImageFactory() if image else None
    for number in range(count):
        start = now + datetime.timedelta(days=direction * (number + 2))
        EventPageFactory(
            parent=index,
            title=f"{'Past' if past else 'Coming'} event {number}",
            slug=f"{'past' if past else 'coming'}-event-{number}",
            start=start,
            end=hours_from(start, 2),
            cover_image=image,
            listing_image=listing_image if number % 2 else None,
        )


def query_count(client, url):
    client.get(url)  # the first visit makes image renditions; count the second
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


# iCalendar serialisation


def one_event_calendar(**fields):
    event = {
        "uid": "abc",
        "start": SUMMER_AFTERNOON,
        "end": hours_from(SUMMER_AFTERNOON, 2),
        "stamp": NOW,
        "summary": "Tea",
        **fields,
    }
    return calendar([CalendarEvent(**event)])


def unfolded(text):
    return text.replace("\r\n ", "")


def test_text_escapes_backslashes_first_then_separators_and_newlines():
    text = one_event_calendar(summary="a\\b, c; d\ne\r\nf")
    assert "SUMMARY:a\\\\b\\, c\\; d\\ne\\nf\r\n" in text


def test_text_drops_control_characters():
    text = one_event_calendar(summary="bell\x07 and tab\t")
    assert "SUMMARY:bell and tab\t\r\n" in text


def test_lines_fold_within_75_octets_without_splitting_characters():
    description = "Łódź café – ünïcode " * 20
    text = one_event_calendar(description=description)
    physical = text.split("\r\n")
    start = next(
        i for i, line in enumerate(physical) if line.startswith("DESCRIPTION:")
    )
    assert physical[start + 1].startswith(" ")
    assert all(len(part.encode()) <= 75 for part in physical)
    assert f"DESCRIPTION:{description}\r\n" in unfolded(text)


def test_short_lines_are_not_folded():
    assert "\r\nSUMMARY:Short\r\n" in one_event_calendar(summary="Short")


def test_times_are_written_in_utc_and_naive_times_refused():
    summer = datetime.datetime(2027, 7, 1, 13, 30, tzinfo=LONDON)
    assert "DTSTART:20270701T123000Z\r\n" in one_event_calendar(start=summer)
    with pytest.raises(ValueError):
        one_event_calendar(start=datetime.datetime(2027, 7, 1, 13, 30))


def test_calendar_uses_crlf_throughout_and_escapes_text_but_not_urls():
    text = calendar(
        [
            CalendarEvent(
                uid="abc",
                start=SUMMER_AFTERNOON,
                end=hours_from(SUMMER_AFTERNOON, 2),
                stamp=NOW,
                summary="Tea, cake; and talk",
                url="https://example.org/a,b;c",
            )
        ]
    )
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "SUMMARY:Tea\\, cake\\; and talk\r\n" in text
    assert "URL:https://example.org/a,b;c\r\n" in text
    assert "DTSTART:20270701T123000Z\r\n" in text
    assert "DTSTAMP:20270301T120000Z\r\n" in text


# Upcoming and past


def test_upcoming_and_past_split_on_the_end_time(index):
    finished = EventPageFactory(
        parent=index, start=hours_from(NOW, -5), end=hours_from(NOW, -3)
    )
    in_progress = EventPageFactory(
        parent=index, start=hours_from(NOW, -1), end=hours_from(NOW, 1)
    )
    later = EventPageFactory(
        parent=index, start=hours_from(NOW, 48), end=hours_from(NOW, 50)
    )
    soon = EventPageFactory(
        parent=index, start=hours_from(NOW, 24), end=hours_from(NOW, 26)
    )
    older = EventPageFactory(
        parent=index, start=hours_from(NOW, -50), end=hours_from(NOW, -48)
    )
    events = EventPage.objects.child_of(index)

    assert list(events.upcoming(now=NOW)) == [in_progress, soon, later]
    assert list(events.past(now=NOW)) == [finished, older]
    assert in_progress.is_past(NOW) is False
    assert finished.is_past(NOW) is True


def test_listing_keeps_to_the_index_language(client, index):
    english = EventPageFactory(parent=index, title="Summer meeting")
    polish_locale = Locale.objects.get(language_code="pl")
    polish_index = index.copy_for_translation(polish_locale, copy_parents=True)
    polish_index.save_revision().publish()
    polish = english.copy_for_translation(polish_locale)
    polish.title = "Spotkanie letnie"
    polish.save_revision().publish()

    assert list(EventPage.objects.listed().in_language(polish_locale)) == [polish]
    english_page = client.get(index.url).content.decode()
    polish_page = client.get(polish_index.url).content.decode()
    assert "Summer meeting" in english_page
    assert "Spotkanie letnie" not in english_page
    assert "Spotkanie letnie" in polish_page
    assert "Summer meeting" not in polish_page


def test_drafts_are_not_listed(client, index):
    EventPageFactory(parent=index, title="Not ready yet", live=False)
    assert "Not ready yet" not in client.get(index.url).content.decode()


# The index


def test_index_lists_upcoming_soonest_first_and_recent_past_events(client, index):
    make_events(index, 3)
    make_events(index, 5, past=True)

    response = client.get(index.url)

    assert [event.title for event in response.context["events"]] == [
        "Coming event 0",
        "Coming event 1",
        "Coming event 2",
    ]
    assert [event.title for event in response.context["recent_past_events"]] == [
        "Past event 0",
        "Past event 1",
        "Past event 2",
    ]
    html = response.content.decode()
    assert f'href="{index.url}past/"' in html
    assert html.count("<h1") == 1


def test_past_listing_is_most_recent_first_and_paginated(client, index):
    make_events(index, 14, past=True)
    make_events(index, 1)

    first = client.get(f"{index.url}past/")
    second = client.get(f"{index.url}past/?page=2")

    titles = [event.title for event in first.context["events"]]
    assert titles[:2] == ["Past event 0", "Past event 1"]
    assert len(titles) == 12
    assert [event.title for event in second.context["events"]] == [
        "Past event 12",
        "Past event 13",
    ]
    assert "Coming event 0" not in first.content.decode()
    assert "<h1>Past events</h1>" in first.content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999999"])
def test_bad_page_numbers_are_404(client, index, page):
    make_events(index, 2, past=True)
    assert client.get(f"{index.url}past/?page={page}").status_code == 404
    assert client.get(f"{index.url}?page={page}").status_code == 404


def test_unknown_sub_urls_are_404(client, index):
    event = EventPageFactory(parent=index)
    assert client.get(f"{index.url}nonsense/").status_code == 404
    assert client.get(f"{index.url}past/nonsense/").status_code == 404
    assert client.get(f"{event.url}nonsense/").status_code == 404
    assert client.get(f"{event.url}ics/nonsense/").status_code == 404


def test_index_with_no_events_says_so(client, index):
    html = client.get(index.url).content.decode()
    assert "No events are planned just now" in html
    assert (
        "There are no past events yet"
        in client.get(f"{index.url}past/").content.decode()
    )


# Query budgets


@pytest.mark.parametrize("route", ["", "past/"])
def test_index_queries_do_not_grow_with_the_number_of_events(client, index, route):
    image = ImageFactory()
    make_events(index, 10, image=image)
    make_events(index, 10, image=image, past=True)
    with_twenty = query_count(client, index.url + route)

    for number in range(90):
        start = datetime.datetime(2030, 1, 1, tzinfo=UTC) + datetime.timedelta(
            days=number
        )
        past_start = datetime.datetime(2020, 1, 1, tzinfo=UTC) + datetime.timedelta(
            days=number
        )
        for slug, moment in [(f"more-{number}", start), (f"old-{number}", past_start)]:
            EventPageFactory(
                parent=index,
                slug=slug,
                start=moment,
                end=hours_from(moment, 1),
                cover_image=image,
            )
    with_two_hundred = query_count(client, index.url + route)

    assert with_twenty == with_two_hundred
    assert with_two_hundred <= 20


def test_event_page_stays_within_its_query_budget(client, index):
    event = EventPageFactory(parent=index, cover_image=ImageFactory())
    assert query_count(client, event.url) <= 20


@pytest.mark.parametrize(
    "slug",
    [
        "blackpool-schools-community-of-practice",
        "getting-your-head-around-conferences",
        "big-resilience-get-together-2023",
    ],
)
def test_demo_event_pages_stay_within_the_query_budget(client, slug):
    event = EventPage.objects.get(locale=Locale.get_default(), slug=slug)
    assert query_count(client, event.url) <= 20
    assert query_count(client, f"{event.url}ics/") <= 10


# The event page


def test_event_page_shows_times_in_the_event_zone_with_the_zone_named(client, index):
    event = EventPageFactory(
        parent=index,
        start=datetime.datetime(2030, 7, 4, 13, 30, tzinfo=LONDON),
        end=datetime.datetime(2030, 7, 4, 15, 30, tzinfo=LONDON),
    )
    event.refresh_from_db()
    assert event.start == datetime.datetime(2030, 7, 4, 12, 30, tzinfo=UTC)

    html = client.get(event.url).content.decode()

    assert (
        '<time datetime="2030-07-04T13:30:00+01:00">Thursday 4 July 2030, 1:30 p.m.'
        in html
    )
    assert "3:30 p.m.</time>" in html
    assert "Europe/London time, BST" in html


def test_event_page_uses_its_own_zone_not_the_site_zone(client, index):
    event = EventPageFactory(
        parent=index,
        time_zone="America/New_York",
        start=datetime.datetime(2030, 7, 4, 9, 0, tzinfo=ZoneInfo("America/New_York")),
        end=datetime.datetime(2030, 7, 5, 17, 0, tzinfo=ZoneInfo("America/New_York")),
    )
    html = client.get(event.url).content.decode()
    assert 'datetime="2030-07-04T09:00:00-04:00"' in html
    assert "Friday 5 July 2030, 5 p.m." in html  # ends on another day, so it is named
    assert "America/New York time, EDT" in html


def test_event_page_shows_the_date_in_the_visitors_language(client, index):
    event = EventPageFactory(
        parent=index,
        start=datetime.datetime(2030, 7, 4, 13, 30, tzinfo=LONDON),
        end=datetime.datetime(2030, 7, 4, 15, 30, tzinfo=LONDON),
    )
    polish = Locale.objects.get(language_code="pl")
    index.copy_for_translation(polish, copy_parents=True).save_revision().publish()
    polish_event = event.copy_for_translation(polish)
    polish_event.save_revision().publish()

    html = client.get(polish_event.url).content.decode()

    assert "Czwartek 4 lipca 2030, 13:30" in html


def test_event_page_shows_venue_access_and_booking(client, index):
    event = EventPageFactory(
        parent=index,
        venue_name="The Grange",
        venue_address="1 Example Road\nBlackpool",
        step_free_access=True,
        hearing_loop=True,
        access_notes="Parking at the back.",
        booking_email="events@example.org",
        is_free=False,
        price="£5, free for young people",
    )
    html = client.get(event.url).content.decode()

    assert "The Grange<br>1 Example Road<br>Blackpool" in html
    assert "<li>Step-free access</li>" in html
    assert "<li>A hearing loop</li>" in html
    assert "British Sign Language" not in html
    assert "Parking at the back." in html
    assert 'href="mailto:events@example.org"' in html
    assert "£5, free for young people" in html
    assert f'href="{event.url}ics/"' in html
    assert "This event has ended" not in html
    assert html.count("<h1") == 1


def test_online_event_without_a_public_link_says_it_is_sent_on_booking(client, index):
    event = EventPageFactory(parent=index, attendance="online", venue_name="")
    html = client.get(event.url).content.decode()
    assert "We send the joining link to everyone who books." in html


def test_past_event_says_it_has_ended_and_stops_booking(client, index):
    start = datetime.datetime.now(UTC) - datetime.timedelta(days=3)
    event = EventPageFactory(
        parent=index,
        start=start,
        end=hours_from(start, 2),
        booking_url="https://tickets.example.org/e",
    )
    html = client.get(event.url).content.decode()
    assert "This event has ended." in html
    assert "https://tickets.example.org/e" not in html
    assert f'href="{event.url}ics/"' not in html


def test_booking_closes_at_the_deadline(client, index):
    event = EventPageFactory(
        parent=index,
        booking_url="https://tickets.example.org/e",
        booking_deadline=datetime.datetime.now(UTC) - datetime.timedelta(hours=1),
    )
    html = client.get(event.url).content.decode()
    assert "Booking has closed." in html
    assert "https://tickets.example.org/e" not in html


def test_translated_event_links_the_fundamentals_in_its_language(client, index):
    fundamentals_page = FundamentalsPage.objects.get(locale=Locale.get_default())
    co_production = fundamentals_page.fundamentals.get(slug="co-production")
    event = EventPageFactory(parent=index, fundamentals=[co_production])
    polish = Locale.objects.get(language_code="pl")
    # The demo translates the fundamentals page, each fundamental with it.
    polish_fundamentals_page = fundamentals_page.get_translation(polish)
    polish_co_production = polish_fundamentals_page.fundamentals.get(
        slug="co-production"
    )
    assert polish_co_production.title != co_production.title
    index.copy_for_translation(polish).save_revision().publish()
    polish_event = event.copy_for_translation(polish)
    polish_event.save_revision().publish()

    english_html = client.get(event.url).content.decode()
    polish_html = client.get(polish_event.url).content.decode()

    assert f'href="{fundamentals_page.url}co-production/">Co-production' in english_html
    assert (
        f'href="{polish_fundamentals_page.url}co-production/">'
        f"{polish_co_production.title}" in polish_html
    )


# The .ics download


def test_ics_download_has_calendar_headers_and_utc_times(client, index):
    event = EventPageFactory(
        parent=index,
        title="Tea, cake; and talk",
        slug="tea-and-talk",
        start=datetime.datetime(2030, 7, 4, 13, 30, tzinfo=LONDON),
        end=datetime.datetime(2030, 7, 4, 15, 30, tzinfo=LONDON),
        venue_name="The Grange",
        venue_address="1 Example Road\nBlackpool",
    )

    response = client.get(f"{event.url}ics/")
    text = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="tea-and-talk.ics"'
    assert f"UID:{event.translation_key}\r\n" in text
    assert "SUMMARY:Tea\\, cake\\; and talk\r\n" in text
    assert "DTSTART:20300704T123000Z\r\n" in text
    assert "DTEND:20300704T143000Z\r\n" in text
    assert "DTSTAMP:" in text
    assert "LOCATION:The Grange\\, 1 Example Road\\, Blackpool\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_ics_uid_is_stable_across_edits(client, index):
    event = EventPageFactory(parent=index)
    first = client.get(f"{event.url}ics/").content.decode()
    event.title = "A new name"
    event.save_revision().publish()
    second = client.get(f"{event.url}ics/").content.decode()
    uid = f"UID:{event.translation_key}\r\n"
    assert uid in first
    assert uid in second


def test_ics_filename_is_safe_for_non_ascii_slugs(client, index):
    event = EventPageFactory(parent=index, slug="spotkanie-łódź")
    response = client.get(f"{event.url}ics/")
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''spotkanie-%C5%82%C3%B3d%C5%BA.ics"
    )


def test_calendar_asks_subscribers_to_refresh_and_names_itself():
    text = calendar([], name="Events – Resilience Revolution", refresh_hours=6)
    assert "X-WR-CALNAME:Events – Resilience Revolution\r\n" in text
    assert "NAME:Events – Resilience Revolution\r\n" in text
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in text
    assert "X-PUBLISHED-TTL:PT6H\r\n" in text
    assert "REFRESH-INTERVAL" not in calendar([])


# The calendar of upcoming events


def test_upcoming_calendar_holds_every_upcoming_listed_event(client, index):
    make_events(index, 3)
    make_events(index, 2, past=True)
    EventPageFactory(parent=index, title="Draft event", slug="draft", live=False)
    response = client.get(f"{index.url}ics/")
    text = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="whats-on.ics"'
    assert "public" in response["Cache-Control"]
    assert text.count("BEGIN:VEVENT") == 3
    summaries = [line for line in text.split("\r\n") if line.startswith("SUMMARY:")]
    assert summaries == [f"SUMMARY:Coming event {number}" for number in range(3)]
    assert "X-WR-CALNAME:What's on – Resilience Revolution\r\n" in text
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in text


def test_each_language_has_a_calendar_of_its_own_events(client):
    english_index = EventIndexPage.objects.get(locale=Locale.get_default())
    event = EventPage.objects.child_of(english_index).upcoming().first()
    polish_event = translate(event, "pl")
    polish_index = EventIndexPage.objects.get(locale__language_code="pl")
    polish = client.get(f"{polish_index.url}ics/").content.decode()
    assert polish.count("BEGIN:VEVENT") == 1
    assert f"SUMMARY:{polish_event.title}" in polish.replace("\r\n ", "")
    # The host the visitor asked for, not the Site record's (localhost here).
    assert f"URL:http://testserver{polish_event.url}" in polish.replace("\r\n ", "")
    english = client.get(f"{english_index.url}ics/").content.decode()
    assert polish_event.title not in english.replace("\r\n ", "")
    assert english.count("BEGIN:VEVENT") == (
        EventPage.objects.child_of(english_index).live().upcoming().count()
    )


def test_upcoming_calendar_queries_do_not_grow_with_the_number_of_events(client, index):
    make_events(index, 2)
    with_two = query_count(client, f"{index.url}ics/")
    make_events_later(index, 20)
    with_twenty_two = query_count(client, f"{index.url}ics/")
    assert with_two == with_twenty_two
    assert with_twenty_two <= 10  # as for one event's .ics


def make_events_later(index, count):
    for number in range(count):
        start = datetime.datetime(2031, 1, 1, tzinfo=UTC) + datetime.timedelta(
            days=number
        )
        EventPageFactory(
            parent=index, slug=f"later-{number}", start=start, end=hours_from(start, 1)
        )


def test_event_index_offers_the_calendar_to_visitors_and_feed_readers(client, index):
    make_events(index, 1)
    html = client.get(index.url).content.decode()
    head, body = html.split("</head>")
    assert (
        '<link rel="alternate" type="text/calendar" title="What&#x27;s on (iCalendar)"'
        ' href="/en/whats-on/ics/">' in head
    )
    assert 'href="/en/whats-on/ics/"' in body
    assert "Add all upcoming events to your calendar" in body


def test_event_index_without_upcoming_events_offers_no_calendar_link(client, index):
    body = client.get(index.url).content.decode().split("</head>")[1]
    assert "Add all upcoming events to your calendar" not in body


# Editing


def test_end_before_start_is_refused_on_the_end_field(index):
    event = EventPageFactory.build(
        start=SUMMER_AFTERNOON, end=hours_from(SUMMER_AFTERNOON, -1), slug="backwards"
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert error.value.message_dict["end"] == [
        "The event must end after it starts. Check the date as well as the time."
    ]


def test_booking_deadline_after_the_end_is_refused(index):
    event = EventPageFactory.build(
        start=SUMMER_AFTERNOON,
        end=hours_from(SUMMER_AFTERNOON, 2),
        booking_deadline=hours_from(SUMMER_AFTERNOON, 3),
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "booking_deadline" in error.value.message_dict


def admin_form(index, instance=None, **fields):
    data = {
        "title": "Meeting",
        "slug": "meeting",
        "start": "2030-07-04 13:30",
        "end": "2030-07-04 15:30",
        "time_zone": "Europe/Warsaw",
        "attendance": "in_person",
        "venue_name": "Hala",
        "is_free": "on",
        "body": streamfield([]),
        "comments": inline_formset([]),
        "keep_bookings_for_days": "30",  # the form's initial value
        **fields,
    }
    form_class = EventPage.get_edit_handler().get_form_class()
    return form_class(
        nested_form_data(data), instance=instance or EventPage(), parent_page=index
    )


def test_admin_reads_typed_times_in_the_event_zone(index):
    form = admin_form(index)
    assert form.is_valid(), form.errors
    warsaw = ZoneInfo("Europe/Warsaw")
    assert form.cleaned_data["start"] == datetime.datetime(
        2030, 7, 4, 13, 30, tzinfo=warsaw
    )
    assert form.cleaned_data["start"].astimezone(UTC).hour == 11


def test_admin_shows_stored_times_in_the_event_zone(index):
    event = EventPageFactory(
        parent=index,
        time_zone="Europe/Warsaw",
        start=datetime.datetime(2030, 7, 4, 11, 30, tzinfo=UTC),
        end=datetime.datetime(2030, 7, 4, 13, 30, tzinfo=UTC),
    )
    form = EventPage.get_edit_handler().get_form_class()(
        instance=event, parent_page=index
    )
    assert form.initial["start"] == datetime.datetime(2030, 7, 4, 13, 30)


def test_admin_edit_and_add_views_render_times_in_the_event_zone(admin_client, index):
    event = EventPageFactory(
        parent=index,
        time_zone="Europe/Warsaw",
        start=datetime.datetime(2030, 7, 4, 11, 30, tzinfo=UTC),
        end=datetime.datetime(2030, 7, 4, 13, 30, tzinfo=UTC),
    )
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    add = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["home", "eventpage", index.pk])
    )
    assert edit.status_code == 200
    assert 'value="2030-07-04 13:30"' in edit.content.decode()
    assert add.status_code == 200


def test_admin_shows_the_end_before_start_message_on_the_end_field(index):
    form = admin_form(index, end="2030-07-04 12:00")
    assert not form.is_valid()
    assert form.errors["end"] == [
        "The event must end after it starts. Check the date as well as the time."
    ]


def test_admin_asks_for_venue_and_price_unless_saving_a_draft(index):
    form = admin_form(index, venue_name="", is_free="")
    assert not form.is_valid()
    assert "venue_name" in form.errors
    assert "price" in form.errors

    draft = admin_form(index, venue_name="", is_free="")
    draft.defer_required_fields()
    assert draft.is_valid(), draft.errors

    online = admin_form(index, venue_name="", attendance="online")
    assert online.is_valid(), online.errors


def test_events_live_only_under_an_events_index():
    assert EventPage.parent_page_types == ["home.EventIndexPage"]
    assert EventIndexPage.subpage_types == ["home.EventPage"]
    assert EventPage.can_create_at(EventIndexPage())
    assert not EventPage.can_create_at(EventPage())


# Demo content


def test_demo_has_an_events_index_with_upcoming_and_past_events(home_page):
    index = home_page.get_children().get(slug="events").specific
    events = EventPage.objects.child_of(index)
    assert index.show_in_menus
    assert (
        events.upcoming()
        .filter(slug="blackpool-schools-community-of-practice")
        .exists()
    )
    assert events.past().filter(slug="big-resilience-get-together-2023").exists()


def test_loading_the_demo_events_twice_changes_nothing(home_page):
    demo = DemoSite(home=home_page)
    demo.pages["blog"] = home_page.get_children().get(slug="blog").specific
    # By pk: each event's Polish, Spanish and Arabic versions share its slug.
    before = set(EventPage.objects.values_list("pk", "slug", "start", "end"))

    demo_events.load(demo)

    after = set(EventPage.objects.values_list("pk", "slug", "start", "end"))
    assert after == before
    assert demo.pages["events"].slug == "events"
    assert "big-resilience-get-together-2023" in demo.pages


def test_demo_meeting_is_a_thursday_at_least_thirty_days_ahead():
    today = datetime.date(2026, 11, 23)
    day = demo_events.weekday_from(today, demo_events.THURSDAY, 30)
    assert day.weekday() == demo_events.THURSDAY
    assert 30 <= (day - today).days < 37
