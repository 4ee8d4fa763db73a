from django.utils.translation import gettext_lazy as _

from movement.models import SectionIndexPage
from movement.pagination import paginate

from .campaign import CampaignPage

CAMPAIGNS_PER_PAGE = 12


class CampaignIndexPage(SectionIndexPage):
    subpage_types = ["campaigns.CampaignPage"]
    card_icon = "megaphone"
    card_label = ""  # its card names no kind: its title says it

    class Meta:
        verbose_name = _("campaign index page")

    def campaigns(self):
        return self.listed_children(CampaignPage).by_status()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = paginate(request, self.campaigns(), CAMPAIGNS_PER_PAGE)
        context["campaigns"] = campaigns
        return context
