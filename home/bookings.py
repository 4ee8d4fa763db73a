"""Taking, cancelling and giving out places at an event, safely under load.

Every change to an event's bookings first locks the event's page rows (all its
translations, in one order), so on PostgreSQL two requests for the last place
run one after the other: the first gets it, the second joins the waiting list.
SQLite takes its write lock when each transaction begins (transaction_mode
IMMEDIATE), which has the same effect. Emails are sent after the transaction
commits, by the background worker, which tries again if the mail server is down
(home/booking_mail.py); the booking is stored whatever happens to the email.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from home.booking_mail import send_booking_mail
from home.models.bookings import Booking, BookingStatus


class EventGone(Exception):
    """The event's page was deleted meanwhile."""


def _lock_event(event):
    # The page model of every translation: EventPage rows, locked in pk order.
    model = type(event)
    locked = list(
        model.objects.filter(translation_key=event.translation_key)
        .order_by("pk")
        .select_for_update(of=("self",))
        .values_list("pk", flat=True)
    )
    if not locked:
        raise EventGone


def book(event, cleaned):
    """A new Booking: a place if one is free and nobody is waiting for it, else
    on the waiting list. An address that already has a booking is sent its link
    again instead, so the form tells no one who has booked; returns None then."""
    with transaction.atomic():
        _lock_event(event)
        bookings = Booking.objects.for_event(event)
        existing = bookings.active().filter(email__iexact=cleaned["email"]).first()
        if existing is not None:
            transaction.on_commit(lambda: _mail(existing, "booked"))
            return None
        booking = Booking.for_event_page(event, cleaned)
        place_free = bookings.confirmed().count() < event.capacity
        nobody_waiting = not bookings.waiting().exists()
        booking.status = (
            BookingStatus.CONFIRMED
            if place_free and nobody_waiting
            else BookingStatus.WAITING
        )
        booking.save()
        transaction.on_commit(lambda: _mail(booking, "booked"))
    return booking


def cancel(booking, event):
    """Cancels `booking` (once), and gives its place to the next person waiting.

    `event` is the page the link was opened on: any translation will do, and the
    one booked on may have been deleted since."""
    with transaction.atomic():
        _lock_event(event)
        booking.refresh_from_db()
        if booking.status == BookingStatus.CANCELLED:
            return []
        was_confirmed = booking.status == BookingStatus.CONFIRMED
        booking.status = BookingStatus.CANCELLED
        booking.cancelled_at = timezone.now()
        booking.save(update_fields=["status", "cancelled_at"])
        promoted = fill_places(event) if was_confirmed else []
        transaction.on_commit(lambda: _mail(booking, "cancelled"))
    return promoted


def fill_places(event):
    """Moves people up from the waiting list while there are places; who moved.

    Call it inside a transaction that has locked the event (cancel, or a place
    removed in the admin).
    """
    bookings = Booking.objects.for_event(event)
    free = event.capacity - bookings.confirmed().count()
    promoted = list(bookings.waiting()[: max(free, 0)])
    now = timezone.now()
    for booking in promoted:
        booking.status = BookingStatus.CONFIRMED
        booking.promoted_at = now
        booking.save(update_fields=["status", "promoted_at"])
        transaction.on_commit(lambda booking=booking: _mail(booking, "promoted"))
    return promoted


def after_publish(event):
    """A published event may have more places (people waiting move up) or a new
    date (bookings are deleted that many days after its new end)."""
    if not event.takes_bookings_here:
        return
    # As stored: the signal's copy of the page may hold its times otherwise.
    event = type(event).objects.get(pk=event.pk)
    Booking.objects.for_event(event).update(
        keep_until=event.end + timedelta(days=event.keep_bookings_for_days)
    )
    fill_places_after_removal(event)


def fill_places_after_removal(event):
    with transaction.atomic():
        _lock_event(event)
        return fill_places(event)


def places_left(event):
    return max(event.capacity - Booking.objects.for_event(event).confirmed().count(), 0)


def _mail(booking, what):
    # With the status it had: by the time the worker sends it, it may have changed.
    send_booking_mail.enqueue(booking.pk, what, booking.status)
