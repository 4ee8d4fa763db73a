"""Reverting to an old version warns about blocks the site no longer has.

A StreamField quietly leaves out blocks of a kind that has since been removed
from the code, so an editor who reverts to such a version would see it
without them, and saving would make the loss permanent without a word. The
revert screen now names what cannot be shown, and says that the old version
itself stays in the history.
"""

import json

from django.contrib import messages
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Revision


def warn_about_lost_blocks(request, instance):
    """before_edit_page / before_edit_snippet: on a revert screen, name lost blocks."""
    match = request.resolver_match
    if request.method != "GET" or not match or match.url_name != "revisions_revert":
        return
    revision = Revision.objects.filter(
        pk=match.kwargs.get("revision_id"), object_id=str(instance.pk)
    ).first()
    if revision is None:
        return
    lost = sorted(set(lost_block_types(type(instance), revision.content)))
    if lost:
        messages.warning(
            request,
            ngettext(
                "This version has a block of a kind the site no longer has "
                "(%(kinds)s). It cannot be shown here and would be left out if "
                "you save, but the version itself stays in the history.",
                "This version has blocks of kinds the site no longer has "
                "(%(kinds)s). They cannot be shown here and would be left out if "
                "you save, but the version itself stays in the history.",
                len(lost),
            )
            % {"kinds": ", ".join(lost)},
        )


def lost_block_types(model, content):
    """The block types in a revision's stored content that `model` cannot read."""
    for field in model._meta.get_fields():
        if isinstance(field, StreamField) and content.get(field.name):
            raw = content[field.name]
            if isinstance(raw, str):
                try:
                    raw = json.loads(raw)
                except ValueError:
                    continue
            yield from _unknown_types(field.stream_block, raw)


def _unknown_types(block, raw):
    if isinstance(block, blocks.StreamBlock) and isinstance(raw, list):
        for child in raw:
            if not isinstance(child, dict):
                continue
            kind = child.get("type")
            if kind not in block.child_blocks:
                yield str(kind)
            else:
                yield from _unknown_types(block.child_blocks[kind], child.get("value"))
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child_block in block.child_blocks.items():
            yield from _unknown_types(child_block, raw.get(name))
    elif isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        for item in raw:
            value = (
                item.get("value") if isinstance(item, dict) and "type" in item else item
            )
            yield from _unknown_types(block.child_block, value)
