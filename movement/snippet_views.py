"""Snippet admin views that keep translators out of the source language."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import router
from django.db.models import ProtectedError
from django.db.models.deletion import Collector
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Page
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


def refuse_deleting_what_is_in_use(request, action_type, objects, action):
    """Wagtail's "before_bulk_action" hook: a bulk delete of snippets that
    something still needs deletes nothing, and says why, instead of failing.

    Django's deletion collector finds what a delete would reach, and refuses
    (ProtectedError) what is protected, without deleting anything.
    """
    model = getattr(action, "model", None)
    if action_type != "delete" or model is None or issubclass(model, Page):
        return None
    try:
        Collector(using=router.db_for_write(model)).collect(list(objects))
    except ProtectedError as error:
        names = ", ".join(sorted({str(obj) for obj in error.protected_objects})[:5])
        messages.error(
            request,
            _("Nothing was deleted: %(names)s still use what you chose.")
            % {"names": names},
        )
        return redirect(request.GET.get("next") or "wagtailadmin_home")
    return None
