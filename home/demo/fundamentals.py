"""The fundamentals page and the seven fundamentals, in our own words."""

from movement.demo.build import ensure_child, paragraph, stream
from movement.models import Fundamental, FundamentalsPage

FUNDAMENTALS = [
    (
        "co-production",
        "Co-production",
        "Young people, parents, carers, teachers and professionals working side by side "
        "towards one goal, with every voice counting equally.",
        "<p>Co-production means nobody is just consulted at the end. Pupils can lead a "
        "school's work on safe spaces alongside its senior leaders; parents can adapt the "
        "Resilience Framework for families together with practitioners.</p><p>Everyone's "
        "experience is treated as expertise.</p>",
    ),
    (
        "whole-system-change",
        "Whole system change",
        "Reshaping systems so they work with young people rather than against them.",
        "<p>The right support should arrive at the right time and in the right place. That "
        "takes strong relationships across education, health, social care, public services, "
        "communities and families, all working from shared principles.</p>",
    ),
    (
        "social-justice",
        "Social justice",
        "Recognising how inequality shapes lives, and acting together to level the "
        "playing field.",
        "<p>We bring an <i>inequalities imagination</i> to every piece of work: an "
        "understanding of how poverty and discrimination affect wellbeing. That is why our "
        "definition of resilience is about beating the odds <b>and</b> changing the "
        "odds.</p>",
    ),
    (
        "asset-based",
        "Asset based",
        "Starting from the strengths people, families and organisations already have.",
        "<p>Instead of asking only what is going wrong, we nurture what is going well. The "
        "Resilience Framework sets out 42 Resilient Moves, evidence-based steps that people and "
        "communities can take, and helps us notice what already works.</p>",
    ),
    (
        "one-approach-one-language",
        "One approach, one language",
        "A shared approach to resilience, so professionals, young people and families "
        "understand each other as equals.",
        "<p>When services share one approach they can share one language. Conversations "
        "become easier, and nobody has to translate jargon to get help.</p>",
    ),
    (
        "research-and-evaluation",
        "Research and evaluation",
        "Testing and learning as we go, built on a long-standing research base.",
        "<p>The movement draws on research by the charity and a university research centre "
        "for resilience and social justice. New ways of working are tried, measured and "
        "improved in a test-and-learn culture.</p>",
    ),
    (
        "brave-and-innovative",
        "Brave and innovative",
        "Trying new things, grounded in evidence, with young people and partners behind us.",
        "<p>Doing the same things and hoping for different results was never an option. Our "
        "work should be evidence-based and also creative and fun, and we share examples of "
        "services that have been brave enough to work differently.</p>",
    ),
]


# Each fundamental's picture (movement/icons.py), by its slug.
ICONS = {
    "co-production": "puzzle",  # every part fitting together, side by side
    "whole-system-change": "cogs",  # the parts of a system turning together
    "social-justice": "scales",  # levelling the playing field
    "asset-based": "seedling",  # growing from the strengths already there
    "one-approach-one-language": "speech-bubbles",  # understanding each other
    "research-and-evaluation": "magnifier",
    "brave-and-innovative": "lightbulb",  # new ideas
}


# A closing paragraph that links a fundamental to the standard page telling more
# of it. The pages are home.demo.site's, made in an earlier step; only their ids
# (which rich text stores) wait for the load.
FURTHER_READING = {
    "co-production": (
        "co-production-tips",
        'Read the <a linktype="page" id="{id}">top ten tips on co-production</a> '
        "from our young people's executive group.",
    ),
    "research-and-evaluation": (
        "test-and-learn",
        "Find out how we research and evaluate, and read what we have published, "
        'on our <a linktype="page" id="{id}">test and learn</a> page.',
    ),
}


def body_with_further_reading(demo, slug, body):
    if slug not in FURTHER_READING:
        return body
    page_slug, text = FURTHER_READING[slug]
    return body + "<p>" + text.format(id=demo.pages[page_slug].pk) + "</p>"


def load(demo):
    page = demo.home.get_children().filter(slug="fundamentals").first()
    if page is not None:
        page = page.specific
    else:
        page = FundamentalsPage(
            title="Our seven fundamentals",
            slug="fundamentals",
            show_in_menus=True,
            listing_title="The fundamentals",
            listing_summary="The seven principles that guide all of the movement's work, "
            "collaborations and partnerships.",
            introduction="<p>Seven fundamentals sit under everything the Resilience "
            "Revolution does. They guide our work, who we collaborate with and the "
            "partnerships we build.</p>",
            body=stream(
                paragraph(
                    "<p>Each fundamental links to the blog posts, campaigns, resources and "
                    "events that put it into practice.</p>"
                )
            ),
        )
        for order, (slug, title, summary, body) in enumerate(FUNDAMENTALS):
            page.fundamentals.add(
                Fundamental(
                    slug=slug,
                    title=title,
                    summary=summary,
                    body=body_with_further_reading(demo, slug, body),
                    icon=ICONS[slug],
                    sort_order=order,
                )
            )
        page = ensure_child(demo.home, page)
    demo.pages["fundamentals"] = page
    demo.fundamentals = {f.slug: f for f in Fundamental.objects.filter(page=page)}
