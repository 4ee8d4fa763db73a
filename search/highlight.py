"""Matched words wrapped in <mark>, with everything else escaped."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

MIN_TERM_LENGTH = 2


def _stem(term):
    # The English full-text configuration finds "campaign" for "campaigns":
    # mark the shared stem, so the word that matched is the one highlighted.
    if len(term) > 4 and term.endswith("s"):
        return term[:-1]
    return term


def highlight(text, terms, words=None):
    """`text` escaped, with every occurrence of a term wrapped in <mark>.

    The text is split on the terms before escaping, so a mark can never land
    inside an entity or a tag: "amp" does not mark the "&amp;" of "&".
    """
    text = str(text or "")
    if words:
        text = Truncator(text).words(words)
    stems = sorted(
        {_stem(term.lower()) for term in terms if len(term) >= MIN_TERM_LENGTH},
        key=len,
        reverse=True,
    )
    if not stems:
        return escape(text)
    pattern = re.compile(
        "(" + "|".join(re.escape(stem) for stem in stems) + ")", re.IGNORECASE
    )
    pieces = pattern.split(text)
    return mark_safe(  # noqa: S308 - every piece is escaped here
        "".join(
            f"<mark>{escape(piece)}</mark>" if index % 2 else escape(piece)
            for index, piece in enumerate(pieces)
        )
    )
