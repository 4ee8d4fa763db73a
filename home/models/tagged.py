"""Finding the pages that put a fundamental into practice, across page types."""

from django.apps import apps
from wagtail.models import Page

from .fundamentals import FundamentalsTagging


def fundamentals_tagging_page_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, FundamentalsTagging) and issubclass(model, Page)
    ]


def pages_putting_into_practice(fundamental, locale, limit=None):
    """Live pages in `locale` tagged with `fundamental` in any language, newest first.

    Tags are synchronised when a page is translated, so a Polish post may still
    point at the English fundamental: matching on translation_key finds both.
    """
    found = []
    for model in fundamentals_tagging_page_models():
        found += (
            model.objects.live()
            .public()
            .filter(
                locale=locale, fundamentals__translation_key=fundamental.translation_key
            )
            .select_related("listing_image")
            .distinct()
        )
    found.sort(
        key=lambda page: page.first_published_at or page.latest_revision_created_at,
        reverse=True,
    )
    return found[:limit] if limit else found
