"""Booking a place at an event on this site: places, a waiting list, cancelling.

An event that sets `capacity` takes bookings here (its booking link and email
stay for events that do not). Bookings count across every translation of the
event: they belong to its translation_key, and the capacity is the same in
every language. Taking a place locks the event's rows first
(home/bookings.py), so two people can never get the last place; whoever
is late joins the waiting list, and is moved up, and emailed, when someone
cancels. What is kept and for how long: docs/privacy.md.
"""

from datetime import timedelta

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class OnlineBooking(models.Model):
    """The fields an event needs to take bookings on this site."""

    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "How many people can book here. Leave empty if people book through the "
            "link or email above instead. Once it is full, people join a waiting "
            "list and get a place, by email, when someone cancels."
        ),
    )
    booking_consent_text = models.TextField(
        _("consent text"),
        max_length=600,
        blank=True,
        default=_(
            "I agree that the Resilience Revolution keeps my name, email and access "
            "needs to organise this event and to email me about my booking. They are "
            "deleted 30 days after the event."
        ),
        help_text=_(
            "Shown beside the box people tick to book: what we keep, why and for how "
            "long. Keep it in step with “Delete bookings after”."
        ),
    )
    keep_bookings_for_days = models.PositiveIntegerField(
        _("delete bookings after (days)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_("Days after the event ends; then names and emails are deleted."),
    )

    panel = MultiFieldPanel(
        [
            FieldPanel("capacity"),
            FieldPanel("booking_consent_text"),
            FieldPanel("keep_bookings_for_days"),
        ],
        heading=_("Booking on this site"),
    )
    SYNCHRONISED = ("capacity", "keep_bookings_for_days")

    class Meta:
        abstract = True

    @property
    def takes_bookings_here(self):
        return self.capacity is not None


# What a booking page and its emails list, in plain words.
ACCESS_NEEDS = {
    "bsl": _("A British Sign Language interpreter"),
    "step_free": _("Step-free access"),
    "captions": _("Live captions"),
}


class BookingStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Has a place")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class BookingQuerySet(models.QuerySet):
    def for_event(self, event):
        return self.filter(event_key=event.translation_key)

    def active(self):
        return self.exclude(status=BookingStatus.CANCELLED)

    def confirmed(self):
        return self.filter(status=BookingStatus.CONFIRMED)

    def waiting(self):
        return self.filter(status=BookingStatus.WAITING).order_by("created_at", "pk")


class Booking(models.Model):
    # Records visitors made, not content: they would make a page "in use" many
    # times over, and cost a reference index row each.
    wagtail_reference_index_ignore = True
    event_key = models.UUIDField(db_index=True, editable=False)
    event = models.ForeignKey(
        "home.EventPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="The page booked on (its language).",
    )
    event_title = models.CharField(_("event"), max_length=255, editable=False)
    language = models.CharField(_("language"), max_length=12, editable=False)
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    bsl = models.BooleanField(_("needs a BSL interpreter"), default=False)
    step_free = models.BooleanField(_("needs step-free access"), default=False)
    captions = models.BooleanField(_("needs live captions"), default=False)
    other_needs = models.TextField(_("other needs"), max_length=500, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=BookingStatus.choices, editable=False
    )
    created_at = models.DateTimeField(_("booked at"), default=timezone.now)
    promoted_at = models.DateTimeField(_("given a place at"), null=True, editable=False)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, editable=False)
    keep_until = models.DateTimeField(
        _("deleted after"), null=True, editable=False, db_index=True
    )

    objects = BookingQuerySet.as_manager()
    # What is kept about a person: exported by Moderators, and on request.
    KEPT_FIELDS = (
        "name",
        "email",
        "event_title",
        "status",
        "bsl",
        "step_free",
        "captions",
        "other_needs",
        "language",
        "created_at",
        "keep_until",
    )

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["event_key", "status"])]

    def __str__(self):
        # Not the name: Wagtail's history of changes keeps this label.
        return _("Booking %(number)s") % {"number": self.pk}

    @classmethod
    def for_event_page(cls, event, cleaned):
        return cls(
            event_key=event.translation_key,
            event=event,
            event_title=event.title,
            language=event.locale.language_code,
            name=cleaned["name"],
            email=cleaned["email"],
            bsl=cleaned.get("bsl", False),
            step_free=cleaned.get("step_free", False),
            captions=cleaned.get("captions", False),
            other_needs=cleaned.get("other_needs", ""),
            keep_until=event.end + timedelta(days=event.keep_bookings_for_days),
        )

    @property
    def access_needs(self):
        needs = [
            str(label) for name, label in ACCESS_NEEDS.items() if getattr(self, name)
        ]
        return needs + ([self.other_needs] if self.other_needs else [])

    def waiting_position(self):
        if self.status != BookingStatus.WAITING:
            return None
        ahead = Booking.objects.filter(
            event_key=self.event_key, status=BookingStatus.WAITING
        ).filter(
            models.Q(created_at__lt=self.created_at)
            | models.Q(created_at=self.created_at, pk__lt=self.pk)
        )
        return ahead.count() + 1
