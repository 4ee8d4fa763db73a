"""Checks before publishing, in Wagtail's own accessibility checker.

Wagtail runs axe-core on the page in the userbar and in the editor's preview
panel ("Checks"), configured from Python by `ContentChecksItem` below. We widen
its rules to everything on a page that an editor's content can break (WCAG 2.2
AA), with messages saying what to do.

Our own checks (alt text, summary, meta description, reading score) need the
page's data, which the browser does not have. Wagtail evaluates only its own
checks' JavaScript (a check's `evaluate` cannot come from Python), so the
server decides instead: for each finding about the page being checked it
switches on one extra rule, whose check always fails on the page's <main>,
with the finding as its message. A page with no findings gets no extra rules.
The rules live in the userbar, which only signed-in editors receive, so
visitors never see them.
"""

from django.utils.html import strip_tags
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.blocks import ListBlock, StreamBlock, StructBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock

from movement.alt_text import looks_like_a_file_name
from movement.readability import has_reading_score, reading_score

# Rules for what an editor's content can break; layout rules (landmarks,
# regions) are the developers' job and are tested in CI instead.
EDITOR_RULES = [
    "alt-text-quality",
    "area-alt",
    "button-name",
    "color-contrast",
    "definition-list",
    "dlitem",
    "document-title",
    "duplicate-id-aria",
    "empty-heading",
    "empty-meta-description",
    "empty-table-header",
    "frame-title",
    "frame-title-unique",
    "heading-order",
    "html-lang-valid",
    "image-alt",
    "image-redundant-alt",
    "input-button-name",
    "input-image-alt",
    "link-name",
    "list",
    "listitem",
    "object-alt",
    "p-as-heading",
    "role-img-alt",
    "svg-img-alt",
    "td-headers-attr",
    "th-has-data-cells",
    "valid-lang",
    "video-caption",
]


def _messages():
    return {
        "alt-text-quality": (
            _("Image alt text looks like a file name"),
            _("Describe what the picture shows, or mark it decorative."),
        ),
        "area-alt": (
            _("Image map area has no text"),
            _("Give each clickable area a few words saying where it goes."),
        ),
        "button-name": (
            _("Button text is empty"),
            _("Give the button words saying what it does."),
        ),
        "color-contrast": (
            _("Text is hard to see against its background"),
            _("Choose darker text or a lighter background."),
        ),
        "definition-list": (
            _("Definition list is broken"),
            _("Ask a developer: the list has items it cannot contain."),
        ),
        "dlitem": (
            _("Definition list item is on its own"),
            _("Ask a developer: terms must sit inside a definition list."),
        ),
        "document-title": (
            _("Page has no title"),
            _("Give the page a title in the Content tab."),
        ),
        "duplicate-id-aria": (
            _("Two parts of the page share an anchor name"),
            _("Give each anchor or heading ID its own name."),
        ),
        "empty-heading": (
            _("Empty heading found"),
            _("Write the heading, or delete it."),
        ),
        "empty-meta-description": (
            _("Meta description is empty"),
            _("Add a sentence for search results in the Promote tab."),
        ),
        "empty-table-header": (
            _("Table header text is empty"),
            _("Write a heading for each column or row of the table."),
        ),
        "frame-title": (
            _("Embedded content has no title"),
            _("Ask a developer: embedded videos and maps need a title."),
        ),
        "frame-title-unique": (
            _("Two embeds have the same title"),
            _("Ask a developer: each embed needs its own title."),
        ),
        "heading-order": (
            _("A heading level is skipped"),
            _("Use the next level down (H2, then H3); do not skip one."),
        ),
        "html-lang-valid": (
            _("Page language is not valid"),
            _("Ask a developer: the page says it is in an unknown language."),
        ),
        "image-alt": (
            _("Image has no alt text"),
            _("Describe what the picture shows, or mark it decorative."),
        ),
        "image-redundant-alt": (
            _("Alt text repeats the text next to it"),
            _("Say something the caption does not, or mark it decorative."),
        ),
        "input-button-name": (
            _("Input button text is empty"),
            _("Give the button words saying what it does."),
        ),
        "input-image-alt": (
            _("Image button has no text"),
            _("Say what the button does in its alt text."),
        ),
        "link-name": (
            _("Link text is empty"),
            _("Write words saying where the link goes."),
        ),
        "list": (
            _("List is broken"),
            _("Use the editor's list button rather than pasting a list."),
        ),
        "listitem": (
            _("List item is outside a list"),
            _("Use the editor's list button rather than pasting a list."),
        ),
        "object-alt": (
            _("Embedded object has no text"),
            _("Ask a developer: embedded objects need a text alternative."),
        ),
        "p-as-heading": (
            _("Bold text used as a heading"),
            _("Choose a heading style (H2, H3) instead of bold text."),
        ),
        "role-img-alt": (
            _("Image has no text alternative"),
            _("Describe what the picture shows, or mark it decorative."),
        ),
        "svg-img-alt": (
            _("Drawing has no text alternative"),
            _("Describe what the drawing shows."),
        ),
        "td-headers-attr": (
            _("Table cells point at missing headers"),
            _("Check the table's first row or column is marked as headers."),
        ),
        "th-has-data-cells": (
            _("Table header has nothing under it"),
            _("Remove the empty column or row, or fill it in."),
        ),
        "valid-lang": (
            _("Text is marked with an unknown language"),
            _("Ask a developer: a passage names a language that does not exist."),
        ),
        "video-caption": (
            _("Video has no captions"),
            _("Add captions to the video before publishing."),
        ),
    }


def page_findings(page):
    """What an editor should fix on `page`, as {rule id: (problem, what to do)}."""
    if page is None:
        return {}
    findings = {}
    if any(_alt_text_missing(image) for image in _images(page)):
        findings["content-image-alt"] = (
            _("An image has no alt text, or its file name as alt text"),
            _("Describe what each picture shows, or mark it decorative."),
        )
    if _summary_text(page) == "":
        findings["content-summary"] = (
            _("The page has no summary"),
            _(
                "Write an introduction, or one or two sentences in the Promote "
                "tab under Listing card."
            ),
        )
    if hasattr(page, "search_description") and not page.search_description.strip():
        findings["content-meta-description"] = (
            _("The page has no meta description"),
            _("Write a sentence for search results in the Promote tab."),
        )
    language = page.locale.language_code if page.locale_id else "en"
    if not has_reading_score(language):
        findings["content-reading-score"] = (
            _("No reading score for %(language)s yet")
            % {"language": get_language_info(language)["name_translated"]},
            _("Ask someone who reads it to check the text is plain and short."),
        )
    else:
        score = reading_score(_page_text(page), language)
        if score is not None and not score.is_plain:
            findings["content-reading-score"] = (_("Hard to read"), score.verdict)
    return findings


# Where a page keeps its summary: the card's, else an introduction (posts,
# events, standard pages) or a pack's summary.
SUMMARY_FIELDS = ["listing_summary", "introduction", "summary"]


def _summary_text(page):
    """The page's summary as text; None if it has no field for one."""
    fields = [name for name in SUMMARY_FIELDS if hasattr(page, name)]
    if not fields:
        return None
    return " ".join(
        strip_tags(str(getattr(page, name) or "")) for name in fields
    ).strip()


def _images(page):
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            yield from _images_in(field.stream_block, getattr(page, field.name))


def _images_in(block, value):
    if value is None:
        return
    if isinstance(block, ImageBlock):
        yield value
    elif isinstance(block, StreamBlock):
        for child in value:
            yield from _images_in(child.block, child.value)
    elif isinstance(block, StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _images_in(child_block, value.get(name))
    elif isinstance(block, ListBlock):
        for item in value:
            yield from _images_in(block.child_block, item)


def _alt_text_missing(image):
    if getattr(image, "decorative", False):
        return False
    alt_text = (getattr(image, "contextual_alt_text", "") or "").strip()
    return not alt_text or looks_like_a_file_name(alt_text, image)


def _page_text(page):
    """The words a reader reads: every rich text and stream field, as text."""
    parts = []
    for field in page._meta.get_fields():
        if isinstance(field, StreamField | RichTextField):
            parts.extend(field.get_searchable_content(getattr(page, field.name)))
    return " ".join(str(part) for part in parts)


class ContentChecksItem(ContentCheckerItem):
    """Wagtail's checker with our rules, and our findings about `page`."""

    axe_run_only = EDITOR_RULES

    def __init__(self, page=None, in_editor=False):
        super().__init__(in_editor=in_editor)
        self.page = page

    def _findings(self):
        if not hasattr(self, "_cached_findings"):
            self._cached_findings = page_findings(self.page)
        return self._cached_findings

    def get_axe_run_only(self, request):
        return [*EDITOR_RULES, *self._findings()]

    def get_axe_rules(self, request):
        # Wagtail's alt-text check with a pattern matching everything: the
        # one check in its bundle we can make fail on purpose.
        always_fails = {"check-image-alt-text": {"options": {"pattern": "^"}}}
        return {rule: {"checks": always_fails} for rule in self._findings()}

    def get_axe_custom_rules(self, request):
        return [
            *super().get_axe_custom_rules(request),
            *(
                {
                    "id": rule,
                    "impact": "serious",
                    # <main> tells the editor it is about the whole page.
                    "selector": "main",
                    "tags": ["best-practice"],
                    "any": ["check-image-alt-text"],
                    "enabled": True,
                }
                for rule in self._findings()
            ),
        ]

    def get_axe_messages(self, request):
        messages = {**_messages(), **self._findings()}
        return {
            rule: {"error_name": problem, "help_text": what_to_do}
            for rule, (problem, what_to_do) in messages.items()
        }
