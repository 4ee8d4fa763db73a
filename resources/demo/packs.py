"""The library's packs, retold from the seed documents: their pages' and PDFs' text."""

import datetime

from movement.demo.build import stream
from movement.demo.pdfs import Section
from resources.choices import Audience, ResourceType

FAMILY_LETTER = [
    Section(
        "Why your child is talking about resilience",
        [
            "For the next ten weeks your child's class is taking part in Bounce Forward, "
            "a programme about getting through hard times and making things better for "
            "the people around us.",
            "Each week pupils learn one or two Resilient Moves: small, practical things "
            "anyone can do, like getting enough sleep, spending time with someone who "
            "listens, or trying something new.",
        ],
    ),
    Section(
        "How you can join in",
        [
            "Ask your child which move they tried this week, and try one yourself. "
            "Pupils bring home a short activity most weeks; it takes ten minutes and "
            "needs nothing you will not already have.",
            "If anything in the sessions worries you or your child, talk to the class "
            "teacher. You can also write to us at hello@example.org.",
        ],
    ),
]


def packs():
    return [
        {
            "slug": "bounce-forward-teacher-pack",
            "title": "Bounce Forward teacher pack",
            "listing_summary": "A ten-week programme that helps a whole school community "
            "learn about resilience and try out Resilient Moves together.",
            "resource_type": ResourceType.TEACHER_PACK,
            "audiences": [Audience.SCHOOLS, Audience.YOUNG_PEOPLE],
            "year": 2019,
            "last_reviewed": datetime.date(2025, 1, 20),
            "fundamentals": [
                "co-production",
                "asset-based",
                "one-approach-one-language",
            ],
            "summary": "<p>Everything a class teacher needs to run Bounce Forward, a "
            "ten-week programme written together by a mental health charity, the "
            "HeadStart programme in Blackpool and the movement's own charity.</p>"
            "<ul><li>An introduction to the Resilience Framework and its Resilient Moves, "
            "in plain language for pupils.</li><li>Ten weekly session plans, each with a "
            "warm-up, a main activity and a short reflection.</li><li>Take-home activities "
            "so pupils can involve friends and family.</li><li>A letter for parents and "
            "carers explaining the programme.</li></ul>",
            "how_to_use": "<p>Run one session a week for ten weeks, ideally at the same "
            "time each week. Sessions last about 45 minutes and suit upper primary and "
            "lower secondary classes.</p><p>Read the introduction first, then adapt the "
            "examples to your pupils' lives: the framework works best when the Resilient "
            "Moves are ones pupils can really make in your town.</p>",
            "body": stream(
                (
                    "quote",
                    {
                        "quote": "The language of the framework spread from the classroom "
                        "to the playground and then to the school gate.",
                        "attribution": "A primary school resilience champion",
                        "role": "",
                    },
                ),
            ),
            "documents": [
                {
                    "title": "Bounce Forward teacher pack",
                    "filename": "bounce-forward-teacher-pack.pdf",
                    "description": "The full pack: introduction, ten session plans and "
                    "take-home activities.",
                    "subtitle": "A ten-week resilience programme for schools",
                    "sections": [
                        Section(
                            "About this pack",
                            [
                                "Bounce Forward helps pupils, their friends and families "
                                "and the wider school community learn what resilience "
                                "is and try out practical ways of building it.",
                                "It was written together by a mental health charity, the "
                                "HeadStart programme in Blackpool and the charity behind "
                                "the Resilience Revolution, and tested in classrooms "
                                "before it was published.",
                                "The pack assumes no previous training. Where a session "
                                "touches on difficult experiences, it says so at the top "
                                "and suggests how to prepare.",
                            ],
                        ),
                        Section(
                            "The Resilience Framework in brief",
                            [
                                "The Resilience Framework gathers what research tells us "
                                "helps people do better than expected when life is tough. "
                                "It sets out 42 Resilient Moves across five areas: basics, "
                                "belonging, learning, coping and core self.",
                                "A Resilient Move can be small. Eating breakfast, finding "
                                "a quiet place to calm down and asking for help all count. "
                                "So do moves that change things for others, like setting "
                                "up a club so nobody eats lunch alone.",
                            ],
                        ),
                        Section(
                            "Weeks one to five",
                            [
                                "Weeks one and two introduce the idea of bouncing forward "
                                "rather than back: coming through a hard time having "
                                "learned something.",
                                "Weeks three to five take one area of the framework each. "
                                "Pupils map the moves they already make, choose one new "
                                "move to try, and report back the following week.",
                            ],
                        ),
                        Section(
                            "Weeks six to ten",
                            [
                                "The second half turns outwards. Pupils look at what makes "
                                "life harder for children in their school and plan one "
                                "change they could make together.",
                                "The final week is a celebration. Pupils share the moves "
                                "they tried and the change they planned with families "
                                "and staff.",
                            ],
                        ),
                    ],
                },
                {
                    "title": "Bounce Forward letter for parents and carers",
                    "filename": "bounce-forward-family-letter.pdf",
                    "description": "Send home before the first session.",
                    "subtitle": "What your child will do, and how you can help",
                    "sections": FAMILY_LETTER,
                },
            ],
        },
        {
            "slug": "getting-your-head-around-conferences",
            "title": "Getting your head around conferences",
            "listing_summary": "A guide for young people: why conferences matter, what "
            "happens there and how to get ready.",
            "resource_type": ResourceType.GUIDE,
            "audiences": [Audience.YOUNG_PEOPLE],
            "year": None,
            "last_reviewed": datetime.date(2024, 10, 2),
            "fundamentals": ["co-production", "brave-and-innovative"],
            "summary": "<p>Going to a conference for the first time can feel "
            "intimidating. This guide, written with young people, answers the questions "
            "they asked most.</p><ul><li>What a conference is for, and why your voice "
            "matters there.</li><li>What happens on the day: talks, workshops, breaks and "
            "networking.</li><li>How to prepare, including what to bring and how to look "
            "after yourself.</li><li>What to do afterwards so your ideas carry on.</li></ul>",
            "how_to_use": "<p>Read it a week or two before the event, on your own or "
            "with the adult going with you. The checklist at the end is meant to be "
            "printed and ticked off.</p>",
            "body": "[]",
            "documents": [
                {
                    "title": "Getting your head around conferences",
                    "filename": "conference-guide.pdf",
                    "description": "",
                    "subtitle": "A guide for young people going to their first conference",
                    "sections": [
                        Section(
                            "Why go to a conference?",
                            [
                                "Conferences are where people who make decisions about "
                                "services meet to share ideas. When young people are "
                                "there, those decisions are better informed.",
                                "You do not need to be an expert. Your experience of "
                                "school, services or your town is the expertise many "
                                "people in the room are missing.",
                            ],
                        ),
                        Section(
                            "What happens on the day",
                            [
                                "Most conferences mix talks to the whole room with "
                                "smaller workshops where everyone can speak. There are "
                                "breaks for food and for meeting people.",
                                "It is fine to leave a session if you need a rest. Find "
                                "the quiet room, if there is one, when you arrive.",
                            ],
                        ),
                        Section(
                            "Getting ready",
                            [
                                "Look at the programme beforehand and pick two or three "
                                "sessions you most want to attend. Write down one "
                                "question you would like to ask.",
                                "Bring water, a snack, something to write with and a "
                                "phone charger. Agree with the adult going with you how "
                                "you will find each other during the day.",
                            ],
                        ),
                        Section(
                            "Afterwards",
                            [
                                "Tell someone what you learned while it is fresh. If "
                                "you met people you want to stay in touch with, follow "
                                "up within a week.",
                                "Your checklist: programme read, question written, bag "
                                "packed, meeting point agreed, travel home planned.",
                            ],
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "east-sussex-resilient-therapy-cop-executive-summary",
            "title": "East Sussex Resilient Therapy community of practice: executive summary",
            "listing_title": "East Sussex community of practice: executive summary",
            "listing_summary": "What fifteen practitioners learned by trying Resilient "
            "Therapy with young people aged 13 and over.",
            "resource_type": ResourceType.EXECUTIVE_SUMMARY,
            "audiences": [Audience.PRACTITIONERS, Audience.RESEARCHERS],
            "year": None,
            "last_reviewed": datetime.date(2024, 6, 14),
            "fundamentals": ["research-and-evaluation", "whole-system-change"],
            "summary": "<p>A short account of a community of practice run as a "
            "university research project and commissioned by local health and "
            "children's services.</p><ul><li>Who took part: fifteen members from "
            "settings such as leaving care, family nursing, counselling, fostering and "
            "behaviour support.</li><li>How it worked: monthly facilitated sessions mixing "
            "training, trying ideas out at work and reflecting together.</li><li>What "
            "members made, from a board game about resilient qualities to a revised "
            "pathway plan.</li><li>What the evaluation found, and what it would change "
            "next time.</li></ul>",
            "how_to_use": "<p>Use it to make the case for a community of practice in your "
            "own area, or as a menu of ideas for work with older young people. The full "
            "report is available by email from hello@example.org.</p>",
            "body": "[]",
            "documents": [
                {
                    "title": "East Sussex Resilient Therapy community of practice: "
                    "executive summary",
                    "filename": "east-sussex-cop-executive-summary.pdf",
                    "description": "The summary; ask us for the full report.",
                    "subtitle": "Executive summary of a community of practice",
                    "sections": [
                        Section(
                            "Background",
                            [
                                "The community was commissioned by the local primary "
                                "care trust and the county council's children's services, "
                                "and run by a university as a research project.",
                                "Its focus was building resilience with young people "
                                "aged 13 and over, using a Resilient Therapy approach "
                                "alongside members' existing work.",
                            ],
                        ),
                        Section(
                            "How the group worked",
                            [
                                "Fifteen members met once a month in a facilitated group. "
                                "Each meeting combined a short training session with time "
                                "to share what had happened when members tried ideas out.",
                                "Members also took part in the evaluation, so the group "
                                "was studying its own learning as it went.",
                            ],
                        ),
                        Section(
                            "What members made",
                            [
                                "A magic box with drawers of resilience ideas, used with "
                                "young people to chart their progress; a board game that "
                                "helps young people spot their own resilient qualities "
                                "and the people around them who can help.",
                                "A stacking-block game that makes resilient ideas "
                                "something to hold, designed for work with young men; "
                                "and a pathway plan rewritten with resilience in mind.",
                            ],
                        ),
                        Section(
                            "What we learned",
                            [
                                "Practitioners from very different services found a shared "
                                "language useful, and young people's own views proved the "
                                "best measure of progress.",
                                "For the full report, write to hello@example.org.",
                            ],
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "targeted-youth-service-cop-dissertation",
            "title": "Being part of a resilience community of practice",
            "listing_summary": "A member's dissertation on what it was like to take part "
            "in the Targeted Youth Service community of practice.",
            "resource_type": ResourceType.RESEARCH,
            "audiences": [Audience.RESEARCHERS, Audience.PRACTITIONERS],
            "year": None,
            "last_reviewed": None,
            "fundamentals": ["research-and-evaluation", "co-production"],
            "summary": "<p>Kuljinder, one of the community's members, wrote this "
            "dissertation about taking part.</p><ul><li>Why the community was set up: to "
            "give practitioners, parents and academics common ground and a shared "
            "language for tackling entrenched inequalities.</li><li>How members worked: "
            "as equals whose different expertise was respected.</li><li>What being open "
            "to change asked of members, and what they reflected on.</li></ul>",
            "how_to_use": "<p>Read it before starting a community of practice, to "
            "understand what members may expect and need.</p>",
            "body": "[]",
            "documents": [
                {
                    "title": "Being part of a resilience community of practice "
                    "(dissertation)",
                    "filename": "targeted-youth-service-cop-dissertation.pdf",
                    "description": "",
                    "subtitle": "A participant's view of the Targeted Youth Service "
                    "community of practice",
                    "sections": [
                        Section(
                            "Introduction",
                            [
                                "In 2012 twenty-one practitioners, parents and academics "
                                "met every month as a community of practice, funded by "
                                "the county council.",
                                "They shared an interest in working with children and "
                                "young people facing disadvantage, and in whether the "
                                "resilience research base could link with their work.",
                            ],
                        ),
                        Section(
                            "A partnership of equals",
                            [
                                "The community was designed as a partnership of mutual "
                                "support and learning, respecting the different "
                                "expertise each member brought.",
                                "Members were encouraged to stay open to change by "
                                "reflecting on what had worked well and what had not.",
                            ],
                        ),
                        Section(
                            "Reflections",
                            [
                                "This demonstration copy retells the community's aims. "
                                "The dissertation itself explores what taking part "
                                "meant to one member, in their own words.",
                            ],
                        ),
                    ],
                },
            ],
        },
    ]
