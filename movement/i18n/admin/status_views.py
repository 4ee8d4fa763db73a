"""The "Translation status" report: what a translator should do next, per language."""

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from .status import STATE_LABELS, translation_status

PERMISSION = "wagtail_localize.submit_translation"


def user_can_see_report(user):
    """Translators: whoever may submit translations (superusers have every permission)."""
    return user.has_perm(PERMISSION)


def split_locales():
    """The default (source) locale and the others, in one query."""
    default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    default, targets = None, []
    for locale in Locale.objects.order_by("pk"):
        if locale.language_code == default_code:
            default = locale
        else:
            targets.append(locale)
    return default, targets


def target_locales():
    return split_locales()[1]


def language_name(locale):
    return locale.get_display_name() or locale.language_code


class TranslationStatusFilterSet(WagtailFilterSet):
    locale = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=lambda: [
            (loc.language_code, language_name(loc)) for loc in target_locales()
        ],
        empty_label=_("All languages"),
        widget=forms.RadioSelect,
    )
    needs_work = django_filters.ChoiceFilter(
        label=_("Show"),
        choices=[("1", _("Only what needs work"))],
        empty_label=_("Everything"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Locale  # not translatable, so Wagtail adds no locale filter of its own
        fields = []


class LanguageStatusColumn(BaseColumn):
    """One language's StatusCell for each row."""

    cell_template_name = "translation_status/status_cell.html"

    def __init__(self, locale, **kwargs):
        self.language_code = locale.language_code
        super().__init__(
            f"status_{locale.language_code}", label=language_name(locale), **kwargs
        )

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["cell"] = instance.cells[self.language_code]
        return context


class TranslationStatusView(ReportView):
    """Each default-language page and translatable snippet, by language.

    The rows are plain objects built in a fixed number of queries (see
    status.py), so filtering and searching work on the list, not a QuerySet.
    """

    results_template_name = "translation_status/results.html"
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    index_url_name = "translation_status:index"
    index_results_url_name = "translation_status:results"
    filterset_class = TranslationStatusFilterSet
    is_searchable = True
    paginate_by = 50
    export_filename = "translation-status"

    def dispatch(self, request, *args, **kwargs):
        if not user_can_see_report(request.user):
            raise PermissionDenied  # Wagtail's admin turns this into its usual message
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def split_locales(self):
        return split_locales()

    @property
    def source_locale(self):
        return self.split_locales[0]

    @property
    def locales(self):
        return self.split_locales[1]

    @cached_property
    def requested_language(self):
        return self.request.GET.get("locale", "").strip()

    @cached_property
    def selected_locale(self):
        for locale in self.locales:
            if locale.language_code == self.requested_language:
                return locale
        return None

    @cached_property
    def unknown_language(self):
        """A ?locale= that names no language we translate into (shown all instead)."""
        if self.requested_language and self.selected_locale is None:
            return self.requested_language[:50]
        return None

    @cached_property
    def visible_locales(self):
        return [self.selected_locale] if self.selected_locale else self.locales

    @cached_property
    def needs_work_only(self):
        return self.request.GET.get("needs_work") == "1"

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
            Column("type_label", label=_("Type")),
            *(LanguageStatusColumn(locale) for locale in self.visible_locales),
        ]

    @cached_property
    def list_export(self):
        return ["title", "type_label"] + [
            f"cells.{locale.language_code}.summary" for locale in self.visible_locales
        ]

    @cached_property
    def export_headings(self):
        headings = {"title": _("Title"), "type_label": _("Type")}
        for locale in self.visible_locales:
            headings[f"cells.{locale.language_code}.summary"] = language_name(locale)
        return headings

    def get_queryset(self):
        return translation_status(self.source_locale, self.locales)

    def filter_queryset(self, rows):
        if self.needs_work_only:
            code = self.selected_locale.language_code if self.selected_locale else None
            rows = [row for row in rows if row.needs_work(code)]
        return rows

    def search_queryset(self, rows):
        if not self.is_searching:
            return rows
        query = self.search_query.casefold()
        return [row for row in rows if query in row.title.casefold()]

    def get_filtered_queryset(self):
        rows = self.search_queryset(self.filter_queryset(self.get_queryset()))
        self.summary = self.get_summary(rows)
        return rows

    def get_summary(self, rows):
        """How many rows are in each state, per visible language."""
        summary = []
        for locale in self.visible_locales:
            counts = dict.fromkeys(STATE_LABELS, 0)
            for row in rows:
                counts[row.cells[locale.language_code].state] += 1
            summary.append(
                {
                    "language": language_name(locale),
                    "counts": [
                        (label, counts[state]) for state, label in STATE_LABELS.items()
                    ],
                }
            )
        return summary

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["unknown_language"] = self.unknown_language
        context["summary"] = self.summary
        return context
