"""Languages: what visitors read in, kept small here; the rest in this package.

- this module: the active Locale without a database query on every call, a
  page's or object's version in a language, text direction, and the rule that
  some facts are the same in every language;
- locales.py: Locale rows follow settings, and every language mirrors English;
- switching.py: the visitor's choice of language (the site root, the switcher);
- catalogs.py: checking and compiling the gettext catalogs (.po to .mo);
- admin/: translators' and editors' tools (status report, PO files, RTL editor).

The active Locale without a database query on every call:

Wagtail's Locale.get_active() queries each time it is called, and every
`.localized` in a menu calls it; a page would spend a dozen queries asking
the same question. Locales change rarely, so all of them, with the language each
one's tree mirrors, are read in one query and remembered, and forgotten whenever
one is saved or deleted, in this process at once and in every other process on
its next request (movement.furniture's generation).
"""

import threading

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from movement.furniture import check_generation, on_new_generation

_by_language = {}


def _locales():
    """{id: Locale}, each with the id of the Locale its tree mirrors (wagtail-localize's
    "sync from") as `sync_from`: one query until a Locale or sync setting changes."""
    from wagtail_localize.models import LocaleSynchronization

    check_generation()
    locales = _by_language.get("locales")
    if locales is None:
        mirrors = LocaleSynchronization.objects.filter(locale=OuterRef("pk"))
        found = Locale.objects.annotate(
            sync_from=Subquery(mirrors.values("sync_from_id")[:1])
        )
        locales = _by_language["locales"] = {locale.id: locale for locale in found}
    return locales


def active_locale():
    """As Wagtail's Locale.get_active(), from the process's memory."""
    locales = _locales()
    language = translation.get_language()
    found = _by_language.get(("active", language))
    if found is None:
        found = _by_language["active", language] = _locale_for(language, locales)
    return found


def _locale_for(language, locales):
    by_code = {locale.language_code: locale for locale in locales.values()}
    for code in (language, settings.LANGUAGE_CODE):
        try:
            found = by_code.get(get_supported_content_language_variant(code))
        except LookupError:
            found = None
        if found is not None:
            return found
    raise Locale.DoesNotExist(f"No Locale for {language!r} or the default language")


def language_of(locale_id):
    """The language code of a Locale id, from the same memory as active_locale()."""
    locale = _locales().get(locale_id)
    return locale.language_code if locale else None


# Translations looked up during one request (per thread): a link's address
# and its text, or a page chosen twice, ask for the same translation.
_this_request = threading.local()


def synced_from(locale_id):
    """The Locale id a language's page tree mirrors (wagtail-localize "sync from"), or None."""
    locale = _locales().get(locale_id)
    return locale.sync_from if locale else None


def content_language(page):
    """The language a page's words are written in.

    An alias in a mirrored tree (a page not yet translated) shows its source's
    words, in the language that tree mirrors. Without a query: menus and cards
    ask this for every page they link to.
    """
    if getattr(page, "alias_of_id", None) is None:
        return language_of(page.locale_id)
    return language_of(synced_from(page.locale_id) or page.locale_id)


def text_direction(language_code):
    """ "rtl" or "ltr"; "ltr" for a language Django does not know."""
    try:
        bidi = translation.get_language_info(language_code)["bidi"]
    except KeyError:
        bidi = False
    return "rtl" if bidi else "ltr"


def lang_attributes_for(language_code):
    """` lang=".." dir=".."` for words in another language than the visitor's, else ""."""
    from django.utils.html import format_html

    if not language_code or language_code == translation.get_language():
        return ""
    return format_html(
        ' lang="{}" dir="{}"', language_code, text_direction(language_code)
    )


def localized(instance):
    """The live translation of a page or snippet in the visitor's language, else itself.

    Wagtail's own `.localized` asks the database for the active Locale each time,
    and for the same translation again each time it is asked.
    """
    locale = active_locale()
    if instance.locale_id == locale.id:
        return instance
    found = getattr(_this_request, "translations", None)  # None outside a request
    key = (instance._meta.label, instance.translation_key, locale.id)
    if found is None:
        translated = instance.get_translation_or_none(locale)
    elif key in found:
        translated = found[key]
    else:
        translated = found[key] = instance.get_translation_or_none(locale)
    if translated is None or not getattr(translated, "live", True):
        return instance
    return translated


def remember_translations(instances, translations, locale_id):
    """Tell `localized` the live `translations` (by translation_key) of
    `instances` in `locale_id`, found by the caller in one query, so that a
    later link to one of the same pages in this request asks nothing."""
    found = getattr(_this_request, "translations", None)
    if found is None:
        return
    for instance in instances:
        key = (instance._meta.label, instance.translation_key, locale_id)
        found.setdefault(key, translations.get(instance.translation_key))


def in_locale(chosen, locale_id, translations):
    """`chosen`, in order, each swapped for its translation in `locale_id` found in
    the `translations` queryset. No query when everything is in that language already.

    wagtail-localize copies choosers and inline children to a translated page
    unchanged, so a Polish campaign may still point at an English partner: this
    shows the Polish partner once one exists, and the English one until then.
    """
    strays = {item.translation_key for item in chosen if item.locale_id != locale_id}
    if not strays:
        return list(chosen)
    found = {
        item.translation_key: item
        for item in translations.filter(locale_id=locale_id, translation_key__in=strays)
    }
    return [found.get(item.translation_key, item) for item in chosen]


def chosen_in_language(chosen, locale_id, queryset=None):
    """What a many-to-many field chose, each swapped for its translation in
    `locale_id` where one exists: one query, in the model's own order.

    Like in_locale, for a page's categories or fundamentals, but reading the
    choices as subqueries of that same query. `chosen` is the field's queryset
    (or, in a preview, its unsaved choices); `queryset` may add select_related.
    """
    if isinstance(chosen, QuerySet):
        ids, keys = chosen.values("pk"), chosen.values("translation_key")
    else:  # a preview's unsaved choices, held in memory
        ids = [item.pk for item in chosen]
        keys = [item.translation_key for item in chosen]
    queryset = queryset if queryset is not None else chosen.model._default_manager
    return one_per_translation(
        queryset.filter(
            Q(pk__in=ids) | Q(locale_id=locale_id, translation_key__in=keys)
        ),
        locale_id,
    )


def one_per_translation(items, locale_id):
    """One of each translated item: the one in `locale_id` where there is one,
    else the first met, in the order each was first met."""
    found = {}
    for item in items:
        if item.translation_key not in found or item.locale_id == locale_id:
            found[item.translation_key] = item
    return list(found.values())


@on_new_generation
def forget_locales(**kwargs):
    _by_language.clear()


def start_remembering_translations(**kwargs):
    _this_request.translations = {}


def stop_remembering_translations(**kwargs):
    _this_request.translations = None


def connect_signals():
    """Called from MovementConfig.ready()."""
    request_started.connect(
        start_remembering_translations, dispatch_uid="movement-found"
    )
    request_finished.connect(
        stop_remembering_translations, dispatch_uid="movement-found-end"
    )
    for signal in (post_save, post_delete):
        for sender in (Locale, "wagtail_localize.LocaleSynchronization"):
            signal.connect(
                forget_locales,
                sender=sender,
                dispatch_uid=f"movement-forget-locales-{sender}-{id(signal)}",
            )


def same_in_every_language(*field_names):
    """wagtail-localize rules for facts a translation must not change.

    Dates, statuses and years are copied from the source on every sync and
    translators cannot override them: a Polish page must not list a different
    start time or campaign status from the English one.
    """
    from wagtail_localize.fields import SynchronizedField

    return [SynchronizedField(name, overridable=False) for name in field_names]
