"""What an editor may do with the site furniture: drafts, review, locks and preview.

The menu, footer, notice banner and site name are edited the way pages are:
saving keeps a draft that visitors do not see, a Moderator approves and
publishes it (the "Moderators approval" workflow, assigned by migration 0007),
an editor working on one locks it against a colleague's changes, and every
version can be previewed, compared and reverted to.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from movement.schedule_form import FutureScheduleMixin

PREVIEW_TEMPLATE = "movement_admin/furniture_preview.html"


class FurnitureForm(FutureScheduleMixin, WagtailAdminModelForm):
    """The furniture's edit form: its schedule, like a page's, lies ahead."""


class FurnitureEditing(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    models.Model,
):
    _revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="%(app_label)s_%(class)s"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )

    base_form_class = FurnitureForm

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return PREVIEW_TEMPLATE

    def get_preview_context(self, request, mode_name):
        return {
            **super().get_preview_context(request, mode_name),
            "furniture": self,
            "furniture_kind": self._meta.model_name,
        }
