"""The seven fundamentals: the movement's taxonomy, and the page that explains it.

The fundamentals are edited inline on their page, in order; any page type
inherits FundamentalsTagging (through movement.models.topics) to say which it
puts into practice, and gains the field and `tagged_fundamentals` in its
template's context.
Their tables keep the names they had when they lived in the home app.
"""

from functools import partial
from operator import attrgetter

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from movement.blocks import RICH_TEXT_FEATURES, ContentStreamBlock
from movement.i18n import chosen_in_language
from movement.icons import icon_field
from movement.pagination import paginate
from movement.render_cache import remembered

from .pages import BasePage

TAGGED_PAGES_PER_PAGE = 12


class Fundamental(TranslatableMixin, Orderable):
    """One fundamental, edited inline on the fundamentals page, in the editor's order."""

    page = ParentalKey("movement.FundamentalsPage", related_name="fundamentals")
    title = models.CharField(max_length=80)
    slug = models.SlugField(
        max_length=80,
        allow_unicode=True,
        blank=True,
        help_text=_(
            "The link name, e.g. 'co-production' makes #co-production. "
            "Defaults to the title. Keep it once published: links use it."
        ),
    )
    summary = models.TextField(max_length=300, help_text=_("One or two sentences."))
    body = RichTextField(features=RICH_TEXT_FEATURES)
    icon = icon_field(
        _(
            "A picture beside its title, e.g. puzzle pieces for Co-production. The "
            "same in every language. Leave blank for a compass."
        )
    )

    # One link name in every language, so #co-production and
    # /fundamentals/co-production/ work whichever language a link was made in;
    # one picture, so a fundamental looks the same in each.
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("icon", overridable=False),
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("icon"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    default_icon = "compass"

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        db_table = "home_fundamental"
        verbose_name = _("fundamental")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title, allow_unicode=True)
        super().save(*args, **kwargs)

    @property
    def shown_icon(self):
        return self.icon or self.default_icon


class FundamentalsTagging(models.Model):
    """Lets a page say which fundamentals it puts into practice."""

    fundamentals = ParentalManyToManyField(
        "movement.Fundamental",
        blank=True,
        related_name="+",
        help_text=_("The fundamentals this puts into practice."),
    )

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        """`tagged_fundamentals` for the page's template, e.g. through
        components/fundamentals_line.html. Passed uncalled: the template calls it
        (one query, then none until the next publish) only if it shows them."""
        context = super().get_context(request, *args, **kwargs)
        context["tagged_fundamentals"] = partial(
            remembered,
            request,
            "tagged-fundamentals",
            self.pk,
            compute=self.fundamentals_in_page_language,
        )
        return context

    def fundamentals_in_page_language(self):
        """The tagged fundamentals, in order, each swapped for its translation in
        this page's language where one exists, with their pages loaded: one query.

        Tags are synchronised when a page is translated, so a Polish page may
        still point at the English fundamental; its link should lead to the Polish one.
        """
        found = chosen_in_language(
            self.fundamentals.all(),
            self.locale_id,
            Fundamental.objects.select_related("page"),
        )
        return sorted(found, key=attrgetter("sort_order"))


class FundamentalsPage(RoutablePageMixin, BasePage):
    introduction = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Says what the fundamentals are, above the table of contents."),
    )
    body = StreamField(
        ContentStreamBlock(), blank=True, help_text=_("Shown after the fundamentals.")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        InlinePanel(
            "fundamentals", heading=_("Fundamentals"), label=_("Fundamental"), min_num=1
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.RelatedFields(
            "fundamentals",
            [
                index.SearchField("title"),
                index.SearchField("summary"),
                index.SearchField("body"),
            ],
        ),
        index.SearchField("body"),
    ]
    parent_page_types = [settings.MOVEMENT_HOME_PAGE_TYPE]
    subpage_types = []
    max_count_per_parent = 1
    card_icon = "compass"
    card_label = ""  # its card names no kind: its title says it

    class Meta:
        db_table = "home_fundamentalspage"
        verbose_name = _("fundamentals page")

    def ordered_fundamentals(self):
        return self.fundamentals.all().order_by("sort_order")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["fundamentals"] = list(self.ordered_fundamentals())
        return context

    @path("<str:slug>/", name="fundamental")
    def fundamental_view(self, request, slug):
        """Everything tagged with one fundamental, in this page's language."""
        from .tagged import pages_putting_into_practice

        fundamental = self.fundamentals.filter(slug=slug).first()
        if fundamental is None:
            raise Http404(_("No such fundamental"))
        tagged = pages_putting_into_practice(fundamental, self.locale_id)
        return self.render(
            request,
            context_overrides={
                "fundamental": fundamental,
                "tagged_pages": paginate(request, tagged, TAGGED_PAGES_PER_PAGE),
            },
            template="movement/fundamental_page.html",
        )
