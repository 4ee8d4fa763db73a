"""The Resilience Framework: five compartments holding the resilient moves.

The compartments (Basics, Belonging, Learning, Coping, Core self) are snippets,
the same in every version. A version of the framework (for young people, for
families, for practitioners) is a FrameworkPage, whose moves are edited inline,
in order, like the fundamentals on their page, and translated with it. Any page
type inherits FrameworkTagging to say which moves it works on and at which
level (beating the odds, changing them, supercharged), and gains the fields,
their panel and `tagged_moves` in its template's context.

Slugs are the same in every language, so `/pl/framework/being-brave/` and a
filter `?move=being-brave` work whichever language a link was made in. A
move's compartment is chosen in the source language and kept on translation;
pages show its translation by translation_key.
"""

from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from movement.blocks import SIMPLE_RICH_TEXT_FEATURES, ContentStreamBlock
from movement.framework_form import FrameworkPageForm
from movement.i18n import chosen_in_language, in_locale
from movement.icons import icon_field
from movement.pagination import paginate
from movement.render_cache import remembered

from .pages import BasePage

TAGGED_PAGES_PER_PAGE = 12
IDEAS_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class OddsLevel(models.TextChoices):
    """The level a piece of work acts at (docs/page-types.md, "Tagging")."""

    BEAT = "beat", _("Beating the odds")
    CHANGE = "change", _("Changing the odds")
    SUPERCHARGED = "supercharged", _("Supercharged")


ODDS_LEVEL_EXPLAINED = {
    OddsLevel.BEAT: _(
        "Helping one person through: bus fare for a pupil who had to walk, "
        "breakfast for someone who has not eaten."
    ),
    OddsLevel.CHANGE: _(
        "Changing things for everyone in the same place: a breakfast club for the "
        "whole school, free gym sessions for any young person who needs them."
    ),
    OddsLevel.SUPERCHARGED: _(
        "Changing the system that made life hard: asking why families cannot "
        "afford breakfast or bus fares, and doing something about it together."
    ),
}


def slug_help(example):
    return _(
        "The link name, e.g. '%(example)s'. Defaults to the title. The same in "
        "every language; keep it once published: links use it."
    ) % {"example": example}


class CompartmentForm(WagtailAdminModelForm):
    """A translation keeps its source's link name, position and icon: filters,
    anchors, the order and the pictures match across languages (wagtail-localize
    syncs them)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = getattr(self.instance, "locale", None)
        if self.instance.pk and locale.language_code != settings.LANGUAGE_CODE:
            for name in ("slug", "position", "icon"):
                if name in self.fields:
                    self.fields[name].disabled = True


def in_source_language():
    """Compartments offered to a move: the source language's, kept on translation."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class Compartment(TranslatableMixin, models.Model):
    """One of the framework's compartments, e.g. Coping; shared by every version."""

    title = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80, blank=True, help_text=slug_help("coping"))
    summary = models.TextField(
        max_length=300,
        help_text=_("One or two sentences: what this compartment holds."),
    )
    position = models.PositiveSmallIntegerField(
        default=0,
        help_text=_(
            "Compartments are shown in this order, lowest first, in every version "
            "and language."
        ),
    )
    icon = icon_field(
        _(
            "A picture beside its name, e.g. a house for Basics. The same in every "
            "language. Leave blank for footsteps."
        )
    )

    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("position", overridable=False),
        SynchronizedField("icon", overridable=False),
    ]
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("position"),
        FieldPanel("icon"),
    ]
    default_icon = "footsteps"
    base_form_class = CompartmentForm

    class Meta(TranslatableMixin.Meta):
        ordering = ["position", "pk"]
        verbose_name = _("framework compartment")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.slug = self.slug or slugify(self.title)
        super().save(*args, **kwargs)

    @property
    def shown_icon(self):
        return self.icon or self.default_icon

    @classmethod
    def sources_and_translations(cls, locale_id):
        """[(source, shown)]: each compartment of the source language, in position
        order, with its translation in `locale_id` where it has one, else itself.
        Moves point at the source; visitors read the translation. One query."""
        found = list(
            cls.objects.filter(
                in_source_language() | Q(locale_id=locale_id)
            ).select_related("locale")
        )
        translated = {c.translation_key: c for c in found if c.locale_id == locale_id}
        return [
            (c, translated.get(c.translation_key, c))
            for c in found
            if c.locale.language_code == settings.LANGUAGE_CODE
        ]

    def clean(self):
        super().clean()
        self.slug = self.slug or slugify(self.title)
        taken = Compartment.objects.filter(locale_id=self.locale_id, slug=self.slug)
        if self.slug and taken.exclude(translation_key=self.translation_key).exists():
            raise ValidationError(
                {"slug": _("Another compartment already has this link name.")}
            )


class ResilientMove(TranslatableMixin, Orderable):
    """One resilient move, edited inline on its version's page, in order."""

    page = ParentalKey("movement.FrameworkPage", related_name="moves")
    compartment = models.ForeignKey(
        Compartment,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=in_source_language,
    )
    title = models.CharField(max_length=80)
    slug = models.SlugField(
        max_length=80, blank=True, help_text=slug_help("being-brave")
    )
    summary = models.TextField(
        max_length=300, help_text=_("One or two sentences: what the move means.")
    )
    for_whom = models.CharField(
        _("for whom"),
        max_length=200,
        blank=True,
        help_text=_("Who can make this move, e.g. 'You, with a trusted adult'."),
    )
    ideas = RichTextField(
        _("ideas to try"),
        features=IDEAS_FEATURES,
        blank=True,
        help_text=_("A few small, concrete things to try, as a list."),
    )

    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("compartment", overridable=False),
    ]
    panels = [
        FieldPanel("compartment"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("for_whom"),
        FieldPanel("ideas"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("resilient move")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.slug = self.slug or slugify(self.title)
        super().save(*args, **kwargs)

    def clean(self):
        """The link name from the title, now: a preview shows the move before
        any save would."""
        super().clean()
        self.slug = self.slug or slugify(self.title)

    @staticmethod
    def grouped_choices(moves):
        """Tick boxes for a page's moves, under their compartments' names, with the
        version's name where the site has several: one query."""
        moves = moves.select_related("compartment", "page").order_by(
            "compartment__position", "page__path", "sort_order"
        )
        versions = {move.page_id for move in moves}
        groups = {}
        for move in moves:
            label = move.title
            if len(versions) > 1:
                label = f"{move.title} ({move.page.audience})"
            groups.setdefault(move.compartment.title, []).append((move.pk, label))
        return list(groups.items())

    def get_url(self, request=None):
        return self.page.get_url(request) + self.page.reverse_subpage(
            "move", args=[self.slug]
        )

    @property
    def url(self):
        return self.get_url()


def odds_level_urls(locale_id):
    """{level: the address listing everything at that level} in a language: on
    its first framework page, or none while it has no live one. One query."""
    framework = (
        FrameworkPage.objects.visible()
        .filter(locale_id=locale_id)
        .order_by("path")
        .first()
    )
    return level_urls_on(framework) if framework is not None else {}


def level_urls_on(framework):
    """{level: its page's address} on the framework page `framework`."""
    return {
        level: framework.url + framework.reverse_subpage("odds_level", args=[level])
        for level in OddsLevel.values
    }


@dataclass
class CompartmentMoves:
    """A compartment, in the page's language, with its moves in this version."""

    compartment: Compartment
    moves: list = field(default_factory=list)


class FrameworkTagging(models.Model):
    """Lets a page say which resilient moves it works on, and at which level."""

    resilient_moves = ParentalManyToManyField(
        "movement.ResilientMove",
        blank=True,
        related_name="+",
        help_text=_("The resilient moves this is about or helps people make."),
    )
    odds_level = models.CharField(
        _("level"),
        max_length=20,
        choices=OddsLevel.choices,
        blank=True,
        help_text=_(
            "Beating the odds helps one person; changing the odds changes things "
            "for everyone in a place; supercharged changes the system behind it."
        ),
    )

    panels = [FieldPanel("resilient_moves"), FieldPanel("odds_level")]

    class Meta:
        abstract = True

    @property
    def odds_level_label(self):
        return self.get_odds_level_display() if self.odds_level else ""

    @property
    def type_and_level(self):
        """A card's meta line where pages of every type are listed together,
        e.g. "Blog post · Changing the odds"."""
        return " · ".join(
            str(part) for part in (self.type_label, self.odds_level_label) if part
        )

    def get_context(self, request, *args, **kwargs):
        """`framework_tags` for the template (components/framework_tags.html):
        called only if shown, then remembered until the next publish."""
        context = super().get_context(request, *args, **kwargs)
        context["framework_tags"] = partial(
            remembered, request, "framework-tags", self.pk, compute=self.framework_tags
        )
        return context

    def framework_tags(self):
        """{"moves": [...], "level": {"label", "url"} or None}, with addresses:
        one query, two for a level without a move in the page's language."""
        found = self.moves_in_page_language()
        level = None
        if self.odds_level:
            # The level's page is on the framework page a move of this page is on.
            framework = next(
                (m.page for m in found if m.page.locale_id == self.locale_id), None
            )
            urls = (
                level_urls_on(framework)
                if framework
                else odds_level_urls(self.locale_id)
            )
            level = {
                "label": self.odds_level_label,
                "url": urls.get(self.odds_level, ""),
            }
        moves = [{"title": move.title, "url": move.url} for move in found]
        return {"moves": moves, "level": level}

    def moves_in_page_language(self):
        """The tagged moves on live, public framework pages, in framework order,
        each in this page's language where translated, with their pages and
        compartments: one query."""
        moves = ResilientMove.objects.select_related("page", "compartment").filter(
            page__in=FrameworkPage.objects.visible()
        )
        found = chosen_in_language(self.resilient_moves.all(), self.locale_id, moves)
        return sorted(
            found,
            key=lambda move: (move.compartment.position, move.page_id, move.sort_order),
        )


class FrameworkPage(RoutablePageMixin, BasePage):
    """One version of the Resilience Framework, shown as a table of its moves."""

    audience = models.CharField(
        max_length=120,
        help_text=_(
            "Who this version is for, e.g. 'For young people'. Shown where the "
            "versions are listed."
        ),
    )
    introduction = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Says what the framework is and how to use it, above the table."),
    )
    body = StreamField(
        ContentStreamBlock(), blank=True, help_text=_("Shown after the framework.")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("audience"),
        FieldPanel("introduction"),
        InlinePanel(
            "moves", heading=_("Resilient moves"), label=_("Resilient move"), min_num=1
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("audience"),
        index.SearchField("introduction"),
        index.RelatedFields(
            "moves",
            [
                index.SearchField("title"),
                index.SearchField("summary"),
                index.SearchField("ideas"),
            ],
        ),
        index.SearchField("body"),
    ]
    parent_page_types = [settings.MOVEMENT_HOME_PAGE_TYPE]
    subpage_types = []
    base_form_class = FrameworkPageForm
    card_icon = "map"
    card_label = ""  # its card names no kind: its title says it

    class Meta:
        verbose_name = _("framework page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            remembered(request, "framework", self.pk, compute=self.framework_context)
        )
        return context

    def framework_context(self):
        return {
            "compartments": self.compartments_with_moves(),
            "versions": list(
                FrameworkPage.objects.visible()
                .filter(locale_id=self.locale_id)
                .order_by("path")
            ),
            "odds_levels": [
                {
                    "value": value,
                    "label": label,
                    "explained": ODDS_LEVEL_EXPLAINED[value],
                }
                for value, label in OddsLevel.choices
            ],
        }

    def compartments_with_moves(self):
        """Every compartment in framework order, in this page's language, each with
        this version's moves: two queries."""
        moves = list(self.moves.select_related("compartment").order_by("sort_order"))
        groups = {
            source.translation_key: CompartmentMoves(shown)
            for source, shown in Compartment.sources_and_translations(self.locale_id)
        }
        for move in moves:
            key = move.compartment.translation_key
            if key not in groups:  # chosen outside the source language
                groups[key] = CompartmentMoves(move.compartment)
            groups[key].moves.append(move)
        return [group for group in groups.values() if group.moves]

    @path("<str:slug>/", name="move")
    def move_view(self, request, slug):
        """One move: what it means, ideas to try, and everything tagged with it."""
        from .tagged import pages_tagged_with_move

        move = self.moves.select_related("compartment").filter(slug=slug).first()
        if move is None:
            raise Http404(_("No such resilient move"))
        compartment = in_locale(
            [move.compartment], self.locale_id, Compartment.objects
        )[0]
        tagged = pages_tagged_with_move(move, self.locale_id)
        return self.render(
            request,
            context_overrides={
                "move": move,
                "compartment": compartment,
                "tagged_pages": paginate(request, tagged, TAGGED_PAGES_PER_PAGE),
            },
            template="movement/resilient_move_page.html",
        )

    @path("level/<str:level>/", name="odds_level")
    def odds_level_view(self, request, level):
        """Everything classified at one level: beating, changing, supercharged."""
        from .tagged import pages_at_odds_level

        if level not in OddsLevel.values:
            raise Http404(_("No such level"))
        tagged = pages_at_odds_level(level, self.locale_id)
        return self.render(
            request,
            context_overrides={
                "level": {
                    "value": level,
                    "label": OddsLevel(level).label,
                    "explained": ODDS_LEVEL_EXPLAINED[level],
                },
                "tagged_pages": paginate(request, tagged, TAGGED_PAGES_PER_PAGE),
            },
            template="movement/odds_level_page.html",
        )
