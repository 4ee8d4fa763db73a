"""Finding the pages tagged with a fundamental, a move or a level, across page types."""

from django.apps import apps
from django.db.models import Q
from wagtail.models import Page

from movement.page_queries import every_page, prefetch_card_renditions

from .framework import FrameworkTagging
from .fundamentals import FundamentalsTagging


def tagging_page_models(mixin):
    """Every page model that inherits the tagging `mixin`."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, mixin) and issubclass(model, Page)
    ]


def _tagged_through(mixin, field_name, translation_key):
    """Pages of every type whose many-to-many `field_name` chose something with
    `translation_key`: tags are synchronised when a page is translated, so a Polish
    post may still point at the English choice; matching on the key finds both."""
    tagged = Q()
    for model in tagging_page_models(mixin):
        relation = model._meta.get_field(field_name)
        through = relation.remote_field.through
        tagged |= Q(
            pk__in=through.objects.filter(
                **{
                    f"{relation.m2m_reverse_field_name()}__translation_key": translation_key
                }
            ).values(relation.m2m_column_name())
        )
    return tagged


def _listed(tagged, locale):
    """Live, listed pages in `locale` matching `tagged`, newest first, made
    specific one page of results at a time."""
    return TaggedPages(
        every_page()
        .filter(tagged)
        .listed()
        .in_language(locale)
        .order_by("-first_published_at", "-pk")
    )


def pages_putting_into_practice(fundamental, locale):
    """Live pages in `locale` (a Locale or its id) tagged with `fundamental`."""
    return _listed(
        _tagged_through(
            FundamentalsTagging, "fundamentals", fundamental.translation_key
        ),
        locale,
    )


def pages_tagged_with_move(move, locale):
    """Live pages in `locale` tagged with the resilient `move`."""
    return _listed(
        _tagged_through(FrameworkTagging, "resilient_moves", move.translation_key),
        locale,
    )


def pages_at_odds_level(level, locale):
    """Live pages in `locale` classified at `level` (an OddsLevel value)."""
    at_level = Q()
    for model in tagging_page_models(FrameworkTagging):
        at_level |= Q(pk__in=model.objects.filter(odds_level=level).values("pk"))
    return _listed(at_level, locale)


class TaggedPages:
    """A lazily sliced list for the paginator: only the page shown is made specific."""

    def __init__(self, queryset):
        self.queryset = queryset

    def count(self):
        return self.queryset.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        return prefetch_card_renditions(self.queryset[index].specific())
