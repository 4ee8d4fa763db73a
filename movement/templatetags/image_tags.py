"""Responsive images: one recipe per place an image appears, drawn as a <picture>.

`{% responsive_image image "card" class="card__image" alt="" %}` renders Wagtail's
own Picture (what `{% picture %}` renders): AVIF, then WebP, in several widths,
with a JPEG <img> (PNG for logos, which may be transparent) for browsers that
read neither. The <img> carries width and height, so the page never shifts as
images arrive, and `sizes`, so a phone downloads only the width it shows.

The recipes themselves are in movement/image_recipes.py.

Each drawn <picture> is kept in the "rendered" cache under what it is drawn
from (the image's file, focal point and alt text, and how it is placed), so it
outlives publishes: finding six renditions costs Wagtail a cache round trip, a
write back and a signature inspection per filter, about a third of a home
page's render.
"""

import hashlib
import logging

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from movement.alt_text import fallback_alt_text
from movement.furniture import CACHE_SECONDS
from movement.image_recipes import RECIPES
from movement.tiered_cache import rendered

register = template.Library()
logger = logging.getLogger(__name__)


@register.simple_tag
def responsive_image(image, recipe_name, **attributes):
    """A <picture> of `image` made by the named recipe; attributes go on its <img>.

    Without `alt`, the image's own alt text is used: an ImageBlock's contextual
    text, "" when the editor marked it decorative, otherwise the image's
    description or title, but never its file's name (movement.alt_text).
    """
    if not image:
        return ""
    if image.pk is None:  # not saved: nothing to remember it by
        return _drawn_picture(image, recipe_name, attributes)
    drawn_from = (
        image.pk,
        image.file.name,
        image.focal_point_x,
        image.focal_point_y,
        image.focal_point_width,
        image.focal_point_height,
        image.title,
        image.description,
        getattr(image, "decorative", False),
        getattr(image, "contextual_alt_text", None),
        sorted(attributes.items()),
    )
    digest = hashlib.sha256(repr(drawn_from).encode()).hexdigest()[:40]
    key = f"picture:{recipe_name}:{digest}"
    html = rendered.get(key)
    if html is None:
        html = _drawn_picture(image, recipe_name, attributes)
        if html:  # one that failed is tried again next time
            rendered.set(key, html, CACHE_SECONDS)
    return html


# What Wagtail names the rendition it returns when the image's file cannot be read.
NOT_FOUND = "not-found"


def _drawn_picture(image, recipe_name, attributes):
    recipe = RECIPES[recipe_name]
    try:
        renditions = get_renditions_or_not_found(image, recipe.filter_specs)
    # An image that cannot be drawn (damaged, too many pixels for Pillow, a full
    # disk for its renditions) leaves a gap; the page itself is still served.
    except Exception:
        logger.exception(
            "Could not make the %s renditions of image %s", recipe_name, image.pk
        )
        return ""
    if any(rendition.file.name == NOT_FOUND for rendition in renditions.values()):
        # Its file could not be read (gone, or the storage not answering): a
        # gap too, never kept, so the picture is drawn once the file is back.
        logger.warning("The file of image %s could not be read", image.pk)
        return ""
    if "alt" not in attributes and not _placed_with_alt_text(image):
        attributes["alt"] = fallback_alt_text(image)
    img_attributes = {
        "sizes": recipe.sizes,
        **recipe.loading_attributes,
        **attributes,
    }
    return Picture(renditions, img_attributes).__html__()


def _placed_with_alt_text(image):
    """Whether an ImageBlock gave this image alt text (or none, as decorative)."""
    return getattr(image, "decorative", False) or getattr(
        image, "contextual_alt_text", None
    )
