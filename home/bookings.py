"""Taking, cancelling and giving out places at an event, safely under load.

Every change to an event's bookings first locks the event's page rows (all its
translations, in one order), so on PostgreSQL two requests for the last place
run one after the other: the first gets it, the second joins the waiting list.
SQLite takes its write lock when each transaction begins (transaction_mode
IMMEDIATE), which has the same effect. Emails are sent after the transaction
commits, by the background worker, which tries again if the mail server is down
(home/booking_mail.py); the booking is stored whatever happens to the email.
"""

from django.db import transaction
from django.utils import timezone

from home.booking_mail import send_booking_mail
from home.models.bookings import Booking, BookingStatus


class AlreadyBooked(Exception):
    """The email address already has a place, or a place on the waiting list."""


def _lock_event(event):
    # The page model of every translation: EventPage rows, locked in pk order.
    model = type(event)
    list(
        model.objects.filter(translation_key=event.translation_key)
        .order_by("pk")
        .select_for_update(of=("self",))
        .values_list("pk", flat=True)
    )


def book(event, cleaned):
    """A new Booking: a place if one is free, else on the waiting list."""
    with transaction.atomic():
        _lock_event(event)
        bookings = Booking.objects.for_event(event)
        if bookings.active().filter(email__iexact=cleaned["email"]).exists():
            raise AlreadyBooked
        booking = Booking.for_event_page(event, cleaned)
        taken = bookings.confirmed().count()
        booking.status = (
            BookingStatus.CONFIRMED if taken < event.capacity else BookingStatus.WAITING
        )
        booking.save()
        transaction.on_commit(lambda: _mail(booking, "booked"))
    return booking


def cancel(booking):
    """Cancels `booking` (once), and gives its place to the next person waiting."""
    with transaction.atomic():
        _lock_event(booking.event)
        booking.refresh_from_db()
        if booking.status == BookingStatus.CANCELLED:
            return []
        was_confirmed = booking.status == BookingStatus.CONFIRMED
        booking.status = BookingStatus.CANCELLED
        booking.cancelled_at = timezone.now()
        booking.save(update_fields=["status", "cancelled_at"])
        promoted = fill_places(booking.event) if was_confirmed else []
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


def fill_places_after_removal(event):
    with transaction.atomic():
        _lock_event(event)
        return fill_places(event)


def places_left(event):
    return max(event.capacity - Booking.objects.for_event(event).confirmed().count(), 0)


def _mail(booking, what):
    send_booking_mail.enqueue(booking.pk, what)
