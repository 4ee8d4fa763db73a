from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from movement.blocks import SIMPLE_RICH_TEXT_FEATURES
from movement.models import BasePage, prefetch_card_renditions
from movement.pagination import paginate

from .campaign import CampaignPage

CAMPAIGNS_PER_PAGE = 12


class CampaignIndexPage(BasePage):
    introduction = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "A short paragraph above the campaigns: what campaigning means for "
            "the movement and how people can join in."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign index page")

    def campaigns(self):
        return CampaignPage.objects.listed_in(self.locale_id).child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = paginate(request, self.campaigns(), CAMPAIGNS_PER_PAGE)
        context["campaigns"] = campaigns
        prefetch_card_renditions(campaigns.object_list)
        return context
