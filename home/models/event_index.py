"""The events index: upcoming events, past events, and a calendar to subscribe to."""

from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.ics import calendar
from movement.models import SectionIndexPage, SiteIdentity, prefetch_card_renditions
from movement.pagination import paginate
from movement.seo import FeedLink

from .events import EventPage, calendar_response

EVENTS_PER_PAGE = 12
RECENT_PAST_EVENTS_SHOWN = 3
# The upcoming-events calendar: how many, and how often subscribers refresh it.
CALENDAR_EVENTS = 100
CALENDAR_REFRESH_HOURS = 6
CALENDAR_MAX_AGE = 15 * 60  # what shared caches may keep: edits show soon


class EventIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["home.EventPage"]
    card_icon = "calendar"
    card_label = ""  # its card names no kind: its title says it

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        return self.listed_children(EventPage)

    @path("")
    def upcoming_events(self, request):
        now = timezone.now()
        events = self.events()
        upcoming = paginate(request, events.upcoming(now), EVENTS_PER_PAGE)
        recent_past = prefetch_card_renditions(
            events.past(now)[:RECENT_PAST_EVENTS_SHOWN]
        )
        return self.render(
            request,
            context_overrides={"events": upcoming, "recent_past_events": recent_past},
        )

    @path("past/", name="past")
    def past_events(self, request):
        past = paginate(request, self.events().past(), EVENTS_PER_PAGE)
        return self.render(
            request, context_overrides={"events": past, "showing_past": True}
        )

    @path("ics/", name="calendar")
    def upcoming_calendar(self, request):
        """Every upcoming event of this language in one .ics file.

        A calendar app can also subscribe to this address: it then refreshes
        every few hours, and events stay one entry each as they change
        (their UIDs are stable).
        """
        events = self.events().upcoming().select_related("locale")[:CALENDAR_EVENTS]
        identity = SiteIdentity.objects.for_locale(self.locale_id)
        name = f"{self.title} – {identity.name}" if identity else self.title
        response = calendar_response(
            calendar(
                [event.as_calendar_event(request) for event in events],
                name=name,
                refresh_hours=CALENDAR_REFRESH_HOURS,
            ),
            f"{self.slug}.ics",
        )
        patch_cache_control(response, public=True, max_age=CALENDAR_MAX_AGE)
        return response

    def feed_links(self, request, context):
        """For <link rel="alternate"> in the head of the events index."""
        url = self.get_url(request) + self.reverse_subpage("calendar")
        return [FeedLink("text/calendar", f"{self.title} (iCalendar)", url)]
