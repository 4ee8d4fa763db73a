"""The header and footer, cached until something they show changes.

Every page shows the same menu, footer and organisation name, and building
them costs half a dozen queries. They are cached under a "generation" that
any publish, unpublish, move or delete of a page, and any save of the menu,
footer, banner, settings or a locale, replaces, so an editor's change shows
on the next request (in every process, as the generation lives in the cache).
"""

from uuid import uuid4

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "movement:furniture-generation"
CACHE_SECONDS = 24 * 60 * 60


def furniture_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid4().hex
        cache.set(GENERATION_KEY, generation, None)
    return generation


def forget_furniture(**kwargs):
    cache.set(GENERATION_KEY, uuid4().hex, None)


def connect_signals():
    from wagtail.images import get_image_model

    from home.models import BlogCategory, Person
    from movement.models import (
        Footer,
        MainNavigation,
        NoticeBanner,
        SiteIdentity,
        SiteSettings,
    )

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget_furniture, dispatch_uid=f"furniture-{id(signal)}")
    post_delete.connect(
        forget_furniture, sender=Page, dispatch_uid="furniture-page-delete"
    )
    for model in (
        Footer,
        MainNavigation,
        NoticeBanner,
        SiteIdentity,
        SiteSettings,
        Locale,
        # A page made private must leave menus and language lists at once.
        PageViewRestriction,
        # Named in every page's cached <head> (movement/seo.py): share image alt
        # text, authors, categories.
        get_image_model(),
        Person,
        BlogCategory,
    ):
        for signal in (post_save, post_delete):
            signal.connect(
                forget_furniture,
                sender=model,
                dispatch_uid=f"furniture-{model.__name__}-{id(signal)}",
            )
