"""Filters for a listing: a plain GET form, so they work without JavaScript.

ListingFilterForm holds what every listing's filters share (the chosen values,
the query string for pagination links, a "remove this filter" link for each);
FrameworkFilterForm adds the Resilience Framework's: compartment, move and
level. A value that does not exist is an invalid form, which listings answer
with a 404, so crawlers and caches never see endless variations.
"""

from django import forms
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from movement.models.framework import (
    Compartment,
    FrameworkPage,
    OddsLevel,
    ResilientMove,
)


class ListingFilterForm(forms.Form):
    """A listing's filters. Subclasses say what they filter: `heading` over the
    form, `button` to apply it, `showing` before the active filters."""

    heading = button = showing = ""

    def __init__(self, data, action):
        super().__init__(data, auto_id="filter-%s", label_suffix="")
        self.action = action  # the listing's address

    @property
    def active(self):
        """active_filters() at the listing's own address, for the template."""
        return self.active_filters(self.action)

    def chosen(self):
        """{name: value} for every filter the visitor set; call after is_valid()."""
        return {name: value for name, value in self.cleaned_data.items() if value}

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
                    "label": self.choice_label(name, value),
                    "remove_url": f"{base_url}?{rest}" if rest else base_url,
                }
            )
        return active

    def choice_label(self, name, value):
        for key, label in self.fields[name].choices:
            if isinstance(label, (list, tuple)):  # a group of choices
                found = dict(label).get(value)
                if found is not None:
                    return found
            elif key == value:
                return label
        return value


class FrameworkFilterForm(ListingFilterForm):
    compartment = forms.ChoiceField(label=_("Framework compartment"), required=False)
    move = forms.ChoiceField(label=_("Resilient move"), required=False)
    level = forms.ChoiceField(label=_("Level"), required=False)

    def __init__(self, data, action, locale_id):
        super().__init__(data, action)
        # Each compartment under its name in the language and its source's link
        # name, which is what the moves point at.
        compartments = Compartment.sources_and_translations(locale_id)
        titles = {source.translation_key: shown.title for source, shown in compartments}
        self.fields["compartment"].choices = [("", _("Any compartment"))] + [
            (source.slug, shown.title) for source, shown in compartments
        ]
        self.fields["move"].choices = [("", _("Any move"))] + moves_by_compartment(
            locale_id, titles
        )
        self.fields["level"].choices = [("", _("Any level")), *OddsLevel.choices]

    def apply_framework(self, pages):
        """`pages` narrowed to the chosen compartment, move and level."""
        chosen = self.chosen()
        if "compartment" in chosen:
            pages = pages.filter(
                resilient_moves__compartment__slug=chosen["compartment"]
            )
        if "move" in chosen:
            pages = pages.filter(resilient_moves__slug=chosen["move"])
        if "level" in chosen:
            pages = pages.filter(odds_level=chosen["level"])
        if "compartment" in chosen or "move" in chosen:
            pages = pages.distinct()
        return pages


def moves_by_compartment(locale_id, compartment_titles):
    """[(compartment title, [(slug, title), ...]), ...]: the live moves in a
    language, each slug once, in framework order. One query."""
    versions = FrameworkPage.objects.visible().filter(locale_id=locale_id)
    moves = (
        ResilientMove.objects.filter(page__in=versions)
        .select_related("compartment")
        .order_by("compartment__position", "page__path", "sort_order")
    )
    groups, seen = {}, set()
    for move in moves:
        if move.slug in seen:
            continue
        seen.add(move.slug)
        title = compartment_titles.get(
            move.compartment.translation_key, move.compartment.title
        )
        groups.setdefault(title, []).append((move.slug, move.title))
    return list(groups.items())
