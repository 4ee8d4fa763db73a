"""Readable locations for the entries of wagtail-localize's PO download.

Each entry's msgctxt is the segment's path, such as ``body.6b1f….text``: block
UUIDs that tell a translator nothing. The msgctxt must stay as it is (the
upload matches on it), so each entry gets a readable location as an extracted
comment (``#.``) instead, built from the source object's fields and blocks:
"Body › Quote (block 5) › Text",
"Body › Key facts (block 2) › Item 2 › Source".
"""

import re

from django.core.exceptions import FieldDoesNotExist
from django.http import HttpResponse
from django.utils.text import capfirst, slugify
from django.utils.translation import pgettext
from wagtail import blocks
from wagtail.admin.auth import require_admin_access

from .po_upload import editable_translation

SEPARATOR = " › "
UUID_LIKE = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
)


def ordinal(position):
    return pgettext("position of a list item", "Item %(number)d") % {"number": position}


def block_label(block, name=""):
    return str(block.label or capfirst(name.replace("_", " ")))


def step_into(block, value, part):
    """(label, child block, child value) for one path part, or None."""
    if isinstance(block, blocks.StreamBlock):
        # Two headings in one body are told apart by their place in it.
        for position, child in enumerate(value or [], start=1):
            if child.id == part:
                label = pgettext(
                    "a block and its place in a body", "%(block)s (block %(number)d)"
                ) % {
                    "block": block_label(child.block, child.block_type),
                    "number": position,
                }
                return label, child.block, child.value
    elif isinstance(block, blocks.StructBlock):
        if part in block.child_blocks:
            child = block.child_blocks[part]
            return block_label(child, part), child, value.get(part) if value else None
    elif isinstance(block, blocks.ListBlock):
        items = list(getattr(value, "bound_blocks", None) or [])
        for position, item in enumerate(items, start=1):
            if getattr(item, "id", None) == part or str(position - 1) == part:
                return ordinal(position), block.child_block, item.value
    return None


def readable_location(instance, path):
    """'Body › Quote (block 5) › Text' for the segment path 'body.<uuid>.text'."""
    field_name, *rest = path.split(".")
    try:
        field = instance._meta.get_field(field_name)
        labels = [capfirst(str(field.verbose_name))]
    except FieldDoesNotExist:
        labels = [capfirst(field_name.replace("_", " "))]
        field = None
    block = getattr(field, "stream_block", None)
    value = getattr(instance, field_name, None) if block else None
    for part in rest:
        step = step_into(block, value, part) if block else None
        if step:
            label, block, value = step
            labels.append(label)
        else:
            block = None
            if not UUID_LIKE.match(part):
                labels.append(capfirst(part.replace("_", " ")))
    return SEPARATOR.join(labels)


def export_po_with_locations(translation):
    po = translation.export_po()
    instance = translation.source.as_instance()
    for entry in po:
        entry.comment = readable_location(instance, entry.msgctxt)
    return po


@require_admin_access
def download_pofile(request, translation_id):
    """wagtail-localize's PO download, with a readable location on every entry."""
    translation = editable_translation(request, translation_id)
    response = HttpResponse(
        str(export_po_with_locations(translation)),
        content_type="text/x-gettext-translation",
    )
    filename = slugify(translation.source.object_repr)
    response["Content-Disposition"] = (
        f"attachment; filename={filename}-{translation.target_locale.language_code}.po"
    )
    return response
