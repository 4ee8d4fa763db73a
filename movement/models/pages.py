"""The abstract base every page type composes: listing card, social sharing, tags."""

from django.conf import settings
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from movement.blocks import SIMPLE_RICH_TEXT_FEATURES
from movement.furniture import in_request
from movement.page_form import PageForm
from movement.page_queries import PageManager
from movement.render_cache import remembered


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

    base_form_class = PageForm
    objects = PageManager()  # visible(), listed(), in_language(), for_cards()

    # Image fields card_image may return: prefetched with their renditions for listings.
    card_image_fields = ("listing_image",)
    # Fields whose opening words describe the page where no summary was written
    # (link previews, feeds), in order of preference; a type adds its own.
    summary_fields = ("introduction", "summary")
    # Fields whose label says it all, exempt from the help-text rule (tests/test_page_types.py).
    self_explanatory_fields = ()
    # The icon (movement/icons.py) a card without a picture shows: what kind of
    # page it leads to. Each page type names its own.
    card_icon = "page"

    class Meta:
        abstract = True

    def _get_site_root_paths(self, request=None):
        # Wagtail reads the site root paths from the cache once per request, and
        # again for each page linked without one (`page.url`: a dozen cards on
        # the home page); this process keeps them for the content generation.
        if not in_request():
            return super()._get_site_root_paths(request)
        from movement.remembered_root import site_root_paths  # it imports the models

        paths = site_root_paths()
        if request is not None:  # where Wagtail's own code looks for them next
            request._wagtail_cached_site_root_paths = paths
        return paths

    def update_aliases(self, **kwargs):
        """Wagtail's, except that a page scheduled to go live later keeps its aliases
        unpublished too.

        Publishing a revision with a future go-live date still updates and publishes
        every alias (wagtail#11344, open); every language mirrors the English tree
        with aliases, so a post scheduled for tomorrow was public today at /pl/,
        /es/ and /ar/. `publish_scheduled` publishes the page when its time comes,
        and its aliases with it.
        """
        if not self.live:
            return
        super().update_aliases(**kwargs)

    @property
    def type_label(self):
        """e.g. "Blog post": tells a visitor what kind of page a card leads to."""
        return capfirst(self._meta.verbose_name)

    @property
    def card_label(self):
        """The kind shown on the card when it has no picture: listings, the home
        page and plain pages set "" (a "Standard page" tells a visitor nothing)."""
        return self.type_label

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description

    @property
    def card_image(self):
        """The first image set among card_image_fields."""
        for field in self.card_image_fields:
            if image := getattr(self, field):
                return image
        return None

    # Link previews and search engines (movement.seo.SeoHead): what the page is
    # and says when shared. Page types override these to say more.
    open_graph_type = "website"

    @property
    def share_image(self):
        """The social image, else the card image."""
        return self.social_image or self.card_image

    @property
    def share_text(self):
        return self.social_text or self.search_description or self.listing_summary

    def open_graph_article(self):
        """{"published": ..., "modified": ...} for a page whose og:type is "article"."""
        return None

    def structured_data(self, facts):
        """This page's schema.org nodes: a WebPage. `facts` is a movement.seo.SeoHead."""
        from movement.seo import web_page  # movement.seo reads this package's models

        return [web_page(self, facts)]

    def feed_links(self, request, context):
        """The movement.seo.FeedLink feeds of this page's content, for its <head>."""
        return []

    def permissions_for_user(self, user):
        from movement.permissions import MovementPagePermissionTester

        return MovementPagePermissionTester(user, self)

    def get_view_restrictions(self):
        """Wagtail's rule, with no query on most pages, and one at most.

        Within a request, which restrictions apply is remembered under the
        content generation (saving a restriction, or moving a page, advances
        it): a public page, most of them, needs no query at all.
        """
        if not in_request() or self.pk is None:
            ids = self._view_restriction_ids()
        else:
            ids = remembered(
                None, "view-restrictions", self.pk, compute=self._view_restriction_ids
            )
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)

    def _view_restriction_ids(self):
        """Wagtail's rule, in one query instead of one more per alias on the way.

        An alias (an untranslated page under /pl/) and aliases above it use their
        source pages' restrictions. Wagtail loads each alias's source one at a
        time; here the page and its ancestors come with their sources and the
        restrictions of both.
        """
        chain = Page.objects.filter(
            path__in=[
                self.path[:end]
                for end in range(self.steplen, len(self.path) + 1, self.steplen)
            ]
        ).values_list(
            "alias_of_id",
            "alias_of__alias_of_id",
            "view_restrictions__id",
            "alias_of__view_restrictions__id",
        )
        ids = set()
        for source_id, source_of_source_id, own_id, source_restriction_id in chain:
            if source_of_source_id is not None:  # an alias of an alias: rare
                return list(
                    super().get_view_restrictions().values_list("pk", flat=True)
                )
            restriction_id = source_restriction_id if source_id else own_id
            if restriction_id is not None:
                ids.add(restriction_id)
        return sorted(ids)


class SectionIndexPage(BasePage):
    """A top-level section of the site: an introduction, then its pages as cards."""

    introduction = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "A short opening paragraph under the title: what this section holds "
            "and who it is for."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    parent_page_types = [settings.MOVEMENT_HOME_PAGE_TYPE]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def listed_children(self, model):
        """The `model` pages under this index its listing shows: visible, written
        in its language, with their card images joined."""
        return (
            model.objects.child_of(self)
            .listed()
            .in_language(self.locale_id)
            .for_cards()
        )
