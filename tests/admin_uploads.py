"""Uploading through the admin's own forms, as an editor does."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection


def post_upload(client, kind, name, content, title="Upload"):
    """POSTs a file to the admin's add form for "images" or "documents"."""
    return client.post(
        reverse(f"wagtail{'images' if kind == 'images' else 'docs'}:add"),
        {
            "title": title,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )
