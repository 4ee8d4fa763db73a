"""A photo or a document sent with a visitor's form: checked, then kept privately.

Only what a story needs is taken: a photo (JPEG, PNG, WebP) or a PDF, up to
VISITOR_UPLOAD_MAX_BYTES, and only if its bytes are what its extension says
(a program renamed "photo.jpg" is refused). Files go to the documents storage,
which is never public (movement.storage), under a random folder; Moderators
download them from the admin (home.form_uploads).
"""

import os
import re
import uuid

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from PIL import Image

from movement.storage import documents_storage

IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}
ACCEPTED = (*IMAGE_FORMATS, "pdf")
FOLDER = "form-uploads"
# What keep() makes, and nothing a visitor could type to name another file.
KEPT_NAME = re.compile(rf"{FOLDER}/[0-9a-f]{{32}}/[^/\\]+", re.ASCII)


class VisitorFileField(forms.FileField):
    widget = forms.ClearableFileInput

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.widget.attrs["accept"] = ",".join(f".{ext}" for ext in ACCEPTED)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            check(upload)
        return upload


def check(upload):
    limit = settings.VISITOR_UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise forms.ValidationError(
            _("This file is %(size)s; the most we can take is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too-big",
        )
    extension = os.path.splitext(upload.name)[1].lstrip(".").lower()
    if extension not in ACCEPTED:
        raise forms.ValidationError(
            _("Please send a photo (JPEG, PNG or WebP) or a PDF."), code="type"
        )
    if not _bytes_fit(upload, extension):
        raise forms.ValidationError(
            _(
                "This file is not the %(kind)s its name says. Please choose the "
                "photo or PDF itself."
            )
            % {"kind": extension.upper()},
            code="content",
        )


def _bytes_fit(upload, extension):
    upload.seek(0)
    try:
        if extension == "pdf":
            return b"%PDF-" in upload.read(1024)
        with Image.open(upload) as image:
            image.verify()
            return image.format == IMAGE_FORMATS[extension]
    except Exception:  # noqa: BLE001 - any file Pillow cannot read is not a photo
        return False
    finally:
        upload.seek(0)


def keep(upload):
    """Stores `upload` privately; the name to find it by."""
    name = get_valid_filename(os.path.basename(upload.name))[-80:] or "file"
    return documents_storage.save(f"{FOLDER}/{uuid.uuid4().hex}/{name}", upload)


def is_kept_name(value):
    return isinstance(value, str) and KEPT_NAME.fullmatch(value) is not None


def delete_uploads(answers):
    """Deletes the files sent with a form's `answers` (a dict): only names keep()
    makes, whose random folder no one could type without having been given it."""
    for value in answers.values():
        if is_kept_name(value):
            documents_storage.delete(value)
