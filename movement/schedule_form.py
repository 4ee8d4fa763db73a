"""A publishing schedule lies ahead.

Wagtail publishes at once a page or snippet whose go-live time has already
passed, saying nothing to the editor who meant to schedule it (a slip of the
year, or a day that went by while the draft waited). The edit forms of pages
and of the site furniture refuse such a time when the editor sets or changes
it, saying which time it was; everything else typed stays in the form.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _


class FutureScheduleMixin:
    def clean(self):
        cleaned_data = super().clean() or self.cleaned_data
        go_live_at = cleaned_data.get("go_live_at")
        if (
            go_live_at
            and "go_live_at" in self.changed_data
            and go_live_at < timezone.now()
        ):
            when = date_format(timezone.localtime(go_live_at), "DATETIME_FORMAT")
            self.add_error(
                "go_live_at",
                ValidationError(
                    _(
                        "%(time)s has already passed. Choose a time ahead to "
                        "schedule it, or clear the date to publish now."
                    )
                    % {"time": when},
                    code="go_live_in_the_past",
                ),
            )
        return cleaned_data
