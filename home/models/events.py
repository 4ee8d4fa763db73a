"""Events: one page per event, and an index of upcoming and past events."""

import zoneinfo
from functools import cache

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.html import strip_tags
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from home.ics import CalendarEvent, calendar
from movement.blocks import SIMPLE_RICH_TEXT_FEATURES, ContentStreamBlock
from movement.i18n import same_in_every_language
from movement.models import (
    BasePage,
    SectionIndexPage,
    SiteIdentity,
    listed,
    prefetch_card_renditions,
)
from movement.page_form import PageForm
from movement.pagination import paginate
from movement.seo import FeedLink

from .fundamentals import FundamentalsTagging

DEFAULT_TIME_ZONE = "Europe/London"
EVENTS_PER_PAGE = 12
RECENT_PAST_EVENTS_SHOWN = 3
# The upcoming-events calendar: how many, and how often subscribers refresh it.
CALENDAR_EVENTS = 100
CALENDAR_REFRESH_HOURS = 6
CALENDAR_MAX_AGE = 15 * 60  # what shared caches may keep: edits show soon
# Old aliases kept by the tz database for compatibility; editors need only one name.
LEGACY_ZONE_PREFIXES = ("Brazil/", "Canada/", "Chile/", "Etc/", "Mexico/", "US/")
# Times typed in the admin are read in the event's time zone (see EventPageForm).
WALL_TIME_FIELDS = ("start", "end", "booking_deadline")


@cache
def time_zone_choices():
    """IANA zones, e.g. "Europe/London". A callable, so a tz update needs no migration."""
    zones = {
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(LEGACY_ZONE_PREFIXES)
    }
    zones |= {DEFAULT_TIME_ZONE, "UTC"}
    return [(name, name.replace("_", " ")) for name in sorted(zones)]


def zone_named(name):
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)


class Attendance(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("In person and online")


class EventPageQuerySet(PageQuerySet):
    """Upcoming and past go by the end time, so an event in progress is still upcoming."""

    def upcoming(self, now=None):
        return self.filter(end__gt=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lte=now or timezone.now()).order_by("-start", "-pk")

    def listed_in(self, locale):
        """What visitors of one language see, with the images their cards show."""
        return listed(self.filter(locale=locale)).select_related(
            *self.model.card_image_fields
        )


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


def access_option(label, help_text):
    return models.BooleanField(verbose_name=label, default=False, help_text=help_text)


class AccessFields(models.Model):
    """What someone needs to know about access before deciding to come."""

    step_free_access = access_option(
        _("step-free access"),
        _("Every part of the venue used can be reached without steps."),
    )
    bsl_interpretation = access_option(
        _("British Sign Language interpretation"),
        _("A BSL interpreter is booked for the whole event."),
    )
    captions = access_option(
        _("live captions"),
        _("Speech is captioned live, on screen or in the video call."),
    )
    quiet_room = access_option(
        _("a quiet room"), _("A calm space anyone can use to take a break.")
    )
    hearing_loop = access_option(
        _("a hearing loop"), _("An induction loop for hearing aids, in the main room.")
    )
    ACCESS_FLAGS = (
        "step_free_access",
        "bsl_interpretation",
        "captions",
        "quiet_room",
        "hearing_loop",
    )
    access_notes = models.TextField(
        blank=True,
        help_text=_(
            "Anything else about access: parking, the nearest accessible toilet, "
            "who to ask for help on the day, how to request an adjustment."
        ),
    )

    panel = MultiFieldPanel(
        [FieldPanel(name) for name in ACCESS_FLAGS] + [FieldPanel("access_notes")],
        heading=_("Access"),
    )

    class Meta:
        abstract = True

    @property
    def access_features(self):
        """The access provided, as labels for a list: "step-free access", …"""
        return [
            self._meta.get_field(name).verbose_name
            for name in self.ACCESS_FLAGS
            if getattr(self, name)
        ]


# Page gives __str__; ruff only sees the abstract model defined above.
class EventPage(  # noqa: DJ008
    RoutablePageMixin, FundamentalsTagging, AccessFields, BasePage
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
    ]
    promote_panels = BasePage.promote_panels + [
        MultiFieldPanel([FieldPanel("fundamentals")], heading=_("Topics"))
    ]
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
        if errors:
            raise ValidationError(errors)

    card_image_fields = ("listing_image", "cover_image")

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
        context["fundamentals"] = self.fundamentals_in_page_language()
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


class EventIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["home.EventPage"]

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        return EventPage.objects.child_of(self).listed_in(self.locale_id)

    @path("")
    def upcoming_events(self, request):
        now = timezone.now()
        events = self.events()
        upcoming = paginate(request, events.upcoming(now), EVENTS_PER_PAGE)
        recent_past = list(events.past(now)[:RECENT_PAST_EVENTS_SHOWN])
        prefetch_card_renditions(upcoming.object_list + recent_past)
        return self.render(
            request,
            context_overrides={"events": upcoming, "recent_past_events": recent_past},
        )

    @path("past/", name="past")
    def past_events(self, request):
        past = paginate(request, self.events().past(), EVENTS_PER_PAGE)
        prefetch_card_renditions(past.object_list)
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

    def feed_links(self, request, category=None):
        """For <link rel="alternate"> in the head of the events index."""
        url = self.get_url(request) + self.reverse_subpage("calendar")
        return [FeedLink("text/calendar", f"{self.title} (iCalendar)", url)]
