"""The editors' "popular searches" counts, kept in the cache and written in batches.

A search used to write its hit to the database (wagtail.contrib.search_promotions'
Query and QueryDailyHits: three queries, two of them writes) while the visitor
waited. Now `count()` only touches the default cache: one counter per query and
day, plus a list of the queries counted. `flush()` writes every pending count
in one transaction. It runs:

- from the `flush_search_log` command, on a timer (docs/operations.md);
- after the response of a search that finds the log due (SEARCH_LOG_FLUSH_HITS
  hits pending, or the oldest pending for SEARCH_LOG_FLUSH_SECONDS): that is
  how counts leave a per-process memory cache, which the command cannot see.

A cache that is down or empties loses the hits it held, and a hit can be lost
when two new queries are counted at the same instant, or while a flush runs:
the report is a rough guide, and a search never fails because of it.
"""

import contextlib
import hashlib
import logging
import threading
import time
from datetime import date

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

logger = logging.getLogger(__name__)

PREFIX = "search-log"
QUERIES = f"{PREFIX}:queries"  # {(day, query string)} counted since their last flush
PENDING = f"{PREFIX}:pending"  # hits counted since the last flush
SINCE = f"{PREFIX}:since"  # when the first of them was counted
LOCK = f"{PREFIX}:flushing"
KEEP_SECONDS = 2 * 24 * 3600  # counts never flushed are dropped after two days
LOCK_SECONDS = 60

_due = threading.local()


def _hits_key(day, query):
    digest = hashlib.sha256(query.encode()).hexdigest()[:32]
    return f"{PREFIX}:hits:{day}:{digest}"


def count(query_string):
    """One hit for `query_string` today, in the cache only."""
    query = normalise_query_string(query_string)
    if not query:
        return
    try:
        day = timezone.localdate().isoformat()
        key = _hits_key(day, query)
        if cache.add(key, 1, KEEP_SECONDS):
            queries = cache.get(QUERIES) or set()
            cache.set(QUERIES, queries | {(day, query)}, KEEP_SECONDS)
        else:
            cache.incr(key)
        cache.add(SINCE, time.time(), KEEP_SECONDS)
        cache.add(PENDING, 0, KEEP_SECONDS)
        pending = cache.incr(PENDING) or 0
        since = cache.get(SINCE) or time.time()
        if (
            pending >= settings.SEARCH_LOG_FLUSH_HITS
            or time.time() - since >= settings.SEARCH_LOG_FLUSH_SECONDS
        ):
            _due.flush = True
    except Exception:  # a key evicted between two calls, an unexpected cache error
        logger.warning("A search was not counted", exc_info=True)


def flush_if_due(**kwargs):
    """request_finished receiver: flush after a response that found the log due."""
    if not getattr(_due, "flush", False):
        return
    _due.flush = False
    try:
        flush()
    except Exception:
        logger.exception("The search log could not be written; it is kept to retry")


def flush():
    """Write the counts kept in the cache to the database; returns the hits written.

    Each count is taken out of the cache (what arrives meanwhile waits for the next
    flush), then written in one transaction, and put back if that fails. One flush
    runs at a time.
    """
    if not cache.add(LOCK, 1, LOCK_SECONDS):
        return 0
    try:
        cache.delete_many([PENDING, SINCE])
        queries = cache.get(QUERIES) or set()
        keys = {pair: _hits_key(*pair) for pair in queries}
        counted = cache.get_many(list(keys.values()))
        today = timezone.localdate().isoformat()
        taken, finished = {}, set()
        for pair, key in keys.items():
            hits = counted.get(key) or 0
            if hits:
                taken[pair] = hits
                # Expired meanwhile (ValueError): nothing is left to take.
                with contextlib.suppress(ValueError):
                    cache.decr(key, hits)
            # Yesterday's queries get no more hits; today's stay listed while
            # their counter lives, since count() lists a query only once.
            if pair[0] != today or key not in counted:
                finished.add(pair)
        if finished:
            cache.set(QUERIES, (cache.get(QUERIES) or set()) - finished, KEEP_SECONDS)
        try:
            _write(taken)
        except Exception:
            for pair, hits in taken.items():
                key = _hits_key(*pair)
                if not cache.add(key, hits, KEEP_SECONDS):
                    cache.incr(key, hits)
            cache.set(QUERIES, (cache.get(QUERIES) or set()) | set(taken), KEEP_SECONDS)
            raise
        return sum(taken.values())
    finally:
        cache.delete(LOCK)


def _write(taken):
    """Add `taken` ({(day, query string): hits}) to the daily hits, in one transaction."""
    if not taken:
        return
    strings = {query for _day, query in taken}
    with transaction.atomic():
        Query.objects.bulk_create(
            [Query(query_string=query) for query in strings], ignore_conflicts=True
        )
        ids = dict(
            Query.objects.filter(query_string__in=strings).values_list(
                "query_string", "pk"
            )
        )
        wanted = {
            (ids[query], date.fromisoformat(day)): hits
            for (day, query), hits in taken.items()
        }
        existing = {
            (row.query_id, row.date): row
            for row in QueryDailyHits.objects.select_for_update().filter(
                query_id__in=ids.values(), date__in={day for _id, day in wanted}
            )
        }
        updated, created = [], []
        for (query_id, day), hits in wanted.items():
            row = existing.get((query_id, day))
            if row is None:
                created.append(QueryDailyHits(query_id=query_id, date=day, hits=hits))
            else:
                row.hits += hits
                updated.append(row)
        QueryDailyHits.objects.bulk_update(updated, ["hits"])
        QueryDailyHits.objects.bulk_create(created)
