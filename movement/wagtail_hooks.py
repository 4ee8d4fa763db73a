from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from movement import dashboard, http_cache
from movement.models import (
    Compartment,
    Footer,
    MainNavigation,
    NoticeBanner,
    SiteIdentity,
)
from movement.revert_check import warn_about_lost_blocks
from movement.snippet_views import (
    TranslatableSnippetViewSet,
    refuse_deleting_what_is_in_use,
)
from movement.visitor_forms.posts import refuse_unexpected_posts


class MainNavigationViewSet(TranslatableSnippetViewSet):
    model = MainNavigation
    icon = "list-ul"
    menu_label = _("Main navigation")
    list_display = ["__str__", "locale"]


class FooterViewSet(TranslatableSnippetViewSet):
    model = Footer
    icon = "list-ul"
    menu_label = _("Footer")
    list_display = ["__str__", "locale"]


class NoticeBannerViewSet(TranslatableSnippetViewSet):
    model = NoticeBanner
    icon = "warning"
    menu_label = _("Notice banners")
    list_display = ["message", "is_enabled", "starts_at", "ends_at", "locale"]
    list_filter = ["is_enabled"]


class SiteIdentityViewSet(TranslatableSnippetViewSet):
    model = SiteIdentity
    icon = "site"
    menu_label = _("Site name and tagline")
    list_display = ["name", "locale"]


class SiteFurnitureGroup(SnippetViewSetGroup):
    menu_label = _("Site furniture")
    menu_icon = "cogs"
    menu_order = 250
    items = (
        SiteIdentityViewSet,
        MainNavigationViewSet,
        FooterViewSet,
        NoticeBannerViewSet,
    )


register_snippet(SiteFurnitureGroup)


class CompartmentViewSet(TranslatableSnippetViewSet):
    """The Resilience Framework's compartments; the moves are on its pages."""

    model = Compartment
    icon = "table"
    menu_label = _("Framework compartments")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["title", "slug", "position", "locale"]
    ordering = ["position"]


register_snippet(CompartmentViewSet)
# A bulk delete of snippets still in use deletes nothing, and says why.
hooks.register("before_bulk_action", refuse_deleting_what_is_in_use)

# Reverting to a version with blocks the site no longer has says so.
hooks.register("before_edit_page", warn_about_lost_blocks)
hooks.register("before_edit_snippet", warn_about_lost_blocks)

# Dashboard: pages not reviewed for a year, translations out of date.
hooks.register("construct_homepage_panels", dashboard.add_dashboard_panels)
# Pages say which visitors' caches may keep them (movement/http_cache.py).
hooks.register("on_serve_page", http_cache.serve_page_publicly)
# Only the routes with a form take a post (movement/visitor_forms/posts.py).
hooks.register("before_serve_page", refuse_unexpected_posts)

# Modules that register their own hooks: checks before publishing, deletions
# in the parent's history, shared previews, right-to-left languages in the
# editors, the translation status report's view and menu item, the
# newsletter's admin, a person's data.
from movement import (  # noqa: E402
    content_checks_hooks,  # noqa: F401
    deletion_log,  # noqa: F401
    preview_links_hooks,  # noqa: F401
)
from movement.i18n.admin import wagtail_hooks as translation_hooks  # noqa: E402, F401
from movement.newsletter import admin_hooks as newsletter_hooks  # noqa: E402, F401
from movement.personal_data import admin_hooks as personal_data_hooks  # noqa: E402, F401
from movement.redirect_import import use_for_imports  # noqa: E402

# A redirects CSV import also rejects rows that point to themselves or loop.
use_for_imports()


@hooks.register("register_permissions")
def source_language_permission():
    """Shows "Can edit the source language" in the admin's group editor."""
    return Permission.objects.filter(
        content_type__app_label="wagtailcore", codename="edit_source_language"
    )
