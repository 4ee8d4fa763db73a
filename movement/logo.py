"""The header's logo: an SVG (or PNG) an editor uploads in the site settings.

An SVG can carry script, event handlers and links to other addresses, and the
file is served from our own media origin, where opening it directly would run
them. So an uploaded SVG is rebuilt from an allow-list of drawing elements and
attributes (anything else is dropped), and its size is read from its viewBox so
the header reserves the logo's room before it loads (no layout shift).
"""

import io
import re
import xml.etree.ElementTree as ET

from defusedxml import ElementTree as SafeET
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

LOGO_MAX_BYTES = 200 * 1024
PNG_MAX_SIDE = 2000
SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"

DRAWING_ELEMENTS = {
    "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline",
    "polygon", "text", "tspan", "title", "desc", "defs", "linearGradient",
    "radialGradient", "stop", "clipPath", "mask", "use", "symbol",
}  # fmt: skip
DRAWING_ATTRIBUTES = {
    "id", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
    "fx", "fy", "width", "height", "viewBox", "points", "fill", "stroke",
    "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
    "stroke-dasharray", "stroke-dashoffset", "fill-rule", "clip-rule", "opacity",
    "fill-opacity", "stroke-opacity", "transform", "offset", "stop-color",
    "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod",
    "font-family", "font-size", "font-weight", "font-style", "text-anchor",
    "letter-spacing", "dominant-baseline", "clip-path", "mask", "maskUnits",
    "clipPathUnits", "preserveAspectRatio", "version", "href", "dx", "dy",
}  # fmt: skip
# A reference may only point inside the file: url(#id) or #id.
OUTSIDE_REFERENCE = re.compile(r"url\(\s*['\"]?(?!#)", re.IGNORECASE)
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?", re.IGNORECASE)


class CleanedLogo(SimpleUploadedFile):
    """An upload cleaned_logo made: the model's validator need not read it again."""


def cleaned_logo(upload):
    """The upload as a safe file, with its width and height.

    Returns (file, width, height); raises ValidationError with a message an
    editor can act on.
    """
    if upload.size > LOGO_MAX_BYTES:
        raise ValidationError(
            _("The logo is too large: keep it under 200 KB."), code="too_large"
        )
    data = upload.read()
    name = upload.name.rsplit("/", 1)[-1]
    if name.lower().endswith(".svg"):
        svg, width, height = cleaned_svg(data)
        return CleanedLogo(name, svg, "image/svg+xml"), width, height
    width, height = png_size(data)
    return CleanedLogo(name, data, "image/png"), width, height


def cleaned_svg(data):
    try:
        root = SafeET.fromstring(data)
    except (ET.ParseError, ValueError) as error:  # defusedxml refuses entities
        raise ValidationError(
            _("This SVG file could not be read. Export it again from your design app."),
            code="unreadable",
        ) from error
    if local_name(root.tag) != "svg":
        raise ValidationError(_("This file is not an SVG drawing."), code="not_svg")
    width, height = svg_size(root)
    ET.register_namespace("", SVG)
    ET.register_namespace("xlink", XLINK)
    drawing = rebuilt(root)
    return ET.tostring(drawing, encoding="utf-8", xml_declaration=False), width, height


def rebuilt(element):
    """A copy of `element` keeping only drawing elements and attributes."""
    copy = ET.Element(f"{{{SVG}}}{local_name(element.tag)}")
    for attribute, value in element.attrib.items():
        name = local_name(attribute)
        if name not in DRAWING_ATTRIBUTES or OUTSIDE_REFERENCE.search(value):
            continue
        if name == "href":
            if not value.startswith("#"):
                continue
            attribute = (
                f"{{{XLINK}}}href" if attribute.startswith(f"{{{XLINK}}}") else "href"
            )
        copy.set(attribute, value)
    copy.text = element.text
    for child in element:
        if local_name(child.tag) in DRAWING_ELEMENTS:
            copy.append(rebuilt(child))
    copy.tail = element.tail
    return copy


def local_name(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def svg_size(root):
    """Width and height from the viewBox, else the width and height attributes."""
    box = NUMBER.findall(root.get("viewBox", ""))
    if len(box) == 4:
        width, height = float(box[2]), float(box[3])
    else:
        width, height = (
            float(next(iter(NUMBER.findall(root.get(side, ""))), 0))
            for side in ("width", "height")
        )
    if width <= 0 or height <= 0:
        raise ValidationError(
            _(
                "This SVG has no size. Export it with a viewBox (in most design "
                "apps: 'responsive' or 'viewBox' in the export options)."
            ),
            code="no_size",
        )
    return round(width), round(height)


def png_size(data):
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise ValidationError(
            _("Upload the logo as an SVG or PNG file."), code="not_an_image"
        ) from error
    if kind != "PNG":
        raise ValidationError(
            _("Upload the logo as an SVG or PNG file."), code="not_an_image"
        )
    if max(width, height) > PNG_MAX_SIDE:
        raise ValidationError(
            _("The logo is too large: keep it under 2000 pixels on each side."),
            code="too_many_pixels",
        )
    return width, height


def validate_logo(upload):
    """Model-level check, so a logo set outside the admin form is checked too."""
    if getattr(upload, "_committed", True):  # already stored (and cleaned)
        return
    if isinstance(getattr(upload, "file", upload), CleanedLogo):  # the form cleaned it
        return
    position = upload.tell() if hasattr(upload, "tell") else 0
    cleaned_logo(upload)
    upload.seek(position)
