"""iCalendar (RFC 5545) files for events, written by the icalendar library.

icalendar escapes text, folds long lines at 75 octets and writes UTC times;
what stays ours is what it leaves to the caller: control characters removed
from text (RFC 5545 3.3.11 allows none but tab) and naive times refused (their
zone is unknown).
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event, vDuration, vText

PRODUCT_ID = "-//Resilience Revolution//Events//EN"
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: datetime
    end: datetime
    stamp: datetime
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""


def clean_text(value):
    return CONTROL_CHARACTERS.sub("", str(value))


def in_utc(moment):
    if moment.tzinfo is None:
        raise ValueError("iCalendar times need an aware datetime")
    return moment.astimezone(UTC)


def calendar_event(event):
    component = Event()
    component.add("uid", clean_text(event.uid))
    component.add("dtstamp", in_utc(event.stamp))
    component.add("dtstart", in_utc(event.start))
    component.add("dtend", in_utc(event.end))
    component.add("summary", clean_text(event.summary))
    if event.description:
        component.add("description", clean_text(event.description))
    if event.location:
        component.add("location", clean_text(event.location))
    if event.url:
        component.add("url", clean_text(event.url))  # a URI: commas stay as they are
    return component


def calendar(events, name="", refresh_hours=None):
    """A whole VCALENDAR as text, CRLF line endings throughout, ready to send as
    text/calendar.

    `refresh_hours` is for a calendar people subscribe to: how often their
    calendar app should fetch it again (RFC 7986, and the older X-PUBLISHED-TTL
    that Outlook and Apple Calendar read).
    """
    document = Calendar()
    document.add("version", "2.0")
    document.add("prodid", PRODUCT_ID)
    document.add("calscale", "GREGORIAN")
    document.add("method", "PUBLISH")
    if name:
        document.add("x-wr-calname", vText(clean_text(name)))
        document.add("name", clean_text(name))
    if refresh_hours:
        every = timedelta(hours=refresh_hours)
        document.add("refresh-interval", every, parameters={"VALUE": "DURATION"})
        document.add("x-published-ttl", vDuration(every))
    for event in events:
        document.add_component(calendar_event(event))
    return document.to_ical().decode()
