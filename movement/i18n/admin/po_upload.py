"""wagtail-localize's PO upload, with the checks it leaves out.

Its view turns a file that polib cannot parse into a message, but answers
500 when no file is sent or the file lacks wagtail-localize's translation id
(any PO file from another tool). This view refuses those with a clear message,
changing nothing, and hands every other upload to wagtail-localize.
"""

import contextlib
import os
import tempfile

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

MAX_PO_FILE_BYTES = 5 * 1024 * 1024
TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"


def po_file_problem(upload, translation):
    """What is wrong with an uploaded PO file for `translation`, or None."""
    if upload is None:
        return _("Choose a PO file to upload.")
    if upload.size > MAX_PO_FILE_BYTES:
        return _("This file is too large to be a PO file for one translation.")
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
    try:
        # polib reads a path or a string; a path, so content is never read as one.
        po = polib.pofile(copy.name)
    except (OSError, UnicodeDecodeError, ValueError):
        return _(
            "This file could not be read as a PO file. Download the PO file again "
            "and edit it with a PO editor; nothing was changed."
        )
    finally:
        with contextlib.suppress(OSError):
            os.unlink(copy.name)
    if po.metadata.get(TRANSLATION_ID_HEADER) != str(translation.uuid):
        return _(
            "This PO file belongs to a different page, snippet or language. Upload "
            "the file downloaded from this translation; nothing was changed."
        )
    return None


def editable_translation(request, translation_id):
    """The translation, if the signed-in person may edit what it translates into."""
    translation = get_object_or_404(Translation, id=translation_id)
    if not edit_translation.user_can_edit_instance(
        request.user, translation.get_target_instance()
    ):
        raise PermissionDenied
    return translation


@require_POST
def upload_pofile(request, translation_id):
    translation = editable_translation(request, translation_id)
    upload = request.FILES.get("file")
    problem = po_file_problem(upload, translation)
    if problem:
        messages.error(request, problem)
        return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
    upload.seek(0)
    return edit_translation.upload_pofile(request, translation_id)
