"""PO downloads say where each string sits, and still upload as they came."""

import re

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail_localize.models import StringTranslation

from tests.translating import submit

pytestmark = pytest.mark.django_db

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


@pytest.fixture
def polish_contact(home_page):
    """The Polish translation of a page whose body holds an accordion of items."""
    return submit(home_page.get_children().get(slug="contact").specific, "pl")


def download(client, translation):
    response = client.get(
        f"/admin/localize/translate/{translation.id}/pofile/download/"
    )
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def test_every_entry_has_a_readable_location_and_its_context_unchanged(
    staff_client, polish_contact
):
    po = download(staff_client("Translators"), polish_contact)

    assert [entry.msgctxt for entry in po] == [
        entry.msgctxt for entry in polish_contact.export_po()
    ]
    assert all(entry.comment and not UUID.search(entry.comment) for entry in po)
    comments = {entry.comment for entry in po}
    assert "Title" in comments
    assert "Body › Accordion (block 2) › Items › Item 2 › Question" in comments
    # The location is an extracted comment, which PO editors show to translators.
    assert "#. Body › Accordion (block 2) › Heading" in str(po)


def test_the_downloaded_file_uploads_back_through_the_upload_view(
    staff_client, polish_contact
):
    client = staff_client("Translators")
    po = download(client, polish_contact)
    for entry in po:
        entry.msgstr = f"PL {entry.msgid}"

    response = client.post(
        f"/admin/localize/translate/{polish_contact.id}/pofile/upload/",
        {
            "file": SimpleUploadedFile("contact-pl.po", str(po).encode()),
            "next": "/admin/",
        },
        follow=True,
    )

    assert any("Successfully imported" in str(m) for m in response.context["messages"])
    assert StringTranslation.objects.filter(
        locale=polish_contact.target_locale, data__startswith="PL "
    ).count() == len(po)


def test_the_download_asks_for_a_sign_in(client, polish_contact):
    response = client.get(
        f"/admin/localize/translate/{polish_contact.id}/pofile/download/"
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
