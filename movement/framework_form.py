"""The framework page's form: every move on a version needs its own link name."""

from django.utils.text import slugify
from django.utils.translation import gettext as _

from movement.page_form import PageForm


class FrameworkPageForm(PageForm):
    def clean(self):
        cleaned_data = super().clean()
        moves = self.formsets["moves"]
        moves.is_valid()  # the inline forms are cleaned after this one otherwise
        seen = set()
        for form in moves.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            data = form.cleaned_data
            slug = data.get("slug") or slugify(data.get("title") or "")
            if not slug:
                continue
            if slug in seen:
                form.add_error(
                    "slug",
                    _(
                        "Another move on this page already has the link name "
                        "'%(slug)s': give this one its own."
                    )
                    % {"slug": slug},
                )
            seen.add(slug)
        return cleaned_data
