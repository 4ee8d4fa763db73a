from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from movement.models import Footer, MainNavigation, NoticeBanner


class MainNavigationViewSet(SnippetViewSet):
    model = MainNavigation
    icon = "list-ul"
    menu_label = _("Main navigation")
    list_display = ["__str__", "locale"]


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "list-ul"
    menu_label = _("Footer")
    list_display = ["__str__", "locale"]


class NoticeBannerViewSet(SnippetViewSet):
    model = NoticeBanner
    icon = "warning"
    menu_label = _("Notice banners")
    list_display = ["message", "is_enabled", "starts_at", "ends_at", "locale"]
    list_filter = ["is_enabled"]


class SiteFurnitureGroup(SnippetViewSetGroup):
    menu_label = _("Site furniture")
    menu_icon = "cogs"
    menu_order = 250
    items = (MainNavigationViewSet, FooterViewSet, NoticeBannerViewSet)


register_snippet(SiteFurnitureGroup)
