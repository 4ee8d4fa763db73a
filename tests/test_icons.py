"""The icon library (movement/icons.py): safe files, a decorative tag, and the
pictures the framework, the fundamentals and cards without an image show."""

import xml.etree.ElementTree as ElementTree

import pytest
from django.template import Context, Template
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.fields import SynchronizedField
from wagtail_localize.models import Translation, TranslationSource

from movement.icons import ICON_DIR, ICONS, TOOLS, icon_source, render_icon
from movement.models import Compartment, Fundamental, FundamentalsPage
from movement.models.framework import FrameworkPage
from resources.choices import RESOURCE_TYPE_ICONS, ResourceType
from tests.factories import BlogIndexPageFactory, BlogPostPageFactory
from tests.resource_factories import ResourceIndexPageFactory, ResourcePageFactory

SVG = "{http://www.w3.org/2000/svg}"
PAGE_MODELS = [model for model in get_page_models() if model is not Page]


def render(template, **context):
    return Template("{% load icon_tags %}" + template).render(Context(context))


# The files


@pytest.mark.parametrize("name", [*ICONS, *TOOLS])
def test_each_icon_is_a_small_safe_svg(name):
    path = ICON_DIR / f"{name}.svg"
    text = path.read_text()
    root = ElementTree.fromstring(text)  # well-formed XML, or this raises
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 48 48"
    elements = list(root.iter())
    tags = {element.tag.removeprefix(SVG) for element in elements}
    assert not tags & {"script", "style", "foreignObject", "image", "use", "a"}
    for element in elements:
        for attribute in element.attrib:
            local = attribute.rsplit("}", 1)[-1]
            assert local != "style", f"{name}: a style attribute (blocked by the CSP)"
            assert not local.startswith("on"), f"{name}: an event handler"
            assert local != "href", f"{name}: a link to something else"
    # Drawn in the text's colour, so the theme colours it.
    assert "currentColor" in text
    assert "#" not in text, f"{name}: a fixed colour"
    assert len(text.encode()) < 800


def test_every_file_is_in_the_library():
    files = {path.stem for path in ICON_DIR.glob("*.svg")}
    assert files == set(ICONS) | set(TOOLS)


# The tag


def test_the_tag_draws_a_decorative_icon_with_its_classes():
    html = render('{% icon "house" class="framework__icon" %}')
    assert html.startswith(
        '<svg class="icon framework__icon" aria-hidden="true" focusable="false" '
    )
    assert 'viewBox="0 0 48 48"' in html and html.endswith("</svg>")
    assert "xmlns" not in html and "\n" not in html  # trimmed for inline HTML


@pytest.mark.parametrize("name", ["no-such-icon", "../base.html", "", None])
def test_an_unknown_name_draws_nothing(name):
    assert render("[{% icon name %}]", name=name) == "[]"


def test_the_class_is_escaped():
    html = render('{% icon "heart" class=classes %}', classes='x" onload="alert(1)')
    assert 'onload="' not in html
    assert "x&quot; onload=&quot;alert(1)" in html


def test_each_file_is_read_once_per_process():
    render_icon.cache_clear()
    icon_source.cache_clear()
    for _ in range(3):
        render('{% icon "umbrella" class="a" %}{% icon "umbrella" class="b" %}')
    assert icon_source.cache_info().misses == 1


# The framework's compartments and the fundamentals


@pytest.mark.parametrize("model", [Compartment, Fundamental])
def test_the_icon_field_offers_the_library_and_stays_the_same_in_every_language(
    model,
):
    field = model._meta.get_field("icon")
    assert [value for value, _label in field.choices] == list(ICONS)
    assert field.blank and field.help_text
    (synchronised,) = [
        rule for rule in model.override_translatable_fields if rule.field_name == "icon"
    ]
    assert isinstance(synchronised, SynchronizedField)
    assert not synchronised.overridable
    assert model.default_icon in ICONS
    assert "icon" in [panel.field_name for panel in model.panels]


@pytest.mark.django_db
def test_every_demo_compartment_and_fundamental_has_its_own_icon():
    for model in (Compartment, Fundamental):
        icons = list(model.objects.values_list("icon", flat=True))
        assert icons and all(icon in ICONS for icon in icons)
        english = model.objects.filter(locale=Locale.get_default())
        assert len({item.icon for item in english}) == english.count()  # all differ
        for item in model.objects.exclude(locale=Locale.get_default()):
            source = english.get(translation_key=item.translation_key)
            assert item.icon == source.icon  # kept on translation


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_the_framework_shows_each_compartments_icon(client, language):
    locale = Locale.objects.get(language_code=language)
    framework = FrameworkPage.objects.get(locale=locale, slug="framework")
    response = client.get(framework.url)
    html = response.content.decode()
    for group in response.context["compartments"]:
        compartment = group.compartment
        assert compartment.icon  # translations keep the source's icon
        heading = html.split(f'<h2 id="{compartment.slug}-heading"', 1)[1]
        heading = heading.split("</h2>", 1)[0]
        assert render_icon(compartment.icon, "framework__icon") in heading


@pytest.mark.django_db
def test_a_translated_compartment_follows_its_sources_icon():
    """Translators are not offered it; a change in English reaches every language."""
    english = Compartment.objects.get(locale=Locale.get_default(), slug="coping")
    polish_locale = Locale.objects.get(language_code="pl")
    polish = english.get_translation(polish_locale)
    assert polish.icon == english.icon == "umbrella"
    english.icon = "heart"
    english.save()
    source, _created = TranslationSource.update_or_create_from_instance(english)
    assert not source.overridablesegment_set.filter(context__path="icon").exists()
    assert not source.stringsegment_set.filter(context__path="icon").exists()
    Translation.objects.get(source=source, target_locale=polish_locale).save_target()
    polish.refresh_from_db()
    assert polish.icon == "heart"


@pytest.mark.django_db
def test_a_compartment_without_an_icon_shows_the_default(client):
    coping = Compartment.objects.get(locale=Locale.get_default(), slug="coping")
    Compartment.objects.filter(translation_key=coping.translation_key).update(icon="")
    framework = FrameworkPage.objects.get(locale=coping.locale, slug="framework")
    html = client.get(framework.url).content.decode()
    heading = html.split('<h2 id="coping-heading"', 1)[1].split("</h2>", 1)[0]
    assert render_icon("footsteps", "framework__icon") in heading


@pytest.mark.django_db
def test_the_fundamentals_show_their_icons(client):
    page = FundamentalsPage.objects.get(locale=Locale.get_default())
    html = client.get(page.url).content.decode()
    for fundamental in page.ordered_fundamentals():
        heading = html.split(f'<h2 id="{fundamental.slug}-heading"', 1)[1]
        assert (
            render_icon(fundamental.icon, "fundamental__icon")
            in heading.split("</h2>", 1)[0]
        )
    one = page.ordered_fundamentals().get(slug="social-justice")
    html = client.get(page.url + "social-justice/").content.decode()
    assert render_icon(one.icon, "page-icon") in html


@pytest.mark.django_db
def test_a_move_shows_its_compartments_icon(client):
    framework = FrameworkPage.objects.get(locale=Locale.get_default(), slug="framework")
    move = framework.moves.select_related("compartment").first()
    html = client.get(move.url).content.decode()
    assert render_icon(move.compartment.icon, "page-icon") in html


# Cards without an image


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_page_type_names_a_card_icon_of_the_library(model):
    assert model().card_icon in ICONS


def test_every_kind_of_resource_has_an_icon():
    assert set(RESOURCE_TYPE_ICONS) == set(ResourceType)
    assert set(RESOURCE_TYPE_ICONS.values()) <= set(ICONS)


@pytest.mark.django_db
def test_a_card_without_a_picture_shows_its_kind_of_pages_icon(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page, title="News", slug="news")
    BlogPostPageFactory(parent=blog, title="Words only", featured_image=None)
    html = client.get(blog.url).content.decode()
    card = html[html.index("Words only") - 1500 : html.index("Words only")]
    assert render_icon("pencil", "card__icon") in card
    assert '<span class="card__label">Blog post</span>' in card


@pytest.mark.django_db
def test_a_resource_card_shows_its_kind_of_resource(client, home_page):
    library = ResourceIndexPageFactory(parent=home_page)
    ResourcePageFactory(
        parent=library, title="Ten lessons", resource_type=ResourceType.TEACHER_PACK
    )
    html = client.get(library.url).content.decode()
    card = html[html.index("Ten lessons") - 1500 : html.index("Ten lessons")]
    assert render_icon("chalkboard", "card__icon") in card


@pytest.mark.django_db
def test_a_download_shows_the_download_arrow(client):
    from resources.models import ResourcePage

    pack = ResourcePage.objects.filter(
        locale=Locale.get_default(), documents__isnull=False
    ).first()
    html = client.get(pack.url).content.decode()
    assert render_icon("download", "download-link__icon") in html
