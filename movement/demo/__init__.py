"""Demo content: the movement's story, from the seed documents' facts, in our own words."""

from dataclasses import dataclass, field
from importlib import import_module

from django.db import transaction

# Each module has load(demo); order matters where one links to another.
STEPS = [
    "movement.demo.site",
    "movement.demo.fundamentals",
    "movement.demo.blog",
    "movement.demo.campaigns",
    "movement.demo.resources",
    "movement.demo.communities",
    "movement.demo.events",
]


@dataclass
class DemoSite:
    home: object = None
    pages: dict = field(default_factory=dict)
    fundamentals: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    menu_order: list = field(
        default_factory=lambda: [
            "about",
            "fundamentals",
            "campaigns",
            "resources",
            "communities",
            "events",
            "blog",
        ]
    )
    featured: list = field(
        default_factory=lambda: [
            "same-pay-for-the-same-day",
            "bounce-forward-teacher-pack",
            "communities",
            "fundamentals",
            "events",
            "about",
        ]
    )


@transaction.atomic
def load_demo_content():
    from movement.demo import collections, translations
    from movement.demo.site import load_navigation
    from movement.locales import ensure_locales, mirror_default_tree

    demo = DemoSite()
    for step in STEPS:
        import_module(step).load(demo)
    load_navigation(demo)
    # Every language mirrors the English tree; then some pages get real translations.
    ensure_locales()
    mirror_default_tree()
    translations.load(demo)
    collections.load(demo)  # last: it files every image and document made above
    return demo
