"""The document model: Wagtail's, plus the facts a download link shows."""

import logging

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

from movement.storage import documents_storage
from resources.choices import PACK_LANGUAGES, language_name

logger = logging.getLogger(__name__)

# Python's mimetypes only knows the Office formats when the server has
# /etc/mime.types; slim container images do not, and a .docx would then be sent
# as application/octet-stream. So the types of the extensions we accept
# (WAGTAILDOCS_EXTENSIONS) are written down here.
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "txt": "text/plain",
    "zip": "application/zip",
}


def count_pdf_pages(file):
    """The number of pages in a PDF, or None when it cannot be read."""
    from pypdf import PdfReader

    try:
        file.seek(0)
        return len(PdfReader(file).pages)
    # pypdf raises many kinds of error on damaged files (not only PdfReadError);
    # a page count is never worth refusing an upload or a 500 over.
    except Exception as error:
        logger.info(
            "Could not count the pages of %s: %s", getattr(file, "name", file), error
        )
        return None
    finally:
        file.seek(0)


def document_storage():
    """STORAGES["documents"]: outside MEDIA_ROOT or in a private bucket, so only
    Wagtail's view serves them."""
    return documents_storage


class PackDocument(AbstractDocument):
    file = models.FileField(
        upload_to="documents", verbose_name=_("file"), storage=document_storage
    )
    page_count = models.PositiveIntegerField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("Counted when a PDF is uploaded."),
    )

    # The language is the file's, not the page's: a Polish pack swapped in on the
    # Polish page (a translation override) says "Polski" without anyone editing it.
    # Not required in forms: Wagtail's multiple uploader posts only the file.
    language = models.CharField(
        max_length=12,
        choices=PACK_LANGUAGES,
        default="en",
        blank=True,
        help_text=_(
            "The language this file is written in. Shown next to its download link. "
            "Left empty, the site's main language."
        ),
    )

    admin_form_fields = Document.admin_form_fields + ("language",)

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def language_name(self):
        return language_name(self.language)

    @property
    def content_type(self):
        return CONTENT_TYPES.get(self.file_extension.lower()) or super().content_type

    def save(self, *args, **kwargs):
        self.language = self.language or settings.LANGUAGE_CODE
        if self.file and self._file_changed():
            is_pdf = self.file_extension.lower() == "pdf"
            self.page_count = count_pdf_pages(self.file) if is_pdf else None
            if self.file_size is None:
                # Documents made in code skip the admin form that measures them;
                # measuring now saves a write the first time a link shows the size.
                self._set_document_file_metadata()
        super().save(*args, **kwargs)

    def _file_changed(self):
        if self.pk is None or self.page_count is None:
            return True
        previous = (
            type(self).objects.filter(pk=self.pk).values_list("file", flat=True).first()
        )
        return previous != self.file.name
