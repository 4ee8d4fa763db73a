"""Whole pages for anonymous visitors, kept in the "pages" cache until content changes.

A page that http_cache.share_publicly() marked public (the same for every
visitor who is not signed in) is kept, as sent, under a key made of:

- the content generation (movement.furniture), so any publish, unpublish, move,
  delete, or save of a menu, footer, banner, setting, image or snippet retires
  every kept page in every process at once;
- the host and path, whose first part is the language (i18n_patterns), so
  languages never mix;
- the values of the query parameters some page understands
  (PAGE_CACHE_QUERY_PARAMETERS), never the rest: `?utm_source=…` or a flood of
  random query strings is served the kept page and adds nothing to the cache;
- whether the visitor takes gzip (production compresses below this middleware).

Requests with a session cookie (editors, previews, a visitor who opened a
password-protected page), POSTs and the admin pass straight through. A cache
that is down or slow is a miss: the page is rendered as if there were no cache.

The middleware is the first, so a kept page carries every header the others
add (security headers, ETag, compression); with a shared cache, a kept page is
answered before Django even builds its request (KeptPageFrontDoor, movement.wsgi).

Why our own middleware and not Django's or wagtail-cache: docs/decisions/0006-page-cache.md.
"""

import hashlib
import logging
from contextlib import suppress
from http import HTTPStatus
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.handlers.wsgi import WSGIRequest
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_conditional_response, set_response_etag

from movement.furniture import furniture_generation
from movement.http_cache import is_anonymous_request

logger = logging.getLogger("movement.cache")

CACHE_ALIAS = "pages"
STATUS_HEADER = "X-Page-Cache"
# Where every process shares the cache (Redis), the generation is kept there too,
# so a hit costs no query; for at most this long after a Redis that missed a
# change comes back, it may be out of date (docs/decisions/0006-page-cache.md).
SHARED_GENERATION_KEY = "content-generation"
SHARED_GENERATION_SECONDS = 5
# Set in the WSGI environ of a request to render afresh and keep, under the
# database's generation (movement/page_warming.py): the shared one may not have
# caught up yet. No HTTP request can set it (headers arrive as HTTP_...).
RENDER_AFRESH = "movement.render_afresh"
# The addresses of the public pages visitors read lately, the latest first: what
# movement.page_warming renders again after a change. Each process notes an
# address once per generation, and at most NOTED_PER_GENERATION of them.
READ_ADDRESSES_KEY = "read-addresses"
READ_ADDRESSES_NOTED = 100
NOTED_PER_GENERATION = 1000
LONGEST_NOTED_ADDRESS = 300
# A parameter value longer than this is not something any page offers a link to.
LONGEST_PARAMETER_VALUE = 200
SHAREABLE_VARY = {"accept-encoding"}


def page_cache():
    return caches[CACHE_ALIAS]


def is_shared(cache):
    return not isinstance(cache, LocMemCache)


def read(cache, key, from_database=True):
    """(the content generation, the page kept under `key` or None).

    A shared cache answers both in one round trip, so a kept page costs no
    query; with the default memory cache the generation comes from the database.
    Without `from_database`, a generation the shared cache does not hold is None.
    """
    if not is_shared(cache):
        return furniture_generation(), cache.get(key)
    found = cache.get_many([SHARED_GENERATION_KEY, key])
    generation = found.get(SHARED_GENERATION_KEY)
    if generation is None and from_database:
        generation = furniture_generation()
        cache.add(SHARED_GENERATION_KEY, generation, SHARED_GENERATION_SECONDS)
    return generation, found.get(key)


def share_new_generation(generation):
    cache = page_cache()
    if is_shared(cache):
        cache.set(SHARED_GENERATION_KEY, generation, SHARED_GENERATION_SECONDS)


def cache_key(request):
    """The key for this request's page, or None if no kept page may answer it.

    The generation is not in the key but kept beside the page (read()), so a
    page of an older generation is a miss, and is overwritten rather than left
    to fill the cache.
    """
    parameters = []
    for name in settings.PAGE_CACHE_QUERY_PARAMETERS:
        value = request.GET.get(name)  # the last one, as the views read it
        if value is None:
            continue
        if len(value) > LONGEST_PARAMETER_VALUE:
            return None
        parameters.append((name, value))
    accepts_gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
    # Over plain HTTP, SecurityMiddleware (below) redirects to HTTPS where asked.
    described = repr(
        (
            request.is_secure(),
            request.get_host(),
            request.path,
            parameters,
            accepts_gzip,
        )
    )
    return "page:" + hashlib.sha256(described.encode()).hexdigest()[:40]


def may_use_cache(request):
    return settings.PAGE_CACHE_SECONDS > 0 and is_visitors_page_request(request)


def is_visitors_page_request(request):
    """An anonymous visitor reading a page (not the admin, not a file)."""
    return (
        request.method in ("GET", "HEAD")
        and is_anonymous_request(request)
        and not request.path_info.startswith(settings.ADMIN_PATH_PREFIXES)
        and not request.path.startswith(_files_prefixes())
    )


def _files_prefixes():
    """Static files and media: served by WhiteNoise or the web server, never kept."""
    return tuple(url for url in (settings.STATIC_URL, settings.MEDIA_URL) if url)


def cache_control_of(response):
    """{directive: value or True} of the response's Cache-Control header."""
    directives = {}
    for part in cc_delim_re.split(response.get("Cache-Control", "")):
        name, _, value = part.partition("=")
        if name.strip():
            directives[name.strip().lower()] = value.strip() or True
    return directives


def keep_seconds(response):
    """PAGE_CACHE_SECONDS, or less if the response lets shared caches keep it less."""
    shared = cache_control_of(response).get("s-maxage")
    try:
        return min(settings.PAGE_CACHE_SECONDS, int(shared))
    except (TypeError, ValueError):
        return settings.PAGE_CACHE_SECONDS


def is_storable(response):
    cache_control = set(cache_control_of(response))
    vary = {
        header.strip().lower()
        for header in cc_delim_re.split(response.get("Vary", ""))
        if header.strip()
    }
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "public" in cache_control
        and not cache_control & {"private", "no-store", "no-cache"}
        and vary <= SHAREABLE_VARY
    )


def frozen(response, generation):
    # The ETag is worked out once, here, rather than by ConditionalGetMiddleware
    # on every hit.
    set_response_etag(response)
    headers = [
        (name, value)
        for name, value in response.items()
        if name.lower() != STATUS_HEADER.lower()
    ]
    return (generation, response.status_code, headers, response.content)


def thawed(stored):
    _generation, status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def lookup(request, from_database=True):
    """(key, generation, the page kept for `request` or None).

    The key is None where no kept page may answer.
    """
    if not may_use_cache(request):
        return None, None, None
    key = cache_key(request)
    if key is None:
        return None, None, None
    if request.META.get(RENDER_AFRESH):
        return key, furniture_generation(), None
    generation, stored = read(page_cache(), key, from_database)
    if generation is None or stored is None or stored[0] != generation:
        return key, generation, None
    return key, generation, stored


def kept_response(request, stored):
    """The kept page as a response, or a 304 if the browser already has it
    (ConditionalGetMiddleware is below)."""
    response = thawed(stored)
    response[STATUS_HEADER] = "hit"
    return get_conditional_response(
        request, etag=response.get("ETag"), response=response
    )


_noted = {"generation": None, "addresses": set()}  # by this process


def note_read_address(request, generation):
    """Put the address of a public page a visitor just read first in the list of
    those read lately, which movement.page_warming renders again after a change.

    Once per address, generation and process, so a page read a thousand times
    costs the cache one write. A hint: two processes noting at once may lose one.
    """
    if request.META.get(RENDER_AFRESH):  # the warming's own reading
        return
    address = f"{request.scheme}://{request.get_host()}{request.path}"
    parameters = [
        (name, request.GET[name])
        for name in settings.PAGE_CACHE_QUERY_PARAMETERS
        if name in request.GET
    ]
    if parameters:
        address += "?" + urlencode(parameters)
    if len(address) > LONGEST_NOTED_ADDRESS:  # a long search is nobody's next page
        return
    if _noted["generation"] != generation:
        forget_noted()
        _noted["generation"] = generation
    seen = _noted["addresses"]
    if address in seen or len(seen) >= NOTED_PER_GENERATION:
        return
    seen.add(address)
    cache = page_cache()
    noted = [read for read in cache.get(READ_ADDRESSES_KEY) or () if read != address]
    cache.set(READ_ADDRESSES_KEY, [address, *noted][:READ_ADDRESSES_NOTED], None)


def forget_noted():
    """Note every address afresh (the list was emptied: a cleared cache, a test)."""
    _noted["generation"], _noted["addresses"] = None, set()


def addresses_read_lately():
    """The addresses of the public pages visitors read lately, the latest first."""
    try:
        return list(page_cache().get(READ_ADDRESSES_KEY) or ())
    except Exception:
        return []


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            key, generation, stored = lookup(request)
        except DatabaseError:
            # No generation, no safe answer: the page decides (the 503 page, as before).
            logger.warning("Page cache skipped: the content generation is unreadable")
            return self.get_response(request)
        if stored is not None:
            return kept_response(request, stored)
        response = self.get_response(request)
        if request.method != "GET" or not is_storable(response):
            return response
        if key is not None:
            page_cache().set(key, frozen(response, generation), keep_seconds(response))
            response[STATUS_HEADER] = "miss"
            note_read_address(request, generation)
        elif is_visitors_page_request(request):
            # No page cache (a CDN in front may keep the pages): what the page is
            # built from is warmed after a change all the same.
            with suppress(DatabaseError):  # a hint, never the visitor's error
                note_read_address(request, furniture_generation())
        return response


class KeptPageFrontDoor:
    """WSGI: a kept page answered before Django builds a request for it.

    Only with a shared cache, where a hit reads the generation and the page in
    one round trip and needs no database: request signals, a dozen middleware
    and URL resolution would cost more than the hit itself. A page was kept with
    every header the middleware gave it (PageCacheMiddleware is the first). Any
    doubt (no generation in the cache, a host Django would refuse, a cache
    that fails) is left to Django.
    """

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        found = self.kept(environ)
        if found is None:
            return self.application(environ, start_response)
        request, (_generation, status, headers, content) = found
        if "HTTP_IF_NONE_MATCH" in environ or "HTTP_IF_MODIFIED_SINCE" in environ:
            kept = kept_response(request, found[1])  # perhaps a 304
            status, headers, content = kept.status_code, kept.items(), kept.content
        else:  # as kept, without making a response object of it
            headers = [*headers, (STATUS_HEADER, "hit")]
        start_response(f"{status} {HTTPStatus(status).phrase}", list(headers))
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [content]

    def kept(self, environ):
        """(the request, the page kept for it), or None to leave it to Django."""
        if settings.PAGE_CACHE_SECONDS <= 0 or not is_shared(page_cache()):
            return None
        try:
            request = WSGIRequest(environ)
            stored = lookup(request, from_database=False)[2]
        except Exception:  # Django answers it, with its own message
            return None
        return None if stored is None else (request, stored)
