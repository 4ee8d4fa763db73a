"""A newsletter: a page in the blog that is also emailed to a topic's subscribers.

wagtail-newsletter adds the page's Newsletter tab (choose the recipients,
send a test, send or schedule); our backend sends it from this site
(movement/newsletter). The page stays on the site, so every email can say
"read it on the website", and it is translated like any page: each
translation goes to the subscribers who read its language.
"""

import re

from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_newsletter.models import NewsletterPageMixin

from movement.blocks import SIMPLE_RICH_TEXT_FEATURES, ContentStreamBlock
from movement.i18n import text_direction
from movement.models import BasePage
from movement.newsletter.links import site_url

SITE_ADDRESS = re.compile(r'(\s(?:href|src)=")/(?!/)')
# What only someone who may send newsletters may do from the Newsletter tab.
SENDING_ACTIONS = {"send_campaign", "schedule_campaign", "unschedule_campaign"}


class NewsletterPage(NewsletterPageMixin, BasePage):
    date = models.DateField(
        default=timezone.localdate,
        help_text=_("The date of this issue, shown at the top."),
    )
    introduction = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("A short opening paragraph, shown larger."),
    )
    body = StreamField(
        ContentStreamBlock(),
        help_text=_("The newsletter: paragraphs, headings, images, links and more."),
    )
    newsletter_recipients = models.ForeignKey(
        "wagtail_newsletter.NewsletterRecipients",
        blank=True,
        null=True,
        on_delete=models.SET_NULL,
        help_text=_(
            "The topic it goes to: its confirmed subscribers who read this page's "
            "language get it."
        ),
    )
    # The campaign in our backend belongs to this page in this language: never
    # translated, copied to a translation, or edited in a form.
    newsletter_campaign = models.CharField(
        max_length=1000, blank=True, editable=False, help_text="Its NewsletterSending."
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.BlogIndexPage"]
    subpage_types = []
    newsletter_template = "newsletter/email/newsletter.html"
    card_icon = "envelope"

    class Meta:
        verbose_name = _("newsletter")

    def copy_for_translation(
        self, locale, copy_parents=False, alias=False, exclude_fields=None
    ):
        exclude_fields = [*(exclude_fields or []), "newsletter_campaign"]
        return super().copy_for_translation(locale, copy_parents, alias, exclude_fields)

    def has_newsletter_permission(self, user, action):
        if action in SENDING_ACTIONS:
            return user.has_perm("movement.send_newsletter")
        return self.permissions_for_user(user).can_edit()

    def get_newsletter_context(self):
        language = self.locale.language_code
        return {
            "page": self,
            "language": language,
            "direction": text_direction(language),
            "web_url": self.get_full_url(),
        }

    def get_newsletter_html(self, extra_context=None):
        # In the page's language (the admin may be in another), with every
        # link and image whole: an email has no site to be relative to.
        with translation.override(self.locale.language_code):
            html = super().get_newsletter_html(extra_context)
        return SITE_ADDRESS.sub(lambda found: found.group(1) + site_url("/"), html)
