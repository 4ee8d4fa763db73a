"""Demo content: the movement's story, from the seed documents' facts, in our own words.

The core knows no app, so each app brings its own demo content in a `demo`
package, found here the way Wagtail finds `wagtail_hooks`: every installed app
that has one. Such a package declares STEPS, a dict from an order number to a
module with a `load(demo)` function, and may hold a `translations` package
(see movement/demo/translations). The core adds its own steps below, and
every step runs once, lowest number first, all sharing one DemoSite.

The numbers keep the order explicit where one step links to another's pages.
Today's sequence (each package's STEPS is the source):

    10  home.demo.site                the home page and the standard pages
    12  home.demo.forms               "share your story" and "write to us"
    15  movement.demo.furniture       identity, footer and banner: link standard pages
    16  movement.demo.newsletter      the newsletter's topics and recipient lists
    20  home.demo.fundamentals
    25  movement.demo.framework      the compartments and moves pages are tagged with
    30  home.demo.blog                people, categories and posts
    32  home.demo.comments            comments on two posts, the safeguarding notice
    35  home.demo.newsletters         a newsletter in the blog, the home page's sign-up
    40  campaigns.demo.campaigns      link blog people and the contact page; add posts
    50  resources.demo.library
    60  resources.demo.communities    link resources
    70  home.demo.events              link a blog post and a community
    80  movement.demo.navigation      once every section exists
    85  home.demo.featured            the home page's featured pages, likewise
    90  movement.demo.locales         every language mirrors the English tree
   100  movement.demo.translations    then some pages get real translations
   110  movement.demo.collections     last: it files every image and document above

Two steps may not share a number. The order also places the sections in the
page tree (and so in the admin's explorer), in the order they are added.
"""

from dataclasses import dataclass, field
from importlib import import_module

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings
from django.utils.module_loading import module_has_submodule
from wagtail import hooks

STEPS = {
    15: "movement.demo.furniture",
    16: "movement.demo.newsletter",
    25: "movement.demo.framework",
    80: "movement.demo.navigation",
    90: "movement.demo.locales",
    100: "movement.demo.translations",
    110: "movement.demo.collections",
}


@dataclass
class DemoSite:
    """What the steps share: the home page, and each page made so far by its slug."""

    home: object = None
    pages: dict = field(default_factory=dict)
    fundamentals: dict = field(default_factory=dict)
    moves: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    menu_order: list = field(
        default_factory=lambda: [
            "about",
            "fundamentals",
            "framework",
            "campaigns",
            "resources",
            "communities",
            "events",
            "blog",
        ]
    )


def app_demos():
    """Every installed app's `demo` package but the core's, in INSTALLED_APPS order."""
    return [
        import_module(f"{config.name}.demo")
        for config in apps.get_app_configs()
        if f"{config.name}.demo" != __name__
        and module_has_submodule(config.module, "demo")
    ]


def steps():
    """Every step's module, the core's and the apps', lowest number first."""
    modules = dict(STEPS)
    for package in app_demos():
        for order, module in package.STEPS.items():
            if order in modules:
                raise ImproperlyConfigured(
                    f"Demo steps {modules[order]} and {module} share number {order}."
                )
            modules[order] = module
    return [modules[order] for order in sorted(modules)]


# django-tasks' backend that keeps tasks and never runs them. Set through
# override_settings, whose setting_changed signal is how django-tasks is told to
# drop the backends it made; restored on the way out, even after an error.
TASKS_DROPPED = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def load_demo_content():
    """Every step, in one transaction; then the search and references indexes.

    Wagtail indexes each object saved, for search and for references, in a task
    of its own: about 900 for the demo, half of its loading time. While the demo
    loads they are dropped, and both indexes are rebuilt once at the end (outside
    the transaction: on PostgreSQL the search index is then compacted, which no
    transaction may hold).
    """
    with override_settings(TASKS=TASKS_DROPPED):
        demo = _load_steps()
    # Snippets are indexed for references once their wagtail_hooks have
    # registered them, which a first load's rich-text links happen to cause
    # and a second load's do not.
    hooks.search_for_hooks()
    call_command("update_index", verbosity=0)
    call_command("rebuild_references_index", verbosity=0)
    return demo


@transaction.atomic
def _load_steps():
    demo = DemoSite()
    for module in steps():
        import_module(module).load(demo)
    return demo
