"""The shared StreamField block library.

Small struct blocks first, then the stream blocks pages use. Every block has an
icon and its own template in templates/blocks/. Blocks whose text visitors read
use CharBlock/TextBlock/RichTextBlock children so wagtail-localize extracts them
as translatable segments (it ignores ChoiceBlock, numbers and table blocks).
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListValue
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from movement.alt_text import looks_like_a_file_name
from movement.i18n import localized

# One rich-text feature set everywhere, so pages look consistent. Section headings
# come from HeadingBlock (it gives them anchors); rich text may only go below that.
RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
SIMPLE_RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link"]


class LinkBlock(blocks.StructBlock):
    """A page on this site or an external address, never both."""

    page = blocks.PageChooserBlock(required=False, help_text=_("A page on this site."))
    url = blocks.URLBlock(
        required=False, label=_("URL"), help_text=_("Or a full address elsewhere.")
    )
    text = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text=_("What the link says. Defaults to the page's title."),
    )

    class Meta:
        icon = "link"
        value_class = blocks.StructValue

    def clean(self, value):
        value = super().clean(value)
        if value.get("page") and value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _(
                            "This link has both a page and a URL: keep one and "
                            "clear the other."
                        )
                    )
                }
            )
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(
                        _("Choose a page on this site, or enter a URL below.")
                    )
                }
            )
        if value.get("url") and not value.get("text"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "text": ValidationError(_("Say what an external link leads to."))
                }
            )
        return value


def is_blank_link(value):
    return not (value.get("page") or value.get("url") or value.get("text"))


class OptionalLinksBlock(blocks.ListBlock):
    """A list of links that starts empty and leaves out a link left blank.

    The admin adds a blank link for the editor to fill in; one they did not want
    is not a mistake to be told about, it is nothing.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("default", [])
        super().__init__(LinkBlock(), **kwargs)

    def clean(self, value):
        # The kept items keep their ids, which wagtail-localize's strings hang on.
        kept = [item for item in value.bound_blocks if not is_blank_link(item.value)]
        return super().clean(ListValue(self, bound_blocks=kept))


def link_href(value):
    """Where a link goes: the page in the visitor's language, or the address typed.

    None for a page that is no longer live, so templates drop the link rather
    than send visitors to a page that would answer 404.
    """
    page = value.get("page")
    if page is None:
        return value.get("url")
    page = localized(page)
    return page.url if page.live else None


def link_text(value):
    page = value.get("page")
    return value.get("text") or (localized(page).title if page else value.get("url"))


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
        context["anchor"] = slugify(value.get("anchor") or value.get("text"))
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


class DescribedImageBlock(ImageBlock):
    """Wagtail's ImageBlock, refusing on publish alt text that is a file's name.

    Choosing an image fills its alt text from the image's description, or its
    title when it has none, and an uploaded image's title is its file's name
    (movement.alt_text). A draft may keep it; publishing asks for words.
    """

    def clean(self, value):
        value = super().clean(value)
        alt_text = value.contextual_alt_text if value else ""
        if (
            not self.is_deferred_validation
            and value
            and not value.decorative
            and looks_like_a_file_name(alt_text, value)
        ):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _(
                            "“%(alt_text)s” looks like the file's name. Say what the "
                            "picture shows for someone who cannot see it, or tick "
                            "“Image is decorative”."
                        )
                        % {"alt_text": alt_text}
                    )
                }
            )
        return value


class CaptionedImageBlock(blocks.StructBlock):
    image = DescribedImageBlock(
        help_text=_(
            "Describe the image for people who cannot see it, or mark it decorative."
        )
    )
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        description = _("A picture across the text, with a caption and a credit.")

    def get_preview_value(self):
        """A picture from the library, for the block picker's preview."""
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("pk").first()
        if image is None:
            return None
        return self.to_python(
            {
                "image": {
                    "image": image.pk,
                    "decorative": False,
                    "alt_text": image.description,
                },
                "caption": "Young leaders at the summer camp",
                "credit": "The movement",
            }
        )


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


class CallToActionBlock(LinkBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    description = blocks.TextBlock(required=False, max_length=300)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = _("One thing for the reader to do next, as a button.")
        preview_value = {
            "heading": "Add your voice",
            "description": "Tell us what would make the odds fairer where you live.",
            "url": "https://www.example.org/get-involved",
            "text": "Get involved",
        }


class EmbedWithTitleBlock(blocks.StructBlock):
    embed = EmbedBlock(help_text=_("A YouTube, Vimeo or similar address."))
    title = blocks.CharBlock(
        max_length=120,
        help_text=_("Names the video for screen readers and before it loads."),
    )
    transcript = blocks.RichTextBlock(
        required=False, features=SIMPLE_RICH_TEXT_FEATURES + ["ol", "ul"]
    )

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"
        description = _(
            "A video from YouTube or Vimeo, shown as a link (no tracking) with its "
            "transcript."
        )
        preview_value = {
            "embed": "https://video.example.org/watch/resilience",
            "title": "Young people on what resilience means",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"


class DocumentsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    documents = blocks.ListBlock(DocumentLinkBlock(), min_num=1)

    class Meta:
        icon = "download"
        template = "blocks/documents_block.html"
        description = _("Files to download, each with its type, size and page count.")

    def get_preview_value(self):
        """Files from the library, for the block picker's preview."""
        from wagtail.documents import get_document_model

        documents = get_document_model().objects.order_by("pk")[:2]
        if not documents:
            return None
        return self.to_python(
            {
                "heading": "Downloads",
                "documents": [{"document": doc.pk, "title": ""} for doc in documents],
            }
        )


class LinkListItemBlock(LinkBlock):
    description = blocks.TextBlock(required=False, max_length=400)


class LinkListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    links = blocks.ListBlock(LinkListItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/link_list_block.html"
        description = _("A list of links, each with a line on where it leads.")
        preview_value = {
            "heading": "Find out more",
            "links": [
                {
                    "url": "https://www.example.org/report",
                    "text": "The full report",
                    "description": "What young researchers found, in 24 pages.",
                }
            ],
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


class PageCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    pages = blocks.ListBlock(blocks.PageChooserBlock(), min_num=1, max_num=12)

    class Meta:
        icon = "doc-empty"
        template = "blocks/page_cards_block.html"
        description = _("Cards leading to pages you choose, with their pictures.")

    def get_preview_value(self):
        """Three live pages, for the block picker's preview."""
        from wagtail.models import Page

        pages = (
            Page.objects.live().filter(depth__gt=2, alias_of=None).order_by("pk")[:3]
        )
        if not pages:
            return None
        return self.to_python(
            {"heading": "Read more", "pages": [page.pk for page in pages]}
        )

    def get_context(self, value, parent_context=None):
        from movement.models import live_pages_in_order

        context = super().get_context(value, parent_context)
        context["cards"] = live_pages_in_order(value["pages"])
        return context


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


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Text: paragraphs, lists and links."),
        preview_value=(
            "<p>Resilience is not only about coping: it is also about changing "
            "what makes things hard in the first place.</p>"
        ),
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedWithTitleBlock()
    documents = DocumentsBlock()
    link_list = LinkListBlock()
    key_facts = KeyFactsBlock()
    accordion = AccordionBlock()
    odds_comparison = OddsComparisonBlock()
    page_cards = PageCardsBlock()
    table = TranslatableTableBlock()

    class Meta:
        block_counts = {}
