"""Snippet admin views that keep translators out of the source language."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.snippets.views.snippets import DeleteView, EditView, SnippetViewSet

from movement.permissions import SourceLanguagePermissionPolicy


class SourceLanguageGuardedEditView(EditView):
    """Wagtail's snippet edit view checks only the model permission; add the instance's."""

    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance("change", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ProtectedDeleteView(DeleteView):
    """Refuses, with a message, to delete what something still needs.

    Wagtail refuses by its reference index, which a background worker keeps up
    to date; until it has, the database's own refusal is the last word.
    """

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _("'%(object)s' is still in use, so it was not deleted.")
                % {"object": self.object},
            )
            return redirect(self.get_success_url())


class TranslatableSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose default-language instances only source editors may change."""

    edit_view_class = SourceLanguageGuardedEditView
    delete_view_class = ProtectedDeleteView

    @property
    def permission_policy(self):
        return SourceLanguagePermissionPolicy(self.model)
