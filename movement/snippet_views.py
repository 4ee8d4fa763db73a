"""Snippet admin views that keep translators out of the source language."""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from movement.permissions import SourceLanguagePermissionPolicy


class SourceLanguageGuardedEditView(EditView):
    """Wagtail's snippet edit view checks only the model permission; add the instance's."""

    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance("change", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TranslatableSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose default-language instances only source editors may change."""

    edit_view_class = SourceLanguageGuardedEditView

    @property
    def permission_policy(self):
        return SourceLanguagePermissionPolicy(self.model)
