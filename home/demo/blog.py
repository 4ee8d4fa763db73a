"""The blog: people, categories and posts retold from the seed documents."""

import datetime
import zlib

from wagtail.models import Locale

from home.models import (
    BlogCategory,
    BlogIndexPage,
    BlogPostAuthor,
    BlogPostPage,
    Person,
)
from movement.demo.build import (
    ensure_child,
    ensure_image,
    heading,
    paragraph,
    stream,
    tag_with_framework,
)

# Each post's resilient moves and the level its story works at.
FRAMEWORK_TAGS = {
    "resilience-round-up-3": (["good-influences", "people-you-can-count-on"], "change"),
    "blackpool-schools-community-of-practice": (
        [
            "finding-where-you-belong",
            "making-school-work-for-you",
            "taking-on-responsibilities",
        ],
        "change",
    ),
    "highlighting-achievements": (["noticing-what-youve-achieved"], "beat"),
    "growing-up-north": (
        ["your-place-in-the-world", "speaking-up-for-yourself"],
        "change",
    ),
    "headstart-in-blackpool": (
        ["learning-life-skills", "calming-yourself-down"],
        "change",
    ),
    "headstart-in-blackpool-part-2": (["finding-a-mentor"], "change"),
}

PEOPLE = [
    (
        "alex",
        "Alex",
        "Blog editor",
        "Collects links about resilience and shares the "
        "interesting ones in a regular round-up.",
    ),
    (
        "laura",
        "Laura",
        "Co-leader, Blackpool",
        "Helped lead the movement's Blackpool pilot "
        "and writes about the Resilient Moves people make.",
    ),
    (
        "ellie",
        "Ellie",
        "Young leader",
        "Spoke at the movement's annual learning event about "
        "growing up in a seaside town.",
    ),
    (
        "co-production-team",
        "The co-production team",
        "Practitioners and young people",
        "Runs the communities of practice and writes up what each meeting learned.",
    ),
]

CATEGORIES = [
    ("round-ups", "Round-ups", "Links from around the web that feed our thinking."),
    (
        "communities-of-practice",
        "Communities of practice",
        "Write-ups of our meetings.",
    ),
    ("young-voices", "Young voices", "Young people writing in their own words."),
    ("blackpool", "Blackpool", "News from the town where the movement began."),
    ("campaigns", "Campaigns", "Updates on the changes we are asking for."),
]


def posts(demo):
    return [
        {
            "slug": "resilience-round-up-3",
            "title": "Resilience round-up #3: links worth your time",
            "date": datetime.date(2024, 3, 8),
            "authors": ["alex"],
            "categories": ["round-ups"],
            "fundamentals": ["social-justice", "asset-based"],
            "tags": ["relationships", "local action"],
            "introduction": "<p>A handful of things I came across this week that connect "
            "with the resilience conversations we keep having here.</p>",
            "body": stream(
                (
                    "link_list",
                    {
                        "heading": "This week's links",
                        "links": [
                            {
                                "page": None,
                                "url": "https://football.example.org/mums",
                                "text": "Would you kick off in front of your mum?",
                                "description": "A football club asked supporters' mothers to help "
                                "calm violence at matches. It shows resilience is about understanding "
                                "what relationships can do, not just having them.",
                            },
                            {
                                "page": None,
                                "url": "https://education.example.org/grit",
                                "text": "Grit in your eye",
                                "description": "An education blog asks whether 'resilience' has been "
                                "stretched too far, and argues it must include building networks, not "
                                "only tough individuals.",
                            },
                            {
                                "page": None,
                                "url": "https://care.example.org/opinion",
                                "text": "Strength through sharing experience",
                                "description": "Sites where patients and health professionals share "
                                "stories, treating each other's experience as an asset.",
                            },
                            {
                                "page": None,
                                "url": "https://local.example.org/small",
                                "text": "Keeping it local",
                                "description": "Why change has to start small and hyper-local, even "
                                "when funders want big numbers.",
                            },
                        ],
                    },
                ),
                paragraph(
                    "<p>Found something we should read? Tell us and it may appear in "
                    "the next round-up.</p>"
                ),
            ),
        },
        {
            "slug": "blackpool-schools-community-of-practice",
            "title": "What the Blackpool schools community of practice learned",
            "date": datetime.date(2024, 6, 20),
            "authors": ["co-production-team"],
            "categories": ["communities-of-practice"],
            "fundamentals": ["co-production", "social-justice", "whole-system-change"],
            "tags": ["schools", "young leaders"],
            "introduction": "<p>Schools across the town met to share how a resilience "
            "approach is changing classrooms, playgrounds and staff rooms.</p>",
            "body": stream(
                paragraph(
                    "<p>From its first meeting the group agreed a shared interest: "
                    "helping schools raise the resilience of every child and family, "
                    "on their own and together with other services.</p>"
                ),
                heading("One primary school's story"),
                paragraph(
                    "<ul><li>Staff use a pyramid of need to spot pupils who would "
                    "otherwise be missed.</li><li>The ten-week Bounce Forward "
                    "programme brought the language of Resilient Moves into "
                    "lessons.</li><li>A pupil resilience committee now shapes the "
                    "school's action plans, and won funding for a quiet room.</li>"
                    "<li>Pupils surveyed the playground, visited other schools as "
                    "researchers and helped design a new outdoor space.</li></ul>"
                ),
                heading("Beating the odds or changing the odds?"),
                (
                    "odds_comparison",
                    {
                        "situation": "A pupil keeps arriving late because the bus is too dear",
                        "beat_the_odds": "Give that pupil the bus fare.",
                        "change_the_odds": "Ask why transport costs too much for families "
                        "across the town and campaign for cheaper fares.",
                        "supercharged": "",
                    },
                ),
                (
                    "odds_comparison",
                    {
                        "situation": "A child arrives at school without breakfast",
                        "beat_the_odds": "Keep some food in your desk for them.",
                        "change_the_odds": "Start a breakfast club open to every child.",
                        "supercharged": "Work on the reasons local families cannot afford "
                        "breakfast in the first place.",
                    },
                ),
                paragraph(
                    "<p>The next meeting is open to anyone who shares the group's "
                    'interest. <a href="mailto:communities@example.org">Email us</a> '
                    "to come along.</p>"
                ),
            ),
        },
        {
            "slug": "highlighting-achievements",
            "title": "Highlighting achievements: a Resilient Move",
            "date": datetime.date(2023, 11, 2),
            "authors": ["laura"],
            "categories": ["blackpool"],
            "fundamentals": ["asset-based"],
            "tags": ["resilient moves"],
            "introduction": "<p>Looking back on what we achieved, alone and together, is a "
            "Resilient Move in itself.</p>",
            "body": stream(
                paragraph(
                    "<p>Resilient Moves are steps, large or small, that anyone can take "
                    "to build resilience. Noticing achievements is one of them: it "
                    "reminds us of the strengths we can build on.</p>"
                ),
                (
                    "quote",
                    {
                        "quote": "Small steps count. Write them down, and share them.",
                        "attribution": "Laura",
                        "role": "Co-leader, Blackpool",
                    },
                ),
            ),
        },
        {
            "slug": "growing-up-north",
            "title": "Growing up North, or in Blackpool to be precise",
            "date": datetime.date(2023, 7, 14),
            "authors": ["ellie"],
            "categories": ["young-voices"],
            "fundamentals": ["social-justice", "co-production"],
            "tags": ["young leaders", "events"],
            "introduction": "<p>At our annual learning event a 16-year-old answered a keynote "
            "about growing up in the North of England.</p>",
            "body": stream(
                paragraph(
                    "<p>The keynote described the gaps in opportunity between regions. "
                    "Ellie's reply described what those gaps feel like from inside a "
                    "seaside town, and what young people themselves are doing about "
                    "them.</p>"
                ),
            ),
        },
        {
            "slug": "headstart-in-blackpool",
            "title": "Starting out with HeadStart in Blackpool",
            "date": datetime.date(2022, 9, 5),
            "authors": ["laura"],
            "categories": ["blackpool"],
            "fundamentals": ["whole-system-change", "research-and-evaluation"],
            "tags": ["headstart"],
            "introduction": "<p>A new partnership, funded through the HeadStart programme, "
            "set out to help young people cope with hard times before problems grow.</p>",
            "body": stream(
                paragraph(
                    "<p>The programme's aim was prevention: equipping young people to "
                    "handle difficult circumstances so that fewer develop common mental "
                    "health problems.</p>"
                ),
            ),
        },
        {
            "slug": "headstart-in-blackpool-part-2",
            "title": "HeadStart in Blackpool, part 2: finding a rhythm",
            "date": datetime.date(2023, 1, 16),
            "authors": ["laura"],
            "categories": ["blackpool"],
            "fundamentals": ["co-production", "brave-and-innovative"],
            "tags": ["headstart", "training"],
            "introduction": "<p>Months in, the partners had settled into a way of working "
            "together and were training more people across the town.</p>",
            "body": stream(
                paragraph(
                    "<p>Co-working quickly became routine. The next step is training "
                    "and supporting many more people in the town to use the "
                    "approach.</p>"
                ),
            ),
        },
    ]


def load(demo):
    locale = Locale.get_default()
    for key, name, role, bio in PEOPLE:
        person = Person.objects.filter(locale=locale, name=name).first()
        if person is None:
            photo = ensure_image(
                f"Portrait placeholder: {name}",
                seed=zlib.crc32(key.encode()) % 1000,
                width=400,
                height=400,
                picture="portrait",
            )
            person = Person.objects.create(
                locale=locale, name=name, role=role, bio=bio, photo=photo
            )
        demo.people[key] = person
    categories = {}
    for slug, name, description in CATEGORIES:
        categories[slug] = BlogCategory.objects.filter(
            locale=locale, slug=slug
        ).first() or BlogCategory.objects.create(
            locale=locale, slug=slug, name=name, description=description
        )
    demo.categories = categories

    index = ensure_child(
        demo.home,
        BlogIndexPage(
            title="Blog",
            slug="blog",
            show_in_menus=True,
            introduction="<p>News, reflections and write-ups from across the movement.</p>",
            listing_summary="News, reflections and write-ups from across the movement.",
        ),
    )
    demo.pages["blog"] = index
    for number, spec in enumerate(posts(demo)):
        if index.get_children().filter(slug=spec["slug"]).exists():
            continue
        post = BlogPostPage(
            slug=spec["slug"],
            title=spec["title"],
            date=spec["date"],
            introduction=spec["introduction"],
            body=spec["body"],
            listing_summary=_plain(spec["introduction"]),
            featured_image=ensure_image(
                f"Blog illustration {number + 1}",
                seed=100 + number,
            ),
        )
        post.authors = [
            BlogPostAuthor(person=demo.people[key]) for key in spec["authors"]
        ]
        post.categories = [categories[slug] for slug in spec["categories"]]
        post.fundamentals = [demo.fundamentals[slug] for slug in spec["fundamentals"]]
        tag_with_framework(demo, post, FRAMEWORK_TAGS.get(spec["slug"]))
        post.tags.add(*spec["tags"])
        ensure_child(index, post)


def _plain(html):
    from django.utils.html import strip_tags

    return strip_tags(html)
