from .banners import NoticeBanner
from .navigation import Footer, MainNavigation
from .pages import (
    CARD_IMAGE_FILTER,
    BasePage,
    ListingFields,
    PageTag,
    SectionIndexPage,
    SocialFields,
    live_pages_in_order,
    prefetch_card_renditions,
    visible,
    with_card_images,
)
from .site_settings import SiteSettings

__all__ = [
    "CARD_IMAGE_FILTER",
    "live_pages_in_order",
    "prefetch_card_renditions",
    "visible",
    "with_card_images",
    "BasePage",
    "Footer",
    "ListingFields",
    "MainNavigation",
    "NoticeBanner",
    "PageTag",
    "SectionIndexPage",
    "SiteSettings",
    "SocialFields",
]
