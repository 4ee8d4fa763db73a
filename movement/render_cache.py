"""What a page reads that only a publish changes, remembered until the next one.

Previous and next posts, related posts, breadcrumbs, a page's authors, the
route from an address to a page: each is the same for every visitor until an
editor publishes, unpublishes, moves or deletes a page or saves a snippet,
setting or image, and every one of those advances the content generation
(movement.furniture). Keyed by it, in the "rendered" cache, they are rebuilt on
the first request after a change and read without a query until the next.

Never for a preview: a draft's context must not be remembered, nor a
remembered published context shown in its place. A cache that is down or
cannot store a value is a miss, never an error.
"""

import hashlib
import logging

from movement.furniture import CACHE_SECONDS, furniture_generation
from movement.tiered_cache import rendered

logger = logging.getLogger(__name__)
MISSING = object()


def cache_key(name, *parts):
    """`name` and `parts` under the current content generation.

    Parts are hashed, so a page address in any script makes a valid key.
    """
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()
    return f"render:{name}:{furniture_generation()}:{digest[:32]}"


def recall(name, *parts):
    """The value remembered under `name` and `parts`, else MISSING."""
    try:
        return rendered.get(cache_key(name, *parts), MISSING)
    except Exception:  # a broken cache is a miss (django-redis already logs)
        logger.warning("Could not read %s from the cache", name, exc_info=True)
        return MISSING


def remember(name, *parts, value):
    try:
        rendered.set(cache_key(name, *parts), value, CACHE_SECONDS)
    except Exception:
        logger.warning("Could not store %s in the cache", name, exc_info=True)
    return value


def remembered(request, name, *parts, compute):
    """`compute()`, once per content generation for `name` and `parts`.

    `request` may be None (no preview then); a preview always computes.
    """
    if getattr(request, "is_preview", False):
        return compute()
    value = recall(name, *parts)
    if value is MISSING:
        value = remember(name, *parts, value=compute())
    return value
