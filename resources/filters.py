"""The resource library's filters: a plain GET form, so they work without JavaScript."""

from django import forms
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from .choices import Audience, ResourceType


class ResourceFilterForm(forms.Form):
    audience = forms.ChoiceField(label=_("Who it is for"), required=False)
    type = forms.ChoiceField(label=_("Type of resource"), required=False)
    fundamental = forms.ChoiceField(label=_("Fundamental"), required=False)

    def __init__(self, data, fundamentals):
        super().__init__(data, auto_id="filter-%s", label_suffix="")
        self.fundamentals = {
            fundamental.slug: fundamental for fundamental in fundamentals
        }
        self.fields["audience"].choices = [("", _("Any audience")), *Audience.choices]
        self.fields["type"].choices = [("", _("Any type")), *ResourceType.choices]
        self.fields["fundamental"].choices = [("", _("Any fundamental"))] + [
            (fundamental.slug, fundamental.title) for fundamental in fundamentals
        ]

    def chosen(self):
        """{name: value} for every filter the visitor set; call after is_valid()."""
        return {name: value for name, value in self.cleaned_data.items() if value}

    def apply(self, resources):
        chosen = self.chosen()
        if "audience" in chosen:
            resources = resources.for_audience(chosen["audience"])
        if "type" in chosen:
            resources = resources.of_type(chosen["type"])
        if "fundamental" in chosen:
            fundamental = self.fundamentals[chosen["fundamental"]]
            resources = resources.putting_into_practice(fundamental)
        return resources

    def query_string(self):
        """The chosen filters as a query string, for pagination links."""
        return urlencode(self.chosen())

    def active_filters(self, base_url):
        """Each chosen filter's label, and the address that drops just that one."""
        chosen = self.chosen()
        active = []
        for name, value in chosen.items():
            rest = urlencode({key: kept for key, kept in chosen.items() if key != name})
            active.append(
                {
                    "label": dict(self.fields[name].choices)[value],
                    "remove_url": f"{base_url}?{rest}" if rest else base_url,
                }
            )
        return active
