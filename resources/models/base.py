"""What the resources app's page types share: downloads and a search filter."""

from functools import partial

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from movement.render_cache import remembered
from movement.search_groups import SearchGroup


class DocumentDownload(TranslatableMixin, Orderable):
    """One file on a page, in the editor's order.

    Translatable, so a translator can retitle a download or swap in a translated file.
    """

    document = models.ForeignKey(
        get_document_model_string(),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "The file to download. Its type, size and (for PDFs) page count are "
            "shown next to the link."
        ),
    )
    title = models.CharField(
        max_length=120,
        blank=True,
        help_text=_(
            "What the link says, e.g. 'Teacher pack (print version)'. "
            "Defaults to the document's title."
        ),
    )
    description = models.TextField(
        max_length=300,
        blank=True,
        help_text=_("Optional: one sentence on what this file is for or who needs it."),
    )

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("description")]

    # A translator may swap in a file in their language (e.g. the Polish teacher
    # pack); until they do, the translation offers the source's file.
    override_translatable_fields = [SynchronizedField("document", overridable=True)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.title or str(self.document)


def languages_of(downloads):
    """The languages of the files offered, in order, each once: [(code, name)]."""
    seen = {}
    for download in downloads:
        seen.setdefault(download.document.language, download.document.language_name)
    return list(seen.items())


# Packs and communities of practice are both found under one search filter.
RESOURCES = SearchGroup("resource", _("Resources"), _("Resource"), order=30)


class PracticePageMixin:
    """What both page types share: their search filter and their downloads."""

    search_group = RESOURCES

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["downloads"] = list(self.documents.select_related("document"))
        context["download_languages"] = languages_of(context["downloads"])
        context["other_downloads"] = partial(
            remembered,
            request,
            "downloads-in-other-languages",
            self.pk,
            compute=partial(self.downloads_in_other_languages, context["downloads"]),
        )
        return context

    def downloads_in_other_languages(self, downloads):
        """The other-language versions of this page's files that its live
        translations offer (the Polish teacher pack, on the English page; the
        English one on the Polish page), each once: one query.

        A download's translations share its translation_key; a translator who
        swapped in a file in their language made a version worth offering.
        """
        own = {download.translation_key: download.document for download in downloads}
        shown, found = set(), []
        for download in (
            self.documents.model.objects.filter(
                translation_key__in=own,
                page__in=type(self)
                .objects.visible()
                .filter(translation_key=self.translation_key),
            )
            .exclude(page_id=self.pk)
            .select_related("document")
            .order_by("document__language", "sort_order")
        ):
            document, mine = download.document, own[download.translation_key]
            if document.language == mine.language or document.pk in shown:
                continue
            shown.add(document.pk)
            found.append(download)
        return found
