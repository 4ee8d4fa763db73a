"""The link in a booking's emails: its id and a keyed hash of it, so no one can
make the link to another person's booking. Letters, digits and a hyphen only:
Wagtail's page addresses take nothing else."""

import re

from django.utils.crypto import constant_time_compare, salted_hmac

TOKEN_SALT = "home.booking"
TOKEN = re.compile(r"([0-9]{1,12})-([0-9a-f]{32})", re.ASCII)


def token_for(booking):
    return f"{booking.pk}-{_signature(booking.pk)}"


def _signature(pk):
    return salted_hmac(TOKEN_SALT, str(pk), algorithm="sha256").hexdigest()[:32]


def booking_from(token):
    """The booking a link is for, or None if the link was not made by us."""
    from home.models.bookings import Booking

    match = TOKEN.fullmatch(token)
    if match is None:
        return None
    pk, signature = int(match[1]), match[2]
    if not constant_time_compare(signature, _signature(pk)):
        return None
    return Booking.objects.filter(pk=pk).first()


def booking_url(booking, absolute=False):
    event = booking.event
    base = event.get_full_url() if absolute else event.url
    return base + event.reverse_subpage("booking", args=(token_for(booking),))
