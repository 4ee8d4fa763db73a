"""Blocks only campaign pages use; everything else comes from movement.blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from movement.blocks import KeyFactsBlock


class CampaignFactsBlock(KeyFactsBlock):
    """Key facts whose heading is required: it is a section heading on the page."""

    heading = blocks.CharBlock(
        max_length=120, help_text=_("e.g. 'The facts'. Shown as a section heading.")
    )
