"""The block picker explains itself: every block offered has a description and a preview."""

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.blocks import StreamBlock
from wagtail.fields import StreamField

pytestmark = pytest.mark.django_db


def offered_blocks():
    """(field, block name, block) for every block an editor picks from a list:
    streams of one kind of block (a menu's sections) add it without a picker."""
    found = {}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if (
                isinstance(field, StreamField)
                and len(field.stream_block.child_blocks) > 1
            ):
                for name, block in field.stream_block.child_blocks.items():
                    found[(type(block), name)] = (
                        f"{model.__name__}.{field.name}",
                        name,
                        block,
                    )
    return list(found.values())


OFFERED = offered_blocks()


def test_the_picker_is_covered():
    names = {name for _field, name, _block in OFFERED}
    assert {"paragraph", "image", "odds_comparison", "key_facts", "page_cards"} <= names


@pytest.mark.parametrize(
    ("field", "name", "block"),
    OFFERED,
    ids=[f"{field}.{name}" for field, name, _block in OFFERED],
)
def test_every_offered_block_says_what_it_is_for_and_previews(field, name, block):
    if isinstance(block, StreamBlock):
        pytest.skip("a nested stream offers its own blocks")
    assert str(block.get_description()).strip(), f"{field}: {name} has no description"
    assert block.is_previewable, f"{field}: {name} has no preview"
    value = block.get_preview_value()
    assert value is not None, f"{field}: {name} has no preview value"
    assert block.render(value).strip()


def test_the_preview_view_draws_a_block_with_the_site_stylesheet(staff_client):
    from movement.blocks import ContentStreamBlock

    block = ContentStreamBlock().child_blocks["odds_comparison"]
    response = staff_client("Editors").get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200, response.content[:500]
    html = response.content.decode()
    assert "css/site.css" in html
    assert "No breakfast before school" in html
