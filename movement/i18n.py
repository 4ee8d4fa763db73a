"""The active Locale without a database query on every call.

Wagtail's Locale.get_active() queries each time it is called, and every
`.localized` in a menu calls it; a page would spend a dozen queries asking
the same question. Locales change rarely, so they are remembered per language
and forgotten whenever one is saved or deleted.
"""

from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.models import Locale

_by_language = {}


def active_locale():
    language = translation.get_language()
    locale = _by_language.get(language)
    if locale is None:
        locale = _by_language[language] = Locale.get_active()
    return locale


def localized(instance):
    """The live translation of a page or snippet in the visitor's language, else itself."""
    if instance.locale_id == active_locale().id:
        return instance
    return instance.localized


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


def forget_locales(**kwargs):
    _by_language.clear()


post_save.connect(forget_locales, sender=Locale, dispatch_uid="movement-forget-locales")
post_delete.connect(
    forget_locales, sender=Locale, dispatch_uid="movement-forget-locales-del"
)
