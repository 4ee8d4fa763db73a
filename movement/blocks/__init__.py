"""The shared StreamField block library.

Small struct blocks first, then the stream blocks pages use. Every block has an
icon and its own template in templates/blocks/. Blocks whose text visitors read
use CharBlock/TextBlock/RichTextBlock children so wagtail-localize extracts them
as translatable segments (it ignores ChoiceBlock, numbers and table blocks).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .cards import PageCardsBlock
from .links import (
    CallToActionBlock,
    LinkBlock,
    LinkListBlock,
    LinkListItemBlock,
    OptionalLinksBlock,
    is_blank_link,
    link_href,
    link_text,
)
from .media import (
    CaptionedImageBlock,
    DescribedImageBlock,
    DocumentLinkBlock,
    DocumentsBlock,
    EmbedWithTitleBlock,
)
from .newsletter import NewsletterSignUpBlock
from .rich_text import RICH_TEXT_FEATURES, SIMPLE_RICH_TEXT_FEATURES
from .text import (
    AccordionBlock,
    HeadingBlock,
    KeyFactBlock,
    KeyFactsBlock,
    OddsComparisonBlock,
    QuestionAnswerBlock,
    QuoteBlock,
    TranslatableTableBlock,
)

__all__ = [
    "RICH_TEXT_FEATURES",
    "SIMPLE_RICH_TEXT_FEATURES",
    "AccordionBlock",
    "CallToActionBlock",
    "CaptionedImageBlock",
    "ContentStreamBlock",
    "DescribedImageBlock",
    "DocumentLinkBlock",
    "DocumentsBlock",
    "EmbedWithTitleBlock",
    "HeadingBlock",
    "KeyFactBlock",
    "KeyFactsBlock",
    "LinkBlock",
    "LinkListBlock",
    "LinkListItemBlock",
    "NewsletterSignUpBlock",
    "OddsComparisonBlock",
    "OptionalLinksBlock",
    "PageCardsBlock",
    "QuestionAnswerBlock",
    "QuoteBlock",
    "TranslatableTableBlock",
    "is_blank_link",
    "link_href",
    "link_text",
]


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
    newsletter_sign_up = NewsletterSignUpBlock()

    class Meta:
        block_counts = {}
