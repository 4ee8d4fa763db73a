"""The form every page is edited with (BasePage.base_form_class).

Taxonomy fields (blog categories, fundamentals, and any other choice of a
translatable snippet) offer only what is in the page's own language, as tick
boxes: an English post cannot be tagged with a Polish category, and the editor
sees seven fundamentals, not twenty-eight. Something chosen before in another
language stays listed (and ticked) so that saving never drops it silently.
A go-live time in the past is refused (movement.schedule_form).
"""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin

from movement.schedule_form import FutureScheduleMixin


class PageForm(FutureScheduleMixin, WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        for name, field in self.fields.items():
            if not isinstance(field, forms.ModelMultipleChoiceField):
                continue
            if not issubclass(field.queryset.model, TranslatableMixin):
                continue
            chosen = self._chosen_ids(name)
            field.queryset = field.queryset.filter(locale_id=locale_id) | (
                field.queryset.filter(pk__in=chosen)
            )
            # A long list (the framework's moves) may come in groups.
            grouped = getattr(field.queryset.model, "grouped_choices", None)
            choices = grouped(field.queryset) if grouped else field.choices
            field.widget = forms.CheckboxSelectMultiple(choices=choices)

    def _chosen_ids(self, name):
        if self.instance.pk is None:
            return []
        return list(getattr(self.instance, name).values_list("pk", flat=True))
