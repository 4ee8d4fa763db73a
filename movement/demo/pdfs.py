"""Real, text-bearing PDFs for the demo packs: a title page, contents, then the text.

The output is byte-for-byte the same each run (reportlab's invariant mode fixes
the dates and document id), so loading the demo twice gives identical files.
"""

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

BRAND = colors.HexColor("#5b2a86")


@dataclass
class Section:
    heading: str
    paragraphs: list


def build_pdf(title, subtitle, sections, author="Resilience Revolution"):
    """The PDF's bytes: title page, contents page, then one page or more per section."""
    buffer = io.BytesIO()
    document = _PackTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=author,
        subject=subtitle,
        invariant=1,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
    )
    document.multiBuild(_story(title, subtitle, sections, author))
    return buffer.getvalue()


class _PackTemplate(SimpleDocTemplate):
    """Tells the contents page where each section heading landed."""

    def afterFlowable(self, flowable):
        if getattr(flowable, "style", None) is STYLES["section"]:
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))


def _styles():
    sample = getSampleStyleSheet()
    return {
        "title": ParagraphStyle(
            "PackTitle",
            parent=sample["Title"],
            fontSize=30,
            leading=36,
            textColor=BRAND,
        ),
        "subtitle": ParagraphStyle(
            "PackSubtitle", parent=sample["Heading2"], textColor=colors.black
        ),
        "section": ParagraphStyle(
            "PackSection", parent=sample["Heading1"], textColor=BRAND
        ),
        "body": ParagraphStyle(
            "PackBody", parent=sample["BodyText"], fontSize=11, leading=16
        ),
        "small": ParagraphStyle("PackSmall", parent=sample["BodyText"], fontSize=9),
    }


STYLES = _styles()


def _story(title, subtitle, sections, author):
    contents = TableOfContents()
    story = [
        Spacer(1, 60 * mm),
        Paragraph(title, STYLES["title"]),
        Spacer(1, 8 * mm),
        Paragraph(subtitle, STYLES["subtitle"]),
        Spacer(1, 90 * mm),
        Paragraph(author, STYLES["small"]),
        PageBreak(),
        Paragraph("Contents", STYLES["subtitle"]),
        contents,
    ]
    for section in sections:
        story += [PageBreak(), Paragraph(section.heading, STYLES["section"])]
        story += [Paragraph(text, STYLES["body"]) for text in section.paragraphs]
    return story
