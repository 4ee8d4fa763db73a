"""Reject redirect rows that would loop when importing a CSV of old-site addresses.

Wagtail's import (/admin/redirects/import/) already reports blank "from" values,
bad "to" links and a "from" that already exists (so a duplicate inside the file
is rejected, the first row wins). It accepts a row pointing to itself and a row
that closes a loop (A->B then B->A), which would send visitors round in circles,
and an empty "to", a redirect to nowhere. It fails (a 500, after saving the rows
above) on a blank line or a row shorter than the chosen columns.
"To" must be a full URL (Wagtail's URLField); it is ours when its host is a Site's.

Wagtail validates each imported row with the `RedirectForm` that its views module
looks up by name, while the add and edit views keep their own reference to the
original class. Swapping that one name for a subclass adds our checks to the
import only, and keeps Wagtail's upload, confirm and report screens untouched;
copying `process_import` instead would fork ~80 lines of Wagtail. The rows reach
the form through `create_redirects_from_dataset`, swapped the same way.
"""

from urllib.parse import urlparse

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.redirects import views as redirect_views
from wagtail.contrib.redirects.forms import RedirectForm
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.redirects.views import create_redirects_from_dataset
from wagtail.models import Site


def local_path(link):
    """The normalised path of a link to one of our sites, or None for anywhere else."""
    if not link:
        return None
    host = urlparse(link).hostname
    if host and not Site.objects.filter(hostname=host).exists():
        return None
    return Redirect.normalise_path(link)


class ImportedRedirectForm(RedirectForm):
    def clean(self):
        cleaned_data = super().clean() or self.cleaned_data
        if not cleaned_data.get("redirect_link") and "redirect_link" not in self.errors:
            # The model allows it (a redirect may point to a page instead, which an
            # import never sets); saved, it redirects nowhere and blocks the good row.
            # No quotes in the message: Wagtail's summary page escapes it twice.
            self.add_error(
                "redirect_link", _("No address to redirect to: give a full URL.")
            )
            return cleaned_data
        old_path = cleaned_data.get("old_path")
        target = local_path(cleaned_data.get("redirect_link"))
        if not old_path or target is None:
            return cleaned_data
        old_path = Redirect.normalise_path(old_path)
        if target == old_path:
            raise forms.ValidationError(_("This redirect points to itself."))
        for existing in Redirect.objects.filter(old_path=target):
            if local_path(existing.link) == old_path:
                raise forms.ValidationError(
                    _(
                        "This would make a loop: %(target)s already redirects to %(old)s."
                    )
                    % {"target": target, "old": old_path}
                )
        return cleaned_data


def create_redirects_from_rows(dataset, config):
    """Wagtail's `create_redirects_from_dataset`, given only rows it can index.

    Wagtail reads `row[from_index]` and `row[to_index]` unchecked. Blank lines (and
    rows of empty cells, as spreadsheets save them) are not redirects: skip them.
    Pad short rows, so the form reports what is missing.
    """
    width = max(config["from_index"], config["to_index"]) + 1
    rows = [
        [*row, *[""] * (width - len(row))]
        for row in dataset
        if any(cell is not None and str(cell).strip() for cell in row)
    ]
    return create_redirects_from_dataset(rows, config)


def use_for_imports():
    redirect_views.RedirectForm = ImportedRedirectForm
    redirect_views.create_redirects_from_dataset = create_redirects_from_rows
