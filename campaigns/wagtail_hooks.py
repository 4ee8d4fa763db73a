from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from campaigns.models import Partner
from campaigns.personal_data import PledgePersonalData
from campaigns.pledge_admin import PledgeViewSet
from movement.snippet_views import TranslatableSnippetViewSet


class PartnerViewSet(TranslatableSnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Campaign partners")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "website", "locale"]


register_snippet(PartnerViewSet)


@hooks.register("register_admin_viewset")
def register_pledge_viewset():
    return PledgeViewSet("pledges")


hooks.register("register_personal_data", PledgePersonalData)
