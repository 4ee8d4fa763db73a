"""What search engines and link previews read about a page.

`SeoHead` gathers it for one page: the description and share text with their
fallbacks, Open Graph, the page's feeds and the schema.org graph (JSON-LD).
Each page type says what it is in that graph (`structured_data`) and how it is
shared (`open_graph_type`, `share_image`, `share_text`): movement/models/pages.py
has the defaults, and the generic schema.org nodes below are for page types to
build on. A page with no image of its own is shared with the site's
(SiteSettings.share_image), so a link sent in a messaging app has a picture.
movement/templatetags/seo_tags.py caches the head and renders it.
"""

import html
import json
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.images.models import SourceImageIOError

from movement.alt_text import fallback_alt_text
from movement.i18n import active_locale, content_language
from movement.i18n.switching import home_url
from movement.models import SiteIdentity, SiteSettings
from movement.render_cache import remembered

DESCRIPTION_LENGTH = 160
# 1.91:1, the shape Facebook, LinkedIn and X crop link previews to; JPEG,
# because not every preview service reads WebP.
SHARE_IMAGE_FILTER = "fill-1200x630|format-jpeg"
# Open Graph wants language_TERRITORY; these are the forms Facebook accepts.
OG_LOCALES = {"en": "en_GB", "pl": "pl_PL", "es": "es_ES", "ar": "ar_AR"}
SCHEMA = "https://schema.org"
# JSON inside <script> ends at the first "</script>": escaped as json_script does.
SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def plain_text(value):
    """Rich text or plain text as one line of words, tags and entities gone."""
    return " ".join(html.unescape(strip_tags(str(value or ""))).split())


def first_text(*candidates):
    for candidate in candidates:
        if text := plain_text(candidate):
            return text
    return ""


def summary_text(page):
    """The page's own opening words: the first of its `summary_fields` with text."""
    fields = getattr(page, "summary_fields", ())
    return first_text(*(getattr(page, name, "") for name in fields))


def truncated(text, length=DESCRIPTION_LENGTH):
    return Truncator(text).chars(length)


def meta_description(page, tagline=""):
    """search description > social text > listing summary > opening words > tagline."""
    return truncated(
        first_text(
            page.search_description,
            page.social_text,
            page.listing_summary,
            summary_text(page),
            tagline,
        )
    )


def share_description(page, tagline=""):
    """What a link preview says: the page's share text, else its opening words."""
    return truncated(first_text(page.share_text, summary_text(page), tagline))


def iso_time(moment):
    """e.g. 2026-11-24T00:00:51+00:00: to the second, which is all anyone reads."""
    return moment.replace(microsecond=0).isoformat() if moment else ""


def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code.replace("-", "_"))


def page_language(page):
    return content_language(page) or page.locale.language_code


def json_ld(data):
    """JSON for a <script type="application/ld+json"> block that no value can end early."""
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE)


@dataclass(frozen=True)
class FeedLink:
    """A feed or calendar of a page's content, for <link rel="alternate">."""

    content_type: str
    title: str
    url: str


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str


def share_image(page, request):
    """The page's share image, else the site's, cropped for link previews."""
    return cropped_for_sharing(page.share_image, request) or site_share_image(request)


def site_share_image(request):
    """The site's share image (SiteSettings), for pages with none of their own:
    one for every page, so cropped once per content generation and address."""
    return remembered(
        request,
        "site-share-image",
        request.build_absolute_uri("/"),
        compute=lambda: cropped_for_sharing(
            SiteSettings.for_request(request).share_image, request
        ),
    )


def cropped_for_sharing(image, request):
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SHARE_IMAGE_FILTER)
    except SourceImageIOError:  # the file is missing: a preview without a picture
        return None
    return ShareImage(
        request.build_absolute_uri(rendition.url),
        rendition.width,
        rendition.height,
        fallback_alt_text(image),
    )


@dataclass(frozen=True)
class SiteFacts:
    """The organisation, as every page's structured data names it."""

    id: str  # the same in every language: one organisation
    name: str
    tagline: str
    url: str  # the home page in the visitor's language, absolute
    logo: str
    same_as: list = field(default_factory=list)  # social media profiles

    @property
    def x_handle(self):
        """ "@name" from an X (Twitter) profile link, for twitter:site."""
        for url in self.same_as:
            host, _slash, rest = url.partition("://")[2].partition("/")
            if host.removeprefix("www.") in ("x.com", "twitter.com") and rest:
                return "@" + rest.strip("/").split("/")[0].lstrip("@")
        return ""


def site_facts(request):
    """The organisation, read once per content generation (language and host)."""
    name, tagline = organisation_identity(request)
    same_as = remembered(
        request,
        "social-links",
        request.get_host(),
        compute=lambda: [
            link.value["url"] for link in SiteSettings.for_request(request).social_links
        ],
    )
    return SiteFacts(
        id=request.build_absolute_uri("/") + "#organization",
        name=name,
        tagline=tagline,
        url=request.build_absolute_uri(home_url(active_locale().language_code)),
        logo=organisation_logo(request),
        same_as=same_as,
    )


def organisation_logo(request):
    """The logo editors uploaded (Site settings › Look), else the movement's mark."""

    def read():
        logo = SiteSettings.for_request(request).logo
        return request.build_absolute_uri(
            logo.url if logo else static("img/favicon.svg")
        )

    return remembered(
        request, "organisation-logo", request.build_absolute_uri("/"), compute=read
    )


def organisation_identity(request=None):
    """(name, tagline) in the visitor's language: the header, the footer, the
    <title> and structured data all ask, and it costs a query once per generation."""

    def read():
        identity = SiteIdentity.objects.for_locale(active_locale())
        if identity is None:
            return settings.WAGTAIL_SITE_NAME, ""
        return identity.name, identity.tagline

    return remembered(request, "organisation", translation.get_language(), compute=read)


def ancestors(page, request=None):
    """The page's ancestors below the tree's root, from the home page down:
    breadcrumbs and the structured data's trail, one query a generation."""
    if page.depth <= 2:
        return []
    return remembered(
        request,
        "ancestors",
        page.pk,
        compute=lambda: list(page.get_ancestors().filter(depth__gt=1)),
    )


# schema.org nodes, for page types' structured_data(facts) to build on


def organization(site):
    node = {
        "@type": "Organization",
        "@id": site.id,
        "name": site.name,
        "url": site.url,
        "logo": site.logo,
    }
    if site.tagline:
        node["description"] = site.tagline
    if site.same_as:
        node["sameAs"] = site.same_as
    return node


def web_page(page, facts):
    """Any page: what it is called, says, and which language and site it is in."""
    node = {
        "@type": "WebPage",
        "@id": f"{facts.url}#webpage",
        "url": facts.url,
        "name": page.seo_title or page.title,
        "inLanguage": facts.language,
        "publisher": {"@id": facts.site.id},
    }
    if facts.description:
        node["description"] = facts.description
    if facts.image:
        node["primaryImageOfPage"] = image_object(facts.image)
    return node


def image_object(image):
    return {
        "@type": "ImageObject",
        "url": image.url,
        "width": image.width,
        "height": image.height,
    }


def described(node, facts):
    """`node` with the page's description and share image, where it has them."""
    if facts.description:
        node["description"] = facts.description
    if facts.image:
        node["image"] = [facts.image.url]
    return node


def breadcrumb_list(trail, facts):
    """trail: [(name, absolute url)] from the home page down to this page."""
    return {
        "@type": "BreadcrumbList",
        "@id": f"{facts.url}#breadcrumb",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


class SeoHead:
    """Everything components/seo_meta.html writes for one page, built on demand.

    It is also the `facts` a page type's `structured_data(facts)` reads: `site`,
    `url` (canonical, absolute), `language`, `description`, `image` (a
    ShareImage or None), and `context`, the template context of the page
    (e.g. a blog post's authors, from its get_context).
    """

    def __init__(self, page, request, context, languages=None):
        self.page = page
        self.request = request
        self.context = context
        self.languages = languages
        self.site = site_facts(request)
        self.url = (languages and languages.canonical) or request.build_absolute_uri(
            request.path
        )
        self.language = page_language(page)
        self.image = share_image(page, request)
        self.description = meta_description(page, self.site.tagline)

    @property
    def title(self):
        return self.page.seo_title or self.page.title

    @property
    def share_description(self):
        return share_description(self.page, self.site.tagline)

    @property
    def og_type(self):
        return self.page.open_graph_type

    @cached_property
    def article(self):
        """article:* times, for a page whose og:type is "article"."""
        return self.page.open_graph_article()

    @property
    def og_locale(self):
        return og_locale(self.language)

    @property
    def og_locale_alternates(self):
        return [
            og_locale(link.code)
            for link in getattr(self.languages, "links", ())
            if link.code != self.language
        ]

    @property
    def feeds(self):
        return self.page.feed_links(self.request, self.context)

    @cached_property
    def trail(self):
        """(title, absolute url) from the home page down to this page.

        Empty for an untranslated page: its structured data describes its source
        (the canonical page), whose own trail is in the source language's tree.
        """
        if self.page.alias_of_id is not None:
            return []
        trail = []
        for ancestor in ancestors(self.page, self.request):
            if url := ancestor.get_url(self.request):
                trail.append((ancestor.title, self.request.build_absolute_uri(url)))
        return [*trail, (self.page.title, self.url)]

    @property
    def structured_data(self):
        """The schema.org graph: the organisation, the page, its breadcrumbs."""
        graph = [organization(self.site), *self.page.structured_data(self)]
        if len(self.trail) > 1:
            graph.append(breadcrumb_list(self.trail, self))
        return mark_safe(json_ld({"@context": SCHEMA, "@graph": graph}))
