"""Communities of practice: the groups from the seed documents, in our own words."""

from movement.demo.build import ensure_child, ensure_image, heading, paragraph, stream
from resources.models import (
    CommunityDocument,
    CommunityIndexPage,
    CommunityOfPracticePage,
    CommunityRelatedResource,
)

from .library import ensure_children, page_fields


def _link(page, description):
    return {"page": page, "url": "", "text": "", "description": description}


def _contact_us(demo, heading, description, text):
    # The contact page rather than a mailto: address, which the URL field of a
    # call to action rejects, so an editor could not save the page again.
    return (
        "call_to_action",
        {
            "page": demo.pages["contact"],
            "url": "",
            "text": text,
            "heading": heading,
            "description": description,
        },
    )


def communities(demo):
    executive_summary = demo.pages[
        "east-sussex-resilient-therapy-cop-executive-summary"
    ]
    dissertation = demo.pages["targeted-youth-service-cop-dissertation"]
    teacher_pack = demo.pages["bounce-forward-teacher-pack"]
    schools_post = (
        demo.pages["blog"]
        .get_children()
        .get(slug="blackpool-schools-community-of-practice")
        .specific
    )
    return [
        {
            "slug": "bouncing-back",
            "title": "Bouncing Back community of practice",
            "listing_summary": "Academics, practitioners and parents who spent two years "
            "inventing new ways to build resilience with children facing disadvantage.",
            "introduction": "<p>Bouncing Back set out to find fresh ways of building "
            "resilience with disadvantaged children and young people, and to develop "
            "Resilient Therapy further by putting it to work.</p>",
            "participants": "<p>An inter-disciplinary, inter-agency mix: academics and "
            "students, practitioners from voluntary and statutory services, and parents. "
            "Knowledge moved in every direction between sectors.</p>",
            "member_count": 21,
            "funder": "The Higher Education Funding Council for England, through a "
            "university-wide South East Coastal Communities bid",
            "start_year": 2009,
            "end_year": 2010,
            "meeting_frequency": "Monthly, for two years (it finished in December 2010)",
            "fundamentals": ["brave-and-innovative", "co-production", "asset-based"],
            "outputs": stream(
                paragraph(
                    "<p>Members tried Resilient Therapy in their own settings and brought "
                    "back what happened. A few of the projects that came out of it:</p>"
                ),
                heading("Courses for parents", level="h3"),
                paragraph(
                    "<ul><li>A course to help parents and children worried about the move "
                    "to secondary school build up their resilience first.</li><li>Handling "
                    "bullying resiliently.</li><li>Resilience ideas woven into an existing "
                    "parent support course.</li></ul>"
                ),
                heading("Work with young people", level="h3"),
                paragraph(
                    "<ul><li>Inclusive arts projects with young people with learning "
                    "disabilities.</li><li>Group work with LGBT young people built around "
                    "the Resilience Framework.</li><li>Protective behaviours for under-fives "
                    "and the people who care for them.</li></ul>"
                ),
                heading("Work with adults", level="h3"),
                paragraph(
                    "<ul><li>Resilient Therapy in strategic planning and organisational "
                    "development.</li><li>A research project with kinship carers.</li>"
                    "<li>Resilience-building work with women refugees.</li></ul>"
                ),
                heading("Learning resources", level="h3"),
                paragraph(
                    "<ul><li>Songs and dances about Resilient Moves.</li><li>Badges with "
                    "short prompts to keep simple resilient ideas in mind each day.</li>"
                    "<li>An exercise showing how leisure and fun build resilience for "
                    "parents and disabled teenagers.</li></ul>"
                ),
            ),
            "documents": [],
            "related": [],
        },
        {
            "slug": "east-sussex-resilient-therapy",
            "title": "East Sussex Resilient Therapy community of practice",
            "listing_summary": "Fifteen practitioners who tested Resilient Therapy with "
            "young people aged 13 and over, and evaluated what they learned.",
            "introduction": "<p>A group of practitioners who wanted to add a Resilient "
            "Therapy approach to their own work with young people aged 13 and over. It "
            "was run by a university as a research project.</p>",
            "participants": "<p>Members came from a wide range of services, including "
            "Connexions, leaving care, young men's health, children's centres, family "
            "nursing, counselling, fostering, crime reduction, intensive family support "
            "and behaviour support.</p>",
            "member_count": 15,
            "funder": "Commissioned by the local primary care trust and the county "
            "council's children's services",
            "start_year": None,
            "end_year": None,
            "meeting_frequency": "Monthly, as a facilitated group",
            "fundamentals": ["research-and-evaluation", "whole-system-change"],
            "outputs": stream(
                paragraph(
                    "<p>Each month members took part in training, tried ideas out at work, "
                    "shared what happened and reflected on it together. Some of what they "
                    "made:</p><ul><li>A magic box with drawers of resilience ideas, for "
                    "charting a young person's progress.</li><li>A board game that helps "
                    "young people spot their resilient qualities and who can help them."
                    "</li><li>A stacking-block game that makes resilient ideas tangible in "
                    "work with young men.</li><li>A leaving-care pathway plan rewritten "
                    "with resilience in mind.</li><li>Resilient Therapy added to a support "
                    "course for parents of disabled children.</li></ul>"
                ),
                _contact_us(
                    demo,
                    "Order the Resilient Therapy game",
                    "The stacking-block game the group made is still available. Email "
                    "orders@example.org with 'Resilient Therapy game' in the subject "
                    "line, or use our contact page.",
                    "Order the game",
                ),
                (
                    "link_list",
                    {
                        "heading": "Read more",
                        "links": [
                            _link(
                                executive_summary,
                                "The executive summary of the evaluation.",
                            )
                        ],
                    },
                ),
                _contact_us(
                    demo,
                    "Read the full report",
                    "The executive summary is free to download. For the full report "
                    "of the evaluation, email orders@example.org with 'East Sussex "
                    "full report' in the subject line.",
                    "Request the full report",
                ),
            ),
            "documents": [executive_summary],
            "related": [executive_summary],
        },
        {
            "slug": "targeted-youth-service",
            "title": "Targeted Youth Service community of practice",
            "listing_summary": "Practitioners, parents and academics looking for common "
            "ground and a shared language to tackle entrenched inequalities.",
            "introduction": "<p>Members wanted to explore how the resilience research "
            "base and Resilient Therapy linked with their existing work, and to find a "
            "shared language and framework for tackling entrenched inequalities.</p>",
            "participants": "<p>Experienced, reflective practitioners, parents and "
            "academics, all working with children and young people facing disadvantage."
            "</p>",
            "member_count": 21,
            "funder": "The county council",
            "start_year": 2012,
            "end_year": 2012,
            "meeting_frequency": "Monthly, through 2012",
            "fundamentals": ["co-production", "social-justice"],
            "outputs": stream(
                paragraph(
                    "<p>The community was built as a partnership of mutual support and "
                    "learning. It respected the different expertise each member brought, "
                    "and asked everyone to stay open to change by looking honestly at what "
                    "had and had not worked.</p>"
                ),
                (
                    "link_list",
                    {
                        "heading": "Read more",
                        "links": [
                            _link(
                                dissertation,
                                "A member's dissertation on what taking part was like.",
                            )
                        ],
                    },
                ),
            ),
            "documents": [dissertation],
            "related": [dissertation],
        },
        {
            "slug": "blackpool-schools",
            "title": "Blackpool schools community of practice",
            "listing_summary": "Schools across the town learning together how to raise "
            "the resilience of every child and family, with each other and with the "
            "services around them.",
            "introduction": "<p>From the very start of the Resilience Revolution, "
            "Blackpool's schools agreed what holds them together: a shared commitment "
            "to keep improving how they work, on their own and alongside other "
            "agencies, so that every child and every family in the town grows more "
            "resilient.</p>",
            "participants": "<p>Staff from schools around the town, among them the "
            "resilience champions who lead the work in their own school, joined by "
            "colleagues from HeadStart and the services that work with schools.</p>",
            "member_count": None,
            "funder": "",
            "start_year": None,
            "end_year": None,
            "is_ongoing": True,
            "meeting_frequency": "Regular afternoon meetings, open to newcomers",
            "fundamentals": [
                "co-production",
                "whole-system-change",
                "one-approach-one-language",
            ],
            "outputs": stream(
                paragraph(
                    "<p>Members bring what is happening in their own school and take "
                    "away what worked elsewhere. Some of what has been shared so "
                    "far:</p>"
                ),
                heading("A playground planned by its pupils", level="h3"),
                paragraph(
                    "<p>At one primary school the pupils' resilience committee took "
                    "the Resilience Framework and used it to plan a new outdoor space, "
                    "one area at a time. Lunchtime staff noted how often playtimes went "
                    "wrong because there was too little to do, the committee visited "
                    "other schools' grounds as researchers, and staff and parents "
                    "voted on the options. The result is a climbing frame, a wildlife "
                    "area and a story chair where pupils act out resilience role "
                    "plays, and the committee is now writing the climbing frame's "
                    "rules with their classmates.</p>"
                ),
                heading("A shared language in ten weeks", level="h3"),
                paragraph(
                    "<p>The same school ran Bounce Forward, a ten-week programme that "
                    "taught pupils the words of the Resilience Framework and the "
                    "Resilient Moves they can make for themselves. A meeting for "
                    "parents carried that language home, and staff say resilience and "
                    "mental health are now talked about far more openly.</p>"
                ),
                heading(
                    "Beating the odds, changing the odds, or supercharged?", level="h3"
                ),
                paragraph(
                    "<p>One session untangled three ways of responding to the same "
                    "problem: helping one young person through it (beating the odds), "
                    "changing things for everyone in the same position (changing the "
                    "odds), and going further to tackle the system behind it, which we "
                    "call supercharged. Members tried it out on everyday "
                    "situations.</p>"
                ),
                (
                    "odds_comparison",
                    {
                        "situation": "A pupil is very anxious about national tests",
                        "beat_the_odds": "Work with that pupil on managing their "
                        "worries.",
                        "change_the_odds": "Look at how the school runs test season, "
                        "so every pupil feels less pressure and staff stress is not "
                        "passed on to children.",
                        "supercharged": "",
                    },
                ),
                (
                    "odds_comparison",
                    {
                        "situation": "A young person going through a hard time "
                        "needs somewhere to let off steam",
                        "beat_the_odds": "A local business owner lets them use their "
                        "gym for free.",
                        "change_the_odds": "The free place is opened to any young "
                        "person facing tough circumstances.",
                        "supercharged": "The owner asks other local businesses what "
                        "they could change to help young people who are struggling.",
                    },
                ),
                (
                    "link_list",
                    {
                        "heading": "Read more",
                        "links": [
                            _link(
                                schools_post,
                                "Our write-up of what the group has learned so far.",
                            ),
                            _link(
                                teacher_pack,
                                "The ten-week programme's pack, free to download.",
                            ),
                        ],
                    },
                ),
                heading("Come to the next meeting", level="h3"),
                paragraph(
                    "<p>The next meeting is on a Thursday afternoon, from 1.30pm to "
                    "3.30pm, at the Grange. Anyone who shares our interest is welcome, "
                    "whether you work in a school or alongside one. Email "
                    '<a href="mailto:schools-cop@example.org?subject=Next%20Blackpool'
                    '%20schools%20community%20of%20practice%20meeting">'
                    "schools-cop@example.org</a> and we will send you the date and "
                    "directions.</p>"
                ),
                paragraph(
                    "<p>To find out more about any of the work above, write to the "
                    "same address.</p>"
                ),
            ),
            "documents": [],
            "related": [teacher_pack],
        },
    ]


def load(demo):
    index = ensure_child(
        demo.home,
        CommunityIndexPage(
            title="Communities of practice",
            slug="communities",
            show_in_menus=True,
            introduction="<p>A community of practice is a group of people who share a "
            "concern or a passion and get better at it by meeting regularly. These are "
            "some of the resilience communities we have run.</p>",
            listing_summary="Groups who meet to learn together, and what they produced.",
        ),
    )
    demo.pages["communities"] = index
    ensure_children(demo, index, enumerate(communities(demo)), _community)


def _community(demo, number, spec):
    fields = page_fields(spec, "fundamentals", "documents", "related")
    page = CommunityOfPracticePage(
        listing_image=ensure_image(
            f"Community illustration {number + 1}",
            seed=400 + number,
        ),
        **fields,
    )
    page.fundamentals = [demo.fundamentals[slug] for slug in spec["fundamentals"]]
    # A community's downloads are the files of the resources it produced.
    page.documents = [
        CommunityDocument(document=download.document)
        for resource in spec["documents"]
        for download in resource.documents.all()
    ]
    page.related_resources = [
        CommunityRelatedResource(resource=resource) for resource in spec["related"]
    ]
    return page
