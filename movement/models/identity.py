"""The organisation's name and tagline, in each language visitors read them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.models import TranslatableMixin

from .editorial import FurnitureEditing
from .navigation import CurrentForLocaleQuerySet


class SiteIdentity(FurnitureEditing, TranslatableMixin, models.Model):
    """Words from the site settings that visitors read, so translators can reach them.

    Site settings are one row per site, shared by every language; these are
    one row per language.
    """

    name = models.CharField(
        max_length=120,
        help_text=_(
            "The organisation's name, shown in the header, footer and page titles."
        ),
    )
    tagline = models.CharField(
        max_length=200,
        blank=True,
        help_text=_(
            "One line on what the movement does. Search engines and link previews "
            "show it for pages without a description of their own."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("tagline"), PublishingPanel()]
    objects = CurrentForLocaleQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site name and tagline")
        verbose_name_plural = _("site name and tagline")

    def __str__(self):
        return str(
            _("%(name)s (%(locale)s)") % {"name": self.name, "locale": self.locale}
        )
