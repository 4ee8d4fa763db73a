"""Main menu and footer: translatable snippets, one per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin

from movement.blocks import SIMPLE_RICH_TEXT_FEATURES, LinkBlock, OptionalLinksBlock
from movement.models.editorial import FurnitureEditing


class MenuSectionBlock(blocks.StructBlock):
    """A top-level menu item with an optional list of links beneath it."""

    link = LinkBlock()
    children = OptionalLinksBlock(required=False, label=_("Links beneath"))

    class Meta:
        icon = "list-ul"


class CurrentForLocaleQuerySet(models.QuerySet):
    def for_locale(self, locale):
        """The published instance in this language, else the source language's."""
        published = self.filter(live=True)
        in_locale = published.filter(locale=locale).first()
        return in_locale or published.order_by("pk").first()


class MainNavigation(FurnitureEditing, TranslatableMixin, models.Model):
    items = StreamField(
        [("section", MenuSectionBlock())],
        help_text=_("The header menu, in order. Keep it to six items or fewer."),
    )
    action = StreamField(
        [("link", LinkBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("header button"),
        help_text=_(
            "The button beside the logo on every page, e.g. 'Get involved': the page "
            "where people join the movement. Keep its text to two short words."
        ),
    )

    panels = [FieldPanel("items"), FieldPanel("action"), PublishingPanel()]
    objects = CurrentForLocaleQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main navigation")
        verbose_name_plural = _("main navigation")

    def __str__(self):
        return str(_("Main navigation (%(locale)s)") % {"locale": self.locale})


class Footer(FurnitureEditing, TranslatableMixin, models.Model):
    text = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("A short line about the movement, shown above the footer links."),
    )
    links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        help_text=_("Footer links such as privacy, accessibility and contact."),
    )

    panels = [FieldPanel("text"), FieldPanel("links"), PublishingPanel()]
    objects = CurrentForLocaleQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footer")

    def __str__(self):
        return str(_("Footer (%(locale)s)") % {"locale": self.locale})
