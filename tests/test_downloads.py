"""Downloads: served by Wagtail's serve view with the right type and a safe header.

Wagtail's view is used as it is, not wrapped. Its Content-Disposition filename
is the stored file's name, and Django's storage keeps only letters, digits,
"-", "_" and "." in it (get_valid_name), so quotes, ";", line breaks and path
parts never reach the header; non-ASCII letters go in an RFC 5987 filename*
beside an ASCII fallback. These tests upload hostile names through the admin, as
an editor would, and check the header that comes back.
"""

import io
import re
from urllib.parse import unquote

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from resources.documents import count_pdf_pages
from tests.admin_uploads import post_upload
from tests.resource_factories import PackDocumentFactory, pdf_bytes

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# RFC 6266: a disposition type, a quoted ASCII filename, then optionally filename*.
SAFE_DISPOSITION = re.compile(
    r"^(inline|attachment); "
    r'filename="(?P<ascii>(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*)"'
    r"(?:; filename\*=UTF-8''(?P<encoded>[A-Za-z0-9%!#$&+.^_`|~-]+))?$"
)
CORRUPT_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer"


def upload(admin_client, name, content, title="Upload"):
    response = post_upload(admin_client, "documents", name, content, title)
    assert response.status_code == 302, response.context["form"].errors
    return get_document_model().objects.get(title=title)


def test_pdf_is_served_inline_as_a_pdf(client):
    document = PackDocumentFactory()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="{document.filename}"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_downloads_claim_no_encoding_they_do_not_have(client):
    response = client.get(PackDocumentFactory().url)
    assert "Content-Encoding" not in response


def test_docx_is_served_as_an_attachment_with_its_type(client):
    document = PackDocumentFactory(file=ContentFile(b"PK\x03\x04", name="plan.docx"))
    response = client.get(document.url)
    assert response["Content-Type"] == DOCX
    assert response["Content-Disposition"].startswith("attachment; ")


def test_office_types_do_not_depend_on_the_servers_mime_table(monkeypatch):
    """Slim servers have no /etc/mime.types; Python then cannot name a .docx."""
    monkeypatch.setattr(
        "wagtail.documents.models.guess_type", lambda *args, **kwargs: (None, None)
    )
    document = get_document_model()(file=ContentFile(b"", name="plan.docx"))
    assert document.content_type == DOCX


def assert_safe_disposition(client, document):
    response = client.get(document.url)
    assert response.status_code == 200
    header = response["Content-Disposition"]
    match = SAFE_DISPOSITION.match(header)
    assert match, header
    assert "/" not in document.filename and "\\" not in document.filename
    name = unquote(match["encoded"]) if match["encoded"] else match["ascii"]
    assert name == document.filename


@pytest.mark.parametrize(
    "hostile_name",
    [
        'pack "final"; evil=1.pdf',
        "pack\r\nSet-Cookie: stolen=1.pdf",
        "../../../etc/passwd.pdf",
        "C:\\Users\\sam\\pack.pdf",
        "Paczka zażółć — résumé.pdf",
        "دليل المعلم.pdf",
        "pack〵.pdf",  # a letter that unidecode turns into a backslash
        "aʺb.pdf",  # a letter that unidecode turns into quotes
    ],
)
def test_hostile_filenames_cannot_break_the_header(client, hostile_name):
    upload = SimpleUploadedFile(hostile_name, pdf_bytes())
    assert_safe_disposition(client, PackDocumentFactory(file=upload))


@pytest.mark.parametrize(
    "hostile_name", ['pack "final"; évil=1.pdf', "..\\..\\pack.pdf", "a\r\nb.pdf"]
)
def test_admin_uploads_with_hostile_names_are_served_safely_or_refused(
    admin_client, client, hostile_name
):
    """The multipart parser may drop a name it cannot read: a form error, not a 500."""
    response = post_upload(
        admin_client, "documents", hostile_name, pdf_bytes(), "Hostile"
    )
    if response.status_code == 200:
        assert response.context["form"].errors["file"]
    else:
        assert response.status_code == 302
        assert_safe_disposition(
            client, get_document_model().objects.get(title="Hostile")
        )


def test_missing_document_is_404(client):
    assert client.get("/documents/999999/nothing.pdf").status_code == 404


def test_wrong_filename_for_a_document_is_404(client):
    document = PackDocumentFactory()
    assert client.get(f"/documents/{document.pk}/other.pdf").status_code == 404


# Page counts


def test_page_count_is_counted_for_a_real_pdf():
    document = PackDocumentFactory(file=ContentFile(pdf_bytes(pages=3), name="p.pdf"))
    assert document.page_count == 5  # title page, contents, three sections


def test_page_count_is_none_for_a_broken_pdf():
    document = PackDocumentFactory(file=ContentFile(CORRUPT_PDF, name="broken.pdf"))
    assert document.page_count is None


def test_page_count_survives_any_error_from_the_pdf_library(monkeypatch):
    """pypdf raises more than PdfReadError on damaged files; none may become a 500."""

    def explode(*args, **kwargs):
        raise RecursionError("deeply nested page tree")

    monkeypatch.setattr("pypdf.PdfReader", explode)
    assert count_pdf_pages(io.BytesIO(pdf_bytes())) is None


def test_admin_accepts_a_corrupt_pdf_without_a_page_count(admin_client):
    document = upload(admin_client, "broken.pdf", CORRUPT_PDF, title="Broken")
    assert document.page_count is None
    assert document.file_size == len(CORRUPT_PDF)


def test_admin_upload_counts_pages(admin_client):
    document = upload(admin_client, "pack.pdf", pdf_bytes(pages=1), title="Counted")
    assert document.page_count == 3


def test_replacing_a_pdf_with_another_file_clears_its_page_count():
    document = PackDocumentFactory()
    assert document.page_count == 4
    document.file = ContentFile(b"PK\x03\x04", name="now-a.docx")
    document.save()
    document.refresh_from_db()
    assert document.page_count is None


def test_documents_made_in_code_know_their_size():
    """Otherwise the first download link shown writes to the database."""
    document = PackDocumentFactory()
    assert document.file_size == document.file.size


def test_an_upload_without_a_language_is_in_the_sites_language(admin_client):
    document = upload(admin_client, "pack.pdf", pdf_bytes(pages=1), title="No language")
    assert document.language == "en"
    assert document.language_name == "English"


def test_the_language_of_a_file_can_be_chosen_on_upload(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Pakiet",
            "file": SimpleUploadedFile("pakiet.pdf", pdf_bytes(pages=1)),
            "collection": Collection.get_first_root_node().pk,
            "language": "pl",
        },
    )
    assert response.status_code == 302
    assert get_document_model().objects.get(title="Pakiet").language == "pl"
