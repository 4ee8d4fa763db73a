"""The Resilience Framework: its compartments, and the young people's version's page.

Runs after the fundamentals and before every page that is tagged with moves
(see the step order in movement/demo); the text is in framework_text.
"""

from wagtail.models import Locale

from movement.models import Compartment, FrameworkPage, ResilientMove

from .build import ensure_child, paragraph, stream
from .framework_text import COMPARTMENT_ICONS, COMPARTMENTS, MOVES, PAGE, VERSION


def load(demo):
    compartments = {
        slug: ensure_compartment(position, slug, title, summary)
        for position, (slug, title, summary) in enumerate(COMPARTMENTS)
    }
    page = demo.home.get_children().filter(slug=PAGE["slug"]).first()
    if page is None:
        page = FrameworkPage(
            title=PAGE["title"],
            slug=PAGE["slug"],
            show_in_menus=True,
            audience=VERSION["title"],
            listing_title=PAGE["listing_title"],
            listing_summary=PAGE["listing_summary"],
            search_description=VERSION["summary"],
            introduction=PAGE["introduction"],
            body=stream(paragraph(PAGE["body"])),
        )
        for order, (compartment, slug, title, summary, for_whom, ideas) in enumerate(
            MOVES
        ):
            page.moves.add(
                ResilientMove(
                    compartment=compartments[compartment],
                    slug=slug,
                    title=title,
                    summary=summary,
                    for_whom=for_whom,
                    ideas=ideas,
                    sort_order=order,
                )
            )
        page = ensure_child(demo.home, page)
    demo.pages["framework"] = page.specific
    demo.moves = {move.slug: move for move in ResilientMove.objects.filter(page=page)}


def ensure_compartment(position, slug, title, summary):
    locale = Locale.get_default()
    return Compartment.objects.get_or_create(
        locale=locale,
        slug=slug,
        defaults={
            "title": title,
            "summary": summary,
            "position": position,
            "icon": COMPARTMENT_ICONS[slug],
        },
    )[0]
