"""The form a visitor fills in to pledge: as few fields as work, no email."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from movement.visitor_forms.guard import GuardedForm

# The first half of a UK postcode: "FY1", "M1", "SW1A", "EH10".
POSTCODE_DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
# A whole postcode: the district, then a digit and two letters ("FY1 4AB").
WHOLE_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)[0-9][A-Z]{2}$")


class PledgeForm(GuardedForm):
    name = forms.CharField(
        label=_("Your name or initials"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    postcode_district = forms.CharField(
        label=_("First part of your postcode"),
        help_text=_("For example FY1. It shows where support comes from."),
        max_length=10,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "size": "5"}),
    )

    def __init__(self, pledge, *args, **kwargs):
        kwargs.setdefault("auto_id", f"{pledge.anchor}-%s")
        super().__init__(*args, rate_scope="pledge", **kwargs)
        self.pledge = pledge
        self.ask_consent(
            pledge.consent_text,
            _("Please tick the box to say you agree, or we cannot count your pledge."),
        )
        if pledge.for_organisations:
            organisation = self.fields["organisation"]
            organisation.required = True
            organisation.label = _("Organisation's name")
            self.fields["name"].help_text = _(
                "The person pledging for the organisation. Only our team sees it."
            )
        else:
            self.fields["name"].help_text = _("Only our team sees it.")

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())

    def clean_postcode_district(self):
        district = "".join(self.cleaned_data["postcode_district"].split()).upper()
        # Someone who types a whole postcode gives us only its first part.
        if whole := WHOLE_POSTCODE.match(district):
            district = whole.group(1)
        if district and not POSTCODE_DISTRICT.match(district):
            raise forms.ValidationError(
                _(
                    "Please give only the first part of a UK postcode, such as FY1 "
                    "or SW1A, or leave it empty."
                ),
                code="postcode",
            )
        return district
