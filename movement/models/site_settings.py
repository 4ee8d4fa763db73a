"""Facts about the organisation that editors change without a deploy.

Only numbers and addresses live here: they are the same in every language.
Words visitors read (the organisation's name and tagline, footer text, menus,
banners) are translatable snippets in identity.py, navigation.py and banners.py.
"""

from django.core.files.uploadedfile import UploadedFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from movement.logo import cleaned_logo, validate_logo

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


class SiteSettingsForm(WagtailAdminModelForm):
    def clean_logo(self):
        """A new upload is replaced by its cleaned copy, and its size noted."""
        logo = self.cleaned_data.get("logo")
        if isinstance(logo, UploadedFile):
            logo, self.instance.logo_width, self.instance.logo_height = cleaned_logo(
                logo
            )
        elif not logo:
            self.instance.logo_width = self.instance.logo_height = None
        return logo


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
    logo = models.FileField(
        upload_to="identity/",
        blank=True,
        validators=[validate_logo],
        help_text=_(
            "The movement's logo or wordmark for the header: an SVG file (or a PNG "
            "with a transparent background), wider than it is tall, drawn in white "
            "or light colours, as it sits on the header's deep purple band. Without "
            "one, the header shows the organisation's name in text."
        ),
    )
    logo_width = models.PositiveIntegerField(null=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, editable=False)
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in link previews (messaging apps, social media) for pages that "
            "have no image of their own. Best at 1200 × 630 pixels."
        ),
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        help_text=_("Links to the movement's social media profiles, in footer order."),
    )

    base_form_class = SiteSettingsForm
    panels = [
        MultiFieldPanel(
            [FieldPanel("charity_number")],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("share_image")],
            heading=_("Look"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("social_links")],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        verbose_name = _("Site settings")
