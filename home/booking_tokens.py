"""The link in a booking's emails: its id and a keyed hash of it, so no one can
make the link to another person's booking. Letters, digits and a hyphen only:
Wagtail's page addresses take nothing else."""

from django.utils.crypto import constant_time_compare, salted_hmac

TOKEN_SALT = "home.booking"


def token_for(booking):
    return f"{booking.pk}-{_signature(booking.pk)}"


def _signature(pk):
    return salted_hmac(TOKEN_SALT, str(pk), algorithm="sha256").hexdigest()[:32]


def booking_from(token):
    """The booking a link is for, or None if the link was not made by us."""
    from home.models.bookings import Booking

    pk, _, signature = token.partition("-")
    if not pk.isdigit() or not constant_time_compare(signature, _signature(int(pk))):
        return None
    return Booking.objects.select_related("event").filter(pk=int(pk)).first()


def booking_url(booking, absolute=False):
    event = booking.event
    base = event.get_full_url() if absolute else event.url
    return base + event.reverse_subpage("booking", args=(token_for(booking),))
