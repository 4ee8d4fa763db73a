"""Idempotent building blocks for demo content.

Everything is found by a stable key (a slug under a parent, an image title)
before it is created, so loading twice changes nothing, and an editor's later
changes to a demo page are never overwritten.
"""

import io
import json
import random
from uuid import uuid4

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

PALETTES = [
    ("#5b2a86", "#ffd23f", "#f4f2fb"),
    ("#0b6e4f", "#f4f2fb", "#ffd23f"),
    ("#b3541e", "#ffd23f", "#1d1d2c"),
    ("#1d3557", "#a8dadc", "#f1faee"),
    ("#3e1c5c", "#ff8fab", "#ffe5ec"),
]


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


def ensure_image(title, alt_text, seed, width=1600, height=900):
    """A locally generated illustration, so the demo needs no network and no stock photos."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = Image(title=title, description=alt_text)
    image.file = ImageFile(_illustration(seed, width, height), name=f"demo-{seed}.png")
    image.save()
    return image


def _illustration(seed, width, height):
    rng = random.Random(seed)
    background, accent, light = PALETTES[rng.randrange(len(PALETTES))]
    canvas = PILImage.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(canvas)
    for _ in range(9):
        radius = rng.randint(height // 10, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = accent if rng.random() < 0.5 else light
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            outline=colour,
            width=rng.randint(6, 24),
        )
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return buffer


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
