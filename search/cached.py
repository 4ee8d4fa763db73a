"""Ranked search results kept in the cache until the site's content changes.

Ranking a word that is on every page means reading every index entry: tens of
milliseconds at 10,000 pages, however good the index. Visitors repeat the same
searches ("resilience", a campaign's name), so the ranked page ids and the count
are cached under the furniture generation, which every publish, unpublish, move,
delete and view restriction replaces: a change shows in the next search. The
pages themselves are always read fresh, and every search is still recorded.
"""

import hashlib
from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache

from movement.furniture import furniture_generation

from . import results as found


class CachedSearch:
    """A search that a paginator can count and slice, the ranking cached."""

    def __init__(self, results, *key_parts):
        self.results = results
        digest = hashlib.sha256(repr(key_parts).encode()).hexdigest()[:32]
        self.key = f"search:{furniture_generation()}:{digest}"

    def _remembered(self, name, compute):
        seconds = settings.SEARCH_RESULTS_CACHE_SECONDS
        if not seconds:
            return compute()
        return cache.get_or_set(f"{self.key}:{name}", compute, seconds)

    def count_up_to(self, limit):
        return self._remembered(
            f"count:{limit}", lambda: found.count_up_to(self.results, limit)
        )

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("search results are read a page (a slice) at a time")
        fetched = {}

        def ranked():
            fetched["pages"] = list(self.results[index])
            return [(page.pk, page.content_type_id) for page in fetched["pages"]]

        ranking = self._remembered(f"ranked:{index.start}:{index.stop}", ranked)
        if "pages" in fetched:
            return fetched["pages"]
        return specific_pages_in_order(ranking)


def specific_pages_in_order(ranking):
    """The pages of (id, content type id) pairs: one query per page type."""
    ids_by_type = defaultdict(list)
    for pk, content_type_id in ranking:
        ids_by_type[content_type_id].append(pk)
    pages = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        pages.update(model.objects.in_bulk(ids))
    # A page deleted since the ranking was cached is simply left out.
    return [pages[pk] for pk, _type in ranking if pk in pages]


def page_results(terms, locale, key=None, exclude=()):
    """found.page_results, ranked once per generation for each query."""
    return CachedSearch(
        found.page_results(terms, locale, key, exclude),
        locale.language_code,
        key or "",
        tuple(term.lower() for term in terms),
        tuple(sorted(exclude)),
    )
