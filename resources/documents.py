"""The document model: Wagtail's, plus the facts a download link shows."""

import logging

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

logger = logging.getLogger(__name__)


def count_pdf_pages(file):
    """The number of pages in a PDF, or None when it cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        file.seek(0)
        return len(PdfReader(file).pages)
    except (PdfReadError, ValueError, OSError, KeyError) as error:
        logger.info(
            "Could not count the pages of %s: %s", getattr(file, "name", file), error
        )
        return None
    finally:
        file.seek(0)


class PackDocument(AbstractDocument):
    page_count = models.PositiveIntegerField(
        null=True,
        blank=True,
        editable=False,
        help_text=_("Counted when a PDF is uploaded."),
    )

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def save(self, *args, **kwargs):
        if self.file and self.file_extension.lower() == "pdf" and self._file_changed():
            self.page_count = count_pdf_pages(self.file)
        super().save(*args, **kwargs)

    def _file_changed(self):
        if self.pk is None or self.page_count is None:
            return True
        previous = (
            type(self).objects.filter(pk=self.pk).values_list("file", flat=True).first()
        )
        return previous != self.file.name
