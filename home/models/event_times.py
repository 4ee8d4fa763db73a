"""An event's time zone: times are stored in UTC and shown where the event happens."""

import zoneinfo
from functools import cache

DEFAULT_TIME_ZONE = "Europe/London"
# Old aliases kept by the tz database for compatibility; editors need only one name.
LEGACY_ZONE_PREFIXES = ("Brazil/", "Canada/", "Chile/", "Etc/", "Mexico/", "US/")


@cache
def time_zone_choices():
    """IANA zones, e.g. "Europe/London". A callable, so a tz update needs no migration."""
    zones = {
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(LEGACY_ZONE_PREFIXES)
    }
    zones |= {DEFAULT_TIME_ZONE, "UTC"}
    return [(name, name.replace("_", " ")) for name in sorted(zones)]


def zone_named(name):
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)
