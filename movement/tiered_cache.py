"""A cache in this process's memory in front of the shared one, for rendered fragments.

Everything kept in the "rendered" alias (render_cache, the <head>, menus, footer,
banner, language links, drawn pictures) is named by the content generation, so
a copy in this process is exactly as good as the one in Redis until the
generation changes, and then this process drops every copy at once
(movement.furniture.on_new_generation). A page rendered in a warm process reads
its fragments from memory instead of making a dozen round trips to Redis.

A copy fetched from the shared cache is kept here for at most LOCAL_SECONDS
(its remaining lifetime there is unknown: a banner whose time window ends is
kept until then), one stored by this process for the timeout it was given.
clear() empties this process's copies only: the shared cache is not ours alone.
"""

import weakref

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.utils.connection import ConnectionProxy

from movement.furniture import on_new_generation

RENDERED = "rendered"
_MISSING = object()
_every_tiered_cache = weakref.WeakSet()


class TieredCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)
        options = params.get("OPTIONS", {})
        self.shared_alias = options.get("SHARED", "default")
        self.local_seconds = options.get("LOCAL_SECONDS", 5)
        self.local = LocMemCache(
            location or "tiered",
            {"OPTIONS": {"MAX_ENTRIES": options.get("MAX_ENTRIES", 1000)}},
        )
        _every_tiered_cache.add(self)

    @property
    def shared(self):
        return caches[self.shared_alias]

    def _timeout(self, timeout):
        return self.default_timeout if timeout is DEFAULT_TIMEOUT else timeout

    def get(self, key, default=None, version=None):
        value = self.local.get(key, _MISSING, version)
        if value is _MISSING:
            value = self.shared.get(key, _MISSING, version)
            if value is _MISSING:
                return default
            self.local.set(key, value, self.local_seconds, version)
        return value

    def get_many(self, keys, version=None):
        found = self.local.get_many(keys, version)
        missing = [key for key in keys if key not in found]
        if missing:
            fetched = self.shared.get_many(missing, version)
            self.local.set_many(fetched, self.local_seconds, version)
            found.update(fetched)
        return found

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        timeout = self._timeout(timeout)
        self.shared.set(key, value, timeout, version)
        self.local.set(key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        timeout = self._timeout(timeout)
        added = self.shared.add(key, value, timeout, version)
        if added:
            self.local.set(key, value, timeout, version)
        return added

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        timeout = self._timeout(timeout)
        self.local.touch(key, timeout, version)
        return self.shared.touch(key, timeout, version)

    def delete(self, key, version=None):
        self.local.delete(key, version)
        return self.shared.delete(key, version)

    def has_key(self, key, version=None):
        return self.get(key, _MISSING, version) is not _MISSING

    def clear(self):
        self.local.clear()


@on_new_generation
def forget_local_copies():
    for tiered in _every_tiered_cache:
        tiered.local.clear()


# Like django.core.cache.cache, for the "rendered" alias: one instance per thread.
rendered = ConnectionProxy(caches, RENDERED)
