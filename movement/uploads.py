"""Uploads that fail cleanly: a refused file is a message on the form, never a 500.

Two kinds of refusal reach the editor as form errors, keeping everything they
typed:

- an image whose size in pixels would stall every page that shows it, including
  one so large that Pillow calls it a decompression bomb, which Wagtail 7.4 lets
  through as a 500 (fixed upstream in 8.0, wagtail#14225): ImageForm;
- a storage that cannot take the file (a full disk): the view is answered again
  with the form showing why (StorageRefusalMiddleware). Nothing is left behind:
  the storage removes its partial file (movement.storage), and the file is
  stored before its row is written (CleanUploadFormMixin), so no row is.
"""

import contextvars

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from movement.storage import StorageUnavailable

MULTIPLE_UPLOADERS = {"wagtailimages:add_multiple", "wagtaildocs:add_multiple"}

_refusal = contextvars.ContextVar("storage_refusal", default=None)


def storage_refusal():
    """Why the storage refused this request's upload, while the form is shown again."""
    return _refusal.get()


class StorageRefusalMiddleware:
    """Answers a POST whose upload the storage refused by running its view again,
    with the upload form showing the refusal as an error.

    Running the view again is what lets Wagtail's own views (single and multiple
    upload, chooser upload, edit, for images and documents) show their form as
    for any invalid input. It is safe because only CleanUploadFormMixin marks a
    refusal as an upload's (`before_saving`): it stores the file before anything
    is written, so the first attempt changed nothing. Any other refusal (an image
    rendition, say, after its image was saved) gets a page that says so, and the
    view is not run again.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, StorageUnavailable) or request.method != "POST":
            return None
        if not getattr(exception, "before_saving", False):
            if _is_multiple_uploader(request):
                return _multiple_uploader_refusal()
            return self._refused_page(request, StorageUnavailable.partly_saved_message)
        for upload in request.FILES.values():
            upload.seek(0)
        match = request.resolver_match
        token = _refusal.set(StorageUnavailable.message)
        try:
            return match.func(request, *match.args, **match.kwargs)
        except StorageUnavailable:  # the form did not show the refusal
            return self._refused_page(request, StorageUnavailable.message)
        finally:
            _refusal.reset(token)

    def _refused_page(self, request, message):
        html = render_to_string(
            "movement_admin/storage_refused.html",
            {"message": message, "back_url": _same_site_referer(request)},
            request=request,
        )
        return HttpResponse(html, status=503)


def _is_multiple_uploader(request):
    match = request.resolver_match
    return match is not None and match.view_name in MULTIPLE_UPLOADERS


def _multiple_uploader_refusal():
    """The uploader's own JSON for a refused file. Its upload kept aside until
    the form is filled in (an image, whose alt text is required) is one row
    written in its own transaction, so the refusal saved nothing."""
    return JsonResponse(
        {"success": False, "error_message": str(StorageUnavailable.message)}
    )


def _same_site_referer(request):
    referer = request.META.get("HTTP_REFERER", "")
    safe = url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return referer if safe else ""


class CleanUploadFormMixin:
    """For image and document forms: an upload either lands whole or changes nothing.

    - A storage refusal (see above) is an error on the file field.
    - The new file is stored before the row is written, outside the model's save,
      so a refusal leaves the database transaction usable for showing the form.
    - A replaced file is deleted only once its replacement is saved: Wagtail's
      forms delete it first, so a failed upload would lose both.
    """

    def clean(self):
        cleaned_data = super().clean()
        refusal = storage_refusal()
        if refusal:
            self.add_error("file" if "file" in self.fields else None, refusal)
        return cleaned_data

    def save(self, commit=True):
        new_file = "file" in self.changed_data
        replaced = self.original_file if new_file and self.original_file else None
        self.original_file = None
        if new_file:
            upload = self.cleaned_data["file"]
            try:
                self.instance.file.save(upload.name, upload, save=False)
            except StorageUnavailable as refusal:
                refusal.before_saving = True  # nothing written: safe to run again
                raise
        instance = super().save(commit=commit)
        if commit and replaced:
            self._forget_replaced(instance, replaced)
        return instance

    def _forget_replaced(self, instance, replaced):
        """The old file and, for an image, every size made of it (which Wagtail
        deletes only together with the old file, in the step skipped above)."""
        renditions = getattr(instance, "renditions", None)
        if renditions is not None:
            renditions.all().delete()
        name, storage = replaced.name, replaced.storage
        transaction.on_commit(lambda: storage.delete(name))


class ImageUploadField(WagtailImageField):
    """Wagtail's image field, refusing decompression bombs with its own message."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except PILImage.DecompressionBombError as error:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {
                    "num_pixels": _pixels_named_in(error),
                    "max_pixels_count": self.max_image_pixels,
                },
                code="file_too_many_pixels",
            ) from error


def _pixels_named_in(error):
    """Pillow says "Image size (400000000 pixels) exceeds limit…"."""
    words = str(error).replace("(", " ").split()
    return next((word for word in words if word.isdigit()), "?")


class ImageForm(CleanUploadFormMixin, BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: every image form in the admin.

    The description is asked for as the image's alt text, and required, so
    that choosing the image for a page starts from words a person wrote rather
    than the file's name (movement.alt_text). The multiple uploader keeps such
    an upload aside until its form is filled in.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        description = self.fields.get("description")
        if description is not None:
            description.required = True
            description.label = _("Alt text")
            description.help_text = _(
                "Say what the picture shows for someone who cannot see it, in a "
                "sentence. It is the starting alt text wherever the image is placed."
            )
        current = self.fields.get("file")
        if isinstance(current, WagtailImageField):
            self.fields["file"] = ImageUploadField(
                label=current.label, required=current.required, widget=current.widget
            )
