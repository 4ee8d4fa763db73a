"""Words: headings, quotes, key facts, questions and answers, the odds, tables."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from movement.anchors import unique_anchor

from .rich_text import RICH_TEXT_FEATURES


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Use sub-headings only under a section heading."),
    )
    anchor = blocks.CharBlock(
        required=False,
        max_length=60,
        help_text=_(
            "Optional link name, e.g. 'how-to-use' makes #how-to-use. "
            "Defaults to the heading text."
        ),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _(
            "A section heading or sub-heading; it gets its own link (#anchor)."
        )
        preview_value = {"text": "How the sessions work", "level": "h2"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = unique_anchor(
            parent_context, value.get("anchor") or value.get("text")
        )
        return context

    # wagtail-localize would offer every CharBlock for translation, the anchor
    # too. Only the text is translated; an explicit anchor stays the source's,
    # so a link to #how-to-use works in every language.
    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        return [StringSegmentValue("text", value["text"])]

    def restore_translated_segments(self, value, segments):
        for segment in segments:
            if segment.path == "text":
                value["text"] = segment.render_text()
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=120)
    role = blocks.CharBlock(
        required=False, max_length=120, help_text=_("e.g. 'Young leader, Blackpool'")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("Someone's words, set apart, with who said them.")
        preview_value = {
            "quote": "We were asked what would help, and then it happened.",
            "attribution": "Sam",
            "role": "Young leader",
        }


class KeyFactBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=20, help_text=_("e.g. '£4.20' or '42'"))
    label = blocks.CharBlock(max_length=160)
    source = blocks.CharBlock(required=False, max_length=160)

    class Meta:
        icon = "info-circle"


class KeyFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    facts = blocks.ListBlock(KeyFactBlock(), min_num=1)

    class Meta:
        icon = "info-circle"
        template = "blocks/key_facts_block.html"
        description = _(
            "Two to four figures that tell the story, each with its source."
        )
        preview_value = {
            "heading": "The facts",
            "facts": [
                {
                    "figure": "1 in 3",
                    "label": "young workers paid less for the same day",
                },
                {
                    "figure": "£2.10",
                    "label": "less an hour, on average",
                    "source": "Example survey, 2024",
                },
            ],
        }


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250)
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    items = blocks.ListBlock(QuestionAnswerBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/accordion_block.html"
        description = _("Questions and answers that open one at a time.")
        preview_value = {
            "heading": "Questions",
            "items": [
                {
                    "question": "Who can join?",
                    "answer": "<p>Anyone who works with young people.</p>",
                }
            ],
        }


class OddsComparisonBlock(blocks.StructBlock):
    """The movement's 'beat the odds / change the odds / supercharged' example."""

    situation = blocks.CharBlock(
        max_length=200,
        help_text=_("The everyday situation, e.g. 'No breakfast before school'."),
    )
    beat_the_odds = blocks.TextBlock(help_text=_("Helping one person get past it."))
    change_the_odds = blocks.TextBlock(
        help_text=_("Changing things for everyone in that spot.")
    )
    supercharged = blocks.TextBlock(
        required=False, help_text=_("Tackling the system that causes it.")
    )

    class Meta:
        icon = "table"
        template = "blocks/odds_comparison_block.html"
        description = _(
            "One situation three ways: beating the odds, changing the odds, and "
            "supercharged."
        )
        preview_value = {
            "situation": "No breakfast before school",
            "beat_the_odds": "A teacher keeps cereal in the classroom.",
            "change_the_odds": "The school opens a free breakfast club.",
            "supercharged": "The town campaigns for free school breakfasts everywhere.",
        }


class TranslatableTableBlock(blocks.StructBlock):
    """A table whose every cell is a CharBlock, so translators see each cell.

    Wagtail's TableBlock and TypedTableBlock are skipped by wagtail-localize.
    """

    caption = blocks.CharBlock(
        max_length=200, help_text=_("Says what the table shows.")
    )
    header = blocks.ListBlock(
        blocks.CharBlock(max_length=120), label=_("Column headings")
    )
    rows = blocks.ListBlock(
        blocks.ListBlock(
            blocks.CharBlock(required=False, max_length=500), label=_("Cells")
        ),
        label=_("Rows"),
    )
    first_column_is_header = blocks.BooleanBlock(required=False, default=False)

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        description = _("A table whose every cell can be translated.")
        preview_value = {
            "caption": "Sessions this term",
            "header": ["Week", "Topic"],
            "rows": [["1", "Belonging"], ["2", "Coping"]],
        }

    def clean(self, value):
        value = super().clean(value)
        width = len(value["header"])
        for number, row in enumerate(value["rows"], start=1):
            if len(row) != width:
                raise ValidationError(
                    _(
                        "Row %(number)s has %(cells)s cells; the table has %(width)s columns."
                    )
                    % {"number": number, "cells": len(row), "width": width}
                )
        return value
