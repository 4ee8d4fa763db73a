"""The home page and the standard pages (about, contact, privacy, accessibility).

Three more standard pages sit under About: the young people's executive group's
tips on co-production, the research approach, and the notice of the
co-production team's move to this site (the notice banner links it).
"""

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
        "body": lambda demo: stream(
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
        "body": lambda demo: stream(
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
                        {
                            "question": "How do I order the Resilient Therapy game or a "
                            "full report?",
                            "answer": "<p>Email "
                            '<a href="mailto:orders@example.org">orders@example.org</a> '
                            "and say in the subject line what you would like, for "
                            "example the stacking-block game or the full report of a "
                            "community of practice. Tell us where to send it.</p>",
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
        "body": lambda demo: stream(
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
        "body": lambda demo: stream(
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
    {
        "slug": "weve-moved",
        "title": "We've moved: the co-production team's new home",
        "listing_title": "We've moved",
        "listing_summary": "The co-production team's website is now part of this one. "
        "Here is where everything went.",
        "show_in_menus": False,
        "introduction": "<p>The co-production team used to have a website of its "
        "own. It now lives here, on the Resilience Revolution's site, alongside the "
        "rest of the movement's work.</p>",
        "body": lambda demo: stream(
            heading("What has moved"),
            paragraph(
                "<p>We have brought across the team's write-ups of community of "
                "practice meetings, its resources for schools and families, and its "
                "news about co-production with young people, parents and carers. "
                "Having it all in one place means one search finds everything.</p>"
            ),
            heading("Where to find things now"),
            paragraph(
                "<ul>"
                "<li><b>Communities of practice:</b> what each group shares, what it "
                "has done and when it meets next, under Communities in the main "
                "menu.</li>"
                "<li><b>Packs, guides and reports:</b> in the resource library, under "
                "Resources.</li>"
                "<li><b>Meeting write-ups and news:</b> on the blog.</li>"
                "<li><b>Meetings and get-togethers you can come to:</b> under "
                "Events.</li>"
                "</ul>"
            ),
            heading("Old links still work"),
            paragraph(
                "<p>If you saved or shared an address from the old site, it now "
                "redirects to the matching page here, so bookmarks keep working. If "
                "one lands somewhere unexpected, let us know and we will fix it.</p>"
            ),
            _contact_us(
                demo,
                "Can't find something?",
                "Tell us what you were looking for and we will point you to it.",
                "Contact us",
            ),
        ),
    },
]


def _contact_us(demo, heading, description, text):
    """A call to action that sends the reader to the contact page."""
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


# Under About: the fundamentals page links the first two (home.demo.fundamentals),
# and the notice banner the third (movement.demo.furniture).
ABOUT_PAGES = [
    {
        "slug": "co-production-tips",
        "title": "Top ten tips for co-production, from our young people's executive group",
        "listing_title": "Top ten tips for co-production",
        "listing_summary": "What young people want every adult to know before calling "
        "a project co-produced.",
        "introduction": "<p>Ten pieces of advice from young people, for any school, "
        "service or organisation that wants to work with us as equals rather than "
        "just ask what we think.</p>",
        "body": lambda demo: stream(
            paragraph(
                "<p>Our young people's executive group helps steer the movement. "
                "Between us we have been involved in a lot of projects, some "
                "brilliant and some a waste of everyone's afternoon. This is what made "
                "the difference.</p>"
            ),
            heading("The ten tips"),
            paragraph(
                "<ol>"
                "<li><b>Bring us in at the start.</b> Ask us before the plan is "
                "written, not once it is finished and needs a sign-off.</li>"
                "<li><b>Be honest about what can change.</b> Tell us what is already "
                "decided and what is really up for grabs, so nobody wastes effort or "
                "ends up let down.</li>"
                "<li><b>Meet us where we are.</b> Pick times after school or college, "
                "places we already know, pay our travel and bring food.</li>"
                "<li><b>Drop the jargon.</b> If a word or an acronym needs explaining, "
                "explain it, or better, use a plainer one.</li>"
                "<li><b>Share the power, not just the room.</b> Let young people chair "
                "meetings, set the agenda and make some of the decisions.</li>"
                "<li><b>Value our time.</b> Recognise it properly, whether with "
                "vouchers, training, certificates or a reference for college or a "
                "job.</li>"
                "<li><b>Get to know each other first.</b> Trust comes before difficult "
                "conversations. A bit of fun at the start is not time wasted.</li>"
                "<li><b>Offer more than one way in.</b> Not everyone wants to speak in "
                "a big group. Drawing, voting, messaging or a one-to-one chat all "
                "count.</li>"
                "<li><b>Tell us what happened next.</b> Show us what changed because "
                "of what we said, and explain why when something did not.</li>"
                "<li><b>Look after everyone, and keep going.</b> Check in when topics "
                "get personal, let people step back without judging them, and treat "
                "co-production as a habit rather than a one-off meeting.</li>"
                "</ol>"
            ),
            (
                "quote",
                {
                    "quote": "If we only hear about a decision after it has been made, "
                    "that is not co-production. That is a newsletter.",
                    "attribution": "A member of the young people's executive group",
                    "role": "",
                },
            ),
            heading("Where to start"),
            paragraph(
                "<p>Choose one tip you are not doing yet and try it at your next "
                "meeting. Then ask the young people you work with how it went, and "
                "listen to the answer.</p>"
            ),
            _contact_us(
                demo,
                "Got a tip we missed?",
                "Tell us what has helped you and the young people you work with to "
                "co-produce, and we will pass it to the group.",
                "Share your tip",
            ),
        ),
    },
    {
        "slug": "test-and-learn",
        "title": "Test and learn: how we research and evaluate",
        "listing_title": "Test and learn",
        "listing_summary": "How the movement tries new ideas, learns from what happens "
        "and shares the evidence.",
        "introduction": "<p>We try new ways of working, look closely at what happens "
        "and change course when the evidence tells us to. We call it test and "
        "learn.</p>",
        "body": lambda demo: stream(
            heading("A learning culture"),
            paragraph(
                "<p>The movement does not wait years for a final verdict before it "
                "acts. Ideas are tried out on a small scale, checked against what "
                "young people, families and practitioners tell us, and improved in "
                "short rounds. An idea that does not work is not a failure to hide: it "
                "is information that makes the next attempt better.</p>"
            ),
            heading("Where the evidence comes from"),
            paragraph(
                "<p>Our work stands on a research and evidence base gathered over many "
                "years by the charity and a university research centre for resilience "
                "and social justice, which collate it together. The Resilience "
                "Framework is that evidence drawn as one picture: 42 Resilient Moves "
                "that people and communities can make.</p>"
            ),
            heading("Research with people, not on them"),
            paragraph(
                "<p>Co-production applies to research too. Young people, parents, "
                "carers and practitioners help decide which questions matter, gather "
                "information and work out what it means. Our communities of practice "
                "test ideas in their own settings, reflect on them together and take "
                "part in evaluating the results.</p>"
            ),
            heading("Publications"),
            paragraph(
                "<p>We share reports, papers and summaries as soon as they are ready, "
                "so that others can use what we have learned. You will find them in "
                "the resource library, which grows as each piece of work is "
                "finished.</p>"
            ),
            _contact_us(
                demo,
                "Ask about our research",
                "Want to know more about a study, or to work with us on the next "
                "one? Get in touch.",
                "Contact the team",
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
            "Home hero illustration",
            seed=1,
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
        demo.pages[spec["slug"]] = _standard_page(demo, home, spec)
    for spec in ABOUT_PAGES:
        demo.pages[spec["slug"]] = _standard_page(demo, demo.pages["about"], spec)


def _standard_page(demo, parent, spec):
    fields = {"show_in_menus": True, **spec, "body": spec["body"](demo)}
    return ensure_child(parent, StandardPage(**fields))
