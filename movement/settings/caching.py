"""Caches: fragments, renditions, whole pages, and what HTTP caches in front are told."""

from .env import env_int, env_list, env_str

# Caches. Everything cached for visitors is keyed by the content generation,
# which lives in the database (movement/furniture.py), so each process may keep
# its own memory cache and still never serve a stale menu. REDIS_URL shares one
# cache between processes; a Redis that is down or slow is a cache miss, never an
# error (django-redis IGNORE_EXCEPTIONS, short socket timeouts, logged at most once
# a minute). "renditions" keeps Wagtail's image rendition lookups apart, so a
# process can drop them whole when another process may have replaced an image.
REDIS_URL = env_str("REDIS_URL")


def _cache(prefix, entries=300):
    if not REDIS_URL:
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Each alias its own store: memory caches with one LOCATION share one.
            "LOCATION": prefix,
            "OPTIONS": {"MAX_ENTRIES": entries},
        }
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": prefix,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.1,
            "SOCKET_TIMEOUT": 0.1,
        },
    }


CACHES = {
    "default": _cache("movement"),
    "renditions": _cache("movement-renditions"),
    # Fragments named by the content generation (menus, <head>, cards, drawn
    # pictures): copies in this process's memory in front of "default", so a warm
    # process renders a page without a round trip per fragment (movement/tiered_cache.py).
    "rendered": {
        "BACKEND": "movement.tiered_cache.TieredCache",
        "LOCATION": "movement-rendered",
        "OPTIONS": {"SHARED": "default", "LOCAL_SECONDS": 5, "MAX_ENTRIES": 2000},
    },
    # Whole pages (movement/page_cache.py): their own alias, so they never push
    # menus and rankings out. On Redis, give it a maxmemory and allkeys-lru
    # (docs/operations.md): a flood of pages then evicts the oldest, never errors.
    "pages": _cache("movement-pages", entries=2000),
}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "movement.cache"

# Whole pages for anonymous visitors, kept until content changes (0: off).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# The query parameters some page reads (pagination, search, the listings' filters):
# part of a kept page's key. Any other parameter is ignored by every page, so the
# kept page answers it (movement/page_cache.py, tests/test_page_cache.py).
PAGE_CACHE_QUERY_PARAMETERS = (
    "page",
    "q",
    "type",
    "audience",
    "fundamental",
    "compartment",
    "move",
    "level",
)
# How many of the pages a change touched are rendered again once it is committed,
# so their first visitors find them kept (movement/page_warming.py). Only where the
# caches are shared: a page warmed into one process's memory helps no other.
WARM_PAGES_AFTER_CHANGE = env_int("WARM_PAGES_AFTER_CHANGE", 30 if REDIS_URL else 0)

# What public pages tell caches (movement/http_cache.py): a shared cache (Varnish,
# a CDN) keeps them HTTP_CACHE_SECONDS and serves a stale copy while it fetches a
# fresh one for HTTP_CACHE_STALE_SECONDS more; a browser asks again after
# BROWSER_CACHE_SECONDS. A publish purges shared copies at once (movement/frontend_purge.py).
HTTP_CACHE_SECONDS = env_int("HTTP_CACHE_SECONDS", 300)
HTTP_CACHE_STALE_SECONDS = env_int("HTTP_CACHE_STALE_SECONDS", 60)
BROWSER_CACHE_SECONDS = env_int("BROWSER_CACHE_SECONDS", 60)

# Purging HTTP caches in front (wagtail.contrib.frontend_cache's backends, driven
# by movement/frontend_purge.py): Varnish or any cache that takes PURGE requests
# (FRONTEND_CACHE_PURGE_URLS, comma-separated, e.g. http://127.0.0.1:6081), and/or
# Cloudflare (CLOUDFLARE_ZONE_ID with CLOUDFLARE_API_TOKEN).
WAGTAILFRONTENDCACHE = {
    f"http-{number}": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": location,
    }
    for number, location in enumerate(env_list("FRONTEND_CACHE_PURGE_URLS"))
}
if env_str("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env_str("CLOUDFLARE_API_TOKEN"),
    }
