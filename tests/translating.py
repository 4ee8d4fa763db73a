"""Translate a page or snippet in tests the way wagtail-localize does in the admin."""

from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator


def submit(instance, language_code, user=None):
    """Submit `instance` for translation (what "Translate this page" does): a Translation."""
    locale = Locale.objects.get(language_code=language_code)
    TranslationCreator(user, [locale]).create_translations(instance)
    source = TranslationSource.get_or_create_from_instance(instance)[0]
    return Translation.objects.get(source=source, target_locale=locale)


def translate_strings(translation, render=lambda text, code: f"[{code}] {text}"):
    """Give every string of the source a translation made by `render`."""
    code = translation.target_locale.language_code
    for segment in StringSegment.objects.filter(
        source=translation.source
    ).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": render(segment.string.data, code)},
        )


def translate(instance, language_code, publish=True, user=None):
    """Submit, translate every string and save the target: the translated instance."""
    translation = submit(instance, language_code, user=user)
    translate_strings(translation)
    save_target(translation, user=user, publish=publish)
    translated = translation.get_target_instance()
    return translated.specific if isinstance(translated, Page) else translated


def sync(instance):
    """What "Sync translated pages" does after the source changes: refresh and re-save."""
    source = TranslationSource.get_or_create_from_instance(instance)[0]
    source.update_from_db()
    for translation in source.translations.all():
        save_target(translation)


def save_target(translation, user=None, publish=True):
    """wagtail-localize publishes when the transaction commits; a test's never does."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(user=user, publish=publish)
