"""Bookings in the admin: Moderators see who is coming and what they need,
correct a typo, remove a booking, and export the list (CSV safe to open).
Removing someone who had a place gives it to the next person waiting."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.models import DeleteView

from home import bookings
from home.models.bookings import Booking, BookingStatus
from movement.visitor_forms.admin import VisitorRecordsViewSet


class BookingDeleteView(DeleteView):
    def delete_action(self):
        event = self.object.event
        had_a_place = self.object.status == BookingStatus.CONFIRMED
        super().delete_action()
        if had_a_place and event is not None:
            bookings.fill_places_after_removal(event)


class BookingViewSet(VisitorRecordsViewSet):
    model = Booking
    icon = "date"
    menu_label = _("Bookings")
    menu_order = 265
    delete_view_class = BookingDeleteView
    list_display = [
        "__str__",
        "name",
        "event_title",
        "status",
        "bsl",
        "step_free",
        "captions",
        "other_needs",
        "language",
        "created_at",
    ]
    list_filter = ["event_title", "status", "bsl", "step_free", "captions"]
    search_fields = ["name", "email", "event_title"]
    list_export = Booking.KEPT_FIELDS
    export_filename = "bookings"
    form_fields = ["name", "email", "bsl", "step_free", "captions", "other_needs"]
