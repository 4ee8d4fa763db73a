"""Moderators look after bookings: see who is coming and what they need, correct,
remove, export (docs/roles.md). Visitors book on the event's page."""

from django.db import migrations

from movement.grants import grant

GRANTS = {
    "Moderators": [
        ("home", "booking", f"{action}_booking") for action in ("view", "change", "delete")
    ],
}


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_event_bookings"),
        ("movement", "0008_roles"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, GRANTS), migrations.RunPython.noop
        )
    ]
