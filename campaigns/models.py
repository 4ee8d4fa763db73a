from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from home.models import FundamentalsTagging
from movement.blocks import ContentStreamBlock
from movement.models import BasePage


class CampaignIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]

    class Meta:
        verbose_name = _("campaign index page")


class CampaignPage(FundamentalsTagging, BasePage):
    body = StreamField(ContentStreamBlock(), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign page")
