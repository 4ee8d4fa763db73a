"""The home page's featured pages and call to action, once every section exists."""

from movement.demo.build import stream

FEATURED = [
    "same-pay-for-the-same-day",
    "bounce-forward-teacher-pack",
    "communities",
    "fundamentals",
    "events",
    "about",
]


def load(demo):
    if not getattr(demo, "home_needs_features", False):
        return  # set by home.demo.site when it first fills the home page
    home = demo.home
    featured = [demo.pages[slug] for slug in FEATURED if slug in demo.pages]
    home.featured_pages = stream(*[("page", page) for page in featured])
    home.hero_call_to_action = stream(
        (
            "link",
            {
                "page": demo.pages["get-involved"],
                "url": "",
                "text": "Join the movement",
            },
        )
    )
    home.save_revision().publish()
