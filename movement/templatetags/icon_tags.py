"""`{% icon "house" class="framework__icon" %}`: an icon of the library, inline.

The SVG is drawn by the server, with no style attribute or script, so a strict
Content-Security-Policy allows it; its strokes are `currentColor`, so CSS
colours it (movement/icons.py). Unknown or empty names draw nothing.
"""

from django import template

from movement.icons import render_icon

register = template.Library()


@register.simple_tag
def icon(name, **attributes):
    """The icon `name`, decorative (aria-hidden), with the classes in `class`."""
    if not name:
        return ""
    return render_icon(str(name), str(attributes.get("class", "")))
