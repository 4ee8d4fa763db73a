"""Uploading through the admin's own forms, as an editor does."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection


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
