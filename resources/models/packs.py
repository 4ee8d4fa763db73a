"""The resource library: downloadable packs, each with an HTML account of what is inside."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from movement.blocks import (
    RICH_TEXT_FEATURES,
    ContentStreamBlock,
)
from movement.i18n import same_in_every_language
from movement.models import (
    BasePage,
    Fundamental,
    PageManager,
    PageQuerySet,
    SectionIndexPage,
    TopicTagging,
)
from movement.pagination import paginate
from resources.choices import RESOURCE_TYPE_ICONS, Audience, ResourceType
from resources.filters import ResourceFilterForm
from resources.forms import ResourcePageForm

from .base import DocumentDownload, PracticePageMixin

RESOURCES_PER_PAGE = 12
AUDIENCE_ORDER = {value: position for position, value in enumerate(Audience.values)}


class ResourcePageQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by("-first_published_at", "-pk")

    def for_cards(self):
        """Everything a card shows but its rendition (see prefetch_card_renditions)."""
        return super().for_cards().prefetch_related("audiences")

    def for_audience(self, audience):
        return self.filter(audiences__audience=audience)

    def of_type(self, resource_type):
        return self.filter(resource_type=resource_type)

    def putting_into_practice(self, fundamental):
        # Matches the fundamental in any language: tags survive translation unchanged.
        return self.filter(
            fundamentals__translation_key=fundamental.translation_key
        ).distinct()


class ResourceIndexPage(SectionIndexPage):
    subpage_types = ["resources.ResourcePage"]
    card_icon = "package"

    class Meta:
        verbose_name = _("resource library")

    def get_context(self, request, *args, **kwargs):
        """The filtered, paginated list of resources.

        A filter value that does not exist (a mistyped or stale link) is a 404,
        like an unknown blog category: every page the filters can reach is one a
        visitor could have chosen, so crawlers and caches never see endless
        variations. A real filter that matches nothing is a 200 that says so.
        """
        context = super().get_context(request, *args, **kwargs)
        fundamentals = Fundamental.objects.filter(locale_id=self.locale_id).order_by(
            "sort_order"
        )
        form = ResourceFilterForm(request.GET, self.url, fundamentals, self.locale_id)
        if not form.is_valid():
            raise Http404(_("No such filter"))
        resources = self.listed_children(ResourcePage).newest_first()
        shown = paginate(request, form.apply(resources), RESOURCES_PER_PAGE)
        context.update(
            filter_form=form,
            active_filters=form.active_filters(self.url),
            filter_query=form.query_string(),
            resources=shown,
        )
        return context


class ResourceAudience(models.Model):
    """One audience a resource is for: a row each, so filtering is an indexed join."""

    page = ParentalKey(
        "resources.ResourcePage", on_delete=models.CASCADE, related_name="audiences"
    )
    audience = models.CharField(max_length=40, choices=Audience.choices, db_index=True)

    class Meta:
        verbose_name = _("audience")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "audience"], name="unique_audience_per_resource"
            )
        ]

    def __str__(self):
        return self.get_audience_display()


class ResourceDocument(DocumentDownload):
    page = ParentalKey(
        "resources.ResourcePage", on_delete=models.CASCADE, related_name="documents"
    )

    class Meta(DocumentDownload.Meta):
        verbose_name = _("download")


class ResourcePage(PracticePageMixin, TopicTagging, BasePage):
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The pack's front cover, shown beside the downloads and on its card. "
            "Describe it in the image's alt text if it carries words."
        ),
    )
    resource_type = models.CharField(
        max_length=40,
        choices=ResourceType.choices,
        default=ResourceType.GUIDE,
        db_index=True,
        help_text=_(
            "What kind of resource this is. Visitors can filter the library by it."
        ),
    )
    year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
        help_text=_(
            "The year the resource was published, e.g. 2019. Leave blank if unknown."
        ),
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text=_(
            "When someone last checked that the content is still right. Shown so "
            "visitors can judge how current it is."
        ),
    )
    summary = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "What is inside: its sections, activities and key messages. Write it so "
            "someone who cannot open the download still gets the substance."
        ),
    )
    how_to_use = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Who should use it, when and how, e.g. 'one session a week for ten weeks, "
            "led by a class teacher'."
        ),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        help_text=_("Optional: anything else, such as quotes, videos or links."),
    )

    override_translatable_fields = same_in_every_language(
        "resource_type", "year", "last_reviewed"
    )

    base_form_class = ResourcePageForm
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("resource_type"),
                FieldPanel("audience_choices"),
                FieldPanel("year"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("About this resource"),
        ),
        FieldPanel("cover_image"),
        InlinePanel(
            "documents", heading=_("Downloads"), label=_("Download"), min_num=1
        ),
        FieldPanel("summary"),
        FieldPanel("how_to_use"),
        FieldPanel("body"),
    ]
    promote_panels = BasePage.promote_panels + [TopicTagging.topics_panel()]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("how_to_use"),
        index.SearchField("body"),
        index.FilterField("resource_type"),
        index.RelatedFields(
            "documents", [index.SearchField("title"), index.SearchField("description")]
        ),
    ]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    objects = PageManager.from_queryset(ResourcePageQuerySet)()

    class Meta:
        verbose_name = _("resource")

    card_image_fields = ("listing_image", "cover_image")

    @property
    def card_icon(self):
        """Its kind's icon, e.g. a chalkboard for a teacher pack."""
        return RESOURCE_TYPE_ICONS.get(self.resource_type, "package")

    @property
    def audience_labels(self):
        rows = sorted(
            self.audiences.all(), key=lambda row: AUDIENCE_ORDER[row.audience]
        )
        return [row.get_audience_display() for row in rows]

    @property
    def card_meta(self):
        """e.g. "Teacher pack · Schools, Young people · Changing the odds"."""
        parts = [
            self.get_resource_type_display(),
            ", ".join(self.audience_labels),
            self.odds_level_label,
        ]
        return " · ".join(str(part) for part in parts if part)
