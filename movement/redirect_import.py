"""Reject redirect rows that would loop when importing a CSV of old-site addresses.

Wagtail's import (/admin/redirects/import/) already reports blank "from" values,
bad "to" links and a "from" that already exists (so a duplicate inside the file
is rejected, the first row wins). It accepts a row pointing to itself and a row
that closes a loop (A->B then B->A), which would send visitors round in circles.
"To" must be a full URL (Wagtail's URLField); it is ours when its host is a Site's.

Wagtail validates each imported row with the `RedirectForm` that its views module
looks up by name, while the add and edit views keep their own reference to the
original class. Swapping that one name for a subclass adds our checks to the
import only, and keeps Wagtail's upload, confirm and report screens untouched;
copying `process_import` instead would fork ~80 lines of Wagtail.
"""

from urllib.parse import urlparse

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.redirects import views as redirect_views
from wagtail.contrib.redirects.forms import RedirectForm
from wagtail.contrib.redirects.models import Redirect
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


def use_for_imports():
    redirect_views.RedirectForm = ImportedRedirectForm
