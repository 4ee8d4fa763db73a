"""A newsletter in the blog, and the sign-up form on the home page."""

import datetime

from home.models import NewsletterPage
from movement.demo.build import ensure_child, heading, paragraph, stream


def load(demo):
    blog = demo.pages["blog"]
    if blog.get_children().filter(slug="newsletter-autumn").exists():
        return  # loaded before: an editor may since have moved the home page's form
    ensure_child(
        blog,
        NewsletterPage(
            title="Autumn newsletter: pay, packs and a place to meet",
            slug="newsletter-autumn",
            date=datetime.date(2026, 10, 1),
            introduction=(
                "<p>Three things from the movement this term, and where to join in.</p>"
            ),
            body=stream(
                heading("Same Pay for the Same Day"),
                paragraph(
                    "<p>Young people told employers what it feels like to earn less "
                    "than the person beside them for the same shift. Our campaign "
                    "keeps asking employers to pay by the job, not by age.</p>"
                ),
                heading("New packs for schools"),
                paragraph(
                    "<p>Teachers asked for lessons they can print and run in a "
                    "tutor period. The new packs are in the resources section, free "
                    "to download.</p>"
                ),
                heading("Come and meet us"),
                paragraph(
                    "<p>Our next community of practice meets in Blackpool and online. "
                    "Everyone who works with young people is welcome.</p>"
                ),
            ),
            listing_summary="Three things from the movement this term.",
            newsletter_subject="Autumn newsletter from the Resilience Revolution",
        ),
    )
    home = demo.home
    if not any(block.block_type == "newsletter_sign_up" for block in home.body):
        home.body.append(
            (
                "newsletter_sign_up",
                {
                    "heading": "Hear from the movement",
                    "text": "Campaign news, events and resources for schools, "
                    "in your language, once a month at most.",
                },
            )
        )
        home.save_revision().publish()
