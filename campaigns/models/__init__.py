from .campaign import CampaignPage, CampaignPartner, CampaignStatus
from .index import CampaignIndexPage
from .partners import Partner

__all__ = [
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignPartner",
    "CampaignStatus",
    "Partner",
]
