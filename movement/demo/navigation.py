"""The main navigation: a section for each page in DemoSite.menu_order that exists."""

from wagtail.models import Locale

from movement.models import MainNavigation

from .build import stream


def load(demo):
    """Runs once every section exists."""
    locale = Locale.get_default()
    if MainNavigation.objects.filter(locale=locale).exists():
        return
    sections = [demo.pages[slug] for slug in demo.menu_order if slug in demo.pages]
    MainNavigation.objects.create(
        locale=locale,
        items=stream(
            *[
                (
                    "section",
                    {"link": {"page": page, "url": "", "text": ""}, "children": []},
                )
                for page in sections
            ]
        ),
        # The header's button: where people join in, when that page exists.
        action=stream(
            *[
                ("link", {"page": demo.pages[slug], "url": "", "text": ""})
                for slug in ("get-involved",)
                if slug in demo.pages
            ]
        ),
    )
