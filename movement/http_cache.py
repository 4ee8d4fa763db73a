"""Which answers every anonymous visitor may share, and for how long caches keep them.

A public page is the same for every visitor who is not signed in (it sets no
cookie and reads nothing personal: tests/test_cacheable.py), so a shared cache
(Varnish, a CDN, movement.page_cache) may keep it for HTTP_CACHE_SECONDS and go
on serving it, while it fetches a fresh copy, for HTTP_CACHE_STALE_SECONDS more
(`stale-while-revalidate`), or for a day if the site is down (`stale-if-error`).
Browsers keep it BROWSER_CACHE_SECONDS, then ask again (a 304 costs a phone
almost no data: ConditionalGetMiddleware). A publish purges the shared copies at
once (movement.frontend_purge, movement.furniture).

Anything else says `private` or `no-store`: a signed-in editor (who sees the
userbar and drafts), a preview, a visitor with a session (a password-protected
page they opened, a message waiting), an answer that sets a cookie.
"""

from functools import wraps

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

STALE_IF_ERROR_SECONDS = 24 * 60 * 60


def is_anonymous_request(request):
    """Neither signed in nor carrying a session: looked up without touching the session."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def keep_at_most(response, seconds):
    """Shared caches keep `response` no longer than `seconds`, nor serve it stale
    past them: for a page showing a figure that changes (a pledge count)."""
    response.keep_at_most_seconds = seconds
    return response


def share_publicly(request, response, shared_seconds=None):
    """Mark `response` public if every anonymous visitor may be given this copy.

    A response that already says how to cache it keeps its own word.
    """
    if response.has_header("Cache-Control"):
        return response
    if not _is_shareable(request, response):
        if response.status_code == 200 or not is_anonymous_request(request):
            add_never_cache_headers(response)  # no-store, private
        return response
    if shared_seconds is None:
        shared_seconds = settings.HTTP_CACHE_SECONDS
    stale_seconds = settings.HTTP_CACHE_STALE_SECONDS
    at_most = getattr(response, "keep_at_most_seconds", None)
    if at_most is not None:
        shared_seconds = min(shared_seconds, at_most)
        stale_seconds = 0
    patch_cache_control(
        response,
        public=True,
        max_age=min(settings.BROWSER_CACHE_SECONDS, shared_seconds),
        s_maxage=shared_seconds,
        stale_while_revalidate=stale_seconds,
        stale_if_error=STALE_IF_ERROR_SECONDS,
    )
    return response


def _is_shareable(request, response):
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and is_anonymous_request(request)
        and not getattr(request, "is_preview", False)
        and settings.HTTP_CACHE_SECONDS > 0
    )


def public_for_anonymous(view=None, *, shared_seconds=None):
    """Decorator: the view's answers are shared as share_publicly() allows."""

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            return share_publicly(request, response, shared_seconds)

        return wrapped

    return decorate(view) if view is not None else decorate


def serve_page_publicly(serve):
    """Wagtail's on_serve_page hook: every page (and its routes) as share_publicly() says.

    Wagtail runs its view-restriction check before this chain, so a restricted
    page reaches here only for a visitor with a session, whose copy stays private.
    """

    def serve_then_mark(page, request, args, kwargs):
        return share_publicly(request, serve(page, request, args, kwargs))

    return serve_then_mark
