from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from campaigns.models import Partner
from movement.snippet_views import TranslatableSnippetViewSet


class PartnerViewSet(TranslatableSnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Campaign partners")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "website", "locale"]


register_snippet(PartnerViewSet)
