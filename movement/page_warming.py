"""The pages a change touched and the pages visitors are reading, rendered again
as soon as the change is done.

Every change retires every kept page (movement.page_cache) and every fragment
named by the content generation, so the first visitor to each page after a
publish pays for building it again. The pages a change touched (the page in
every language, the listings above it, the pages linking to it: the same
pages movement.frontend_purge purges, the changed page first) and the pages
visitors read lately (movement.page_cache notes them) are the ones visitors go
to next, so they are rendered again straight away, as an anonymous visitor's
GET, and kept for every process that shares the caches. A change that touches
every page (a menu, the banner, a setting) warms those read lately, then the
home pages and the sections below them. With the page cache off
(PAGE_CACHE_SECONDS=0, say with a CDN in front that keeps the pages), nothing
is kept but the fragments each page is built from (menus, cards, the <head>),
so the first request after a change, a CDN's miss, costs a warm render.

At most WARM_PAGES_AFTER_CHANGE pages (0: never; by default only where the
caches are shared, REDIS_URL, since a page warmed into one process's memory
helps no other). Only changes made in a request (an editor's) or by
publish_scheduled are warmed, when that ends (warm_after_change says why). The
work is a task (django-tasks, as Wagtail's own): on a worker where one runs,
else in that request's thread once the response has gone. Addresses come from the Site records, so a Site must
hold the public host and port (443 for HTTPS), as the sitemap needs too. Each
page is rendered in a thread of its own, so nothing of the editor's request
(its language, what it remembered, its database connection) is shared with
it. A page that fails is logged; the change never is.
"""

import io
import logging
import sys
import threading
from contextlib import contextmanager
from urllib.parse import unquote_to_bytes, urlsplit

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.db import connections
from django_tasks import task
from wagtail.models import Page

from movement.frontend_purge import touched_pages
from movement.furniture import as_one_request, furniture_generation, in_request
from movement.page_cache import (
    RENDER_AFRESH,
    addresses_read_lately,
    share_new_generation,
)

logger = logging.getLogger("movement.cache")
USER_AGENT = "movement-page-warming"
THREAD_NAME = "page-warming"


_pending = threading.local()  # addresses to warm when this request ends


def warm_after_change(sender=None, instance=None, **kwargs):
    """furniture.on_change listener: warm what the change touched when the request
    it is part of ends (the response has gone to the editor by then).

    Not before: Wagtail publishes a page's aliases as changes of their own, each
    committed at once, after the page, and each retires what was warmed before it.
    Not outside a request either (a shell, an import), where nothing marks the end
    of the work: those pages are rendered on first visit. publish_scheduled marks
    it (warmed_when_done).
    """
    limit = settings.WARM_PAGES_AFTER_CHANGE
    if limit <= 0 or not in_request():
        return
    if kwargs.get("alias"):  # Wagtail's copy of its source's publish: warmed with it
        return
    if threading.current_thread().name == THREAD_NAME:  # never warming's own doing
        return
    pending = getattr(_pending, "urls", None) or []
    if len(pending) >= limit:  # full: a page with many descendants, deleted
        return
    try:
        urls = addresses_to_warm(instance, kwargs, limit)
    except Exception:  # warming must never cost the editor their change
        logger.exception("Could not work out which pages to warm")
        return
    _pending.urls = [*pending, *(url for url in urls if url not in pending)][:limit]


def warm_at_request_end(**kwargs):
    """request_finished receiver (after the response is sent)."""
    urls, _pending.urls = getattr(_pending, "urls", None), None
    if not urls:
        return
    try:
        warm_pages.enqueue(urls)
    except Exception:
        logger.exception("Could not warm the pages a change touched")


@contextmanager
def warmed_when_done():
    """Work outside a request (publish_scheduled) that, like an editor's request,
    warms what its changes touched once it is done."""
    with as_one_request():
        yield
    warm_at_request_end()


def addresses_to_warm(instance, signal_kwargs, limit):
    """At most `limit` addresses, most wanted first: the live pages the change
    touched, then the pages read lately (what visitors are reading now), then, for
    a change every page shows, the home pages and the sections below them."""
    pages = touched_pages(instance, signal_kwargs)
    urls = []
    for page in pages or ():
        url = page.get_full_url() if page.live else None
        if url and url not in urls:
            urls.append(url)
    urls.extend(url for url in addresses_read_lately() if url not in urls)
    if pages is None:
        sections = Page.objects.live().filter(depth__gt=1).order_by("depth", "path")
        for page in sections[:limit]:
            url = page.specific_deferred.get_full_url()
            if url and url not in urls:
                urls.append(url)
    return urls[:limit]


@task()
def warm_pages(urls):
    """Render each address as an anonymous visitor; how many answered 200.

    The addresses are those of one request's changes, each once (warm_after_change).
    """
    warmed = 0
    for url in urls:
        status = in_own_thread(render, url)
        if status == 200:
            warmed += 1
        else:  # e.g. a Site whose address is not the one visitors use
            logger.warning("Warming %s answered %s, not 200", url, status)
    in_own_thread(share_database_generation)
    return warmed


def share_database_generation():
    """Keep the generation in the shared cache a few seconds more, so the visitors
    who come for the pages just warmed are answered by the front door
    (movement.page_cache.KeptPageFrontDoor) rather than each process reading the
    generation from the database first."""
    share_new_generation(furniture_generation())


def in_own_thread(function, *args):
    """`function(*args)` in a thread of its own, which closes its database
    connection when done; None if it failed (logged)."""
    outcome = {}

    def run():
        try:
            outcome["status"] = function(*args)
        except Exception:
            logger.exception(
                "Could not warm %s", args[0] if args else function.__name__
            )
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, name=THREAD_NAME)
    thread.start()
    thread.join()
    return outcome.get("status")


_handler = None


def render(url):
    """GET `url` through Django as a visitor who takes gzip; the status code."""
    global _handler
    if _handler is None:
        _handler = WSGIHandler()
    result = _handler(visitor_environ(url), lambda status, headers: None)
    try:
        for _chunk in result:
            pass
    finally:
        result.close()
    return result.status_code


def visitor_environ(url):
    parts = urlsplit(url)
    secure = parts.scheme == "https"
    environ = {
        "REQUEST_METHOD": "GET",
        # As WSGI servers pass it: the path's bytes, one character per byte.
        "PATH_INFO": unquote_to_bytes(parts.path or "/").decode("iso-8859-1"),
        "QUERY_STRING": parts.query,
        "SERVER_NAME": parts.hostname or "localhost",
        "SERVER_PORT": str(parts.port or (443 if secure else 80)),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": parts.netloc,
        "HTTP_ACCEPT_ENCODING": "gzip",  # as browsers, Varnish and CDNs ask
        "HTTP_USER_AGENT": USER_AGENT,
        "wsgi.url_scheme": parts.scheme or "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        RENDER_AFRESH: True,  # not the kept page of the generation before
    }
    proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if proxy_header:  # behind a proxy that ends TLS, as it would say
        name, secure_value = proxy_header
        environ[name] = secure_value if secure else "http"
    return environ
