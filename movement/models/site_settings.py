"""Facts about the organisation that editors change without a deploy.

Only numbers and addresses live here: they are the same in every language.
Words visitors read (the organisation's name and tagline, footer text, menus,
banners) are translatable snippets in identity.py, navigation.py and banners.py.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

SOCIAL_PLATFORMS = [
    ("bluesky", "Bluesky"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("linkedin", "LinkedIn"),
    ("mastodon", "Mastodon"),
    ("tiktok", "TikTok"),
    ("x", "X (Twitter)"),
    ("youtube", "YouTube"),
]


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS)
    url = blocks.URLBlock(label=_("Profile address"))

    class Meta:
        icon = "link-external"


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    charity_number = models.CharField(
        max_length=40,
        blank=True,
        help_text=_("Registered charity number, shown in the footer."),
    )
    contact_email = models.EmailField(
        blank=True, help_text=_("The public contact address, shown in the footer.")
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        help_text=_("Links to the movement's social media profiles, in footer order."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("charity_number")],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("social_links")],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        verbose_name = _("Site settings")
