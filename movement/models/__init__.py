from movement.page_queries import (
    PageManager,
    PageQuerySet,
    every_page,
    live_pages_in_order,
    prefetch_card_renditions,
)

from .banners import NoticeBanner
from .framework import (
    Compartment,
    FrameworkPage,
    FrameworkTagging,
    OddsLevel,
    ResilientMove,
)
from .fundamentals import Fundamental, FundamentalsPage, FundamentalsTagging
from .generation import ContentGeneration
from .identity import SiteIdentity
from .navigation import Footer, MainNavigation
from .newsletter import (
    NewsletterDelivery,
    NewsletterSending,
    NewsletterTopic,
    Subscriber,
)
from .pages import BasePage, ListingFields, PageTag, SectionIndexPage, SocialFields
from .personal_data import PersonalDataAction
from .preview_links import PreviewLink
from .site_settings import SiteSettings
from .topics import TopicTagging

__all__ = [
    "every_page",
    "live_pages_in_order",
    "prefetch_card_renditions",
    "BasePage",
    "Compartment",
    "ContentGeneration",
    "Fundamental",
    "FundamentalsPage",
    "FundamentalsTagging",
    "Footer",
    "FrameworkPage",
    "FrameworkTagging",
    "ListingFields",
    "MainNavigation",
    "NewsletterDelivery",
    "NewsletterSending",
    "NewsletterTopic",
    "NoticeBanner",
    "OddsLevel",
    "PageManager",
    "PageQuerySet",
    "PageTag",
    "PersonalDataAction",
    "PreviewLink",
    "ResilientMove",
    "SectionIndexPage",
    "SiteIdentity",
    "SiteSettings",
    "SocialFields",
    "Subscriber",
    "TopicTagging",
]
