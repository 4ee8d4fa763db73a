"""The newsletter: topics people choose, the people who signed up, what was sent.

Subscribers are kept here, not at a mailing service: the site makes no
third-party requests and the movement keeps its supporters' addresses. Nobody
is sent a newsletter until they have confirmed by the link in an email (double
opt-in); an unconfirmed sign-up is deleted after NEWSLETTER_UNCONFIRMED_DAYS.
A sending is a newsletter page's email on its way to one topic's subscribers
in the page's language, a batch at a time (movement/newsletter/sending.py),
with a line per person in its log. docs/privacy.md says what is kept and why.
"""

import secrets

from django.conf import settings
from django.contrib.admin import display as admin_display
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class NewsletterTopic(TranslatableMixin, models.Model):
    """What a subscriber can choose to hear about, e.g. events."""

    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("Shown beside its box on the sign-up form."),
    )
    description = models.CharField(
        _("description"),
        max_length=200,
        blank=True,
        help_text=_("One line under the name: what and how often people get."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Lower numbers come first on the form.")
    )

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("position")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["position", "pk"]
        verbose_name = _("newsletter topic")
        verbose_name_plural = _("newsletter topics")
        permissions = [("send_newsletter", _("Can send newsletters to subscribers"))]

    def __str__(self):
        return self.name


def new_key():
    return secrets.token_urlsafe(18)


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def with_address(self, email):
        return self.filter(email__iexact=email.strip())

    def for_topic(self, topic_key):
        """Confirmed subscribers to a topic, in every language."""
        return self.confirmed().filter(topics__translation_key=topic_key).distinct()


class Subscriber(models.Model):
    wagtail_reference_index_ignore = True
    email = models.EmailField(
        _("email"), max_length=254, help_text=_("Where the newsletter goes.")
    )
    language = models.CharField(
        _("language"),
        max_length=12,
        help_text=_("The language the person reads the newsletter in."),
    )
    topics = models.ManyToManyField(
        NewsletterTopic,
        related_name="subscribers",
        verbose_name=_("topics"),
        help_text=_("What the person chose to hear about."),
    )
    consent_text = models.TextField(
        _("agreed to"), help_text=_("The words beside the box the person ticked.")
    )
    created_at = models.DateTimeField(
        _("signed up"), auto_now_add=True, help_text=_("When the form was sent.")
    )
    confirmation_sent_at = models.DateTimeField(
        _("confirmation email sent"),
        null=True,
        blank=True,
        help_text=_("When the email with the confirmation link last went."),
    )
    confirmed_at = models.DateTimeField(
        _("confirmed"),
        null=True,
        blank=True,
        help_text=_("When the person confirmed by the link. Empty: never sent to."),
    )
    confirmation_key = models.CharField(
        max_length=32,
        blank=True,
        default=new_key,
        editable=False,
        help_text="In the confirmation link; emptied once used, so it works once.",
    )
    manage_key = models.CharField(
        max_length=32,
        default=new_key,
        editable=False,
        help_text="In the links to change or end the subscription.",
    )
    keep_until = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="An unconfirmed sign-up is deleted then.",
    )

    objects = SubscriberQuerySet.as_manager()

    # What the person sees of themselves in an export (movement/personal_data).
    KEPT_FIELDS = ("email", "language", "created_at", "confirmed_at", "consent_text")

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="one_subscription_per_email")
        ]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    @admin_display(description=_("topics"))
    def topic_names(self):
        return ", ".join(topic.name for topic in self.topics.all())


class SendingStatus(models.TextChoices):
    DRAFT = "draft", _("Saved, not sent")
    SCHEDULED = "scheduled", _("Scheduled")
    SENDING = "sending", _("Sending")
    SENT = "sent", pgettext_lazy("a newsletter", "Sent")


class NewsletterSending(models.Model):
    """A newsletter page's email to one topic, as saved from the page's
    Newsletter tab (wagtail-newsletter's campaign), and how its sending went."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="The newsletter page it was made from.",
    )
    subject = models.CharField(
        _("subject"), max_length=1000, help_text=_("Its subject.")
    )
    html = models.TextField(editable=False, help_text="The email, as sent.")
    language = models.CharField(
        _("language"),
        max_length=12,
        help_text=_("Sent to the subscribers who read this language."),
    )
    topic_key = models.UUIDField(
        null=True,
        editable=False,
        help_text="The topic it goes to (its translation key).",
    )
    topic_name = models.CharField(
        _("topic"), max_length=80, blank=True, help_text=_("The topic it goes to.")
    )
    from_name = models.CharField(max_length=200, editable=False, help_text="Sender.")
    reply_to = models.CharField(max_length=254, editable=False, help_text="Reply-To.")
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=SendingStatus.choices,
        default=SendingStatus.DRAFT,
        help_text=_("Where it is in sending."),
    )
    send_at = models.DateTimeField(
        _("send at"), null=True, blank=True, help_text=_("When it is scheduled to go.")
    )
    started_at = models.DateTimeField(
        _("started"), null=True, blank=True, help_text=_("When sending began.")
    )
    finished_at = models.DateTimeField(
        _("finished"), null=True, blank=True, help_text=_("When the last email went.")
    )
    recipients = models.PositiveIntegerField(
        _("recipients"), default=0, help_text=_("Subscribers when sending began.")
    )
    sent_count = models.PositiveIntegerField(
        _("sent"), default=0, help_text=_("Emails the mail server accepted.")
    )
    failed_count = models.PositiveIntegerField(
        _("failed"), default=0, help_text=_("Emails the mail server refused.")
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="Who pressed Send or Schedule.",
    )
    updated_at = models.DateTimeField(
        _("saved"), auto_now=True, help_text=_("When it was last saved.")
    )

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("newsletter sending")
        verbose_name_plural = _("newsletter sendings")

    def __str__(self):
        return self.subject


class NewsletterDelivery(models.Model):
    """One email of a sending: the log line that also stops it going twice."""

    sending = models.ForeignKey(
        NewsletterSending,
        on_delete=models.CASCADE,
        related_name="deliveries",
        help_text="The sending it belongs to.",
    )
    # Erasing a person erases their lines; the sending keeps its counts.
    subscriber = models.ForeignKey(
        Subscriber,
        on_delete=models.CASCADE,
        related_name="deliveries",
        help_text="Who it went to.",
    )
    sent_at = models.DateTimeField(auto_now_add=True, help_text="When it was tried.")
    delivered = models.BooleanField(
        default=True, help_text="Whether the mail server took it."
    )
    error = models.CharField(
        max_length=200, blank=True, help_text="Why the mail server refused it."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["sending", "subscriber"], name="one_delivery_per_subscriber"
            )
        ]

    def __str__(self):
        return f"{self.sending} → {self.subscriber}"
