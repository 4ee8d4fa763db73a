"""The resource page's admin form: audiences as tick boxes, stored one row each."""

from django import forms
from django.utils.translation import gettext_lazy as _

from movement.page_form import PageForm

from .choices import Audience


class ResourcePageForm(PageForm):
    """Adds the audience tick boxes to the page form.

    Audiences are child rows (ResourceAudience) so the library can filter on an
    indexed column; ticking boxes is far quicker for editors than adding rows.
    """

    audience_choices = forms.MultipleChoiceField(
        choices=Audience.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Audiences"),
        help_text=_(
            "Who it is written for. Tick all that apply: visitors filter the "
            "library by these."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault(
            "audience_choices", [row.audience for row in self.instance.audiences.all()]
        )

    def save(self, commit=True):
        # Keep the rows that stay, so an unchanged audience keeps its row.
        existing = {row.audience: row for row in self.instance.audiences.all()}
        rows = self.instance.audiences
        self.instance.audiences = [
            existing.get(audience) or rows.model(audience=audience)
            for audience in self.cleaned_data["audience_choices"]
        ]
        return super().save(commit=commit)
