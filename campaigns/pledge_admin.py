"""Pledges in the admin: Moderators look through them, approve organisations
to be listed, correct or delete one, and export them (CSV safe to open)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList

from movement.visitor_forms.admin import VisitorRecordsViewSet

from .models import Pledge
from .models.pledges import fingerprint


class PledgeAdminForm(WagtailAdminModelForm):
    """A corrected name is the one that counts from now on: the same person
    pledging again under it is still counted once."""

    def clean(self):
        cleaned = super().clean()
        pledge = self.instance
        if not cleaned.get("name"):
            self._fingerprint = None  # wiped, or never given: nothing to match
            return cleaned
        self._fingerprint = fingerprint(pledge.pledge_key, cleaned)
        same = Pledge.objects.filter(
            pledge_key=pledge.pledge_key, fingerprint=self._fingerprint
        ).exclude(pk=pledge.pk)
        if same.exists():
            self.add_error(
                "name",
                _(
                    "Another pledge to this has the same name, organisation and "
                    "postcode district: delete one of them instead."
                ),
            )
        return cleaned

    def save(self, commit=True):
        self.instance.fingerprint = self._fingerprint
        return super().save(commit)


class PledgeViewSet(VisitorRecordsViewSet):
    model = Pledge
    icon = "tick-inverse"
    menu_label = _("Pledges")
    menu_order = 260
    list_display = [
        "__str__",
        "name",
        "organisation",
        "postcode_district",
        "statement",
        "language",
        "organisation_approved",
        "created_at",
    ]
    list_filter = ["organisation_approved", "language", "statement", "created_at"]
    search_fields = ["name", "organisation", "postcode_district"]
    list_export = Pledge.KEPT_FIELDS
    export_filename = "pledges"
    edit_handler = ObjectList(
        [
            FieldPanel("organisation_approved"),
            FieldPanel("name"),
            FieldPanel("organisation"),
            FieldPanel("postcode_district"),
        ],
        base_form_class=PledgeAdminForm,
    )
