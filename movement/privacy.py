"""Which collections are private, so a download link can say so.

A document in a collection restricted to signed-in users (or to a group, or by
a password) is served only through Wagtail's view, which asks for a login or
password first. A public page linking to it says "for signed-in members"
instead of offering a download that bounces to a sign-in form. The answer is
cached under the content generation, which every change of a collection or its
restrictions advances: a page of downloads costs no query for it when warm.
"""

from django.core.cache import cache
from wagtail.models import Collection, CollectionViewRestriction

from movement.furniture import CACHE_SECONDS, furniture_generation


def collection_restrictions():
    """{collection id: restriction type} for every collection a restriction covers."""
    return cache.get_or_set(
        f"collection-restrictions:{furniture_generation()}",
        _restrictions,
        CACHE_SECONDS,
    )


def document_restriction(document):
    """ "login", "groups" or "password" for a private document; None when public."""
    return collection_restrictions().get(document.collection_id)


def _restrictions():
    found = {}
    for restriction in CollectionViewRestriction.objects.select_related("collection"):
        covered = Collection.objects.filter(
            path__startswith=restriction.collection.path
        ).values_list("id", flat=True)
        for collection_id in covered:
            found.setdefault(collection_id, restriction.restriction_type)
    return found
