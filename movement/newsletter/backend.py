"""wagtail-newsletter's campaign backend, sending from this site.

An audience is a topic, counted as its confirmed subscribers in every
language; a newsletter page goes to the subscribers of the chosen topic who
read the page's language (its email says the language: <html lang>). A
campaign is a NewsletterSending; "Send" starts the background worker on it a
batch at a time (sending.py), "Schedule" leaves it for `publish_scheduled`.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail_newsletter.audiences import Audience
from wagtail_newsletter.campaign_backends import (
    Campaign,
    CampaignBackend,
    CampaignBackendError,
)

from movement.i18n import active_locale, one_per_translation
from movement.models.newsletter import (
    NewsletterSending,
    NewsletterTopic,
    SendingStatus,
    Subscriber,
)

from . import sending as sender

DOCUMENT_LANGUAGE = re.compile(r"<html[^>]*\slang=[\"']?([A-Za-z-]+)", re.IGNORECASE)


def language_of(html):
    found = DOCUMENT_LANGUAGE.search(html)
    return found.group(1) if found else settings.LANGUAGE_CODE


@dataclass
class LocalCampaign(Campaign):
    sending: NewsletterSending

    @property
    def is_scheduled(self):
        return self.sending.status == SendingStatus.SCHEDULED

    @property
    def is_sent(self):
        return self.sending.status in (SendingStatus.SENDING, SendingStatus.SENT)

    @property
    def status(self):
        return self.sending.get_status_display()

    @property
    def url(self):
        return reverse("newsletter_sendings:inspect", args=(self.sending.pk,))

    def get_report(self):
        sending = self.sending
        report = {
            "emails_sent": sending.sent_count,
            "bounces": sending.failed_count,
            # Not counted: no tracking pixel or redirected links in our emails.
            "opens": _("not counted"),
            "clicks": _("not counted"),
        }
        send_time = sending.started_at or sending.send_at
        if send_time:
            report["send_time"] = send_time
        return report


class LocalCampaignBackend(CampaignBackend):
    name = gettext_lazy("this site")

    def get_audiences(self):
        counts = dict(
            Subscriber.objects.confirmed()
            .values_list("topics__translation_key")
            .annotate(count=Count("pk", distinct=True))
        )
        topics = NewsletterTopic.objects.order_by("position", "pk")
        return [
            Audience(
                id=str(topic.translation_key),
                name=topic.name,
                member_count=counts.get(topic.translation_key, 0),
            )
            for topic in one_per_translation(topics, active_locale().pk)
        ]

    def get_audience_segments(self, audience_id):
        return []

    def save_campaign(
        self, *, campaign_id=None, recipients, subject, html, from_name, reply_to
    ):
        sending = self._draft(campaign_id) or NewsletterSending()
        sending.subject = subject
        sending.html = html
        sending.language = language_of(html)
        sending.from_name = from_name
        sending.reply_to = reply_to
        sending.topic_key = recipients.audience if recipients else None
        sending.topic_name = recipients.name if recipients else ""
        sending.save()
        return str(sending.pk)

    def _draft(self, campaign_id):
        sending = self._sending(campaign_id)
        if sending is not None and sending.status != SendingStatus.DRAFT:
            raise CampaignBackendError(
                _(
                    "This newsletter has already been sent or scheduled, so it "
                    "cannot change. To send another, copy the page."
                )
            )
        return sending

    def _sending(self, campaign_id):
        if not str(campaign_id or "").isdigit():
            return None
        return NewsletterSending.objects.filter(pk=int(campaign_id)).first()

    def get_campaign(self, campaign_id):
        sending = self._sending(campaign_id)
        return LocalCampaign(sending) if sending is not None else None

    def send_test_email(self, *, campaign_id, email):
        sending = self._sending(campaign_id)
        try:
            sender.send_test(sending, email)
        except OSError as error:
            raise CampaignBackendError(
                _("The mail server did not take the test email: %(error)s")
                % {"error": error}
            ) from None

    def send_campaign(self, campaign_id):
        with transaction.atomic():
            sending = self._locked_draft(campaign_id)
            sender.start(sending)

    def validate_schedule_time(self, schedule_time):
        if schedule_time <= timezone.now():
            raise CampaignBackendError(_("Please choose a time in the future."))

    def schedule_campaign(self, campaign_id, schedule_time):
        with transaction.atomic():
            sending = self._locked_draft(campaign_id)
            sending.status = SendingStatus.SCHEDULED
            sending.send_at = schedule_time
            sending.save(update_fields=["status", "send_at", "updated_at"])

    def unschedule_campaign(self, campaign_id):
        updated = NewsletterSending.objects.filter(
            Q(pk=self._pk(campaign_id)), status=SendingStatus.SCHEDULED
        ).update(status=SendingStatus.DRAFT, send_at=None)
        if not updated:
            raise CampaignBackendError(
                _("This newsletter is not scheduled: it may have started sending.")
            )

    def _pk(self, campaign_id):
        return int(campaign_id) if str(campaign_id or "").isdigit() else None

    def _locked_draft(self, campaign_id):
        sending = (
            NewsletterSending.objects.select_for_update()
            .filter(pk=self._pk(campaign_id))
            .first()
        )
        if sending is None or sending.status != SendingStatus.DRAFT:
            raise CampaignBackendError(
                _("This newsletter has already been sent or scheduled.")
            )
        if sending.topic_key is None:
            raise CampaignBackendError(
                _("Choose who it goes to (a topic) under Recipients first.")
            )
        return sending
