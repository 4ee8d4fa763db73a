"""The "Get involved" page: every way to join in, one step from any page.

The header's button (movement.demo.navigation) and the home page's call to
action link it, so it is made once the campaigns, events and communities exist.
"""

from home.models import StandardPage
from movement.demo.build import ensure_child, stream

SLUG = "get-involved"


def ways_in(demo):
    """(heading, what it is, page slug, button text) for each way to join."""
    return [
        (
            "Sign the pledge",
            "Ask for the same pay for the same day: add your name, or your "
            "organisation's, to the Same Pay for the Same Day pledge.",
            "same-pay-for-the-same-day",
            "Sign the pledge",
        ),
        (
            "Come to an event",
            "Training, talks and meet-ups, near you and online. Most are free.",
            "events",
            "See what's on",
        ),
        (
            "Join a community of practice",
            "Meet people who do the same work as you, share what works and change "
            "things together.",
            "communities",
            "Find your community",
        ),
        (
            "Share your story",
            "Tell us what makes the odds harder, or fairer, where you live.",
            "share-your-story",
            "Share your story",
        ),
    ]


def load(demo):
    blocks = [
        (
            "call_to_action",
            {
                "heading": heading,
                "description": description,
                "page": demo.pages[slug],
                "url": "",
                "text": text,
            },
        )
        for heading, description, slug, text in ways_in(demo)
        if slug in demo.pages
    ]
    blocks.insert(
        2,
        (
            "newsletter_sign_up",
            {
                "heading": "Hear from us",
                "text": "News of campaigns, events and new packs, in your language, "
                "once a month at most.",
            },
        ),
    )
    demo.pages[SLUG] = ensure_child(
        demo.home,
        StandardPage(
            title="Get involved",
            slug=SLUG,
            listing_summary="Ways to join the movement: sign a pledge, come to an "
            "event, join a community of practice or get our newsletter.",
            introduction="<p>Whoever you are, there is a part for you. Pick the one "
            "that fits your week.</p>",
            body=stream(*blocks),
        ),
    )
