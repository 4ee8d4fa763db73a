"""Which public pages take a form's post: the rest answer 405.

Forms on public pages need no token (csrf.py), so without this a script could
post to any page to have it rendered afresh, past every cache. A page route
that handles a form says so with @takes_posts; a page type that takes posts at
its own address (a form page) sets `takes_posts = True`.
"""

from django.http import HttpResponseNotAllowed


def takes_posts(view):
    view.takes_posts = True
    return view


def refuse_unexpected_posts(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook."""
    if request.method not in ("POST", "PUT", "PATCH", "DELETE"):
        return None
    route_view = serve_args[0] if serve_args and callable(serve_args[0]) else None
    if getattr(page, "takes_posts", False) or getattr(route_view, "takes_posts", False):
        return None
    return HttpResponseNotAllowed(["GET", "HEAD"])
