"""Factories for events: an index, and events a month ahead unless told otherwise."""

import datetime

import factory
from django.utils import timezone

from home.models import EventIndexPage, EventPage
from tests.factories import BasePageFactory


class EventIndexPageFactory(BasePageFactory):
    title = "Events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    start = factory.LazyFunction(
        lambda: timezone.now().replace(microsecond=0) + datetime.timedelta(days=30)
    )
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    venue_name = "The Grange"
    venue_address = "Blackpool"
    body = "[]"

    class Meta:
        model = EventPage
