"""The icon library: simple line pictograms, drawn in templates/icons/<name>.svg.

`{% icon "house" %}` (movement/templatetags/icon_tags.py) draws one inline, in
the text's colour (`currentColor`), so it follows the theme; it is decorative,
so the words beside it must say what it means. Each name is labelled by what
the picture shows, for the admin's choices (a compartment's or fundamental's
icon); a page type names its card's icon in `card_icon`.

A new icon is a file there plus a line below; tests/test_icons.py checks both.
"""

import functools
import re

from django.conf import settings
from django.db import models
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

ICON_DIR = settings.BASE_DIR / "templates" / "icons"

ICONS = {
    # The framework's compartments
    "house": _("A house"),
    "people": _("People together"),
    "open-book": _("An open book"),
    "umbrella": _("An umbrella"),
    "heart": _("A heart"),
    # The fundamentals
    "puzzle": _("Puzzle pieces fitting together"),
    "cogs": _("Cogs turning together"),
    "scales": _("Balanced scales"),
    "seedling": _("A seedling growing"),
    "speech-bubbles": _("Two speech bubbles"),
    "magnifier": _("A magnifying glass"),
    "lightbulb": _("A lit light bulb"),
    "compass": _("A compass"),
    "footsteps": _("Footsteps"),
    "map": _("A folded map"),
    # Kinds of page and of download
    "page": _("A page of writing"),
    "pencil": _("A pencil writing"),
    "calendar": _("A calendar"),
    "megaphone": _("A megaphone"),
    "network": _("A network of people"),
    "envelope": _("An envelope"),
    "clipboard": _("A checklist on a clipboard"),
    "download": _("A download arrow"),
    "package": _("A parcel"),
    # Kinds of resource
    "chalkboard": _("A chalkboard"),
    "signpost": _("A signpost"),
    "toolbox": _("A toolbox"),
    "dice": _("Dice"),
    "list": _("A bulleted list"),
    "bar-chart": _("A bar chart"),
}
# The header's search and languages: drawn heavier for 20 px, and not offered to editors.
TOOLS = ("search", "globe")
CHOICES = list(ICONS.items())

# Root attributes every icon file carries, and those the tag adds.
XMLNS = ' xmlns="http://www.w3.org/2000/svg"'
BETWEEN_TAGS = re.compile(r">\s+<")


@functools.cache
def icon_source(name):
    """The icon's file, on one line and without its XML namespace (HTML needs
    none): read once per process. "" for a name not in the library."""
    if name not in ICONS and name not in TOOLS:
        return ""
    text = (ICON_DIR / f"{name}.svg").read_text()
    return BETWEEN_TAGS.sub("><", text.strip()).replace(XMLNS, "", 1)


@functools.lru_cache(maxsize=512)
def render_icon(name, classname=""):
    """The icon as inline SVG, hidden from assistive technology: the words next to
    it carry its meaning. "" for an unknown name, so a stale choice draws nothing."""
    source = icon_source(name)
    if not source:
        return ""
    classes = conditional_escape(f"icon {classname}".strip())
    attributes = f'<svg class="{classes}" aria-hidden="true" focusable="false"'
    return mark_safe(source.replace("<svg", attributes, 1))


def icon_field(help_text):
    """A choice of icon from the library; blank means the model's default."""
    return models.CharField(
        _("icon"), max_length=40, choices=CHOICES, blank=True, help_text=help_text
    )
