"""The home page and the standard pages (about, contact, privacy, accessibility)."""

from wagtail.models import Site

from home.models import StandardPage
from movement.demo.build import ensure_child, ensure_image, heading, paragraph, stream

STANDARD_PAGES = [
    {
        "slug": "about",
        "title": "About the movement",
        "listing_summary": "Who we are, where the Resilience Revolution started and how it works.",
        "introduction": "<p>The Resilience Revolution is a social movement led by a charity "
        "together with young people, parents, carers, teachers and practitioners.</p>",
        "body": lambda: stream(
            heading("Beating the odds, changing the odds"),
            paragraph(
                "<p>We use a social justice definition of resilience: helping people get "
                "through hard times <b>and</b> changing the conditions that make those times "
                "hard in the first place. Support for one person matters, and so does fixing "
                "the system around them.</p>"
            ),
            heading("Where it began"),
            paragraph(
                "<p>The movement was first piloted across a whole town, Blackpool, with "
                "funding from the National Lottery Community Fund's HeadStart programme. "
                "The council, schools, families and young people worked as one alliance and "
                "built a shared language of resilience. The pilot has finished; the network "
                "it grew carries on.</p>"
            ),
            (
                "quote",
                {
                    "quote": "Systems that work better for people who need extra support "
                    "tend to work better for everyone.",
                    "attribution": "A principle of the movement",
                    "role": "",
                },
            ),
        ),
    },
    {
        "slug": "contact",
        "title": "Contact us",
        "listing_summary": "How to reach the team, join a community of practice or ask for a pack.",
        "introduction": "<p>We would love to hear from you, whether you are a young person, a "
        "parent or carer, or someone who works with them.</p>",
        "body": lambda: stream(
            paragraph(
                '<p>Email <a href="mailto:hello@example.org">hello@example.org</a> '
                "and someone from the team will reply within five working days.</p>"
            ),
            (
                "accordion",
                {
                    "heading": "Common questions",
                    "items": [
                        {
                            "question": "Can I come to a community of practice meeting?",
                            "answer": "<p>Yes. Meetings are open to anyone who shares the interest of "
                            "the group. Tell us which one and we will send the details.</p>",
                        },
                        {
                            "question": "Can I get a printed teacher pack?",
                            "answer": "<p>Every pack can be downloaded and printed from its resource "
                            "page. Ask us if you need an accessible format.</p>",
                        },
                    ],
                },
            ),
        ),
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "listing_summary": "What we collect when you use this site, and what we do not.",
        "introduction": "<p>This site collects as little about you as it can.</p>",
        "body": lambda: stream(
            paragraph(
                "<p>We use no advertising or tracking cookies and load nothing from "
                "other companies' servers. Our server keeps standard access logs for "
                "security for 30 days.</p>"
            ),
            paragraph(
                "<p>When you search, we count the words searched for so editors can "
                "improve the site, but we do not record who searched.</p>"
            ),
        ),
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "listing_summary": "How we make this site usable by as many people as possible.",
        "introduction": "<p>We want everyone to be able to use this website.</p>",
        "body": lambda: stream(
            paragraph(
                "<p>We aim to meet the Web Content Accessibility Guidelines 2.2 at "
                "level AA. Pages work with a keyboard, a screen reader and without "
                "JavaScript, and every downloadable pack has a summary on its page.</p>"
            ),
            paragraph(
                "<p>If something does not work for you, email "
                '<a href="mailto:access@example.org">access@example.org</a>.</p>'
            ),
        ),
    },
]


def load(demo):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    demo.home = home
    if (
        not home.hero_intro
    ):  # first load only: later runs never overwrite an editor's work
        home.title = "Resilience Revolution"
        home.hero_heading = "Beating the odds, and changing them"
        home.hero_intro = (
            "A movement of young people, families, schools and practitioners who build "
            "resilience together and change the systems that make life harder."
        )
        home.hero_image = ensure_image(
            "Home hero illustration", "Overlapping circles in purple and yellow", seed=1
        )
        home.featured_heading = "Get involved"
        home.fundamentals_heading = "Seven fundamentals guide everything we do"
        home.fundamentals_intro = (
            "They shape how we work, who we work with and what we ask for."
        )
        home.listing_summary = "The home of the Resilience Revolution social movement."
        home.search_description = "A social movement for resilience: beating the odds whilst also changing the odds."
        home.save_revision().publish()
        demo.home_needs_features = True
    for spec in STANDARD_PAGES:
        fields = {key: value for key, value in spec.items() if key != "body"}
        fields["body"] = spec["body"]()
        page = ensure_child(home, StandardPage(show_in_menus=True, **fields))
        demo.pages[spec["slug"]] = page
