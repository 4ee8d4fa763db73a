"""Factories for campaigns: partners, the campaign index and campaign pages."""

import factory
from django.utils import timezone

from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    CampaignPartner,
    CampaignStatus,
    Partner,
)
from tests.factories import BasePageFactory, LocaleMixin


class PartnerFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Partner organisation {n}")
    website = factory.Sequence(lambda n: f"https://partner-{n}.example.org/")
    description = "Young people's advice and rights."

    class Meta:
        model = Partner


class CampaignIndexPageFactory(BasePageFactory):
    title = "Campaigns"
    slug = factory.Sequence(lambda n: f"campaigns-{n}")
    introduction = "<p>The changes we are asking for.</p>"

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Campaign {n}")
    status = CampaignStatus.ACTIVE
    the_ask = "<p>Pay young people the same for the same work.</p>"
    body = "[]"
    # As if published through Wagtail, which is what listings sort by.
    first_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = CampaignPage


class CampaignPartnerFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CampaignPageFactory)
    partner = factory.SubFactory(PartnerFactory)

    class Meta:
        model = CampaignPartner
