"""The site and its home page in the visitor's language, found once per content generation.

Before routing an address, Wagtail's serve view finds on every request the Site
for the host, the active Locale and the site's root page in that language, made
specific: three or four queries; every link on the page then needs the site
root paths, two more when they are not cached. Which site and root page a host
and language lead to changes only when a Site, Locale or page is saved,
published or moved, and each of those advances the content generation. So the
sites and their root paths are read together (two queries) and remembered under
it (movement.render_cache), the site for a host is picked from them as Wagtail
picks it, and Wagtail is handed the route it would have found
(Page.route_for_request reads request._wagtail_route_for_request first).

The root page is kept as published, like every page Wagtail routes to; each
request gets its own copy from the cache, never an object another request used.
"""

import copy

from django.db import DatabaseError
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from movement.furniture import furniture_generation
from movement.i18n import active_locale
from movement.render_cache import remembered

_in_this_process = {}  # {generation: sites_and_root_paths()}, read from the cache once


def sites_and_root_paths():
    """(every Site with its root page, Wagtail's site root paths): two queries once
    per content generation, shared by the processes through the cache, and read
    from it once per generation in each (only within a request, where the
    generation is read once: movement.furniture.in_request)."""
    generation = furniture_generation()
    found = _in_this_process.get(generation)
    if found is None:
        _in_this_process.clear()
        found = remembered(None, "sites", compute=_read_sites)
        _in_this_process[generation] = found
    return found


def site_root_paths():
    """As Site.get_site_root_paths()."""
    return sites_and_root_paths()[1]


def _read_sites():
    # Wagtail's order: the most specific root path first.
    sites = list(
        Site.objects.select_related("root_page").order_by(
            "-root_page__url_path", "-is_default_site", "hostname"
        )
    )
    translations = {}  # a root page's translation key: its translations, by path
    for page in (
        Page.objects.filter(
            translation_key__in={site.root_page.translation_key for site in sites}
        )
        .select_related("locale")
        .only("url_path", "translation_key", "locale__language_code")
        .order_by("path")
    ):
        translations.setdefault(page.translation_key, []).append(page)
    paths = [
        SiteRootPath(site.id, page.url_path, site.root_url, page.locale.language_code)
        for site in sites
        for page in translations.get(site.root_page.translation_key, ())
    ]
    return sites, paths


def site_for_host(sites, hostname, port):
    """The Site Wagtail's Site.find_for_request picks for `hostname` and `port`, or None.

    Best first: the host and port; the host, on the default site; the default
    site; the host on another port. The default site gives way to a match of
    the host on another port only when that is the one other candidate.
    """

    # Django gives the request's port as a string; the Site holds a number.
    port = int(port) if str(port).isdigit() else port

    def closeness(site):
        if site.hostname != hostname:
            return 2  # the default site, for another host
        if site.port == port:
            return 0
        return 1 if site.is_default_site else 3

    candidates = sorted(
        (site for site in sites if site.hostname == hostname or site.is_default_site),
        key=closeness,
    )
    if not candidates:
        return None
    best = closeness(candidates[0])
    if len(candidates) == 1 or best in (0, 1):
        return candidates[0]
    if best == 2:
        return candidates[len(candidates) == 2]
    return None


def request_site(request):
    """The Site Wagtail would find for the request, from the remembered sites."""
    hostname = split_domain_port(request._get_raw_host())[0]
    return site_for_host(sites_and_root_paths()[0], hostname, request.get_port())


def site_and_root(site):
    """(a copy of `site`, its root page in the active language).

    As Wagtail's `site.root_page.localized.specific`, with the active Locale
    from the process's memory (movement.i18n), which the page will ask for too.
    """
    # Copies: the sites are this process's for the whole generation, and what is
    # returned here is the first request's own (Wagtail caches on both objects).
    site = copy.copy(site)
    root = site.root_page
    locale = active_locale()
    if root.locale_id != locale.id:
        # The live translation, made specific, in one query rather than two.
        translated = (
            root.specific_class.objects.filter(
                translation_key=root.translation_key, locale_id=locale.id, live=True
            )
            .order_by()
            .first()
        )
        if translated is not None:
            return site, translated
    return site, root.get_specific()


def remembered_site_and_root(request):
    """(the request's Site, its root page in the active language), or None.

    Remembered by site and language until the next change, not by the address
    asked for: the page warming asks under the Site's own host and port, a
    visitor under the load balancer's, and both find the same site.
    """
    site = request_site(request)
    if site is None:
        return None
    return remembered(
        request,
        "site-root",
        site.pk,
        translation.get_language(),
        compute=lambda: site_and_root(site),
    )


class RememberedRootMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        found = remembered_site_and_root(request)
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


def remember_site_for(request):
    """Give a view other than a page's (search) the site Wagtail would find for
    it, from the remembered sites, so that asking for it (settings, the home
    page's featured pages) costs no query. A database that is down leaves it to
    Wagtail."""
    try:
        found = request_site(request)
    except DatabaseError:
        return
    if found is not None:
        request._wagtail_site = copy.copy(found)
