"""The blog's filters: the Resilience Framework's compartment, move and level."""

from django.utils.translation import gettext_lazy as _

from movement.listing_filters import FrameworkFilterForm


class BlogFilterForm(FrameworkFilterForm):
    heading = _("Posts about a move")
    button = _("Show posts")
    showing = _("Showing posts for:")
