"""Which collections are private, so a download link can say so.

A document in a collection restricted to signed-in users (or to a group, or by
a password) is served only through Wagtail's view, which asks for a login or
password first. A public page linking to it says "for signed-in members"
instead of offering a download that bounces to a sign-in form. The answer is
cached under the content generation, which every change of a collection or its
restrictions advances: a page of downloads costs no query for it when warm.
"""

from django.core.cache import cache
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
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
    # Each collection with the first restriction on it or above it (a restricted
    # collection's path is a prefix of its own), in one query.
    covering = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef("path"), 1, Length("collection__path"))
    ).order_by("pk")
    covered = (
        Collection.objects.annotate(
            restriction_type=Subquery(covering.values("restriction_type")[:1])
        )
        .filter(restriction_type__isnull=False)
        .values_list("id", "restriction_type")
    )
    return dict(covered)
