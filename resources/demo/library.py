"""The resource library: the packs in packs.py, each page with a real PDF."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from movement.demo.build import ensure_child, ensure_image, tag_with_framework
from movement.demo.pdfs import build_pdf
from resources.models import ResourceDocument, ResourceIndexPage, ResourcePage

from .packs import packs

# Each pack's resilient moves, and the level it helps people work at.
FRAMEWORK_TAGS = {
    "bounce-forward-teacher-pack": (
        [
            "being-brave",
            "working-through-problems",
            "calming-yourself-down",
            "noticing-what-youve-achieved",
        ],
        "change",
    ),
    "getting-your-head-around-conferences": (
        ["being-brave", "speaking-up-for-yourself"],
        "beat",
    ),
    "east-sussex-resilient-therapy-cop-executive-summary": (
        ["working-through-problems", "people-you-can-count-on"],
        "change",
    ),
    "targeted-youth-service-cop-dissertation": (["people-you-can-count-on"], "change"),
}


def ensure_pdf(title, filename, subtitle, sections):
    """The document called `title`; generated and uploaded only if it is missing."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = Document(title=title)
    document.file.save(
        filename, ContentFile(build_pdf(title, subtitle, sections)), save=False
    )
    document.save()
    return document


def load(demo):
    index = ensure_child(
        demo.home,
        ResourceIndexPage(
            title="Resources",
            slug="resources",
            show_in_menus=True,
            introduction="<p>Packs, guides and research from across the movement, free "
            "to download. Every one is summarised on its page, so you can see what is "
            "inside before you open the file.</p>",
            listing_summary="Free packs, guides and research to download.",
        ),
    )
    demo.pages["resources"] = index
    # The library lists newest first: the flagship teacher pack goes in last.
    ensure_children(demo, index, reversed(list(enumerate(packs()))), _resource)


def ensure_children(demo, parent, numbered_specs, build):
    """Each spec's page under `parent`; built, files and all, only when it is missing."""
    for number, spec in numbered_specs:
        existing = parent.get_children().filter(slug=spec["slug"]).first()
        demo.pages[spec["slug"]] = (
            existing.specific
            if existing
            else ensure_child(parent, build(demo, number, spec))
        )


def page_fields(spec, *related):
    """The spec's page fields: all but the `related` ones, which are set after."""
    return {key: value for key, value in spec.items() if key not in related}


def _resource(demo, number, spec):
    fields = page_fields(spec, "audiences", "fundamentals", "documents")
    page = ResourcePage(
        cover_image=ensure_image(
            f"Resource cover {number + 1}",
            seed=300 + number,
            width=900,
            height=1200,
        ),
        **fields,
    )
    page.audiences = [
        page.audiences.model(audience=value) for value in spec["audiences"]
    ]
    page.fundamentals = [demo.fundamentals[slug] for slug in spec["fundamentals"]]
    tag_with_framework(demo, page, FRAMEWORK_TAGS.get(spec["slug"]))
    page.documents = [
        ResourceDocument(
            document=ensure_pdf(
                item["title"], item["filename"], item["subtitle"], item["sections"]
            ),
            description=item["description"],
        )
        for item in spec["documents"]
    ]
    return page
