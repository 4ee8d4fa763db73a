"""The home page, the standard pages and the site furniture."""

from wagtail.models import Locale, Site

from home.models import StandardPage
from movement.models import (
    Footer,
    MainNavigation,
    NoticeBanner,
    SiteIdentity,
    SiteSettings,
)

from .build import ensure_child, ensure_image, heading, paragraph, stream

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
    load_site_furniture(demo, site)


def load_site_furniture(demo, site):
    site_settings = SiteSettings.for_site(site)
    if not site_settings.contact_email:
        site_settings.charity_number = "1234567"
        site_settings.contact_email = "hello@example.org"
        site_settings.social_links = stream(
            (
                "link",
                {
                    "platform": "instagram",
                    "url": "https://instagram.example.org/resilience",
                },
            ),
            (
                "link",
                {"platform": "youtube", "url": "https://video.example.org/resilience"},
            ),
        )
        site_settings.save()
    locale = Locale.get_default()
    if not SiteIdentity.objects.filter(locale=locale).exists():
        SiteIdentity.objects.create(
            locale=locale,
            name="Resilience Revolution",
            tagline=(
                "A movement of young people and the adults around them, beating "
                "the odds while changing them."
            ),
        )
    if not Footer.objects.filter(locale=locale).exists():
        Footer.objects.create(
            locale=locale,
            text="<p>Beating the odds whilst also changing the odds, together.</p>",
            links=stream(
                *[
                    ("link", {"page": demo.pages[slug], "url": "", "text": ""})
                    for slug in ("about", "contact", "privacy", "accessibility")
                ]
            ),
        )
    if not NoticeBanner.objects.exists():
        NoticeBanner.objects.create(
            locale=locale,
            message="We've moved! The co-production team's website has a new home.",
            link_page=demo.pages["about"],
            link_text="Find out more",
        )


def load_navigation(demo):
    """Runs last, once every section exists."""
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
    )
    home = demo.home
    if getattr(demo, "home_needs_features", False):
        featured = [demo.pages[slug] for slug in demo.featured if slug in demo.pages]
        home.featured_pages = stream(*[("page", page) for page in featured])
        home.hero_call_to_action = stream(
            (
                "link",
                {"page": demo.pages["about"], "url": "", "text": "What we stand for"},
            )
        )
        home.save_revision().publish()
