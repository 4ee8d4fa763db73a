"""Campaigns: Same Pay for the Same Day, a won campaign on bus fares, partners, updates.

Figures are illustrative: they describe how age-banded minimum wage rates work,
not statistics, and say so in each fact's source line.
"""

import datetime

from django.utils.html import strip_tags
from wagtail.models import Locale

from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    CampaignPartner,
    CampaignPledge,
    CampaignStatus,
    Partner,
    Signer,
)
from home.models import BlogPostAuthor, BlogPostPage
from movement.demo.build import (
    ensure_child,
    ensure_image,
    heading,
    paragraph,
    stream,
    tag_with_framework,
)
from movement.palette import Accent

from .pledges import add_demo_pledges

# Each campaign's resilient moves, and the level it works at.
FRAMEWORK_TAGS = {
    "same-pay-for-the-same-day": (
        ["enough-money-to-get-by", "being-treated-fairly", "speaking-up-for-yourself"],
        "supercharged",
    ),
    "fair-fares-for-young-people": (["getting-where-you-need-to-go"], "supercharged"),
    # their updates, on the blog
    "same-pay-why-we-started": (
        ["enough-money-to-get-by", "being-treated-fairly"],
        "supercharged",
    ),
    "same-pay-talking-to-employers": (["enough-money-to-get-by"], "supercharged"),
    "fair-fares-we-won": (["getting-where-you-need-to-go"], "supercharged"),
}

ILLUSTRATIVE = "Illustrative example: check current rates on GOV.UK"

PARTNERS = {
    "fair-start": (
        "Fair Start Youth Union",
        "https://fairstart.example.org/",
        "A union run by young people that helps them understand and stand up "
        "for their rights at work.",
        401,
    ),
    "young-workers": (
        "Young Workers' Advice Network",
        "https://youngworkers.example.org/",
        "Free, confidential advice on pay, contracts and first jobs for "
        "workers under 25.",
        402,
    ),
}


def same_pay(demo, partners):
    return {
        "slug": "same-pay-for-the-same-day",
        "title": "Same Pay for the Same Day",
        "status": CampaignStatus.ACTIVE,
        "accent": Accent.ORANGE,
        "listing_summary": "Young people can be paid less than the colleague beside "
        "them for the same work, just because of their age. We want that to change.",
        "introduction": "<p>A young person can work the same shift, do the same tasks "
        "and carry the same responsibility as an older colleague, and still take home "
        "less, simply because they are younger. Young people in the Resilience "
        "Revolution started this campaign to make that difference visible.</p>",
        "the_ask": "<p>We ask employers to pay young people the same rate as older "
        "colleagues for the same work, and we ask decision-makers to end minimum "
        "wage rates that depend on age.</p>",
        "hero_image": ensure_image(
            "Campaign illustration: Same Pay for the Same Day",
            seed=300,
        ),
        "call_to_action": stream(
            (
                "call_to_action",
                {
                    "page": demo.pages["share-your-story"],
                    "url": "",
                    "text": "Share your story",
                    "heading": "Add your voice",
                    "description": "Been paid less than an older colleague for the "
                    "same job? Tell us what happened: every story helps show why "
                    "this matters.",
                },
            )
        ),
        "key_facts": stream(
            (
                "key_facts",
                {
                    "heading": "The facts in short",
                    "facts": [
                        {
                            "figure": "18 vs 21",
                            "label": "The legal minimum for an 18-year-old is lower "
                            "than for a 21-year-old, even on the same shift.",
                            "source": ILLUSTRATIVE,
                        },
                        {
                            "figure": "16–17",
                            "label": "Workers aged 16 and 17 have a lower legal "
                            "minimum again.",
                            "source": ILLUSTRATIVE,
                        },
                        {
                            "figure": "Age, not skill",
                            "label": "Which minimum applies depends on a worker's "
                            "age, not on the job they do or how well they do it.",
                            "source": ILLUSTRATIVE,
                        },
                    ],
                },
            )
        ),
        "body": stream(
            heading("Why it matters"),
            paragraph(
                "<p>Young people told us that earning less for the same day's work "
                "feels like being told their time is worth less. Many are saving "
                "for college, helping out at home or living on their own, and "
                "their bills come with no discount for being young.</p>"
            ),
            (
                "odds_comparison",
                {
                    "situation": "A 17-year-old earns less than the 22-year-old "
                    "on the same till",
                    "beat_the_odds": "Help that young person find extra shifts or "
                    "a better-paid job.",
                    "change_the_odds": "Ask local employers to pay everyone the "
                    "same rate for the same work.",
                    "supercharged": "Work with employers, unions and young people "
                    "to end age-based minimum rates altogether.",
                },
            ),
            heading("How the campaign works"),
            paragraph(
                "<ul><li>Young people collect stories from workplaces across the "
                "town.</li><li>We share what we learn with employers and invite "
                "them to pledge equal pay for equal work.</li><li>With our "
                "partners, we take the stories to the people who set the "
                "rules.</li></ul>"
            ),
        ),
        "partners": [partners["fair-start"], partners["young-workers"]],
        "pledges": [
            CampaignPledge(
                statement="I support Same Pay for the Same Day",
                description="Add your name if you think a day's work deserves a "
                "day's pay, whatever the age of the person doing it.",
                signer=Signer.PERSON,
                goal=500,
                consent_text="I agree that the Resilience Revolution keeps what I "
                "have typed here to count my pledge. Only our team sees my name; "
                "it is wiped after a year, and my pledge stays in the count.",
                keep_for_days=365,
            ),
            CampaignPledge(
                statement="We pledge to pay young workers the same",
                description="For employers: pledge to pay the same hourly rate for "
                "the same job, whatever a worker's age. Once we have checked, your "
                "organisation's name is listed below.",
                signer=Signer.ORGANISATION,
                goal=50,
                consent_text="I can speak for this organisation, and I agree that "
                "its name may be shown on this page once checked. Only our team "
                "sees my own name; it is wiped after a year.",
                list_organisations=True,
                keep_for_days=365,
            ),
        ],
        "fundamentals": ["social-justice", "whole-system-change", "co-production"],
        "tags": ["young workers", "pay"],
    }


def fair_fares(demo, partners):
    return {
        "slug": "fair-fares-for-young-people",
        "title": "Fair Fares for Young People",
        "status": CampaignStatus.WON,
        "accent": Accent.GREEN,
        "listing_summary": "Bus fares were keeping young people from school, college "
        "and work. Young leaders campaigned for one low fare, and won.",
        "introduction": "<p>Young people were missing lessons, training and shifts "
        "because the bus took too much of their money. Young leaders asked why, "
        "and kept asking until the fares changed.</p>",
        "the_ask": "<p>We asked the town's bus company and the council for one low, "
        "flat fare for young people in education, training or their first job.</p>",
        "hero_image": ensure_image(
            "Campaign illustration: Fair Fares",
            seed=301,
        ),
        "call_to_action": stream(
            (
                "call_to_action",
                {
                    "page": None,
                    "url": "https://buses.example.org/young-people",
                    "text": "Check the young person's fare",
                    "heading": "Travelling by bus?",
                    "description": "See who can use the flat fare and how to get it.",
                },
            )
        ),
        "key_facts": stream(
            (
                "key_facts",
                {
                    "heading": "What changed",
                    "facts": [
                        {
                            "figure": "1 fare",
                            "label": "One flat fare for young people, however far "
                            "they travel in town.",
                            "source": "Illustrative example",
                        },
                        {
                            "figure": "Every route",
                            "label": "The fare applies on every route the town's "
                            "bus company runs.",
                            "source": "Illustrative example",
                        },
                    ],
                },
            )
        ),
        "body": stream(
            paragraph(
                "<p>It began with a question in a schools community of practice: "
                "why does one pupil keep arriving late? The answer was the cost of "
                "the bus. Paying that pupil's fare would have beaten the odds for "
                "one person. Young leaders wanted to change the odds for "
                "everyone.</p>"
            ),
            heading("What we learned"),
            paragraph(
                "<p>Stories from young people persuaded people that figures alone "
                "had not. Keep asking, bring your evidence, and bring your "
                "friends.</p>"
            ),
        ),
        "partners": [partners["fair-start"]],
        "fundamentals": [
            "whole-system-change",
            "social-justice",
            "brave-and-innovative",
        ],
        "tags": ["transport", "young leaders"],
    }


UPDATES = [
    {
        "slug": "same-pay-why-we-started",
        "title": "Same Pay for the Same Day: why we started",
        "campaign": "same-pay-for-the-same-day",
        "date": datetime.date(2024, 5, 14),
        "authors": ["ellie"],
        "introduction": "<p>How a conversation about weekend jobs turned into a "
        "campaign.</p>",
        "body": [
            "<p>A few of us compared payslips after a youth forum. We did the same "
            "jobs, the same hours, and were paid differently because of our birthdays. "
            "That felt wrong, so we decided to say so, loudly.</p>",
        ],
    },
    {
        "slug": "same-pay-talking-to-employers",
        "title": "Same Pay for the Same Day: talking to employers",
        "campaign": "same-pay-for-the-same-day",
        "date": datetime.date(2024, 10, 2),
        "authors": ["co-production-team"],
        "introduction": "<p>We shared young people's stories with local employers. "
        "Here is what we heard, and what comes next.</p>",
        "body": [
            "<p>Some employers had never thought about age-based pay; others "
            "worried about cost. Everyone listened to the stories.</p>",
            "<p>Next, we are asking employers to make a public pledge to pay the same "
            "rate for the same work.</p>",
        ],
    },
    {
        "slug": "fair-fares-we-won",
        "title": "Fair fares: young people won a flat bus fare",
        "campaign": "fair-fares-for-young-people",
        "date": datetime.date(2023, 9, 20),
        "authors": ["laura"],
        "introduction": "<p>After months of meetings, letters and stories, the town's "
        "buses now have one fare for young people.</p>",
        "body": [
            "<p>This is what changing the odds looks like: not a fare for one pupil, "
            "but a fairer deal for every young person who needs the bus.</p>",
        ],
    },
]


def load(demo):
    partners = {key: ensure_partner(*spec) for key, spec in PARTNERS.items()}
    index = ensure_child(
        demo.home,
        CampaignIndexPage(
            title="Campaigns",
            slug="campaigns",
            show_in_menus=True,
            introduction="<p>Resilience means changing the odds, not only beating "
            "them. These are the changes young people and their allies are asking "
            "for, and the ones they have already won.</p>",
            listing_summary="The changes young people and their allies are asking for.",
        ),
    )
    demo.pages["campaigns"] = index
    for spec in (same_pay(demo, partners), fair_fares(demo, partners)):
        demo.pages[spec["slug"]] = ensure_child(index, campaign_page(demo, spec))
    add_demo_pledges(demo.pages["same-pay-for-the-same-day"])
    for number, spec in enumerate(UPDATES):
        ensure_child(demo.pages["blog"], update_post(demo, spec, number))


def ensure_partner(name, website, description, seed):
    locale = Locale.get_default()
    existing = Partner.objects.filter(locale=locale, name=name).first()
    if existing is not None:
        return existing
    logo = ensure_image(
        f"Partner logo: {name}", seed=seed, width=480, height=240, picture="mark"
    )
    return Partner.objects.create(
        locale=locale, name=name, website=website, description=description, logo=logo
    )


def campaign_page(demo, spec):
    fields = {
        key: value
        for key, value in spec.items()
        if key not in {"partners", "pledges", "fundamentals", "tags"}
    }
    page = CampaignPage(**fields)
    page.partners = [CampaignPartner(partner=partner) for partner in spec["partners"]]
    page.pledges = spec.get("pledges", [])
    page.fundamentals = [demo.fundamentals[slug] for slug in spec["fundamentals"]]
    tag_with_framework(demo, page, FRAMEWORK_TAGS.get(spec["slug"]))
    page.tags.add(*spec["tags"])
    return page


def update_post(demo, spec, number):
    post = BlogPostPage(
        slug=spec["slug"],
        title=spec["title"],
        date=spec["date"],
        introduction=spec["introduction"],
        listing_summary=strip_tags(spec["introduction"]),
        body=stream(*[paragraph(html) for html in spec["body"]]),
        campaign=demo.pages[spec["campaign"]],
        featured_image=ensure_image(
            f"Campaign update illustration {number + 1}",
            seed=310 + number,
        ),
    )
    post.authors = [BlogPostAuthor(person=demo.people[key]) for key in spec["authors"]]
    post.categories = [demo.categories["campaigns"]]
    post.fundamentals = [
        demo.fundamentals[slug] for slug in ("social-justice", "whole-system-change")
    ]
    tag_with_framework(demo, post, FRAMEWORK_TAGS.get(spec["slug"]))
    return post
