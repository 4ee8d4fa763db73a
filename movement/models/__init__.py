from .banners import NoticeBanner
from .generation import ContentGeneration
from .identity import SiteIdentity
from .navigation import Footer, MainNavigation
from .pages import (
    BasePage,
    ListingFields,
    PageTag,
    SectionIndexPage,
    SocialFields,
    listed,
    live_pages_in_order,
    prefetch_card_renditions,
    visible,
    with_card_images,
)
from .preview_links import PreviewLink
from .site_settings import SiteSettings

__all__ = [
    "live_pages_in_order",
    "prefetch_card_renditions",
    "listed",
    "visible",
    "with_card_images",
    "BasePage",
    "ContentGeneration",
    "Footer",
    "ListingFields",
    "MainNavigation",
    "NoticeBanner",
    "PageTag",
    "PreviewLink",
    "SectionIndexPage",
    "SiteIdentity",
    "SiteSettings",
    "SocialFields",
]
