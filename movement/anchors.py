"""Links into a page (#anchor) for its headings: in any script, and unique.

Django's slugify drops every letter outside ASCII unless told otherwise, which
left Arabic headings with id="" (invalid, and every such heading the same).
Unicode letters are kept, a heading with no letters at all gets "section", and
a second heading with the same words in one response gets "-2", "-3"...
"""

from django.utils.text import slugify

FALLBACK = "section"


def anchor_from(text):
    return slugify(text or "", allow_unicode=True) or FALLBACK


def unique_anchor(parent_context, text):
    """An anchor for `text` not yet used in the response being rendered (the
    request in `parent_context` remembers them); unique within this render
    only when there is no request (an email)."""
    anchor = anchor_from(text)
    request = (parent_context or {}).get("request")
    if request is None:
        return anchor
    used = getattr(request, "heading_anchors", None)
    if used is None:
        used = request.heading_anchors = set()
    candidate, number = anchor, 2
    while candidate in used:
        candidate, number = f"{anchor}-{number}", number + 1
    used.add(candidate)
    return candidate
