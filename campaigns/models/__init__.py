from .campaign import CampaignPage, CampaignPartner, CampaignStatus
from .index import CampaignIndexPage
from .partners import Partner
from .pledges import CampaignPledge, Pledge, Signer

__all__ = [
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignPledge",
    "CampaignPartner",
    "CampaignStatus",
    "Partner",
    "Pledge",
    "Signer",
]
