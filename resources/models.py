from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from home.models import FundamentalsTagging
from movement.blocks import ContentStreamBlock
from movement.models import BasePage


class ResourceIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = _("resource index page")


class ResourcePage(FundamentalsTagging, BasePage):
    body = StreamField(ContentStreamBlock(), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource page")


from .documents import PackDocument  # noqa: E402,F401  (registers the document model)
