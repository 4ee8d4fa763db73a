"""Finding the pages that put a fundamental into practice, across page types."""

from django.apps import apps
from django.db.models import Q
from wagtail.models import Page

from movement.page_queries import every_page, prefetch_card_renditions

from .fundamentals import FundamentalsTagging


def fundamentals_tagging_page_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, FundamentalsTagging) and issubclass(model, Page)
    ]


def pages_putting_into_practice(fundamental, locale):
    """Live pages in `locale` (a Locale or its id) tagged with `fundamental`, newest first.

    Tags are synchronised when a page is translated, so a Polish post may still
    point at the English fundamental: matching on translation_key finds both.
    One query finds the pages whatever their type; `.specific()` adds one a type,
    and only for the page of results shown.
    """
    tagged = Q()
    for model in fundamentals_tagging_page_models():
        through = model.fundamentals.through
        page_column = f"{model._meta.model_name}_id"
        tagged |= Q(
            pk__in=through.objects.filter(
                fundamental__translation_key=fundamental.translation_key
            ).values(page_column)
        )
    return TaggedPages(
        every_page()
        .filter(tagged)
        .listed()
        .in_language(locale)
        .order_by("-first_published_at", "-pk")
    )


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
