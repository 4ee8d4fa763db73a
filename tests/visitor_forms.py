"""Filling in visitors' forms in tests: a form made some seconds ago, honeypot empty."""

import time
from unittest import mock

from movement.visitor_forms.guard import started_stamp


def stamp_made(seconds_ago):
    """The `started` stamp of a form shown `seconds_ago`."""
    with mock.patch(
        "django.core.signing.time.time", return_value=time.time() - seconds_ago
    ):
        return started_stamp()


def filled_in(seconds_ago=10, **fields):
    """What a person sends: their answers, the stamp, the honeypot left empty."""
    return {"website": "", "started": stamp_made(seconds_ago), **fields}
