"""iCalendar (RFC 5545) text for events: escaping, folding, UTC times.

Small enough to own rather than add a dependency; the events feed reuses it.
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime

CRLF = "\r\n"
MAX_LINE_OCTETS = 75
PRODUCT_ID = "-//Resilience Revolution//Events//EN"
# RFC 5545 3.3.11: TEXT may not hold control characters other than tab.
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


def escape_text(value):
    """A TEXT value: backslash first, so the escapes added after it stay single."""
    value = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return CONTROL_CHARACTERS.sub("", value)


def utc_stamp(moment):
    """e.g. 20270701T123000Z. Naive datetimes are refused: their zone is unknown."""
    if moment.tzinfo is None:
        raise ValueError("iCalendar times need an aware datetime")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    """Splits a content line into 75-octet lines, never inside a UTF-8 character.

    Each continuation line starts with a space, which counts towards its 75 octets.
    """
    lines, current, size = [], "", 0
    for character in line:
        octets = len(character.encode())
        if size + octets > MAX_LINE_OCTETS:
            lines.append(current)
            current, size = " ", 1
        current += character
        size += octets
    lines.append(current)
    return CRLF.join(lines)


def event_lines(event):
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}",
        f"DTSTAMP:{utc_stamp(event.stamp)}",
        f"DTSTART:{utc_stamp(event.start)}",
        f"DTEND:{utc_stamp(event.end)}",
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.url:
        # A URI value, not TEXT: commas and semicolons stay as they are.
        lines.append(f"URL:{CONTROL_CHARACTERS.sub('', event.url)}")
    lines.append("END:VEVENT")
    return lines


def calendar(events, name="", refresh_hours=None):
    """A whole VCALENDAR, CRLF line endings throughout, ready to send as text/calendar.

    `refresh_hours` is for a calendar people subscribe to: how often their
    calendar app should fetch it again (RFC 7986, and the older X-PUBLISHED-TTL
    that Outlook and Apple Calendar read).
    """
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT_ID}"]
    lines += ["CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
        lines.append(f"NAME:{escape_text(name)}")
    if refresh_hours:
        lines.append(f"REFRESH-INTERVAL;VALUE=DURATION:PT{refresh_hours}H")
        lines.append(f"X-PUBLISHED-TTL:PT{refresh_hours}H")
    for event in events:
        lines += event_lines(event)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
