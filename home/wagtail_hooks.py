from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from home import comments, form_answers
from home import dashboard as home_dashboard
from home.booking_admin import BookingViewSet
from home.comment_admin import CommentViewSet
from home.models import BlogCategory, Person, SafeguardingNotice
from home.personal_data import (
    BookingPersonalData,
    CommentPersonalData,
    FormAnswersPersonalData,
)
from movement.snippet_views import TranslatableSnippetViewSet


class PersonViewSet(TranslatableSnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "role", "locale"]
    search_fields = ["name", "role"]


class BlogCategoryViewSet(TranslatableSnippetViewSet):
    model = BlogCategory
    icon = "tag"
    menu_label = _("Blog categories")
    list_display = ["name", "slug", "locale"]


class SafeguardingNoticeViewSet(TranslatableSnippetViewSet):
    model = SafeguardingNotice
    icon = "help"
    menu_label = _("Safeguarding notice")
    list_display = ["heading", "link_url", "locale"]


class BlogSnippetsGroup(SnippetViewSetGroup):
    menu_label = _("Blog")
    menu_icon = "edit"
    menu_order = 240
    items = (PersonViewSet, BlogCategoryViewSet, SafeguardingNoticeViewSet)


register_snippet(BlogSnippetsGroup)

# Upcoming events on the dashboard, below Wagtail's own panels.
hooks.register("construct_homepage_panels", home_dashboard.add_dashboard_panels)


@hooks.register("register_admin_viewset")
def register_booking_viewset():
    return BookingViewSet("bookings")


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return CommentViewSet("comments")


@hooks.register("register_log_actions")
def comment_log_actions(actions):
    for action, label, message in comments.LOG_ACTIONS:
        actions.register_action(action, label, message)


hooks.register("register_personal_data", BookingPersonalData)
hooks.register("register_personal_data", CommentPersonalData)
hooks.register("register_personal_data", FormAnswersPersonalData)
hooks.register(
    "filter_form_submissions_for_user", form_answers.only_moderators_read_answers
)
hooks.register("register_admin_urls", form_answers.urls)
