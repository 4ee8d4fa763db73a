"""The demo's translations: made through wagtail-localize, and only where chosen."""

import io
import re
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.urls import reverse
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from campaigns.demo import translations as campaign_translations
from campaigns.models import Partner
from home.demo import translations as home_translations
from home.models import BlogCategory, Person, StandardPage
from movement.demo import load_demo_content, translations
from movement.demo.translations import MissingDemoTranslation
from movement.models import (
    Footer,
    Fundamental,
    MainNavigation,
    NoticeBanner,
    SiteIdentity,
)
from resources.demo import translations as resource_translations
from resources.demo.translations import teacher_pack_pl

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "es", "ar"]
# Paths below the home page.
TRANSLATED = {
    "",
    "fundamentals/",
    "get-involved/",
    "framework/",
    f"blog/{home_translations.BLOG_POST}/",
    f"campaigns/{campaign_translations.CAMPAIGN}/",
    f"resources/{resource_translations.RESOURCE}/",
}
SCRIPT = {
    "pl": re.compile("[ąćęłńóśźż]"),
    "es": re.compile("[áéíóúñ¿¡]"),
    "ar": re.compile("[\u0600-\u06ff]"),
}


def english_pages():
    return Page.objects.filter(locale=Locale.get_default(), depth__gt=1).specific()


def below_home(page):
    home = Site.objects.get(is_default_site=True).root_page
    return page.url_path.removeprefix(home.url_path)


def english_page(path):
    return next(page for page in english_pages() if below_home(page) == path)


def in_language(page, code):
    return page.get_translation(Locale.objects.get(language_code=code)).specific


def translated_words(page):
    """What a visitor reads first: the title, or the hero heading on the home page."""
    return getattr(page, "hero_heading", "") or page.title


@pytest.mark.parametrize("code", LANGUAGES)
def test_chosen_pages_are_real_live_translations(code):
    chosen = [page for page in english_pages() if below_home(page) in TRANSLATED]
    assert {below_home(page) for page in chosen} == TRANSLATED

    words = []
    for english in chosen:
        page = in_language(english, code)
        assert page.alias_of_id is None
        assert page.live and not page.has_unpublished_changes
        assert translated_words(page) != translated_words(english)
        words.append(translated_words(page))
    # Not every title has a letter only the language uses, but together they do;
    # every Arabic one is in Arabic script.
    assert SCRIPT[code].search(" ".join(words))
    if code == "ar":
        assert all(SCRIPT["ar"].search(text) for text in words)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_other_page_is_an_alias_of_the_english_one(code):
    others = [page for page in english_pages() if below_home(page) not in TRANSLATED]
    assert len(others) > 20

    for english in others:
        assert in_language(english, code).alias_of_id == english.pk
    real = Page.objects.filter(locale__language_code=code, alias_of__isnull=True)
    assert real.count() == len(TRANSLATED)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_seven_fundamentals_are_translated(code):
    english = list(
        Fundamental.objects.filter(locale=Locale.get_default()).order_by("sort_order")
    )
    translated = list(
        Fundamental.objects.filter(locale__language_code=code).order_by("sort_order")
    )

    assert len(translated) == len(english) == 7
    for source, translation in zip(english, translated, strict=True):
        assert translation.translation_key == source.translation_key
        assert translation.slug == source.slug
        assert translation.page.alias_of_id is None
        assert translation.title != source.title
        assert translation.body != source.body
    titles = " ".join(fundamental.title for fundamental in translated)
    assert SCRIPT[code].search(titles)


@pytest.mark.parametrize("code", LANGUAGES)
def test_site_furniture_and_related_snippets_are_translated(code):
    default = Locale.get_default()
    for model in (SiteIdentity, MainNavigation, Footer, NoticeBanner):
        english = model.objects.get(locale=default)
        assert english.has_translation(Locale.objects.get(language_code=code))
    footer = Footer.objects.get(locale__language_code=code)
    assert footer.text != Footer.objects.get(locale=default).text
    assert NoticeBanner.objects.get(locale__language_code=code).link_text != (
        "Read about our new home"
    )
    assert Person.objects.filter(locale__language_code=code).count() == 1
    assert BlogCategory.objects.filter(locale__language_code=code).count() == 1
    partners = Partner.objects.filter(locale__language_code=code)
    assert partners.count() == 2
    # Organisations keep their own names; what they do is translated.
    for partner in partners:
        english = partner.get_translation(default)
        assert partner.name == english.name
        assert partner.description != english.description


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_are_recorded_as_machine_translations(code):
    locale = Locale.objects.get(language_code=code)
    strings = StringTranslation.objects.filter(locale=locale)

    assert strings.count() > 100
    assert set(strings.values_list("translation_type", flat=True)) == {
        StringTranslation.TRANSLATION_TYPE_MACHINE
    }
    assert not strings.filter(has_error=True).exists()
    translated = Translation.objects.filter(target_locale=locale)
    # 7 pages (get-involved among them), 4 furniture snippets, 5 compartments,
    # 4 related snippets, the safeguarding notice beside the comment form and 3
    # newsletter topics
    assert translated.count() == 24
    for translation in translated:
        total, done = translation.get_progress()
        assert total == done, translation.source.object_repr


def test_translators_find_the_strings_in_the_translation_editor(admin_client):
    english = english_page(f"campaigns/{campaign_translations.CAMPAIGN}/")
    arabic = in_language(english, "ar")

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk]))

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [
        template.name for template in response.templates
    ]
    # Each string says it was machine-made, awaiting a fluent speaker's review.
    assert translations.TOOL_NAME in response.content.decode()


def test_the_english_pack_offers_its_polish_version(client):
    english = english_page(f"resources/{resource_translations.RESOURCE}/")
    polish_pack = get_document_model().objects.get(title=teacher_pack_pl.TITLE)
    html = client.get(english.url).text
    own, others = html.split('id="other-languages-heading"')
    assert polish_pack.url not in own
    assert f'href="{polish_pack.url}" hreflang="pl"' in others
    # Its title is marked as Polish for screen readers.
    assert re.search(r'class="download-link__title"\s+lang="pl"', others)


def test_the_polish_resource_page_offers_the_polish_pdf(client):
    english = english_page(f"resources/{resource_translations.RESOURCE}/")
    polish_pack = get_document_model().objects.get(title=teacher_pack_pl.TITLE)
    english_pack = get_document_model().objects.get(title="Bounce Forward teacher pack")

    polish = client.get(in_language(english, "pl").url)
    spanish = client.get(in_language(english, "es").url)

    assert polish.status_code == spanish.status_code == 200
    # Each page's own downloads, then those its translations offer in other languages.
    polish_own, polish_others = polish.text.split('id="other-languages-heading"')
    spanish_own, spanish_others = spanish.text.split('id="other-languages-heading"')
    assert polish_pack.url in polish_own
    assert english_pack.url not in polish_own
    assert english_pack.url in polish_others
    assert english_pack.url in spanish_own
    assert polish_pack.url not in spanish_own
    assert polish_pack.url in spanish_others
    # The language shown is the file's: Polish on /pl/, English (so marked) on /es/.
    assert '<span lang="pl">Polski</span>' in polish.text
    assert 'lang="en">English</span>' in spanish.text
    assert f'href="{polish_pack.url}" hreflang="pl"' in polish.text


@pytest.mark.skipif(
    not any(path.exists() for path in teacher_pack_pl.DEJAVU_DIRECTORIES),
    reason="DejaVu Sans is not installed, so the PDF drops some Polish accents",
)
def test_the_polish_pdf_is_polish_text_with_every_polish_letter():
    document = get_document_model().objects.get(title=teacher_pack_pl.TITLE)
    with document.file.open("rb") as pdf:
        reader = PdfReader(io.BytesIO(pdf.read()))
    text = " ".join(page.extract_text() for page in reader.pages)

    assert "Spis treści" in text
    assert "Ramy Odporności w skrócie" in text
    assert set("ąęłńóśźż") <= set(text)


def test_arabic_pages_render_in_arabic(client):
    campaign = in_language(
        english_page(f"campaigns/{campaign_translations.CAMPAIGN}/"), "ar"
    )
    response = client.get(campaign.url)

    assert response.status_code == 200
    assert "الأجر نفسه عن اليوم نفسه" in response.text
    assert 'dir="rtl"' in response.text


def test_a_missing_string_stops_the_load_and_names_it():
    about = StandardPage.objects.get(locale=Locale.get_default(), slug="about")
    polish = Locale.objects.get(language_code="pl")
    incomplete = SimpleNamespace(__name__="tests.incomplete", STRINGS={})

    with pytest.raises(MissingDemoTranslation, match="'About the movement'"):
        translations.translate(about, polish, incomplete)

    assert about.get_translation(polish).alias_of_id == about.pk
    assert not TranslationSource.objects.filter(
        object_id=about.translation_key
    ).exists()


def test_every_string_of_the_translated_pages_has_a_translation():
    """Every segment was found in the language modules: none fell back to English."""
    for code in LANGUAGES:
        module = translations.LANGUAGES[code]
        stored = StringTranslation.objects.filter(locale__language_code=code)
        for translation in stored.select_related("translation_of", "context"):
            if translation.context.path != "slug":
                english = translation.translation_of.data
                assert translation.data == module.STRINGS[english]


def test_loading_again_adds_nothing():
    def snapshot():
        counts = {
            model._meta.label: model.objects.count() for model in apps.get_models()
        }
        return counts, dict(Page.objects.values_list("pk", "latest_revision_id"))

    before = snapshot()
    load_demo_content()

    assert snapshot() == before
