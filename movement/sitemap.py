"""sitemap.xml: every language's real pages, each naming its translations.

Wagtail's own sitemap lists only the default language's tree. This one lists
each language's live, public pages, leaves out aliases (English pages mirrored
under /pl/ until translated: search engines should find the English page, not
three copies of it), and gives each page its translations as hreflang
alternates. Two queries, whatever the number of pages.
"""

from collections import defaultdict
from functools import cached_property

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Q
from wagtail.models import Page, Site

from movement.models import every_page


class PageSitemap(Sitemap):
    def __init__(self, request):
        self.request = request

    def items(self):
        return self.pages

    def location(self, page):
        return page.sitemap_path

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        origin = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        for url in urls:
            url["alternates"] = self.alternates_of(url["item"], origin)
        return urls

    def alternates_of(self, page, origin):
        translations = self.translations[page.translation_key]
        if len(translations) < 2:
            return []
        alternates = [
            {"lang_code": code, "location": origin + path}
            for code, path in translations
        ]
        for code, path in translations:
            if code == settings.LANGUAGE_CODE:
                alternates.append({"lang_code": "x-default", "location": origin + path})
        return alternates

    @cached_property
    def pages(self):
        return list(self._pages())

    def _pages(self):
        """The site's real, visible pages in every language, with an address."""
        site = Site.find_for_request(self.request)
        if site is None:
            return
        roots = Page.objects.filter(
            translation_key__in=Page.objects.filter(pk=site.root_page_id).values(
                "translation_key"
            )
        ).values_list("path", flat=True)
        in_site = Q()
        for path in roots:
            in_site |= Q(path__startswith=path)
        if not in_site:
            return
        pages = every_page().filter(in_site).listed().select_related("locale")
        for page in pages.order_by("path"):
            page.sitemap_path = page.get_url(self.request)
            if page.sitemap_path:  # None for a page that cannot be routed to
                yield page

    @cached_property
    def translations(self):
        """translation key: [(language code, path)], in settings' language order."""
        order = [code for code, _name in settings.LANGUAGES]
        found = defaultdict(list)
        for page in self.pages:
            code = page.locale.language_code
            found[page.translation_key].append((code, page.sitemap_path))
        for siblings in found.values():
            siblings.sort(
                key=lambda item: order.index(item[0]) if item[0] in order else 99
            )
        return found


def sitemap(request):
    return sitemap_views.sitemap(request, {"pages": PageSitemap(request)})
