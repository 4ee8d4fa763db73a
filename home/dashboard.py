"""The dashboard's panels: "Upcoming events", the next events the user may
edit, in the admin's language when a translation exists, else in the source
language; and, for those who moderate them, the comments waiting."""

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import get_language
from wagtail.admin.ui.components import Component
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.permissions import page_permission_policy

from home.models import Comment, EventPage
from movement.visitor_forms.admin import MadeByVisitorsPolicy

EVENTS_SHOWN = 5
# Up to one copy per language for each event shown, before picking one.
CANDIDATES = EVENTS_SHOWN * 4


def content_language(code):
    try:
        return get_supported_content_language_variant(code)
    except LookupError:
        return None


def upcoming_events_for(user, language_code):
    """The next events, one row per event, each in the preferred language if it can."""
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    events = (
        EventPage.objects.upcoming()
        .filter(pk__in=editable.values("pk"), alias_of__isnull=True)
        .select_related("locale")
        .annotate_approved_schedule()[:CANDIDATES]
    )
    # Lower is better: the admin's language, then the source, then any other.
    preference = {language_code: 0, content_language(settings.LANGUAGE_CODE): 1}
    chosen = {}
    for event in events:
        rank = preference.get(event.locale.language_code, 2)
        best = chosen.get(event.translation_key)
        if best is None or rank < best[0]:
            chosen[event.translation_key] = (rank, event)
    shown = sorted(
        (event for _, event in chosen.values()), key=lambda e: (e.start, e.pk)
    )
    return shown[:EVENTS_SHOWN]


class UpcomingEventsPanel(Component):
    name = "upcoming_events"
    template_name = "home/dashboard/upcoming_events.html"
    order = 390

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        events = upcoming_events_for(user, content_language(get_language()))
        return {
            "events": [
                {
                    "page": event,
                    # A clock at the event, as editors typed it.
                    "when": formats.date_format(
                        timezone.localtime(event.start, event.zone),
                        "DATETIME_FORMAT",
                    ),
                    "zone": event.zone_label,
                }
                for event in events
            ]
        }


class CommentsWaitingPanel(Component):
    """How many comments wait for a moderator, with a link to them."""

    name = "comments_waiting"
    template_name = "home/dashboard/comments_waiting.html"
    order = 380

    def get_context_data(self, parent_context):
        return {
            "waiting": Comment.objects.pending().count(),
            "queue_url": reverse("comments:index") + "?status=pending",
        }


def add_dashboard_panels(request, panels):
    if MadeByVisitorsPolicy(Comment).user_has_permission(request.user, "change"):
        panels.append(CommentsWaitingPanel())
    panels.append(UpcomingEventsPanel())
