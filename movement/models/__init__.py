from .banners import NoticeBanner
from .navigation import Footer, MainNavigation
from .pages import BasePage, ListingFields, PageTag, SocialFields
from .site_settings import SiteSettings

__all__ = [
    "BasePage",
    "Footer",
    "ListingFields",
    "MainNavigation",
    "NoticeBanner",
    "PageTag",
    "SiteSettings",
    "SocialFields",
]
