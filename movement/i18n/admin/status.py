"""Where each default-language page and snippet stands in every other language.

The answer comes from wagtail-localize's own records, read in a fixed number of
queries however many pages there are:

- an object is *not translated* in a language when that language has no copy of
  it, or only an alias (the English page mirrored under /pl/...);
- a synced translation (a ``Translation`` record) is *out of date* when the
  source was published after wagtail-localize last read it
  (``TranslationSource.last_updated_at``): someone must "Sync translated pages"
  before the new text reaches the translator; otherwise it is *in progress*
  while some of its strings have no translation, and *up to date* when all do;
- a copy edited by hand (no enabled ``Translation``: the translator chose to
  edit it in Wagtail's own editor) has no strings to count, so it is out of date
  when the source changed after the copy last did.

"When the source changed" is the last publication of a page (or of a snippet
with draft states), or a snippet's latest revision; a snippet without revisions
never counts as changed.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import DraftStateMixin, Page, RevisionMixin, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

NOT_TRANSLATED = "not_translated"
IN_PROGRESS = "in_progress"
OUT_OF_DATE = "out_of_date"
UP_TO_DATE = "up_to_date"

# In the order a translator works through them.
STATE_LABELS = {
    NOT_TRANSLATED: _("Not translated"),
    OUT_OF_DATE: _("Out of date"),
    IN_PROGRESS: _("In progress"),
    UP_TO_DATE: _("Up to date"),
}


@dataclass
class SourceObject:
    """One row of the report: a page or snippet in the default language."""

    pk: object
    translation_key: object
    title: str
    type_label: str
    live: bool
    changed_at: object  # when its published content last changed; None if unknown
    model: type
    # language code -> StatusCell
    cells: dict = field(default_factory=dict, repr=False)

    @property
    def is_page(self):
        return issubclass(self.model, Page)

    @cached_property
    def edit_url(self):
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[self.pk])
        return reverse(
            self.model.snippet_viewset.get_url_name("edit"), args=[quote(self.pk)]
        )

    def submit_url(self, language_code):
        """wagtail-localize's "Translate this page/snippet" form, language ticked."""
        if self.is_page:
            url = reverse("wagtail_localize:submit_page_translation", args=[self.pk])
        else:
            meta = self.model._meta
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, quote(self.pk)],
            )
        return f"{url}?{urlencode({'select_locale': language_code})}"

    def target_edit_url(self, target_pk):
        """The translation's edit view: wagtail-localize's editor when it is synced."""
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[target_pk])
        return reverse(
            self.model.snippet_viewset.get_url_name("edit"), args=[quote(target_pk)]
        )

    def needs_work(self, language_code=None):
        cells = [self.cells[language_code]] if language_code else self.cells.values()
        return any(cell.needs_work for cell in cells)

    def status_summary(self, language_code):
        """Plain text for spreadsheet exports."""
        return self.cells[language_code].summary


@dataclass
class Target:
    """The object's copy in one other language."""

    pk: object
    alias_of_id: object
    live: bool
    changed_at: object


@dataclass
class StatusCell:
    """One object in one language: its state and the next thing to do about it."""

    state: str
    source: SourceObject = field(repr=False)
    language_code: str
    target_pk: object = None
    translation_source_id: int = None
    total_strings: int = 0
    translated_strings: int = 0
    machine_strings: int = 0
    synced: bool = True  # False: the copy is edited by hand, outside the synced editor
    published: bool = True

    @property
    def label(self):
        return STATE_LABELS[self.state]

    @property
    def needs_work(self):
        return self.state != UP_TO_DATE

    @property
    def has_progress(self):
        return self.synced and self.state != NOT_TRANSLATED and self.total_strings

    @property
    def progress(self):
        return ngettext(
            "%(done)s of %(total)s string translated",
            "%(done)s of %(total)s strings translated",
            self.total_strings,
        ) % {"done": self.translated_strings, "total": self.total_strings}

    @property
    def machine_note(self):
        return ngettext(
            "%(count)s machine translation to review",
            "%(count)s machine translations to review",
            self.machine_strings,
        ) % {"count": self.machine_strings}

    @property
    def action_url(self):
        if self.state == NOT_TRANSLATED:
            return self.source.submit_url(self.language_code)
        if self.state == OUT_OF_DATE and self.synced:
            url = reverse(
                "wagtail_localize:update_translations",
                args=[self.translation_source_id],
            )
            # Back to this report once the new source text is synced.
            back = reverse("translation_status:index")
            return f"{url}?{urlencode({'next': back})}"
        return self.source.target_edit_url(self.target_pk)

    @property
    def action_label(self):
        if self.state == NOT_TRANSLATED:
            return _("Translate")
        if self.state == OUT_OF_DATE and self.synced:
            # wagtail-localize's own names for the button that leads there
            if self.source.is_page:
                return _("Sync translated pages")
            return _("Sync translated snippets")
        if self.state == UP_TO_DATE:
            return _("Review")
        return _("Edit translation")

    @property
    def edit_url(self):
        """The translation editor, offered beside the sync link."""
        if self.target_pk is None:
            return None
        return self.source.target_edit_url(self.target_pk)

    @property
    def summary(self):
        parts = [str(self.label)]
        if self.has_progress:
            parts.append(self.progress)
        if self.machine_strings:
            parts.append(self.machine_note)
        return "; ".join(parts)


def translatable_snippet_models():
    models = [
        model for model in get_snippet_models() if issubclass(model, TranslatableMixin)
    ]
    return sorted(models, key=lambda model: str(model._meta.verbose_name_plural))


def source_pages(source_locale):
    pages = (
        Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
        .only(
            "pk",
            "translation_key",
            "title",
            "draft_title",
            "content_type_id",
            "live",
            "last_published_at",
        )
        .order_by("path")
    )
    for page in pages:
        model = page.specific_class or Page  # None when the page type was deleted
        yield SourceObject(
            pk=page.pk,
            translation_key=page.translation_key,
            title=page.get_admin_display_title(),
            type_label=str(capfirst(model._meta.verbose_name)),
            live=page.live,
            changed_at=page.last_published_at,
            model=Page,
        )


def changed_at_field(model):
    """Where a snippet model records its last change that translators should see.

    Drafts never reach translators, so a snippet with draft states counts from
    its last publication; one with revisions only, from its latest revision.
    """
    if issubclass(model, DraftStateMixin):
        return "last_published_at"
    if issubclass(model, RevisionMixin):
        return "latest_revision__created_at"
    return None


def source_snippets(source_locale, model):
    changed_field = changed_at_field(model)
    objects = (
        model._default_manager.filter(locale=source_locale)
        .select_related("locale")  # some snippets name their locale in __str__
        .order_by("pk")
    )
    if changed_field:
        objects = objects.annotate(status_changed_at=F(changed_field))
    for obj in objects:
        yield SourceObject(
            pk=obj.pk,
            translation_key=obj.translation_key,
            title=str(obj),
            type_label=str(capfirst(model._meta.verbose_name)),
            live=getattr(obj, "live", True),
            changed_at=getattr(obj, "status_changed_at", None),
            model=model,
        )


def page_targets(target_locales):
    rows = Page.objects.filter(locale__in=target_locales, depth__gt=1).values_list(
        "pk", "translation_key", "locale_id", "alias_of_id", "live", "last_published_at"
    )
    return {
        (key, locale_id): Target(pk, alias_of_id, live, published_at)
        for pk, key, locale_id, alias_of_id, live, published_at in rows
    }


def snippet_targets(model, target_locales):
    changed_field = changed_at_field(model)
    fields = ["pk", "translation_key", "locale_id"]
    fields += ["live"] if issubclass(model, DraftStateMixin) else []
    fields += [changed_field] if changed_field else []
    targets = {}
    for values in model._default_manager.filter(locale__in=target_locales).values(
        *fields
    ):
        targets[values["translation_key"], values["locale_id"]] = Target(
            values["pk"],
            alias_of_id=None,
            live=values.get("live", True),
            changed_at=values.get(changed_field),
        )
    return targets


def string_counts(source_locale, target_locales):
    """Strings per source, and (translated, machine) per (source, language).

    The same counting as wagtail-localize's Translation.get_progress(), for
    every translation at once.
    """
    totals = dict(
        StringSegment.objects.filter(source__locale=source_locale)
        .values("source_id")
        .annotate(strings=Count("pk"))
        .values_list("source_id", "strings")
    )
    # One filter() call, so every condition applies to the same joined translation.
    translated = (
        StringSegment.objects.filter(
            source__locale=source_locale,
            string__translations__locale__in=target_locales,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(
            done=Count("pk"),
            machine=Count(
                "pk",
                filter=Q(
                    string__translations__translation_type=(
                        StringTranslation.TRANSLATION_TYPE_MACHINE
                    )
                ),
            ),
        )
        .values_list("source_id", "string__translations__locale_id", "done", "machine")
    )
    progress = {
        (source_id, locale_id): (done, machine)
        for source_id, locale_id, done, machine in translated
    }
    return totals, progress


def translation_status(source_locale, target_locales):
    """Every source object with a StatusCell per target language, in report order."""
    target_locales = list(target_locales)
    rows = list(source_pages(source_locale))
    targets = page_targets(target_locales)
    for model in translatable_snippet_models():
        rows.extend(source_snippets(source_locale, model))
        targets.update(snippet_targets(model, target_locales))

    # When wagtail-localize last read each source, keyed by translation key.
    sources = {
        key: (pk, read_at)
        for key, pk, read_at in TranslationSource.objects.filter(
            locale=source_locale
        ).values_list("object_id", "pk", "last_updated_at")
    }
    translations = {
        (source_id, locale_id): enabled
        for source_id, locale_id, enabled in Translation.objects.filter(
            source__locale=source_locale, target_locale__in=target_locales
        ).values_list("source_id", "target_locale_id", "enabled")
    }
    totals, progress = string_counts(source_locale, target_locales)

    for row in rows:
        source_id, read_at = sources.get(row.translation_key, (None, None))
        for locale in target_locales:
            target = targets.get((row.translation_key, locale.pk))
            cell = StatusCell(
                NOT_TRANSLATED, source=row, language_code=locale.language_code
            )
            row.cells[locale.language_code] = cell
            if target is None or target.alias_of_id is not None:
                continue
            cell.target_pk = target.pk
            cell.published = target.live
            cell.translation_source_id = source_id
            if translations.get((source_id, locale.pk)):  # enabled: synced
                cell.total_strings = totals.get(source_id, 0)
                cell.translated_strings, cell.machine_strings = progress.get(
                    (source_id, locale.pk), (0, 0)
                )
                if row.changed_at and row.changed_at > read_at:
                    cell.state = OUT_OF_DATE
                elif cell.translated_strings < cell.total_strings:
                    cell.state = IN_PROGRESS
                else:
                    cell.state = UP_TO_DATE
            else:
                cell.synced = False
                changed_since = (
                    row.changed_at
                    and target.changed_at
                    and row.changed_at > target.changed_at
                )
                cell.state = OUT_OF_DATE if changed_since else UP_TO_DATE
    return rows
