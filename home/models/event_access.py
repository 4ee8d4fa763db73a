"""How people take part in an event, and the access they can count on there."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class Attendance(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("In person and online")


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
