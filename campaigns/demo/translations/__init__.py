"""What the campaigns' demo translates: Same Pay for the Same Day, and its partners.

Partners are linked through inline rows, which wagtail-localize does not
follow, so they are translated one by one; movement.demo.translations puts
them before every page.
"""

from campaigns.models import CampaignPage

from . import ar, es, pl

LANGUAGES = {"pl": pl, "es": es, "ar": ar}

CAMPAIGN = "same-pay-for-the-same-day"


def translated_objects(demo):
    campaign = CampaignPage.objects.child_of(demo.pages["campaigns"]).get(slug=CAMPAIGN)
    return [
        *[link.partner for link in campaign.partners.select_related("partner")],
        campaign,
    ]
