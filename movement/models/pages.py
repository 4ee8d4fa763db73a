"""The abstract base every page type composes: listing card, social sharing, tags."""

from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index


class PageTag(TaggedItemBase):
    """One tag vocabulary for every page type, so a tag page can list them all."""

    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PageTagsManager(ClusterTaggableManager):
    """Tags on an abstract base: each page type gets its own reverse name.

    taggit does not expand "%(class)s" in related_name as Django's own
    relations do, so it is done here for each concrete page type.
    """

    def contribute_to_class(self, cls, name):
        if not cls._meta.abstract:
            self.remote_field.related_name = (
                f"tagged_{cls._meta.app_label}_{cls._meta.model_name}"
            )
        super().contribute_to_class(cls, name)


class ListingFields(models.Model):
    """What a card or search result shows for a page."""

    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards. Landscape, at least 1200 pixels wide."),
    )
    listing_title = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("A shorter title for cards. Defaults to the page title."),
    )
    listing_summary = models.TextField(
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for cards and search results."),
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("listing_image"),
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
            ],
            heading=_("Listing card"),
        )
    ]

    class Meta:
        abstract = True


class SocialFields(models.Model):
    """What a link shared on social media shows."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared. Defaults to the listing image."),
    )
    social_text = models.CharField(
        max_length=200,
        blank=True,
        help_text=_(
            "Shown when the page is shared. Defaults to the search description."
        ),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading=_("Social sharing"),
        )
    ]

    class Meta:
        abstract = True


class BasePage(ListingFields, SocialFields, Page):
    tags = PageTagsManager(
        through=PageTag,
        blank=True,
        help_text=_(
            "Topics, e.g. 'schools' or 'young leaders'. Used to link related pages."
        ),
    )

    promote_panels = (
        Page.promote_panels
        + [FieldPanel("tags")]
        + ListingFields.promote_panels
        + SocialFields.promote_panels
    )
    search_fields = Page.search_fields + [
        index.SearchField("listing_summary"),
        index.AutocompleteField("listing_title"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        abstract = True

    @property
    def type_label(self):
        """e.g. "Blog post": tells a visitor what kind of page a card leads to."""
        return capfirst(self._meta.verbose_name)

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description

    @property
    def card_image(self):
        return self.listing_image

    @property
    def share_image(self):
        return self.social_image or self.listing_image

    @property
    def share_text(self):
        return self.social_text or self.search_description or self.listing_summary
