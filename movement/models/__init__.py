from movement.page_queries import (
    PageManager,
    PageQuerySet,
    every_page,
    live_pages_in_order,
    prefetch_card_renditions,
)

from .banners import NoticeBanner
from .fundamentals import Fundamental, FundamentalsPage, FundamentalsTagging
from .generation import ContentGeneration
from .identity import SiteIdentity
from .navigation import Footer, MainNavigation
from .pages import BasePage, ListingFields, PageTag, SectionIndexPage, SocialFields
from .preview_links import PreviewLink
from .site_settings import SiteSettings

__all__ = [
    "every_page",
    "live_pages_in_order",
    "prefetch_card_renditions",
    "BasePage",
    "ContentGeneration",
    "Fundamental",
    "FundamentalsPage",
    "FundamentalsTagging",
    "Footer",
    "ListingFields",
    "MainNavigation",
    "NoticeBanner",
    "PageManager",
    "PageQuerySet",
    "PageTag",
    "PreviewLink",
    "SectionIndexPage",
    "SiteIdentity",
    "SiteSettings",
    "SocialFields",
]
