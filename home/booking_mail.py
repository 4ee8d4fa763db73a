"""Emails about a booking, sent by the background worker after the booking is stored.

A mail server that is down makes the task fail; the worker tries it again
(movement/task_retries.py) and the booking is kept whatever happens. Each email
is in the language the person booked in, as plain text, with the link that
shows their booking and lets them cancel it.
"""

from django_tasks import task

from home.booking_tokens import booking_url
from movement.mail import send_plain_mail

SUBJECTS = {
    "booked": "home/email/booking_booked_subject.txt",
    "promoted": "home/email/booking_promoted_subject.txt",
    "cancelled": "home/email/booking_cancelled_subject.txt",
}


@task()
def send_booking_mail(booking_id, what, status):
    from home.models.bookings import Booking

    booking = Booking.objects.select_related("event").filter(pk=booking_id).first()
    if booking is None or booking.event is None:
        return "gone"  # erased, or its event deleted, before the mail went
    if booking.status != status:
        return "changed"  # cancelled or moved up meanwhile: that has its own email
    context = {
        "booking": booking,
        "event": booking.event,
        "link": booking_url(booking, absolute=True),
        "position": booking.waiting_position(),
    }
    send_plain_mail(
        booking.email,
        booking.language,
        SUBJECTS[what],
        f"home/email/booking_{what}.txt",
        context,
    )
    return "sent"
