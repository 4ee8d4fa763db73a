"""Demo bookings for the online session: nine of its twelve places taken, some
with access needs, every address at example.org."""

from home.models.bookings import Booking, BookingStatus

PEOPLE = [
    ("Amira", {"captions": True}),
    ("Ben", {}),
    ("Chloe", {"bsl": True, "captions": True}),
    ("Dev", {}),
    ("Ellie", {"other_needs": "I may need to join by phone."}),
    ("Femi", {}),
    ("Grace", {"captions": True}),
    ("Hassan", {}),
    ("Isla", {}),
]


def add_demo_bookings(event):
    """Once: an event that already has bookings is left as it is."""
    if event.capacity is None or Booking.objects.for_event(event).exists():
        return
    made = []
    for name, needs in PEOPLE:
        typed = {"name": name, "email": f"{name.lower()}@example.org", **needs}
        booking = Booking.for_event_page(event, typed)
        booking.status = BookingStatus.CONFIRMED
        made.append(booking)
    Booking.objects.bulk_create(made)
