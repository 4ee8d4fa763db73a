"""Bookings as personal data: found and erased on request, deleted after the event."""

from django.utils.translation import gettext_lazy as _

from movement.personal_data import PersonalData

from .models.bookings import Booking


class BookingPersonalData(PersonalData):
    kind = "booking"
    label = _("Event bookings")
    model = Booking
    search_fields = ("name", "email")
    fields = Booking.KEPT_FIELDS
