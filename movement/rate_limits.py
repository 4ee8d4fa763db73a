"""Counting events per key in a time window: sign-in help and visitors' forms."""

from django.core.cache import cache


def within_limit(key, limit, seconds):
    """Counts one more event for `key` in this window; False past `limit`.

    Counted in the cache: shared by every process with Redis, per process with
    the default memory cache. A cache that is down counts nothing and refuses
    nothing (fail open: what is limited has other checks too).
    """
    cache.add(key, 0, seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # the window ended between the two calls
        return True
    return count is None or count <= limit
