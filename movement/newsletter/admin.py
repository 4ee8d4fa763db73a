"""The newsletter in the admin: topics (a snippet Editors keep and Translators
translate), and for Moderators the confirmed subscribers (export, CSV safe to
open) and the send log. A newsletter itself is sent from its page's
Newsletter tab (wagtail-newsletter)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from movement.models.newsletter import NewsletterSending, NewsletterTopic, Subscriber
from movement.snippet_views import TranslatableSnippetViewSet
from movement.visitor_forms.admin import (
    MadeByVisitorsPolicy,
    VisitorRecordsIndexView,
    VisitorRecordsViewSet,
)


class NewsletterTopicViewSet(TranslatableSnippetViewSet):
    model = NewsletterTopic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "position", "locale"]


class ConfirmedSubscribersIndexView(VisitorRecordsIndexView):
    """Only people who confirmed: the others have not subscribed yet (they are
    found, exported and erased with Personal data until they expire)."""

    def get_base_queryset(self):
        return super().get_base_queryset().confirmed().prefetch_related("topics")


class SubscriberViewSet(VisitorRecordsViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Subscribers")
    index_view_class = ConfirmedSubscribersIndexView
    add_to_admin_menu = False
    list_display = ["email", "language", "topic_names", "confirmed_at"]
    list_filter = ["language", "topics"]
    search_fields = ["email"]
    list_export = ["email", "language", "topic_names", "confirmed_at"]
    export_headings = {"topic_names": _("topics")}
    export_filename = "newsletter-subscribers"
    form_fields = ["language", "topics"]


class SendLogPolicy(MadeByVisitorsPolicy):
    """Made by sending a page; nobody changes the log."""

    def user_has_permission(self, user, action):
        return action not in ("change", "delete") and super().user_has_permission(
            user, action
        )


class SendingViewSet(VisitorRecordsViewSet):
    model = NewsletterSending
    icon = "list-ul"
    menu_label = _("Send log")
    add_to_admin_menu = False
    list_display = [
        "subject",
        "topic_name",
        "language",
        "status",
        "recipients",
        "sent_count",
        "failed_count",
        "started_at",
        "finished_at",
    ]
    list_filter = ["status", "language"]
    inspect_view_fields = [*list_display, "send_at", "updated_at"]
    list_export = list_display
    export_filename = "newsletter-send-log"
    form_fields = ["subject"]  # Wagtail asks; SendLogPolicy lets nobody edit

    @property
    def permission_policy(self):
        return SendLogPolicy(self.model)


class NewsletterGroup(SnippetViewSetGroup):
    """One menu: the topics (a snippet, so registered with register_snippet),
    the subscribers and the send log (each shown to those who may see it)."""

    menu_label = _("Newsletter")
    menu_icon = "mail"
    menu_order = 268
    items = (
        NewsletterTopicViewSet,
        SubscriberViewSet("newsletter_subscribers"),
        SendingViewSet("newsletter_sendings"),
    )
