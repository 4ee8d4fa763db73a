"""Events: one page per event, with its calendar file and its schema.org Event.

The index of upcoming and past events is in event_index.py; time zones, access
and the admin form each have a module of their own.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import get_page_models
from wagtail.search import index

from home.ics import CalendarEvent, calendar
from movement.blocks import SIMPLE_RICH_TEXT_FEATURES, ContentStreamBlock
from movement.i18n import same_in_every_language
from movement.models import (
    BasePage,
    PageManager,
    PageQuerySet,
    TopicTagging,
    prefetch_card_renditions,
)
from movement.search_groups import SearchGroup
from movement.seo import SCHEMA, described

from .booking_routes import BookingRoutes
from .bookings import OnlineBooking
from .event_access import AccessFields, Attendance
from .event_form import EventPageForm
from .event_times import DEFAULT_TIME_ZONE, time_zone_choices, zone_named

# schema.org's name for each way of taking part, for the event's structured data.
ATTENDANCE_MODES = {
    Attendance.IN_PERSON: f"{SCHEMA}/OfflineEventAttendanceMode",
    Attendance.ONLINE: f"{SCHEMA}/OnlineEventAttendanceMode",
    Attendance.HYBRID: f"{SCHEMA}/MixedEventAttendanceMode",
}


class EventPageQuerySet(PageQuerySet):
    """Upcoming and past go by the end time, so an event in progress is still upcoming."""

    def upcoming(self, now=None):
        return self.filter(end__gt=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lte=now or timezone.now()).order_by("-start", "-pk")

    def part_of(self, page):
        """The events of `page` (a campaign, a community) in its language."""
        return self.filter(
            part_of__translation_key=page.translation_key, locale_id=page.locale_id
        )


PAST_EVENTS_SHOWN = 3
# A community meeting monthly for years has many; a page shows the latest.
EVENTS_READ = 100


def events_of(page, now=None):
    """{"upcoming": soonest first, "past": the latest PAST_EVENTS_SHOWN} for a
    page that lists its events (`lists_events`), ready for cards: one query."""
    now = now or timezone.now()
    events = prefetch_card_renditions(
        EventPage.objects.part_of(page)
        .listed()
        .for_cards()
        .order_by("-start", "-pk")[:EVENTS_READ]
    )
    return {
        "upcoming": [event for event in reversed(events) if event.end > now],
        "past": [event for event in events if event.end <= now][:PAST_EVENTS_SHOWN],
    }


class EventHostChooserPanel(PageChooserPanel):
    """Chooses among the page types that list their events (`lists_events`),
    found when the form is built: events need not know which they are."""

    def get_form_options(self):
        options = super().get_form_options()
        hosts = [
            model
            for model in get_page_models()
            if getattr(model, "lists_events", False)
        ]
        options.setdefault("widgets", {})[self.field_name] = AdminPageChooser(
            target_models=hosts
        )
        return options


# Page gives __str__; ruff only sees the abstract model defined above.
class EventPage(  # noqa: DJ008
    BookingRoutes,
    RoutablePageMixin,
    TopicTagging,
    AccessFields,
    OnlineBooking,
    BasePage,
):
    start = models.DateTimeField(
        verbose_name=_("starts"),
        help_text=_(
            "The date and time the event starts, as a clock at the event would "
            "show it (in the time zone below)."
        ),
    )
    end = models.DateTimeField(
        verbose_name=_("ends"),
        help_text=_(
            "When it finishes, in the same time zone. The event counts as upcoming "
            "until then."
        ),
    )
    time_zone = models.CharField(
        max_length=64,
        choices=time_zone_choices,
        default=DEFAULT_TIME_ZONE,
        help_text=_(
            "Where the times above are local to. Visitors see the times in this "
            "zone, with its name. For online events, pick the organisers' zone."
        ),
    )
    attendance = models.CharField(
        max_length=16,
        choices=Attendance.choices,
        default=Attendance.IN_PERSON,
        help_text=_("How people take part."),
    )
    venue_name = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("e.g. “The Grange”. Needed unless the event is online only."),
    )
    venue_address = models.TextField(
        max_length=400,
        blank=True,
        help_text=_("The address, one part per line, with the postcode."),
    )
    online_url = models.URLField(
        verbose_name=_("joining link"),
        blank=True,
        help_text=_(
            "The video call or stream link, if it may be public. Leave empty to "
            "send it only to the people who book: the page then says so."
        ),
    )
    introduction = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("One or two sentences on what the event is and who it is for."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page and on its card. Landscape."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        help_text=_("The programme, speakers, what to bring: anything else to say."),
    )
    booking_url = models.URLField(
        blank=True,
        help_text=_(
            "The booking form or ticket page. Leave empty if booking is by email."
        ),
    )
    booking_email = models.EmailField(
        blank=True,
        help_text=_(
            "An address to book or ask questions, e.g. events@example.org. "
            "Use a team address, not a person's own."
        ),
    )
    is_free = models.BooleanField(
        verbose_name=_("free"),
        default=True,
        help_text=_("Untick if people pay to come, and say how much below."),
    )
    price = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("e.g. “£10, free for young people and carers”."),
    )
    part_of = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("part of"),
        help_text=_(
            "The campaign or community of practice this event belongs to, if any: "
            "it is listed on that page as well as under Events."
        ),
    )
    booking_deadline = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_(
            "The last moment to book, in the event's time zone. Leave empty if "
            "people can book until it starts."
        ),
    )

    # Booking addresses stay overridable: a language may have its own form.
    override_translatable_fields = same_in_every_language(
        "start",
        "end",
        "time_zone",
        "attendance",
        "is_free",
        "booking_deadline",
        *AccessFields.ACCESS_FLAGS,
        *OnlineBooking.SYNCHRONISED,
    )

    base_form_class = EventPageForm
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("start"), FieldPanel("end"), FieldPanel("time_zone")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        EventHostChooserPanel("part_of"),
        FieldPanel("introduction"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        AccessFields.panel,
        MultiFieldPanel(
            [
                FieldPanel("booking_url"),
                FieldPanel("booking_email"),
                FieldPanel("is_free"),
                FieldPanel("price"),
                FieldPanel("booking_deadline"),
            ],
            heading=_("Booking"),
        ),
        OnlineBooking.panel,
    ]
    promote_panels = BasePage.promote_panels + [TopicTagging.topics_panel()]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("venue_address"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("attendance"),
    ]
    parent_page_types = ["home.EventIndexPage"]
    subpage_types = []
    objects = PageManager.from_queryset(EventPageQuerySet)()
    card_icon = "calendar"

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _(
                "The event must end after it starts. Check the date as well as the time."
            )
        if self.booking_deadline and self.end and self.booking_deadline > self.end:
            errors["booking_deadline"] = _("Booking must close before the event ends.")
        if self.part_of_id and not getattr(
            self.part_of.specific_class, "lists_events", False
        ):
            errors["part_of"] = _("Choose a campaign or a community of practice.")
        if errors:
            raise ValidationError(errors)

    card_image_fields = ("listing_image", "cover_image")
    search_group = SearchGroup("event", _("Events"), _("Event"), order=40)

    @property
    def zone(self):
        return zone_named(self.time_zone)

    @property
    def zone_label(self):
        return self.time_zone.replace("_", " ")

    @property
    def ends_on_start_day(self):
        return (
            self.start.astimezone(self.zone).date()
            == self.end.astimezone(self.zone).date()
        )

    @property
    def is_in_person(self):
        return self.attendance != Attendance.ONLINE

    @property
    def is_online(self):
        return self.attendance != Attendance.IN_PERSON

    def is_past(self, now=None):
        return self.end <= (now or timezone.now())

    def booking_is_open(self, now=None):
        now = now or timezone.now()
        return not self.is_past(now) and (
            self.booking_deadline is None or self.booking_deadline > now
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["is_past"] = self.is_past(now)
        context["booking_is_open"] = self.booking_is_open(now)
        context["booking_panel"] = self.booking_panel()
        return context

    def location_text(self):
        """One line for a calendar: "The Grange, 1 High Street, Blackpool" or "Online"."""
        if not self.is_in_person:
            return str(_("Online"))
        place = ", ".join(
            line.strip()
            for line in [self.venue_name, *self.venue_address.splitlines()]
            if line.strip()
        )
        if self.is_online and place:
            return str(_("%(place)s, and online")) % {"place": place}
        return place

    def as_calendar_event(self, request=None):
        """This event for an iCalendar file or feed.

        The UID is the translation key, a UUID as RFC 7986 recommends: it stays
        the same when the page is edited or moved, and every translation of an
        event is the same event in a visitor's calendar.
        """
        url = event_address(self, request)
        summary = self.card_summary or strip_tags(self.introduction)
        return CalendarEvent(
            uid=str(self.translation_key),
            start=self.start,
            end=self.end,
            stamp=self.last_published_at
            or self.latest_revision_created_at
            or timezone.now(),
            summary=self.title,
            description="\n\n".join(part for part in [summary.strip(), url] if part),
            location=self.location_text(),
            url=url,
        )

    def structured_data(self, facts):
        """An Event, with times in its own zone and their offset, as Google asks."""
        zone = self.zone
        node = {
            "@type": "Event",
            "@id": f"{facts.url}#event",
            "name": self.title,
            "url": facts.url,
            "startDate": self.start.astimezone(zone).isoformat(),
            "endDate": self.end.astimezone(zone).isoformat(),
            "eventStatus": f"{SCHEMA}/EventScheduled",
            "eventAttendanceMode": ATTENDANCE_MODES.get(
                self.attendance, ATTENDANCE_MODES[Attendance.IN_PERSON]
            ),
            "location": self.schema_locations(facts),
            "organizer": {
                "@type": "Organization",
                "name": facts.site.name,
                "url": facts.site.url,
            },
            "inLanguage": facts.language,
            "isAccessibleForFree": bool(self.is_free),
        }
        return [*super().structured_data(facts), described(node, facts)]

    def schema_locations(self, facts):
        """The venue as a schema.org Place, the call as a VirtualLocation, or both."""
        locations = []
        if self.is_in_person:
            place = {"@type": "Place", "name": self.venue_name or self.title}
            address = ", ".join(
                line.strip() for line in self.venue_address.splitlines() if line.strip()
            )
            if address:
                place["address"] = {"@type": "PostalAddress", "streetAddress": address}
            locations.append(place)
        if self.is_online:
            # A private joining link is sent on booking: the page says how to book.
            locations.append(
                {"@type": "VirtualLocation", "url": self.online_url or facts.url}
            )
        return locations[0] if len(locations) == 1 else locations

    @path("ics/", name="ics")
    def calendar_file(self, request):
        """This event as an .ics file, for visitors to add to their own calendar."""
        return calendar_response(
            calendar([self.as_calendar_event(request)]), f"{self.slug}.ics"
        )


def event_address(page, request=None):
    """The page's full address on the host the visitor asked for. The Site
    record's hostname (get_full_url) may be a placeholder such as localhost."""
    if request is None:
        return page.get_full_url() or ""
    relative = page.get_url(request)
    return request.build_absolute_uri(relative) if relative else ""


def calendar_response(text, filename):
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=filename
    )
    return response
