"""Purging HTTP caches in front (Varnish, a CDN) of what a change touched.

Every change that advances the content generation (movement.furniture) comes
here too. Once it is committed (earlier, a cache could fetch the old page again
straight away), the addresses it touched are purged, in one batch, through
wagtail.contrib.frontend_cache's backends (WAGTAILFRONTENDCACHE), which also
purge each address in every language:

- a page published, unpublished, moved or deleted: the page and its
  translations and aliases, each with its routes (`get_cached_paths()`), every
  page above them (the listings, up to the home page), the pages that link to
  them (Wagtail's reference index), and the sitemap; a moved page's old address too;
- an image or document: the pages that use it, and what lists those pages;
- anything else that advances the generation (menus, footer, banner, settings,
  locales, sites, view restrictions, people, categories): every page, since
  each shows it.

What a change touches further away (a post's neighbours' previous/next links, a
"related posts" list elsewhere) is not tracked: caches in front keep it at most
HTTP_CACHE_SECONDS (docs/decisions/0006-page-cache.md). The whole-page cache
(movement.page_cache) needs none of this: the generation retires every kept page.
A cache that cannot be reached is logged; the editor's change is never refused.
"""

import logging
from copy import copy

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import post_page_move

logger = logging.getLogger("wagtail.frontendcache")


def is_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_after_commit(sender=None, instance=None, **kwargs):
    if not is_configured():
        return
    batch = PurgeBatch()
    try:
        add_touched(batch, sender, instance, kwargs)
    except Exception:  # a purge must never cost the editor their change
        logger.exception("Could not work out what to purge from the HTTP cache")
        return
    transaction.on_commit(lambda: purge(batch))


def purge(batch):
    try:
        batch.purge()
    except Exception:
        logger.exception("Purging the HTTP cache failed")


def add_touched(batch, sender, instance, signal_kwargs):
    pages = touched_pages(instance, signal_kwargs)
    if pages is None:
        add_every_page(batch)
    else:
        batch.add_pages(pages)
    if isinstance(instance, Page) and signal_kwargs.get("signal") is post_page_move:
        add_old_address(batch, instance, signal_kwargs["url_path_before"])
    add_sitemaps(batch)


def touched_pages(instance, signal_kwargs):
    """The pages a change touched, the changed page's own first; None for every page.

    Also what movement.page_warming renders again.
    """
    if isinstance(instance, Page):
        return page_family(instance)
    if isinstance(instance, (get_image_model(), get_document_model())):
        family = {}
        for page in pages_using(instance):
            for member in page_family(page):
                family.setdefault(member.pk, member)
        return list(family.values())
    return None


def page_family(page):
    """The page in every language, what lists it, and what links to it, in that order."""
    page = page.specific_deferred
    family = {page.pk: page}
    for relative in [*page.get_translations(), *page.aliases.all()]:
        family.setdefault(relative.pk, relative)
    for relative in list(family.values()):
        for ancestor in relative.get_ancestors().filter(depth__gt=1):
            family.setdefault(ancestor.pk, ancestor)
    for linking in pages_using(page):
        family.setdefault(linking.pk, linking)
    return [member.specific_deferred for member in family.values()]


def add_old_address(batch, page, url_path_before):
    moved_from = copy(page)
    moved_from.url_path = url_path_before
    if url := moved_from.get_full_url():
        batch.add_url(url)


def pages_using(instance):
    """Live pages whose content refers to `instance` (Wagtail's reference index)."""
    page_ids = (
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids])


def add_every_page(batch):
    batch.add_pages(
        page.specific_deferred for page in Page.objects.live().filter(depth__gt=1)
    )


def add_sitemaps(batch):
    for site in Site.objects.all():
        batch.add_url(site.root_url.rstrip("/") + "/sitemap.xml")
