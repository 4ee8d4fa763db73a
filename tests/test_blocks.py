"""The shared block library: each block renders with its own template and validates."""

import re

import pytest
from django.core.exceptions import ValidationError
from wagtail import blocks as wagtail_blocks
from wagtail.rich_text import RichText

from movement import blocks
from tests.factories import ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def render(block, raw):
    return block.render(block.to_python(raw))


def test_every_block_has_an_icon_and_a_template():
    stream = blocks.ContentStreamBlock()
    for name, block in stream.child_blocks.items():
        assert block.meta.icon not in (None, "placeholder"), name
        assert block.meta.template, name


def test_heading_gets_an_anchor_from_its_text():
    html = render(blocks.HeadingBlock(), {"text": "How to use it", "level": "h2"})
    assert (
        html.strip()
        == '<h2 id="how-to-use-it" class="heading-block">How to use it</h2>'
    )


def test_heading_anchor_can_be_chosen():
    raw = {"text": "How to use it", "level": "h3", "anchor": "Using"}
    assert 'id="using"' in render(blocks.HeadingBlock(), raw)


def test_image_needs_alt_text_unless_decorative():
    block = blocks.CaptionedImageBlock()
    image = ImageFactory()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": {"image": image.pk, "alt_text": ""}}))
    decorative = {"image": {"image": image.pk, "decorative": True, "alt_text": ""}}
    assert block.clean(block.to_python(decorative))


def test_image_renders_its_alt_text_and_caption():
    image = ImageFactory()
    raw = {
        "image": {"image": image.pk, "alt_text": "Pupils planting a garden"},
        "caption": "The new wildlife area",
    }
    html = render(blocks.CaptionedImageBlock(), raw)
    assert 'alt="Pupils planting a garden"' in html
    assert "<figcaption>The new wildlife area" in html


@pytest.mark.parametrize(
    "raw",
    [
        {"page": None, "url": "", "text": "Nowhere"},
        {"page": None, "url": "https://example.org", "text": ""},
    ],
)
def test_link_needs_one_target_and_text_for_urls(raw):
    block = blocks.LinkBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python(raw))


def test_link_to_a_page_defaults_to_its_title(home_page):
    page = StandardPageFactory(parent=home_page, title="Privacy matters")
    value = blocks.LinkBlock().to_python({"page": page.pk, "url": "", "text": ""})
    assert blocks.link_text(value) == "Privacy matters"
    assert blocks.link_href(value) == page.url


def test_table_cells_are_translatable_text_and_rows_must_fit():
    block = blocks.TranslatableTableBlock()
    assert isinstance(
        block.child_blocks["rows"].child_block.child_block, wagtail_blocks.CharBlock
    )
    raw = {"caption": "Pay by age", "header": ["Age", "Rate"], "rows": [["18", "£1"]]}
    html = render(block, raw)
    assert "<caption>Pay by age</caption>" in html
    assert '<th scope="col">Age</th>' in html
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**raw, "rows": [["18", "£1", "extra"]]}))


def test_odds_comparison_names_each_column():
    raw = {
        "situation": "No breakfast",
        "beat_the_odds": "Food in the desk",
        "change_the_odds": "Breakfast club",
        "supercharged": "Tackle why families cannot afford it",
    }
    html = render(blocks.OddsComparisonBlock(), raw)
    for label in ("Beating the odds", "Changing the odds", "Supercharged"):
        assert label in html


def test_embed_loads_nothing_from_elsewhere_until_asked():
    block = blocks.EmbedWithTitleBlock()
    value = block.to_python(
        {"embed": "https://video.example.org/watch?v=1", "title": "Our film"}
    )
    html = block.render(value)
    assert "<iframe" not in html
    assert 'href="https://video.example.org/watch?v=1"' in html


def test_accordion_and_key_facts_render_semantically():
    accordion = render(
        blocks.AccordionBlock(),
        {
            "items": [
                {
                    "question": "Who can come?",
                    "answer": RichText("<p>Anyone.</p>").source,
                }
            ]
        },
    )
    assert "<summary>Who can come?</summary>" in accordion
    facts = render(
        blocks.KeyFactsBlock(),
        {"facts": [{"figure": "42", "label": "Resilient Moves"}]},
    )
    assert "<dt>42</dt>" in facts


def test_page_cards_skip_unpublished_pages(home_page):
    live = StandardPageFactory(parent=home_page, title="Live card")
    draft = StandardPageFactory(parent=home_page, title="Draft card", live=False)
    html = render(blocks.PageCardsBlock(), {"pages": [live.pk, draft.pk]})
    assert "Live card" in html and "Draft card" not in html


def test_headings_in_every_script_get_a_unique_valid_anchor(rf):
    """Arabic headings used to get id="" (slugify dropped their letters)."""
    stream = blocks.ContentStreamBlock()
    raw = [
        {"type": "heading", "value": {"text": text, "level": "h2"}}
        for text in (
            "كيف تعمل الجلسات",
            "كيف تعمل الجلسات",
            "¿Qué hacemos?",
            "!!!",
            "Zajęcia",
        )
    ]
    html = stream.render(stream.to_python(raw), context={"request": rf.get("/")})
    ids = re.findall(r'id="([^"]*)"', html)
    assert ids == [
        "كيف-تعمل-الجلسات",
        "كيف-تعمل-الجلسات-2",
        "qué-hacemos",
        "section",
        "zajęcia",
    ]
    assert all(ids) and len(set(ids)) == len(ids)
    assert not any(
        re.search(r"\s", anchor) for anchor in ids
    )  # HTML: no spaces in an id
