"""Demo pledges for Same Pay for the Same Day: supporters by initials, a few
employers (made up; some approved to be listed), spread over the last weeks."""

import random
from datetime import timedelta

from django.utils import timezone

from campaigns.models import Pledge

SUPPORTERS = 137
DISTRICTS = ["FY1", "FY2", "FY3", "FY4", "FY5", "FY8", "PR1", "LA1", "M1", "L1", ""]
# Made-up businesses; the approved ones are listed on the campaign page.
EMPLOYERS = [
    ("Promenade Bikes", True),
    ("North Shore Bakery", True),
    ("Tower Street Books", True),
    ("Harbour Lights Café", True),
    ("Seaside Print Co-op", False),
    ("Sandcastle Play Centre", False),
]


def add_demo_pledges(campaign):
    """Once: a campaign that already has pledges is left as it is."""
    pledges = list(campaign.pledges.all())
    if (
        len(pledges) < 2
        or Pledge.objects.filter(pledge_key=pledges[0].translation_key).exists()
    ):
        return
    supporters, employers = pledges[:2]
    chosen = random.Random(18)
    now = timezone.now()
    letters = "ABCDEFGHJKLMNPRSTW"
    made = []
    for number in range(SUPPORTERS):
        initials = f"{chosen.choice(letters)}. {chosen.choice(letters)}."
        # The number keeps two people with the same initials apart.
        typed = {
            "name": f"{initials} {number}",
            "postcode_district": chosen.choice(DISTRICTS),
        }
        made.append(_pledge(supporters, campaign, typed, now, chosen, initials))
    for name, approved in EMPLOYERS:
        typed = {"name": "A. Manager", "organisation": name, "postcode_district": "FY1"}
        pledge = _pledge(employers, campaign, typed, now, chosen, "A. Manager")
        pledge.organisation_approved = approved
        made.append(pledge)
    Pledge.objects.bulk_create(made)


def _pledge(pledge, campaign, typed, now, chosen, shown_name):
    made = Pledge.from_form(pledge, campaign, typed)
    made.name = shown_name
    made.created_at = now - timedelta(
        days=chosen.randint(0, 40), minutes=chosen.randint(0, 600)
    )
    made.keep_until = made.created_at + timedelta(days=pledge.keep_for_days)
    return made
