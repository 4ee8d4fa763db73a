"""`{% seo_meta languages %}`: description, Open Graph, Twitter card, feeds, JSON-LD.

Building it reads the site's name, its social links, the share image's
rendition and the page's ancestors. The result is the same for every visitor,
so it is cached with the furniture generation (movement.furniture), which any
publish, move or settings change replaces: a warm page spends no query on it.
"""

import hashlib

from django import template
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page

from movement import seo
from movement.furniture import CACHE_SECONDS, furniture_generation

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_meta(context, languages=None):
    """Nothing for views that are not pages (search, 404, 500): none is worth
    indexing, and the 500 page must not touch the database."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or page.pk is None or request is None:
        return ""
    if getattr(request, "is_preview", False):  # a draft: never cache it
        return render_head(context, page, request, languages)
    address = request.build_absolute_uri(request.path).encode()
    key = ":".join(
        [
            "seo-head",
            furniture_generation(),
            translation.get_language(),
            str(page.pk),
            hashlib.sha256(address).hexdigest(),
        ]
    )
    head = cache.get_or_set(
        key, lambda: render_head(context, page, request, languages), CACHE_SECONDS
    )
    return mark_safe(head)


def render_head(context, page, request, languages):
    site = seo.site_facts(request)
    canonical = (languages and languages.canonical) or request.build_absolute_uri(
        request.path
    )
    language = seo.page_language(page)
    image = seo.share_image(page, request)
    facts = seo.PageFacts(
        site=site,
        url=canonical,
        language=language,
        description=seo.meta_description(page, site.tagline),
        image=image,
        authors=[person.name for person in context.get("authors") or ()],
        trail=breadcrumb_trail(page, request, canonical),
    )
    is_article = page._meta.label == "home.BlogPostPage"
    return render_to_string(
        "components/seo_meta.html",
        {
            "site": site,
            "title": page.seo_title or page.title,
            "description": facts.description,
            "share_description": seo.share_description(page, site.tagline),
            "url": canonical,
            "og_type": "article" if is_article else "website",
            "article": {
                "published": page.date.isoformat(),
                "modified": seo.iso_time(page.last_published_at),
            }
            if is_article
            else None,
            "og_locale": seo.og_locale(language),
            "og_locale_alternates": [
                seo.og_locale(link.code)
                for link in getattr(languages, "links", ())
                if link.code != language
            ],
            "image": image,
            "feeds": feed_links(context, page, request),
            "structured_data": mark_safe(seo.json_ld(seo.structured_data(page, facts))),
        },
    )


def breadcrumb_trail(page, request, canonical):
    """(title, absolute url) from the home page down to this page.

    None for an untranslated page: its structured data describes its source
    (the canonical page), whose own trail is in the source language's tree.
    """
    if page.alias_of_id is not None:
        return []
    trail = []
    for ancestor in page.get_ancestors().filter(depth__gt=1):
        if url := ancestor.get_url(request):
            trail.append((ancestor.title, request.build_absolute_uri(url)))
    return [*trail, (page.title, canonical)]


def feed_links(context, page, request):
    """The feeds of the page, or of the blog a post is in (`blog_index` in its context)."""
    source = context.get("blog_index") or page
    links = getattr(source, "feed_links", None)
    if links is None:
        return []
    return links(request, category=context.get("category"))
