"""The event page's admin form: times typed as a clock at the event shows them."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from movement.page_form import PageForm

from .event_access import Attendance
from .event_times import zone_named

# Times typed in the admin are read in the event's time zone (see EventPageForm).
WALL_TIME_FIELDS = ("start", "end", "booking_deadline")


class EventPageForm(PageForm):
    """Times are typed as they are where the event happens, and stored in UTC.

    Without this, the admin would read them in the editor's own time zone, and
    an event in Warsaw entered from London would start an hour out.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = zone_named(self.instance.time_zone)
        for name in WALL_TIME_FIELDS:
            moment = getattr(self.instance, name)
            if moment is not None and name in self.fields:
                # A naive value is shown as it is, not converted to the editor's zone.
                self.initial[name] = timezone.make_naive(moment, zone)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("time_zone"):
            zone = zone_named(cleaned_data["time_zone"])
            for name in WALL_TIME_FIELDS:
                if cleaned_data.get(name):
                    wall_time = timezone.make_naive(cleaned_data[name])
                    cleaned_data[name] = timezone.make_aware(wall_time, zone)
        if not self.is_deferred_validation:
            self.require_publishable_details(cleaned_data)
        return cleaned_data

    def require_publishable_details(self, cleaned_data):
        """Checks a draft may skip: an editor can save before the venue is known."""
        if cleaned_data.get("attendance") != Attendance.ONLINE and not cleaned_data.get(
            "venue_name"
        ):
            self.add_error(
                "venue_name", _("Add the venue: people need to know where to go.")
            )
        if not cleaned_data.get("is_free") and not cleaned_data.get("price"):
            self.add_error("price", _("Say what it costs, or tick “Free”."))
