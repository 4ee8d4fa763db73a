"""Booking a place at an event on the site: places, the waiting list, the
cancellation link, access needs, emails that survive a mail server being down.
The demo's online session takes bookings: 12 places, 9 taken."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone
from django.utils.html import escape

from home.booking_tokens import booking_url, token_for
from home.models import EventPage
from home.models.bookings import Booking, BookingStatus
from tests.task_worker import come_due, run_due_tasks
from tests.visitor_forms import filled_in

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"


def session(language="en"):
    return EventPage.objects.get(
        slug="getting-your-head-around-conferences", locale__language_code=language
    )


def book(client, number, event=None, **fields):
    event = event or session()
    data = filled_in(
        **{
            "name": f"Person {number}",
            "email": f"person{number}@example.org",
            "consent": "on",
            **fields,
        }
    )
    return client.post(event.url + "book/", data)


def confirmed(event=None):
    return Booking.objects.for_event(event or session()).confirmed().count()


def fill_up(client, event=None):
    event = event or session()
    while confirmed(event) < event.capacity:
        book(client, f"filler-{confirmed(event)}", event)


def test_the_page_shows_places_left_and_a_form_and_stays_cacheable(client):
    response = client.get(session().url)
    html = response.content.decode()
    assert "<strong>3</strong> places left of 12." in html
    assert 'class="booking__form"' in html
    assert "csrfmiddlewaretoken" not in html
    assert "s-maxage=60" in response["Cache-Control"]
    assert "events@example.org" not in html  # booked here, not by email
    assert 'name="step_free"' not in html  # online only: no venue to reach


def test_booking_stores_the_place_and_emails_the_link(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = book(
            client, 1, bsl="on", captions="on", other_needs=f"A ramp {SCRIPT}"
        )
    assert response.status_code == 303
    booking = Booking.objects.get(email="person1@example.org")
    assert booking.status == BookingStatus.CONFIRMED
    assert (
        booking.bsl and booking.captions and booking.other_needs == f"A ramp {SCRIPT}"
    )
    assert booking.keep_until == session().end + timedelta(days=30)
    assert response["Location"] == session().url + "book/sent/"
    sent = client.get(response["Location"])
    assert "Check your email" in sent.content.decode()
    assert "person1@example.org" not in sent.content.decode()
    page = client.get(booking_url(booking))
    assert page.status_code == 200
    assert "You have a place" in page.content.decode()
    assert escape(f"A ramp {SCRIPT}") in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    [email] = mail.outbox
    assert email.to == ["person1@example.org"]
    assert "Your place at" in email.subject
    assert token_for(booking) in email.body
    assert "A British Sign Language interpreter" in email.body


def test_when_full_people_join_the_waiting_list_in_order(client):
    fill_up(client)
    assert "All places are taken" in client.get(session().url).content.decode()
    book(client, "late-1")
    book(client, "late-2")
    late = Booking.objects.get(email="personlate-2@example.org")
    assert late.status == BookingStatus.WAITING
    assert late.waiting_position() == 2
    page = client.get(booking_url(late)).content.decode()
    assert "number 2 on the waiting list" in page
    assert "Leave the waiting list" in page
    assert confirmed() == session().capacity


def test_cancelling_gives_the_place_to_the_first_waiting_and_emails_them(
    client, django_capture_on_commit_callbacks
):
    fill_up(client)
    book(client, "late-1")
    book(client, "late-2")
    leaving = Booking.objects.for_event(session()).confirmed().first()
    link = booking_url(leaving)
    page = client.get(link).content.decode()
    assert "Cancel my booking" in page  # a GET (a mail scanner) cancels nothing
    assert Booking.objects.get(pk=leaving.pk).status == BookingStatus.CONFIRMED
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, {"cancel": "1"})
    assert "Your booking is cancelled" in response.content.decode()
    assert Booking.objects.get(pk=leaving.pk).status == BookingStatus.CANCELLED
    first = Booking.objects.get(email="personlate-1@example.org")
    assert first.status == BookingStatus.CONFIRMED and first.promoted_at
    assert Booking.objects.get(email="personlate-2@example.org").waiting_position() == 1
    assert confirmed() == session().capacity
    subjects = sorted(email.subject for email in mail.outbox)
    assert any("A place has come up" in subject for subject in subjects)
    assert any("is cancelled" in subject for subject in subjects)
    # The same link again changes nothing.
    again = client.post(link, {"cancel": "1"})
    assert "This booking was cancelled" in again.content.decode()
    assert confirmed() == session().capacity


@pytest.mark.parametrize(
    "token",
    [
        "1-0000",
        "abc",
        "999999-deadbeef",
        "1",
        "-",
        "²-" + "a" * 32,
        "9" * 5000 + "-" + "a" * 32,
    ],
)
def test_a_forged_link_gets_a_clear_page_and_changes_nothing(client, token):
    before = list(Booking.objects.values_list("pk", "status"))
    url = session().url + f"booking/{token}/"
    for response in (client.get(url), client.post(url, {"cancel": "1"})):
        assert response.status_code == 400
        assert "This booking link does not work" in response.content.decode()
    assert list(Booking.objects.values_list("pk", "status")) == before


def test_a_link_to_another_events_booking_does_not_work_here(client):
    booking = Booking.objects.for_event(session()).first()
    other = EventPage.objects.get(
        slug="blackpool-schools-community-of-practice", locale__language_code="en"
    )
    response = client.post(
        other.url + f"booking/{token_for(booking)}/", {"cancel": "1"}
    )
    assert response.status_code == 400
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED


def test_after_the_event_a_link_cancels_nothing(client):
    booking = Booking.objects.for_event(session()).confirmed().first()
    EventPage.objects.filter(translation_key=session().translation_key).update(
        start=timezone.now() - timedelta(hours=3),
        end=timezone.now() - timedelta(hours=2),
    )
    response = client.post(booking_url(booking), {"cancel": "1"})
    assert (
        "This event has ended, so there is nothing to cancel"
        in response.content.decode()
    )
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED


def test_one_email_address_books_once_and_the_form_tells_no_one(
    client, django_capture_on_commit_callbacks
):
    first = book(client, 1)
    with django_capture_on_commit_callbacks(execute=True):
        again = book(client, 1, email="PERSON1@example.org", name="Someone else")
    # The same answer as a new booking: nobody learns who has booked.
    assert (again.status_code, again["Location"]) == (
        first.status_code,
        first["Location"],
    )
    assert Booking.objects.filter(email__iexact="person1@example.org").count() == 1
    [reminder] = mail.outbox  # the address's own link, sent to it again
    assert reminder.to == ["person1@example.org"]
    booking = Booking.objects.get(email="person1@example.org")
    assert token_for(booking) in reminder.body


def test_more_places_go_to_the_people_waiting_first(client):
    fill_up(client)
    book(client, "late-1")
    event = session()
    event.capacity += 1
    event.save_revision().publish()
    assert (
        Booking.objects.get(email="personlate-1@example.org").status
        == BookingStatus.CONFIRMED
    )
    book(client, "newcomer")
    assert (
        Booking.objects.get(email="personnewcomer@example.org").status
        == BookingStatus.WAITING
    )


def test_a_postponed_event_keeps_its_bookings_until_after_its_new_date(client):
    book(client, "postponed")
    event = session()
    event.start += timedelta(days=60)
    event.end += timedelta(days=60)
    event.save_revision().publish()
    booking = Booking.objects.get(email="personpostponed@example.org")
    assert booking.keep_until == event.end + timedelta(
        days=event.keep_bookings_for_days
    )


def test_an_email_that_no_longer_fits_is_not_sent(
    client, django_capture_on_commit_callbacks
):
    from home.booking_mail import send_booking_mail

    book(client, "changed")
    booking = Booking.objects.get(email="personchanged@example.org")
    Booking.objects.filter(pk=booking.pk).update(status=BookingStatus.CANCELLED)
    result = send_booking_mail.enqueue(booking.pk, "booked", BookingStatus.CONFIRMED)
    assert result.return_value == "changed"
    assert not mail.outbox


def test_a_booking_in_polish_counts_towards_the_same_places(client):
    polish = session("pl")
    before = confirmed()
    response = book(client, "pl", event=polish)
    assert response.status_code == 303
    assert response["Location"].startswith("/pl/")
    assert confirmed() == before + 1
    assert "<strong>2</strong>" in client.get(session().url).content.decode()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": "not-an-address"}, "Enter a valid email address."),
        ({"name": "n" * 65536}, "at most 100 characters"),
        ({"other_needs": "x" * 65536}, "at most 500 characters"),
        ({"consent": ""}, "Please tick the box"),
        ({"website": "spam"}, "Leave this empty"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_booked(
    client, fields, message
):
    before = Booking.objects.count()
    response = book(client, "bad", **fields)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Booking.objects.count() == before
    assert "Error:" in response.content.decode().split("</title>")[0]


def test_a_booking_is_kept_when_the_mail_server_is_down_and_mailed_later(
    client, database_tasks, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with django_capture_on_commit_callbacks(execute=True):
        response = book(client, "offline")
    assert response.status_code == 303
    booking = Booking.objects.get(email="personoffline@example.org")
    [failed] = [task for task in run_due_tasks() if "booking_mail" in task.task_path]
    assert failed.status == "READY"  # to be tried again, after a wait
    assert "ConnectionRefusedError" in caplog.text
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    come_due(failed)
    [sent] = [task for task in run_due_tasks() if "booking_mail" in task.task_path]
    assert sent.status == "SUCCESSFUL"
    [email] = mail.outbox
    assert email.to == [booking.email]


def test_html_in_every_field_stays_text_in_the_email_and_the_admin(
    client, staff_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        book(client, "html", name=f"Jo {SCRIPT}", other_needs=SCRIPT)
    [email] = mail.outbox
    assert f"Hello Jo {SCRIPT}," in email.body  # plain text: shown as typed, never run
    assert "&lt;" not in email.body
    moderator = staff_client("Moderators")
    listing = moderator.get("/admin/bookings/").content.decode()
    assert escape(f"Jo {SCRIPT}") in listing and SCRIPT not in listing
    export = b"".join(
        moderator.get("/admin/bookings/?export=csv").streaming_content
    ).decode()
    assert f"Jo {SCRIPT}" in export


def test_removing_a_place_in_the_admin_gives_it_to_the_next_person(
    client, staff_client
):
    fill_up(client)
    book(client, "late-1")
    removed = Booking.objects.for_event(session()).confirmed().first()
    response = staff_client("Moderators").post(f"/admin/bookings/delete/{removed.pk}/")
    assert response.status_code == 302
    assert not Booking.objects.filter(pk=removed.pk).exists()
    assert (
        Booking.objects.get(email="personlate-1@example.org").status
        == BookingStatus.CONFIRMED
    )


@pytest.mark.parametrize("role", ["Editors", "Translators"])
def test_other_roles_do_not_see_bookings(staff_client, role):
    assert staff_client(role).get("/admin/bookings/").status_code in (302, 403)


def test_bookings_are_deleted_after_the_event_and_the_retention(client):
    from django.core.management import call_command

    book(client, "old")
    Booking.objects.filter(email="personold@example.org").update(
        keep_until=timezone.now() - timedelta(minutes=1)
    )
    call_command("purge_personal_data", stdout=io.StringIO())
    assert not Booking.objects.filter(email="personold@example.org").exists()
    assert Booking.objects.for_event(session()).exists()  # the rest wait their turn


def test_a_moderator_finds_and_erases_a_persons_booking(client, staff_client):
    book(client, "casey", name="Casey Booker")
    booking = Booking.objects.get(name="Casey Booker")
    moderator = staff_client("Moderators")
    search = {"q": "personcasey@example"}
    found = moderator.post("/admin/personal-data/", search).content.decode()
    assert f'value="booking:{booking.pk}"' in found
    moderator.post(
        "/admin/personal-data/",
        {
            **search,
            "chosen": [f"booking:{booking.pk}"],
            "reference": "call",
            "confirm_erase": "on",
            "erase": "",
        },
    )
    assert not Booking.objects.filter(pk=booking.pk).exists()


def test_a_post_with_no_origin_is_confirmed_before_anything_is_booked():
    careful = Client(enforce_csrf_checks=True)
    before = Booking.objects.count()
    response = careful.post(
        session().url + "book/",
        filled_in(name="Jo", email="jo@example.org", consent="on"),
    )
    assert response.status_code == 403
    assert Booking.objects.count() == before


def test_an_event_without_places_keeps_its_email_booking(client):
    event = EventPage.objects.get(
        slug="blackpool-schools-community-of-practice", locale__language_code="en"
    )
    html = client.get(event.url).content.decode()
    assert "communities@example.org" in html
    assert 'class="booking__form"' not in html
    assert client.post(event.url + "book/", filled_in(name="x")).status_code == 302


@override_settings(VISITOR_FORM_RATE_LIMIT=1)
def test_a_flood_of_bookings_is_slowed(client):
    assert book(client, "f1").status_code == 303
    refused = book(client, "f2")
    assert refused.status_code == 429
    assert 'value="Person f2"' in refused.content.decode()
