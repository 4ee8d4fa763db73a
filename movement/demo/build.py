"""Idempotent building blocks for demo content.

Everything is found by a stable key (a slug under a parent, an image title)
before it is created, so loading twice changes nothing, and an editor's later
changes to a demo page are never overwritten.
"""

import json
from uuid import uuid4

from django.core.files.images import ImageFile
from PIL import ImageFont
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from movement.demo.illustrations import DESCRIPTIONS, drawn


def ensure_child(parent, page):
    """The child of `parent` with `page`'s slug; `page` is added and published if missing.

    Inline children (orderables) set on `page` before the call are saved with it.
    """
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_image(title, seed, width=1600, height=900, picture="scene"):
    """A picture drawn here (movement/demo/illustrations.py), found by its title,
    with the alt text that says what the drawing shows."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = Image(title=title, description=DESCRIPTIONS[picture])
    image.file = ImageFile(drawn(picture, seed, width, height), name=f"demo-{seed}.png")
    image.save()
    return image


def font(size):
    return ImageFont.load_default(size=size)


def paragraph(html):
    return ("paragraph", RichText(html))


def heading(text, level="h2", anchor=""):
    return ("heading", {"text": text, "level": level, "anchor": anchor})


def stream(*blocks):
    """StreamField raw data from (block type, value) pairs, JSON-safe.

    Written as the admin saves it, every block and list item with an id:
    wagtail-localize extracts list items only in that form, and keys each
    translated string by the block's id.
    """
    return json.dumps(
        [
            {"type": kind, "value": _raw(value), "id": str(uuid4())}
            for kind, value in blocks
        ]
    )


def _raw(value):
    if isinstance(value, RichText):
        return value.source
    if isinstance(value, dict):
        return {key: _raw(item) for key, item in value.items()}
    if isinstance(value, list | tuple):  # every list in a block value is a ListBlock
        return [
            {"type": "item", "value": _raw(item), "id": str(uuid4())} for item in value
        ]
    if hasattr(value, "pk"):
        return value.pk
    return value


def tag_with_framework(demo, page, tags):
    """Tag `page` with resilient moves and a level: `tags` is (move slugs, level)."""
    if tags is None:
        return
    move_slugs, level = tags
    page.resilient_moves = [demo.moves[slug] for slug in move_slugs]
    page.odds_level = level
