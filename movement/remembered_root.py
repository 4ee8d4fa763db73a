"""The site and its home page in the visitor's language, found once per content generation.

Before routing an address, Wagtail's serve view finds on every request the Site
for the host, the active Locale and the site's root page in that language, made
specific: three or four queries. Which site and root page a host and language
lead to changes only when a Site, Locale or page is saved, published or moved,
and each of those advances the content generation; so they are remembered under
it (movement.render_cache) and Wagtail is handed the route it would have found
(Page.route_for_request reads request._wagtail_route_for_request first), with
the site root paths every link on the page is made from.

The root page is kept as published, like every page Wagtail routes to; each
request gets its own copy from the cache, never an object another request used.
"""

from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Site

from movement.furniture import site_root_paths
from movement.i18n import active_locale
from movement.render_cache import remembered


def site_and_root(request):
    """(the request's Site, its root page in the active language), or None.

    As Wagtail's `site.root_page.localized.specific`, with the active Locale
    from the process's memory (movement.i18n), which the page will ask for too.
    """
    site = Site._find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    locale = active_locale()
    if root.locale_id != locale.id:
        translation = root.get_translation_or_none(locale)
        if translation is not None and translation.live:
            root = translation
    return site, root.specific


class RememberedRootMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        found = remembered(
            request,
            "site-root",
            request.get_host(),
            request.get_port(),
            translation.get_language(),
            compute=lambda: site_and_root(request),
        )
        if found is None:  # no site for this host: Wagtail answers as it would
            return None
        site, root = found
        request._wagtail_site = site
        # What Page.get_url(request) would read from the cache for this request.
        request._wagtail_cached_site_root_paths = site_root_paths()
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            request._wagtail_route_for_request = root.route(
                request, [component for component in path.split("/") if component]
            )
        except Http404:
            request._wagtail_route_for_request = None
        return None
