"""Communities of practice: groups who met to learn together, and what they produced.

They live beside the packs because what a community produced is, mostly,
downloadable practice resources.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import OuterRef, QuerySet, Subquery
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.models.events import events_of
from movement.blocks import SIMPLE_RICH_TEXT_FEATURES, ContentStreamBlock
from movement.i18n import localized, same_in_every_language
from movement.models import (
    BasePage,
    PageManager,
    PageQuerySet,
    SectionIndexPage,
    TopicTagging,
    prefetch_card_renditions,
)

from .base import DocumentDownload, PracticePageMixin

YEAR_VALIDATORS = [MinValueValidator(1950), MaxValueValidator(2100)]


class CommunityQuerySet(PageQuerySet):
    def ongoing_first(self):
        """Communities still meeting first, then the latest to finish."""
        return self.order_by(
            "-is_ongoing",
            models.F("end_year").desc(nulls_last=True),
            models.F("start_year").desc(nulls_last=True),
            "title",
        )


class CommunityIndexPage(SectionIndexPage):
    subpage_types = ["resources.CommunityOfPracticePage"]
    card_icon = "network"
    card_label = ""  # its card names no kind: its title says it

    class Meta:
        verbose_name = _("communities of practice index")

    def get_context(self, request, *args, **kwargs):
        """Every community on one page, grouped by whether it still meets.

        No pagination and no query parameters: a directory of a few dozen groups
        reads best whole, and works the same with or without JavaScript.
        """
        context = super().get_context(request, *args, **kwargs)
        communities = prefetch_card_renditions(
            self.listed_children(CommunityOfPracticePage).ongoing_first()
        )
        groups = [
            ("ongoing", _("Meeting now"), [c for c in communities if c.is_ongoing]),
            ("completed", _("Completed"), [c for c in communities if not c.is_ongoing]),
        ]
        context["community_groups"] = [
            {"slug": slug, "heading": heading, "communities": members}
            for slug, heading, members in groups
            if members
        ]
        return context


class CommunityDocument(DocumentDownload):
    page = ParentalKey(
        "resources.CommunityOfPracticePage",
        on_delete=models.CASCADE,
        related_name="documents",
    )

    class Meta(DocumentDownload.Meta):
        verbose_name = _("download")


class CommunityRelatedResource(Orderable):
    page = ParentalKey(
        "resources.CommunityOfPracticePage",
        on_delete=models.CASCADE,
        related_name="related_resources",
    )
    resource = models.ForeignKey(
        "resources.ResourcePage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A pack in the resource library that this community made or uses."),
    )

    panels = [FieldPanel("resource")]

    class Meta(Orderable.Meta):
        verbose_name = _("related resource")


class CommunityOfPracticePage(PracticePageMixin, TopicTagging, BasePage):
    introduction = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "What brought the community together: the shared interest or question."
        ),
    )
    participants = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES + ["ul"],
        blank=True,
        help_text=_(
            "Who took part, e.g. 'parents, teachers and youth workers from across the "
            "county'. Describe roles and settings; never name members without consent."
        ),
    )
    member_count = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=_("How many members it had. Leave blank if unknown."),
    )
    funder = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("Who funded or commissioned it, e.g. 'the county council'."),
    )
    start_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("The year it first met. Leave blank if unknown."),
    )
    end_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("The year it last met. Leave blank while it is still meeting."),
    )
    is_ongoing = models.BooleanField(
        default=False,
        verbose_name=_("still meeting"),
        help_text=_("Tick while the community still meets; it is then listed first."),
    )
    meeting_frequency = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("How often it met, e.g. 'Monthly' or 'Every half term'."),
    )
    outputs = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("what it produced"),
        help_text=_(
            "The projects, tools and learning it produced. Link lists and short "
            "paragraphs work well; put files under Downloads."
        ),
    )

    override_translatable_fields = same_in_every_language(
        "member_count", "start_year", "end_year", "is_ongoing"
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("participants"),
                FieldPanel("member_count"),
                FieldPanel("funder"),
            ],
            heading=_("Who took part"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("is_ongoing"),
                FieldPanel("meeting_frequency"),
            ],
            heading=_("When it ran"),
        ),
        FieldPanel("outputs"),
        InlinePanel("documents", heading=_("Downloads"), label=_("Download")),
        InlinePanel(
            "related_resources", heading=_("Related resources"), label=_("Resource")
        ),
    ]
    promote_panels = BasePage.promote_panels + [TopicTagging.topics_panel()]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("participants"),
        index.SearchField("funder"),
        index.SearchField("outputs"),
    ]
    parent_page_types = ["resources.CommunityIndexPage"]
    subpage_types = []
    lists_events = True  # its meetings can be events (EventPage.part_of)
    objects = PageManager.from_queryset(CommunityQuerySet)()
    card_icon = "network"

    class Meta:
        verbose_name = _("community of practice")

    def clean(self):
        super().clean()
        if self.is_ongoing and self.end_year:
            raise ValidationError(
                {"end_year": _("A community that is still meeting has no end year.")}
            )
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError(
                {"end_year": _("The end year cannot be before the start year.")}
            )

    @property
    def years(self):
        """e.g. "2009–2010", "2012", "Since 2021", or "" when nobody recorded it."""
        start, end = self.start_year, self.end_year
        if self.is_ongoing:
            return _("Since %(year)s") % {"year": start} if start else ""
        if start and end and start != end:
            return f"{start}–{end}"
        return str(end or start or "")

    @property
    def card_meta(self):
        parts = [self.years, self.odds_level_label]
        if self.member_count:
            parts.append(
                ngettext("%(count)d member", "%(count)d members", self.member_count)
                % {"count": self.member_count}
            )
        return " · ".join(part for part in parts if part)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_resources_in_own_language()
        context["events"] = events_of(self)
        return context

    def related_resources_in_own_language(self):
        """The chosen resources that are live and public, in the editor's order,
        as their translations in the visitor's language where they exist."""
        from .packs import ResourcePage

        links = self.related_resources.all()
        if isinstance(links, QuerySet):
            # One query: the resources, ordered by the links that chose them.
            order = links.filter(resource=OuterRef("pk")).values("sort_order")[:1]
            resources = (
                ResourcePage.objects.visible()
                .for_cards()
                .filter(pk__in=links.values("resource_id"))
                .annotate(link_order=Subquery(order))
                .order_by("link_order")
            )
        else:  # a preview of unsaved changes holds its links in memory
            resources = [link.resource for link in links if link.resource.live]
        return prefetch_card_renditions(localized(resource) for resource in resources)
