from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class NewsletterSignUpBlock(blocks.StructBlock):
    """The newsletter's sign-up form, with the page's own words above it."""

    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("Empty: “Get our newsletter”."),
    )
    text = blocks.TextBlock(
        required=False,
        max_length=300,
        help_text=_("A sentence on what people get and how often."),
    )

    class Meta:
        icon = "mail"
        template = "blocks/newsletter_sign_up_block.html"
        label = _("Newsletter sign-up")
        description = _("A form to sign up for the newsletter (topics chosen by them).")
        preview_value = {
            "heading": "Hear from the movement",
            "text": "News of campaigns, events and resources, once a month at most.",
        }
