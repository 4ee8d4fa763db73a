"""Uploading through the admin's own forms, as an editor does."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.models import Collection

# What the upload form says when the storage refused the file.
STORAGE_FULL = "storage is full or not responding, so nothing was saved"


def small_png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def post_upload(client, kind, name, content, title="Upload"):
    """POSTs a file to the admin's add form for "images" or "documents"."""
    fields = {
        "title": title,
        "file": SimpleUploadedFile(name, content),
        "collection": Collection.get_first_root_node().pk,
    }
    if kind == "images":
        fields["description"] = "Young people painting a mural"  # its alt text
    return client.post(
        reverse(f"wagtail{'images' if kind == 'images' else 'docs'}:add"), fields
    )
