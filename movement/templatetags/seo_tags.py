"""`{% seo_meta languages %}`: description, Open Graph, Twitter card, feeds, JSON-LD.

movement.seo.SeoHead builds it. Building it reads the site's name, its social
links, the share image's rendition (the page's own or the site's) and the
page's ancestors. The result is the same for every visitor, so it is cached
with the furniture generation (movement.furniture), which any publish, move or
settings change replaces: a warm page spends no query on it.
"""

import hashlib

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page

from movement.furniture import CACHE_SECONDS, furniture_generation
from movement.seo import SeoHead
from movement.tiered_cache import rendered

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
    head = rendered.get_or_set(
        key, lambda: render_head(context, page, request, languages), CACHE_SECONDS
    )
    return mark_safe(head)


def render_head(context, page, request, languages):
    return render_to_string(
        "components/seo_meta.html",
        {"head": SeoHead(page, request, context, languages)},
    )
