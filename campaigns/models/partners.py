"""Partner organisations that campaigns name and link to."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import RevisionMixin, TranslatableMixin
from wagtail.search import index


class Partner(TranslatableMixin, RevisionMixin, index.Indexed, models.Model):
    name = models.CharField(
        max_length=120, help_text=_("The organisation's name, as it writes it.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional. A logo on a plain background, ideally wider than tall. "
            "The name is always shown next to it, so the logo needs no alt text."
        ),
    )
    website = models.URLField(
        blank=True,
        help_text=_("The organisation's own site, e.g. https://www.example.org/."),
    )
    description = models.TextField(
        max_length=300,
        blank=True,
        help_text=_("One or two sentences: who they are and what they bring."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name
