"""One vocabulary for finding pages: every listing, feed, sitemap and search says

    SomePage.objects.listed().in_language(locale).for_cards()

`visible()` is what any visitor may open, `listed()` what a listing in one
language shows, `for_cards()` joins the images a card shows. For mixed page
types (the sitemap, search, a fundamental's tagged pages) start from
`every_page()`. What is shown is then passed through `prefetch_card_renditions`
(movement.pagination.paginate does it for each page of a listing).
"""

from collections import defaultdict
from copy import copy

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, PageViewRestriction
from wagtail.models import PageManager as WagtailPageManager
from wagtail.models import PageQuerySet as WagtailPageQuerySet

from movement.i18n import active_locale
from movement.image_recipes import CARD_FILTER_SPECS
from movement.render_cache import remembered


class PageQuerySet(WagtailPageQuerySet):
    def visible(self, restricted_paths=None):
        """Live pages with no view restriction on them or above them, in one query.

        The same as .live().public(), which spends a query of its own loading
        every restriction first: a page is private when a restricted page's path
        is a prefix of its own path. Given `restricted_paths` (restricted_paths(),
        remembered), the query checks those paths instead of every restriction,
        which costs nothing when there are none; on thousands of pages (search)
        that spares PostgreSQL an anti-join.
        """
        if restricted_paths is not None:
            private = Q()
            for path in restricted_paths:
                private |= Q(path__startswith=path)
            return self.live().exclude(private) if private else self.live()
        restricted = PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
        return self.live().exclude(Exists(restricted))

    def listed(self, restricted_paths=None):
        """Visible pages written in their own language.

        Aliases (an English page mirrored under /pl/ until someone translates it)
        are left out, so a Polish listing, feed or search shows Polish content only.
        """
        return self.visible(restricted_paths).filter(alias_of__isnull=True)

    def in_language(self, locale):
        """Pages in `locale` (a Locale or its id)."""
        return self.filter(locale=locale)

    def for_cards(self):
        """Join the image fields a card may show, so reading them costs no query."""
        return self.select_related(*getattr(self.model, "card_image_fields", ()))


PageManager = WagtailPageManager.from_queryset(PageQuerySet)


def restricted_paths():
    """The paths of the pages with a view restriction, remembered until the next
    change (saving or deleting a restriction is one)."""

    def read():
        paths = PageViewRestriction.objects.values_list("page__path", flat=True)
        return sorted(set(paths))

    return remembered(None, "restricted-page-paths", compute=read)


def every_page():
    """Pages of every type (not yet specific), in the shared vocabulary."""
    return PageQuerySet(Page)


def prefetch_card_renditions(pages):
    """Fetch every card image not yet loaded, then their card renditions: two
    queries, and none for the renditions until the next content generation.

    Works for lists of mixed page types (chosen pages, tag listings), where the
    images cannot be joined in. Returns the pages as a list; Wagtail's {% image %}
    finds the prefetched renditions.
    """
    pages = list(pages)
    waiting = defaultdict(list)  # image id: the (page, field) pairs that show it
    for page in pages:
        for name in getattr(page, "card_image_fields", ()):
            field = page._meta.get_field(name)
            image_id = getattr(page, field.attname)
            if image_id and not field.is_cached(page):
                waiting[image_id].append((page, name))
    for image in get_image_model().objects.filter(pk__in=waiting):
        for page, name in waiting[image.pk]:
            setattr(page, name, image)
    images = [page.card_image for page in pages if getattr(page, "card_image", None)]
    if images:
        _attach_card_renditions(images)
    return pages


def _attach_card_renditions(images):
    """Give each image its card renditions, as prefetch_related would.

    Remembered by image (and file) under the content generation, which any
    image's save advances. An image missing one of them (not drawn yet, or
    drawn for another focal point) is left to Wagtail, which makes it and
    remembers it in its own renditions cache.
    """
    keys = sorted({(image.pk, image.file_hash) for image in images})
    found = remembered(
        None, "card-renditions", *keys, compute=lambda: _card_renditions(keys)
    )
    for image in images:
        renditions = found.get(image.pk, ())
        drawn = {
            (rendition.filter_spec, rendition.focal_point_key)
            for rendition in renditions
        }
        if not drawn.issuperset(_card_filter_keys(image)):
            continue
        image.prefetched_renditions = [copy(rendition) for rendition in renditions]
        for rendition in image.prefetched_renditions:
            rendition.image = image  # as prefetch_related sets it: alt text, no query


def _card_filter_keys(image):
    return {(spec, Filter(spec).get_cache_key(image)) for spec in CARD_FILTER_SPECS}


def _card_renditions(keys):
    by_image = defaultdict(list)
    for rendition in (
        get_image_model()
        .get_rendition_model()
        .objects.filter(
            image_id__in=[pk for pk, _hash in keys],
            filter_spec__in=CARD_FILTER_SPECS,
        )
    ):
        by_image[rendition.image_id].append(rendition)
    return dict(by_image)


def live_pages_in_order(chosen, prefetch=True):
    """Chosen pages (or their ids), as visible, specific pages, in the editor's order,
    each in the visitor's language where it has a translation (or an alias) there.
    With `prefetch=False`, the caller prefetches their card renditions together with
    another listing's (one query for both).

    wagtail-localize copies page choosers unchanged, so the Polish home page still
    chooses English pages. One query per page type finds the chosen pages and
    their versions in this language, instead of two per page for `.specific`.
    """
    ids = [getattr(page, "pk", page) for page in chosen if page is not None]
    locale_id = active_locale().id
    same_pages = Page.objects.filter(pk__in=ids).values("translation_key")
    candidates = (
        every_page()
        .filter(Q(pk__in=ids) | Q(locale_id=locale_id, translation_key__in=same_pages))
        .visible()
        .specific()
    )
    chosen_pages, in_language = {}, {}
    for page in candidates:
        if page.pk in ids:
            chosen_pages[page.pk] = page
        if page.locale_id == locale_id:
            in_language[page.translation_key] = page
    pages = [
        in_language.get(chosen_pages[pk].translation_key, chosen_pages[pk])
        for pk in ids
        if pk in chosen_pages
    ]
    return prefetch_card_renditions(pages) if prefetch else pages
