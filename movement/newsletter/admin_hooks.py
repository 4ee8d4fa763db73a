"""The newsletter's admin: its menu, topics snippet, permission and personal data."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail_newsletter.models import NewsletterPageMixin

from movement.models.newsletter import NewsletterSending, Subscriber
from movement.personal_data import PersonalData

from .admin import NewsletterGroup

register_snippet(NewsletterGroup)


@hooks.register("register_permissions")
def send_newsletter_permission():
    """Shows "Can send newsletters" in the admin's group editor."""
    return Permission.objects.filter(
        content_type__app_label="movement", codename="send_newsletter"
    )


class SubscriberPersonalData(PersonalData):
    kind = "newsletter"
    label = _("Newsletter subscriptions")
    model = Subscriber
    search_fields = ("email",)
    fields = Subscriber.KEPT_FIELDS

    def export(self, keys):
        chosen = self.chosen(keys).prefetch_related("topics")
        return [self.exported(subscriber) for subscriber in chosen]

    def exported(self, subscriber):
        topics = [topic.name for topic in subscriber.topics.all()]
        return {**super().exported(subscriber), "topics": topics}


hooks.register("register_personal_data", SubscriberPersonalData)


@hooks.register("after_create_page", order=100)
@hooks.register("after_edit_page", order=100)
def remember_who_sent(request, page):
    """After wagtail-newsletter's own hook has saved or sent the campaign: the
    send log names the page and who pressed Send or Schedule."""
    if not isinstance(page, NewsletterPageMixin) or not page.newsletter_campaign:
        return
    if not page.newsletter_campaign.isdigit():
        return
    sending = NewsletterSending.objects.filter(pk=int(page.newsletter_campaign))
    sending.filter(page__isnull=True).update(page=page)
    if request.POST.get("newsletter-action") in ("send_campaign", "schedule_campaign"):
        sending.filter(sent_by__isnull=True).update(sent_by=request.user)
