"""Downloadable packs, and the communities of practice whose outputs sit beside them."""

from resources.documents import PackDocument

from .base import DocumentDownload, PracticePageMixin
from .communities import (
    CommunityDocument,
    CommunityIndexPage,
    CommunityOfPracticePage,
    CommunityRelatedResource,
)
from .packs import ResourceAudience, ResourceDocument, ResourceIndexPage, ResourcePage

__all__ = [
    "CommunityDocument",
    "CommunityIndexPage",
    "CommunityOfPracticePage",
    "CommunityRelatedResource",
    "DocumentDownload",
    "PackDocument",
    "PracticePageMixin",
    "ResourceAudience",
    "ResourceDocument",
    "ResourceIndexPage",
    "ResourcePage",
]
