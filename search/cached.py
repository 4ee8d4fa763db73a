"""A search ranked once: its count and every page of it come from one ranking.

The ranking is the first MAX_COUNTED + 1 results as (page id, content type id)
pairs, one query on the database backends (search.backends). The count is its
length ("more than 1000" past the end), and a page of results is a slice of it,
read fresh, one query per page type. So a first search costs one ranking query,
not a count and a ranking.

Visitors repeat the same searches ("resilience", a campaign's name), so the
ranking is also cached under the furniture generation, which every publish,
unpublish, move, delete and view restriction replaces: a change shows in the
next search. SEARCH_RESULTS_CACHE_SECONDS = 0 ranks every search afresh.
"""

import hashlib
from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils.functional import cached_property

from movement.furniture import furniture_generation

from . import results as found


class CachedSearch:
    """A search that a paginator can count and slice, the ranking cached."""

    def __init__(self, search, *key_parts):
        """`search()` gives (the search's results, the pages searched among); it is
        only called when the ranking is not in the cache."""
        self._search = search
        digest = hashlib.sha256(repr(key_parts).encode()).hexdigest()[:32]
        self.key = f"search:{furniture_generation()}:{digest}"

    @property
    def depth(self):
        """How far the ranking goes: one past what is counted."""
        return found.MAX_COUNTED + 1

    @cached_property
    def ranking(self):
        def rank():
            results, candidates = self._searched
            return found.ranking(results, self.depth, within=candidates)

        seconds = settings.SEARCH_RESULTS_CACHE_SECONDS
        if not seconds:
            return rank()
        return cache.get_or_set(f"{self.key}:ranking:{self.depth}", rank, seconds)

    @cached_property
    def _searched(self):
        return self._search()

    def count_up_to(self, limit):
        if limit > self.depth:
            return found.count_up_to(self._searched[0], limit)
        return min(len(self.ranking), limit)

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step is not None:
            raise TypeError("search results are read a page (a slice) at a time")
        return specific_pages_in_order(self.ranking[index])


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

    def search():
        candidates = found.page_candidates(locale, key, exclude)
        return found.page_results(terms, candidates), candidates

    return CachedSearch(
        search,
        locale.language_code,
        key or "",
        tuple(term.lower() for term in terms),
        tuple(sorted(exclude)),
    )
