"""Form pages' answers in the admin: for Moderators only, files downloaded privately.

Wagtail shows a form's answers to anyone who may edit the form page, which
includes Editors and Translators; answers hold people's words and contact
details, so only those with wagtailforms.view_formsubmission (Moderators) see
them (filter_form_submissions_for_user). A file sent with a form is in the
private documents storage; Moderators download it here.
"""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.urls import path

from movement.storage import documents_storage
from movement.visitor_forms.uploads import is_kept_name

PERMISSION = "wagtailforms.view_formsubmission"


def only_moderators_read_answers(user, editable_forms):
    return editable_forms if user.has_perm(PERMISSION) else editable_forms.none()


def download_upload(request, name):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    if not is_kept_name(name):
        raise Http404
    try:
        upload = documents_storage.open(name)
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(upload, as_attachment=True)
    response["Cache-Control"] = "no-store"
    return response


def urls():
    return [path("form-uploads/<path:name>", download_upload, name="form_upload")]
