"""The palette editors choose accents from (a campaign's colour, for instance).

Each name is a class in site.css (`accent-<name>`) that sets the page's brand
colours in both themes; tests/test_colours.py checks their contrast.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Accent(models.TextChoices):
    VIOLET = "violet", _("Violet (the movement's own)")
    GREEN = "green", _("Green")
    BLUE = "blue", _("Blue")
    ORANGE = "orange", _("Orange")
    ROSE = "rose", _("Rose")


def accent_field(help_text):
    return models.CharField(
        max_length=10,
        choices=Accent.choices,
        default=Accent.VIOLET,
        verbose_name=_("accent colour"),
        help_text=help_text,
    )
