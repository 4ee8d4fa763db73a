"""Hostile and failing uploads: a clear message on the form, nothing lost, nothing left.

Uploaded as an editor would (a member of Wagtail's Editors group) through the
admin's own views.
"""

import errno
import io
import os
import struct
import zipfile
import zlib
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from movement.storage import StorageUnavailable
from tests.admin_uploads import STORAGE_FULL, post_upload, small_png
from tests.factories import ImageFactory
from tests.resource_factories import PackDocumentFactory, pdf_bytes

pytestmark = pytest.mark.django_db


def png_bytes(width, height):
    """A grey PNG of any size, a few hundred KB even at 20,000 x 20,000 pixels."""
    row = b"\x00" + b"\x80" * width
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()

    def chunk(kind, body):
        checksum = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", checksum)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", data)
        + chunk(b"IEND", b"")
    )


def office_file(folder):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{folder}document.xml", "<document/>")
    return buffer.getvalue()


def add_image(client, name, content, title="Upload"):
    return post_upload(client, "images", name, content, title)


def add_document(client, name, content, title="Upload"):
    return post_upload(client, "documents", name, content, title)


def file_errors(response):
    assert response.status_code == 200, response.status_code
    return " ".join(response.context["form"].errors.get("file", []))


@pytest.fixture
def editor(staff_client):
    return staff_client("Editors")


# Pixels


def test_the_pixel_limit_is_lower_than_wagtails_and_applies_to_pillow():
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert PILImage.MAX_IMAGE_PIXELS == settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def test_an_image_with_too_many_pixels_is_refused_with_a_message(editor):
    response = add_image(editor, "wide.png", png_bytes(11_000, 11_000), "Too big")
    assert "too many pixels (121000000)" in file_errors(response)
    assert not get_image_model().objects.filter(title="Too big").exists()


def test_a_decompression_bomb_is_a_form_error_not_a_500(editor):
    """Wagtail 7.4 lets Pillow's DecompressionBombError through as a 500."""
    response = add_image(editor, "bomb.png", png_bytes(20_000, 20_000), "Bomb")
    assert "too many pixels (400000000)" in file_errors(response)


def test_the_multiple_uploader_refuses_a_bomb_too(editor):
    response = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("bomb.png", png_bytes(20_000, 20_000))},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "too many pixels" in response.json()["error_message"]


def test_an_ordinary_image_is_accepted(editor):
    assert add_image(editor, "photo.png", small_png(), "Photo").status_code == 302


@pytest.mark.parametrize("kind", ["images", "documents"])
def test_a_file_over_the_size_limit_is_refused_with_a_message(editor, settings, kind):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 50 * 1024 * 1024
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10
    name, content = (
        ("photo.png", small_png()) if kind == "images" else ("p.pdf", pdf_bytes())
    )
    errors = file_errors(post_upload(editor, kind, name, content, "Too large"))
    assert "This file is too big" in errors


# What a document holds


@pytest.mark.parametrize(
    ("name", "content", "seems"),
    [
        ("pack.pdf", b"MZ\x90\x00" + b"\x00" * 200, "a Windows program"),
        ("pack.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "a Linux program"),
        ("notes.txt", b"<!DOCTYPE html><script>alert(1)</script>", "a web page"),
        ("data.csv", b"<svg onload=alert(1)>", "a web page"),
        ("plan.docx", pdf_bytes(), "a PDF"),
        ("plan.docx", office_file("xl/"), "a ZIP archive"),
        ("old.doc", b"plain words", "something else"),
        ("archive.zip", b"#!/bin/sh\nrm -rf /", "a script"),
    ],
)
def test_a_document_that_is_not_what_its_name_says_is_refused(
    editor, name, content, seems
):
    response = add_document(editor, name, content, "Mismatch")
    errors = file_errors(response)
    assert "does not look like a" in errors
    assert seems in errors
    assert not get_document_model().objects.filter(title="Mismatch").exists()


@pytest.mark.parametrize("name", ["page.html", "drawing.svg", "run.exe", "page.htm"])
def test_web_pages_drawings_and_programs_are_not_accepted_at_all(editor, name):
    errors = file_errors(add_document(editor, name, b"<html></html>", "Refused"))
    assert "Not a supported document format" in errors or "extension" in errors


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("pack.pdf", pdf_bytes()),
        ("plan.docx", office_file("word/")),
        ("sheet.xlsx", office_file("xl/")),
        ("talk.pptx", office_file("ppt/")),
        ("marks.csv", "name,score\nZoë,7\n".encode()),
        ("marks-excel.csv", "name,score\nZo\xeb,7\n".encode("cp1252")),
        ("notes.txt", "\ufeffNotes".encode("utf-16")),
        ("bundle.zip", office_file("any/")),
    ],
)
def test_real_documents_are_accepted(editor, name, content):
    response = add_document(editor, name, content, "Real")
    assert response.status_code == 302, file_errors(response)


# A storage that cannot take the file


@contextmanager
def full_disk():
    """Every file write fails half way, as on a full disk (ENOSPC)."""
    real_fdopen = os.fdopen

    class FillsUp:
        def __init__(self, handle):
            self.handle = handle

        def write(self, chunk):
            self.handle.write(chunk[: len(chunk) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self):
            self.handle.close()

    with mock.patch(
        "django.core.files.storage.filesystem.os.fdopen",
        lambda fd, mode: FillsUp(real_fdopen(fd, mode)),
    ):
        yield


def files_under(root):
    return sorted(str(path) for path in Path(root).rglob("*") if path.is_file())


def test_a_full_disk_is_a_message_on_the_image_form_and_leaves_nothing(editor):
    before = files_under(settings.MEDIA_ROOT)
    with full_disk():
        response = add_image(editor, "photo.png", small_png(), "Kept title")
    assert STORAGE_FULL in file_errors(response)
    assert 'value="Kept title"' in response.content.decode()
    assert not get_image_model().objects.filter(title="Kept title").exists()
    assert files_under(settings.MEDIA_ROOT) == before


def test_a_full_disk_is_a_message_on_the_document_form(editor):
    before = files_under(settings.PRIVATE_MEDIA_ROOT)
    with full_disk():
        response = add_document(editor, "pack.pdf", pdf_bytes(), "Typed title")
    assert STORAGE_FULL in file_errors(response)
    assert 'value="Typed title"' in response.content.decode()
    assert not get_document_model().objects.filter(title="Typed title").exists()
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == before


def add_to_multiple_uploader(client, app, name, content):
    """As the multiple uploader's script posts a file: with the chosen collection."""
    return client.post(
        reverse(f"{app}:add_multiple"),
        {
            "files[]": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_a_full_disk_answers_the_multiple_uploader_in_its_own_terms(editor):
    with full_disk():
        response = add_to_multiple_uploader(
            editor, "wagtaildocs", "pack.pdf", pdf_bytes()
        )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "storage is full" in response.json()["error_message"]
    assert not get_document_model().objects.filter(title="pack").exists()


def test_a_full_disk_answers_the_multiple_uploader_for_an_image_kept_aside(editor):
    """An image upload waits as an UploadedFile until its alt text is given;
    a refusal storing that is the uploader's JSON too, not an HTML page."""
    with full_disk():
        response = add_to_multiple_uploader(
            editor, "wagtailimages", "photo.png", small_png()
        )
    assert response.status_code == 200
    assert response.json() == {
        "success": False,
        "error_message": str(StorageUnavailable.message),
    }


def test_a_refusal_after_something_was_saved_is_not_run_again(editor):
    """An image saved, then its rendition refused (the chooser's upload does
    that): running the view again would save the image twice."""
    from wagtail.images.views.images import CreateView

    from movement.storage import StorageUnavailable

    refuse = mock.patch.object(
        CreateView, "post", side_effect=StorageUnavailable(errno.ENOSPC, "full")
    )
    with refuse as post:
        response = add_image(editor, "photo.png", small_png(), "Kept title")
    assert post.call_count == 1
    assert response.status_code == 503
    html = response.content.decode()
    assert "The file could not be stored" in html
    assert "part of this may not have been saved" in html


def test_an_upload_refused_again_on_the_second_run_gets_a_clear_page(editor):
    from wagtail.images.views.images import CreateView

    from movement.storage import StorageUnavailable

    refusal = StorageUnavailable(errno.ENOSPC, "full")
    refusal.before_saving = True
    with mock.patch.object(CreateView, "post", side_effect=refusal) as post:
        response = add_image(editor, "photo.png", small_png(), "Kept title")
    assert post.call_count == 2
    assert response.status_code == 503
    assert "so nothing was saved" in response.content.decode()


def test_replacing_an_image_forgets_the_sizes_made_of_the_old_one(
    editor, django_capture_on_commit_callbacks
):
    image = ImageFactory(collection=Collection.get_first_root_node())
    old = image.get_rendition("width-20")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {
                "title": image.title,
                "description": "Young people painting a mural",
                "file": SimpleUploadedFile("new.png", small_png()),
                "collection": image.collection_id,
            },
        )
    assert response.status_code == 302
    image.refresh_from_db()
    assert not image.renditions.filter(pk=old.pk).exists()
    assert image.get_rendition("width-20").pk != old.pk


def test_replacing_a_file_on_a_full_disk_keeps_the_old_file(editor):
    document = PackDocumentFactory(
        title="Teacher pack", collection=Collection.get_first_root_node()
    )
    old_name = document.file.name
    with full_disk():
        response = editor.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": "Teacher pack, new edition",
                "file": SimpleUploadedFile("new.pdf", pdf_bytes(pages=2)),
                "collection": document.collection_id,
            },
        )
    assert STORAGE_FULL in file_errors(response)
    document.refresh_from_db()
    assert document.file.name == old_name
    assert document.file.storage.exists(old_name)
    assert document.title == "Teacher pack"


def test_a_replaced_file_is_deleted_once_the_new_one_is_saved(
    editor, django_capture_on_commit_callbacks
):
    document = PackDocumentFactory(
        title="Teacher pack", collection=Collection.get_first_root_node()
    )
    old_name = document.file.name
    with django_capture_on_commit_callbacks(execute=False) as after_commit:
        response = editor.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": "Teacher pack",
                "file": SimpleUploadedFile("new.pdf", pdf_bytes(pages=2)),
                "collection": document.collection_id,
            },
        )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.file.name != old_name
    assert document.file.storage.exists(old_name)  # until the change is committed
    for callback in after_commit:
        callback()
    assert not document.file.storage.exists(old_name)
    assert document.file.storage.exists(document.file.name)


def test_a_rendition_that_cannot_be_made_leaves_a_gap_not_a_500(client, home_page):
    with mock.patch(
        "movement.templatetags.image_tags.get_renditions_or_not_found",
        side_effect=PILImage.DecompressionBombError("Image size (121000000 pixels)"),
    ):
        response = client.get(home_page.url)
    assert response.status_code == 200
    assert "<picture" not in response.content.decode()


# Documents stay private


def test_documents_are_stored_outside_the_public_media_folder():
    document = PackDocumentFactory()
    path = Path(document.file.path).resolve()
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())


def test_images_stay_in_the_public_media_folder():
    image = ImageFactory()
    assert (
        Path(image.file.path)
        .resolve()
        .is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    )


@pytest.fixture
def pack_page(home_page):
    from tests.resource_factories import ResourceIndexPageFactory, ResourcePageFactory

    library = ResourceIndexPageFactory(parent=home_page, slug="test-library")
    return ResourcePageFactory(parent=library, title="Pack with downloads")


@pytest.fixture
def members_only_collection():
    from wagtail.models import CollectionViewRestriction

    collection = Collection.get_first_root_node().add_child(name="Members")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def test_a_private_document_sends_visitors_to_sign_in(client, members_only_collection):
    document = PackDocumentFactory(collection=members_only_collection)
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")


def test_a_page_says_when_a_download_is_for_members_only(
    client, members_only_collection, pack_page
):
    from tests.resource_factories import ResourceDocumentFactory

    private = PackDocumentFactory(
        title="Members' notes", collection=members_only_collection
    )
    public = PackDocumentFactory(title="Open pack")
    ResourceDocumentFactory(page=pack_page, document=private, title="Members' notes")
    ResourceDocumentFactory(page=pack_page, document=public, title="Open pack")
    html = client.get(pack_page.url).content.decode()
    assert "For signed-in members only" in html
    assert "Sign in to download" in html
    private_link = html[html.index("Members&#x27; notes") - 200 :]
    assert "download>" not in private_link[:400]
    assert f'href="{public.url}" hreflang="en" download' in html


def test_collections_inside_a_private_one_are_private_as_it_is(
    members_only_collection,
):
    from wagtail.models import CollectionViewRestriction

    from movement.privacy import collection_restrictions

    inside = members_only_collection.add_child(name="Members' minutes")
    deeper = inside.add_child(name="2026")
    CollectionViewRestriction.objects.create(
        collection=deeper, restriction_type=CollectionViewRestriction.PASSWORD
    )
    beside = Collection.get_first_root_node().add_child(name="Members-public")
    found = collection_restrictions()
    login = CollectionViewRestriction.LOGIN
    assert found[members_only_collection.pk] == found[inside.pk] == login
    assert found[deeper.pk] == login  # the first restriction above it
    assert beside.pk not in found  # a name that starts the same is not inside


def test_making_a_collection_private_shows_at_once(
    client, members_only_collection, pack_page
):
    from wagtail.models import CollectionViewRestriction

    from tests.resource_factories import ResourceDocumentFactory

    collection = Collection.get_first_root_node().add_child(name="Soon private")
    document = PackDocumentFactory(collection=collection)
    ResourceDocumentFactory(page=pack_page, document=document, title="Pack")
    assert "Sign in to download" not in client.get(pack_page.url).content.decode()
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert "Sign in to download" in client.get(pack_page.url).content.decode()


def test_documents_moved_by_the_migration_keep_their_names(tmp_path):
    from django.core.files.storage import FileSystemStorage

    migration = __import__(
        "resources.migrations.0004_documents_outside_media", fromlist=["move_files"]
    )
    source = FileSystemStorage(location=tmp_path / "media")
    target = FileSystemStorage(location=tmp_path / "private")
    document = PackDocumentFactory()
    name = document.file.name
    source.save(name, ContentFile(b"%PDF-1.4 old place"))

    from django.apps import apps

    document.file.storage.delete(name)
    migration.move_files(apps, None, source, target)
    assert target.open(name).read() == b"%PDF-1.4 old place"
    assert not source.exists(name)

    # Interrupted after copying, before deleting: running it again finishes the move.
    source.save(name, ContentFile(b"%PDF-1.4 old place"))
    migration.move_files(apps, None, source, target)
    assert not source.exists(name)

    # A different file of the same name is never deleted unread.
    source.save(name, ContentFile(b"%PDF-1.4 another file"))
    with pytest.raises(RuntimeError, match="differs"):
        migration.move_files(apps, None, source, target)
    assert source.exists(name)


def test_a_files_language_is_one_of_the_sites(editor):
    response = editor.get(reverse("wagtaildocs:add"))
    choices = response.context["form"].fields["language"].choices
    assert choices == [
        ("en", "English"),
        ("pl", "Polski"),
        ("es", "Español"),
        ("ar", "العربيّة"),
    ]


def test_a_file_in_another_language_keeps_it_when_edited(editor):
    document = PackDocumentFactory(collection=Collection.get_first_root_node())
    document.language = "ur"
    document.save()
    response = editor.get(reverse("wagtaildocs:edit", args=[document.pk]))
    assert ("ur", "اردو") in response.context["form"].fields["language"].choices
