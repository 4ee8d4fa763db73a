"""Pledges as personal data: found and erased on request, wiped when their time is up."""

from django.utils.translation import gettext_lazy as _

from movement.personal_data import PersonalData

from .models import Pledge


class PledgePersonalData(PersonalData):
    kind = "pledge"
    label = _("Pledges")
    model = Pledge
    search_fields = ("name", "organisation", "postcode_district")
    fields = Pledge.KEPT_FIELDS

    def expire(self, now):
        """Past its time a pledge still counts, but keeps no name, postcode or
        organisation a moderator did not approve."""
        expired = self.expired(now)
        number = expired.count()
        expired.filter(organisation_approved=False).update(organisation="")
        expired.update(name="", postcode_district="", fingerprint=None, keep_until=None)
        return number
