"""What wagtail-localize translates, what it keeps in step with the source, and
what a translator may override: the site's deliberate answers to its gaps."""

import json
from uuid import uuid4

import pytest
from wagtail.models import Locale
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    TranslationSource,
)

from campaigns.models import CampaignPage
from home.models import BlogCategory, BlogPostPage, EventPage
from movement.models import Compartment, Fundamental
from resources.models import CommunityOfPracticePage, ResourceDocument, ResourcePage
from tests.factories import StandardPageFactory
from tests.resource_factories import PackDocumentFactory, ResourceDocumentFactory
from tests.translating import save_target, submit, sync, translate, translate_strings

pytestmark = pytest.mark.django_db


def field_rules(model):
    return {
        field.field_name: (
            "translated"
            if type(field).__name__ == "TranslatableField"
            else "overridable"
            if field.overridable
            else "same everywhere"
        )
        for field in get_translatable_fields(model)
    }


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (
            EventPage,
            [
                "start",
                "end",
                "time_zone",
                "attendance",
                "is_free",
                "booking_deadline",
                "step_free_access",
            ],
        ),
        (CampaignPage, ["status"]),
        (BlogPostPage, ["date"]),
        (ResourcePage, ["resource_type", "year", "last_reviewed"]),
        (
            CommunityOfPracticePage,
            ["member_count", "start_year", "end_year", "is_ongoing"],
        ),
        (Fundamental, ["slug", "icon"]),
        (Compartment, ["slug", "position", "icon"]),
        (BlogCategory, ["slug"]),
    ],
)
def test_facts_stay_the_same_in_every_language(model, fields):
    rules = field_rules(model)
    assert {name: rules[name] for name in fields} == dict.fromkeys(
        fields, "same everywhere"
    )


def test_words_are_translated_and_files_and_booking_links_overridable():
    assert field_rules(EventPage)["title"] == "translated"
    assert field_rules(EventPage)["booking_url"] == "overridable"
    assert "language" not in field_rules(ResourcePage)  # the file's, see below
    assert field_rules(ResourceDocument)["document"] == "overridable"
    assert field_rules(ResourceDocument)["title"] == "translated"


def heading(text, anchor="", level="h2", block_id=None):
    """A heading block as the admin stores it; keep `block_id` to edit the same block."""
    return {
        "type": "heading",
        "value": {"text": text, "level": level, "anchor": anchor},
        "id": block_id or str(uuid4()),
    }


def items(*values):
    return [{"type": "item", "value": value, "id": str(uuid4())} for value in values]


def strings_of(instance):
    source = TranslationSource.get_or_create_from_instance(instance)[0]
    return [
        segment.string.data
        for segment in StringSegment.objects.filter(source=source).select_related(
            "string"
        )
    ]


def test_heading_anchor_is_not_offered_for_translation(home_page):
    page = StandardPageFactory(
        parent=home_page,
        body=json.dumps([heading("How to use it", anchor="how-to-use")]),
    )
    strings = strings_of(page)
    assert "How to use it" in strings
    assert "how-to-use" not in strings


def test_translated_heading_keeps_the_source_anchor(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        body=json.dumps([heading("How to use it", anchor="how-to-use")]),
    )
    polish = translate(page, "pl")
    block = polish.body[0].value
    assert block["text"] == "[pl] How to use it"
    assert block["anchor"] == "how-to-use"
    assert 'id="how-to-use"' in client.get(polish.url).content.decode()


def test_table_cells_are_offered_for_translation(home_page):
    table = {
        "type": "table",
        "value": {
            "caption": "Who we reached",
            "header": items("Group", "Number"),
            "rows": items(items("Young researchers", "42")),
            "first_column_is_header": False,
        },
    }
    page = StandardPageFactory(parent=home_page, body=json.dumps([table]))
    assert {"Who we reached", "Group", "Young researchers"} <= set(strings_of(page))


def test_choices_are_not_translated_but_follow_the_source_on_sync(home_page):
    page = StandardPageFactory(
        parent=home_page, body=json.dumps([heading("Our story", block_id="b1")])
    )
    polish = translate(page, "pl")
    assert polish.body[0].value["level"] == "h2"

    page.body = json.dumps([heading("Our story", level="h3", block_id="b1")])
    page.save_revision().publish()
    sync(page)
    polish.refresh_from_db()
    assert polish.body[0].value["level"] == "h3"
    assert polish.body[0].value["text"] == "[pl] Our story"


def test_sync_keeps_translated_text_when_the_source_changes(home_page):
    page = StandardPageFactory(
        parent=home_page,
        body=json.dumps(
            [
                heading("First heading", block_id="b1"),
                heading("Second heading", block_id="b2"),
            ]
        ),
    )
    polish = translate(page, "pl")

    page.body = json.dumps(
        [
            heading("First heading", block_id="b1"),
            heading("A new second heading", block_id="b2"),
        ]
    )
    page.save_revision().publish()
    sync(page)
    polish.refresh_from_db()
    texts = [block.value["text"] for block in polish.body]
    # The unchanged heading keeps its translation; the new text waits, shown in
    # the source language until a translator translates it.
    assert texts == ["[pl] First heading", "A new second heading"]


def test_a_translation_can_offer_its_own_file(home_page):
    english_pack = PackDocumentFactory(title="Teacher pack")
    polish_pack = PackDocumentFactory(title="Pakiet dla nauczycieli")
    download = ResourceDocumentFactory(
        page__parent=home_page, page__title="Teacher pack page", document=english_pack
    )
    page = download.page
    translation = submit(page, "pl")
    translate_strings(translation)
    segment = OverridableSegment.objects.get(
        source=translation.source, context__path__endswith=".document"
    )
    SegmentOverride.objects.create(
        locale=Locale.objects.get(language_code="pl"),
        context=segment.context,
        data_json=json.dumps(polish_pack.pk),
    )
    save_target(translation)
    polish = translation.get_target_instance().specific
    assert [d.document_id for d in polish.documents.all()] == [polish_pack.pk]
    assert [d.document_id for d in page.documents.all()] == [english_pack.pk]
