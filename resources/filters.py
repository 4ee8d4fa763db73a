"""The resource library's filters: who it is for, its type, its fundamental, and
the Resilience Framework's compartment, move and level."""

from django import forms
from django.utils.translation import gettext_lazy as _

from movement.listing_filters import FrameworkFilterForm

from .choices import Audience, ResourceType


class ResourceFilterForm(FrameworkFilterForm):
    audience = forms.ChoiceField(label=_("Who it is for"), required=False)
    type = forms.ChoiceField(label=_("Type of resource"), required=False)
    fundamental = forms.ChoiceField(label=_("Fundamental"), required=False)

    field_order = ["audience", "type", "fundamental", "compartment", "move", "level"]
    heading = _("Find a resource")
    button = _("Show resources")
    showing = _("Showing resources for:")

    def __init__(self, data, action, fundamentals, locale_id):
        super().__init__(data, action, locale_id)
        self.fundamentals = {
            fundamental.slug: fundamental for fundamental in fundamentals
        }
        self.fields["audience"].choices = [("", _("Any audience")), *Audience.choices]
        self.fields["type"].choices = [("", _("Any type")), *ResourceType.choices]
        self.fields["fundamental"].choices = [("", _("Any fundamental"))] + [
            (fundamental.slug, fundamental.title) for fundamental in fundamentals
        ]

    def apply(self, resources):
        chosen = self.chosen()
        if "audience" in chosen:
            resources = resources.for_audience(chosen["audience"])
        if "type" in chosen:
            resources = resources.of_type(chosen["type"])
        if "fundamental" in chosen:
            fundamental = self.fundamentals[chosen["fundamental"]]
            resources = resources.putting_into_practice(fundamental)
        return self.apply_framework(resources)
