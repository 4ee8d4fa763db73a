"""Events: the next schools community of practice, an online session and a past learning event."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.html import strip_tags

from home.models import EventIndexPage, EventPage
from movement.demo.build import (
    ensure_child,
    ensure_image,
    heading,
    paragraph,
    stream,
    tag_with_framework,
)

from .bookings import add_demo_bookings

# Each event's resilient moves, and the level its work is at.
FRAMEWORK_TAGS = {
    "blackpool-schools-community-of-practice": (
        ["making-school-work-for-you", "people-you-can-count-on"],
        "change",
    ),
    "getting-your-head-around-conferences": (["being-brave"], "beat"),
    "big-resilience-get-together-2023": (
        ["finding-where-you-belong", "speaking-up-for-yourself"],
        "change",
    ),
}

LONDON = ZoneInfo("Europe/London")
THURSDAY, TUESDAY = 3, 1


def weekday_from(today, weekday, days_ahead):
    """The first `weekday` (Monday is 0) at least `days_ahead` days after `today`.

    Dates are worked out when the demo is first loaded and never changed after,
    so the upcoming events stay upcoming for a month or more.
    """
    day = today + datetime.timedelta(days=days_ahead)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=LONDON)


def events(demo, today):
    meeting_day = weekday_from(today, THURSDAY, 30)
    session_day = weekday_from(today, TUESDAY, 45)
    get_together_day = datetime.date(2023, 6, 29)
    return [
        {
            "slug": "blackpool-schools-community-of-practice",
            "title": "Blackpool schools community of practice",
            "start": at(meeting_day, 13, 30),
            "end": at(meeting_day, 15, 30),
            "venue_name": "The Grange",
            "venue_address": "Community hub\nBlackpool",
            "step_free_access": True,
            "access_notes": "The meeting room is on the ground floor, with an "
            "accessible toilet next door.",
            "booking_email": "communities@example.org",
            # Its meetings are listed on the community's page (resources' demo, step 60).
            "part_of": demo.pages.get("blackpool-schools"),
            "fundamentals": ["co-production", "whole-system-change"],
            "introduction": "<p>An afternoon for school staff, pupils, parents and "
            "anyone else who wants every child in Blackpool to have the resilience "
            "to get through hard times.</p>",
            "body": stream(
                heading("What happens at a meeting"),
                paragraph(
                    "<p>Each meeting starts with one school telling the story of "
                    "what a resilience approach has changed for its pupils, then "
                    "turns to a piece of work the group is co-producing.</p>"
                ),
                paragraph(
                    "<ul><li>News from schools across the town.</li><li>The draft "
                    "resilience framework for schools: what is missing and what "
                    "should go.</li><li>Beating the odds or changing the odds: "
                    "examples from your own school.</li></ul>"
                ),
                paragraph(
                    "<p>New faces are always welcome. You do not need to have been "
                    "before or to work in a school.</p>"
                ),
            ),
        },
        {
            "slug": "getting-your-head-around-conferences",
            "title": "Getting your head around conferences: an online session",
            "start": at(session_day, 17),
            "end": at(session_day, 18),
            "attendance": "online",
            "captions": True,
            "access_notes": "Cameras and microphones can stay off: you can ask "
            "questions in the chat.",
            "booking_email": "events@example.org",
            # Booked on this site: a small group, so the waiting list shows soon.
            "capacity": 12,
            "fundamentals": ["co-production", "brave-and-innovative"],
            "introduction": "<p>An hour for young people thinking about going to "
            "their first conference, run by young people who have been.</p>",
            "body": stream(
                paragraph(
                    "<p>Conferences can feel daunting. We will talk through what they "
                    "are for, what actually happens on the day and how to get ready, "
                    "from planning your journey to speaking up in a workshop.</p>"
                ),
            ),
        },
        {
            "slug": "big-resilience-get-together-2023",
            "title": "The Big Resilience Get Together 2023",
            "start": at(get_together_day, 10),
            "end": at(get_together_day, 15, 30),
            "venue_name": "Town centre community hall",
            "venue_address": "Blackpool",
            "step_free_access": True,
            "bsl_interpretation": True,
            "quiet_room": True,
            "hearing_loop": True,
            "booking_email": "events@example.org",
            "fundamentals": ["social-justice", "co-production"],
            "introduction": "<p>The movement's annual learning event: a day for young "
            "people, families and practitioners to share what they have learned "
            "together.</p>",
            "body": stream(
                heading("A young person answers the keynote"),
                paragraph(
                    "<p>The keynote, from the Office of the Children's Commissioner "
                    "for England, looked at the gaps in opportunity between the "
                    "regions. Ellie, who was 16, replied from the stage with what "
                    "those gaps feel like from inside a seaside town, and what young "
                    "people there are already doing about them.</p>"
                ),
                *_read_more(demo),
            ),
        },
    ]


def _read_more(demo):
    blog = demo.pages.get("blog")
    post = blog and blog.get_children().filter(slug="growing-up-north").first()
    if post is None:
        return []
    return [
        (
            "call_to_action",
            {
                "page": post,
                "url": "",
                "text": "Read Ellie's response",
                "heading": "In her own words",
                "description": "Ellie wrote up her reply to the keynote for our blog.",
            },
        )
    ]


def load(demo):
    index = ensure_child(
        demo.home,
        EventIndexPage(
            title="Events",
            slug="events",
            show_in_menus=True,
            introduction="<p>Meetings, learning events and online sessions where "
            "young people, families and practitioners work things out together.</p>",
            listing_summary="Meetings, learning events and online sessions: come "
            "and join in.",
        ),
    )
    demo.pages["events"] = index
    for number, spec in enumerate(events(demo, timezone.localdate())):
        existing = index.get_children().filter(slug=spec["slug"]).first()
        if existing is not None:
            demo.pages[spec["slug"]] = existing.specific
            continue
        fundamentals = spec.pop("fundamentals")
        event = EventPage(
            **spec,
            listing_summary=strip_tags(spec["introduction"]),
            cover_image=ensure_image(
                f"Event illustration {number + 1}",
                seed=300 + number,
            ),
        )
        event.fundamentals = [demo.fundamentals[slug] for slug in fundamentals]
        tag_with_framework(demo, event, FRAMEWORK_TAGS.get(spec["slug"]))
        demo.pages[spec["slug"]] = ensure_child(index, event)
    add_demo_bookings(demo.pages["getting-your-head-around-conferences"])
