"""Demo translations, made through wagtail-localize's own pipeline.

A few pages are translated into Polish, Spanish and Arabic, with the snippets
visitors see on them and on every page: the furniture, the Resilience
Framework's page and compartments, and each app's choice. Everything else stays an alias of the
English page, so the site shows both a translated and an untranslated page.

Which pages: each app's demo package may hold a `translations` package, like
this one, with `translated_objects(demo)` (its pages, and the snippets they
show) and LANGUAGES, its strings by language code. This package translates
the site furniture itself and gathers the rest. wagtail-localize translates a
related snippet with a page only when a translatable foreign key or snippet
chooser points at it; snippets linked through inline rows or many-to-many
fields are translated one by one instead, so every snippet goes before every
page.

Each translation goes the way an editor's would: a TranslationSource of the
English object, a Translation into the language, a StringTranslation for every
string segment, then Translation.save_target(). So translators find the work in
wagtail-localize's editor and in the translation status report, and later
changes to the English text sync to them as usual.

These translations were written by an AI model, not by a fluent speaker, so
every string is stored as a *machine* translation (the editor says so next to
each one) until someone who speaks the language reviews it. The strings live in
one module per language (pl.py, es.py and ar.py here and in each app): each
maps the English text, exactly as wagtail-localize extracts it, to its
translation. A language's modules are merged into one lookup, so a string
shared by two apps' pages is written once. A string missing from a language
stops the load with MissingDemoTranslation, so a change to the English demo
text is noticed rather than shipped half-translated.

Loading is idempotent: anything already translated into a language (by an
earlier load or by an editor) is left alone.
"""

import json
from importlib import import_module
from types import SimpleNamespace

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils.module_loading import module_has_submodule
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)

from movement.demo import app_demos
from movement.models import (
    Compartment,
    Footer,
    FrameworkPage,
    MainNavigation,
    NewsletterTopic,
    NoticeBanner,
    SiteIdentity,
)

from . import ar, es, framework_ar, framework_es, framework_pl, pl

# Shown in the translation editor: "Translated with <tool name> on <date>".
TOOL_NAME = "an AI model (demo content: needs review by a fluent speaker)"


class MissingDemoTranslation(LookupError):
    """A string of the English demo content has no translation in a language's module."""


def app_translations():
    """Each app's demo `translations` package, in INSTALLED_APPS order."""
    return [
        import_module(f"{package.__name__}.translations")
        for package in app_demos()
        if module_has_submodule(package, "translations")
    ]


def merged_languages(*languages):
    """Per language code, the strings (and replacement documents) of every module."""
    modules = {}
    for language_modules in languages:
        for code, module in language_modules.items():
            modules.setdefault(code, []).append(module)
    return {code: _merged(code, parts) for code, parts in modules.items()}


def _merged(code, modules):
    strings, documents = {}, {}
    for module in modules:
        for text, translation in module.STRINGS.items():
            if strings.setdefault(text, translation) != translation:
                raise ImproperlyConfigured(
                    f"{text!r} has two {code} translations, one in "
                    f"{module.__name__}: keep one."
                )
        documents.update(getattr(module, "DOCUMENTS", {}))
    return SimpleNamespace(
        __name__=" or ".join(module.__name__ for module in modules),
        STRINGS=strings,
        DOCUMENTS=documents,
    )


# The site furniture's strings, with every app's merged in.
LANGUAGES = merged_languages(
    {"pl": pl, "es": es, "ar": ar},
    {"pl": framework_pl, "es": framework_es, "ar": framework_ar},
    *[package.LANGUAGES for package in app_translations()],
)


def load(demo):
    objects = translated_objects(demo)
    for code, language in LANGUAGES.items():
        if code not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
            continue
        locale = Locale.objects.get(language_code=code)
        for instance in objects:
            translate(instance, locale, language)


def translated_objects(demo):
    """The furniture, then each app's objects: all snippets before any page."""
    default = Locale.get_default()
    snippets = [
        model.objects.filter(locale=default).order_by("pk").first()
        for model in (SiteIdentity, MainNavigation, Footer, NoticeBanner)
    ]
    objects = [snippet for snippet in snippets if snippet is not None]
    # The framework's compartments one by one (its moves point at them through
    # a field kept the same in every language), then the framework page, moves
    # and all.
    objects += list(Compartment.objects.filter(locale=default).order_by("position"))
    objects += list(NewsletterTopic.objects.filter(locale=default).order_by("position"))
    objects += list(FrameworkPage.objects.filter(locale=default, slug="framework"))
    for package in app_translations():
        objects += package.translated_objects(demo)
    return sorted(objects, key=lambda instance: isinstance(instance, Page))


@transaction.atomic
def translate(instance, locale, language):
    """Translate `instance` into `locale` with the strings in `language`, if not done yet.

    All or nothing: a missing string leaves no half-made translation behind.
    """
    if is_translated(instance, locale):
        return
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    check_related_objects(source, locale)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    store_strings(source, locale, language)
    store_overrides(source, locale, language)
    # save_target falls back to English for anything missing, hence the checks above.
    translation.save_target(publish=True)


def is_translated(instance, locale):
    existing = instance.get_translation_or_none(locale)
    if isinstance(existing, Page):
        return existing.alias_of_id is None
    return existing is not None


def check_related_objects(source, locale):
    for segment in source.relatedobjectsegment_set.select_related("object", "context"):
        if not segment.object.has_translation(locale):
            raise MissingDemoTranslation(
                f"{source.object_repr} ({segment.context.path}) links to an object "
                f"that has no {locale.language_code} translation: translate it first."
            )


def store_strings(source, locale, language):
    segments = source.stringsegment_set.select_related("string", "context")
    for segment in segments.order_by("order"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated_text(source, segment, locale, language),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                "tool_name": TOOL_NAME,
            },
        )


def translated_text(source, segment, locale, language):
    text = segment.string.data
    if segment.context.path == "slug":
        # The same address in every language (Django's slugify would drop
        # Arabic and Polish letters); a home page keeps its locale's slug.
        target = source.get_source_instance().get_translation_or_none(locale)
        return target.slug if target is not None else text
    try:
        return language.STRINGS[text]
    except KeyError:
        raise MissingDemoTranslation(
            f"No {locale.language_code} translation of {text!r} "
            f"({source.object_repr}, {segment.context.path}). "
            f"Add it to STRINGS in {language.__name__}."
        ) from None


def store_overrides(source, locale, language):
    """Swap in this language's version of a document, where the language has one."""
    replacements = getattr(language, "DOCUMENTS", {})
    if not replacements:
        return
    Document = get_document_model()
    for segment in source.overridablesegment_set.select_related("context"):
        if not segment.context.path.endswith(".document"):
            continue
        document = Document.objects.filter(pk=segment.data).first()
        if document is None or document.title not in replacements:
            continue
        SegmentOverride.objects.get_or_create(
            locale=locale,
            context=segment.context,
            defaults={"data_json": json.dumps(replacements[document.title]().pk)},
        )
