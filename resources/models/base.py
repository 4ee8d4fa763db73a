"""What the resources app's page types share: index pages, downloads, fundamentals."""

from django.db import models
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable, TranslatableMixin


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

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.title or str(self.document)


class PracticePageMixin:
    """Context both page types need: their downloads and the fundamentals they tag."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["downloads"] = list(self.documents.select_related("document"))
        context["fundamental_links"] = self.fundamentals_in_own_language()
        return context

    def fundamentals_in_own_language(self):
        """Tagged fundamentals, as their translations in this page's language when they exist.

        Tags are synchronised when a page is translated, so a Polish page may still
        point at the English fundamental; its link should lead to the Polish one.
        """
        from home.models import Fundamental

        tagged = self.fundamentals.all()
        # Subqueries when the tags are saved; lists in a preview of unsaved changes.
        saved = isinstance(tagged, QuerySet)
        ids = tagged.values("pk") if saved else [item.pk for item in tagged]
        keys = (
            tagged.values("translation_key")
            if saved
            else [item.translation_key for item in tagged]
        )
        candidates = Fundamental.objects.filter(
            Q(pk__in=ids) | Q(locale_id=self.locale_id, translation_key__in=keys)
        ).select_related("page")
        chosen = prefer_locale(candidates, self.locale_id)
        return sorted(chosen, key=lambda fundamental: fundamental.sort_order)


def prefer_locale(objects, locale_id):
    """One object per translation_key: the one in `locale_id` where there is one."""
    by_key = {}
    for item in objects:
        if item.translation_key not in by_key or item.locale_id == locale_id:
            by_key[item.translation_key] = item
    return list(by_key.values())
