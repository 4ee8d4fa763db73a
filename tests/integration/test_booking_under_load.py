"""The last place at an event, asked for by many people at once through two app
servers on one PostgreSQL: exactly one gets it, the rest join the waiting list
in order, and nobody is turned away or overbooked (home/bookings.py).

It runs on a copy of pytest's PostgreSQL test database (the demo content), so in
the suite's PostgreSQL pass: `DATABASE_URL=postgres://… make test`, as CI does.
"""

import os
import re
import threading
import time

import psycopg
import pytest
import requests

from tests.servers import (
    copy_of_test_database,
    gunicorn,
    manage,
    production_environment,
)

EVENT = "getting-your-head-around-conferences"
PEOPLE = 16

ONE_PLACE_LEFT = f"""
from home.models import EventPage
from home.models.bookings import Booking
event = EventPage.objects.get(slug="{EVENT}", locale__language_code="en")
taken = Booking.objects.for_event(event).confirmed().count()
EventPage.objects.filter(translation_key=event.translation_key).update(capacity=taken + 1)
print(taken + 1)
"""


@pytest.fixture
def servers(postgres_test_database, static_root):
    with copy_of_test_database(postgres_test_database) as database_url:
        environment = production_environment(
            {
                **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
                "DATABASE_URL": database_url,
                "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
                # Everyone here comes from 127.0.0.1, as a school's pupils might.
                "VISITOR_FORM_RATE_LIMIT": str(PEOPLE * 2),
            },
            static_root,
        )
        capacity = int(
            manage(environment, "shell", "-c", ONE_PLACE_LEFT).stdout.split()[-1]
        )
        with (
            gunicorn(environment, workers=2, threads=4) as first,
            gunicorn(environment, workers=2, threads=4) as second,
        ):
            yield database_url, capacity, [first, second]


def test_many_people_asking_for_the_last_place_at_once(servers):
    database_url, capacity, (first, second) = servers
    page = requests.get(f"{first.url}/en/events/{EVENT}/", timeout=30).text
    assert "<strong>1</strong> place left" in page
    stamp = re.search(r'name="started" value="([^"]+)"', page).group(1)
    time.sleep(3.5)  # no person sends a form faster (movement/visitor_forms/guard.py)

    start = threading.Barrier(PEOPLE)
    answers = [None] * PEOPLE

    def ask(number):
        server = (first, second)[number % 2]
        data = {
            "name": f"Racer {number}",
            "email": f"racer{number}@example.org",
            "consent": "on",
            "website": "",
            "started": stamp,
        }
        start.wait()
        answers[number] = requests.post(
            f"{server.url}/en/events/{EVENT}/book/",
            data=data,
            headers={"Origin": server.url},
            allow_redirects=False,
            timeout=60,
        ).status_code

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert answers == [303] * PEOPLE  # everyone booked or waiting; no error
    with psycopg.connect(database_url.replace("postgres://", "postgresql://")) as db:
        rows = db.execute(
            "SELECT status, count(*) FROM home_booking WHERE email LIKE 'racer%%' "
            "GROUP BY status"
        ).fetchall()
        total_confirmed = db.execute(
            "SELECT count(*) FROM home_booking b JOIN wagtailcore_page p "
            "ON p.translation_key = b.event_key WHERE p.slug = %s AND p.locale_id = "
            "(SELECT id FROM wagtailcore_locale WHERE language_code = 'en') "
            "AND b.status = 'confirmed'",
            [EVENT],
        ).fetchone()[0]
    assert dict(rows) == {"confirmed": 1, "waiting": PEOPLE - 1}
    assert total_confirmed == capacity  # full, never over
    full_page = requests.get(f"{second.url}/en/events/{EVENT}/", timeout=30).text
    assert "All places are taken" in full_page
