"""Moderators look after bookings (see who is coming and what they need, correct,
remove, export) and read form pages' answers (docs/roles.md). Visitors book on
the event's page and answer on the form page."""

from django.db import migrations

from movement.grants import grant

GRANTS = {
    "Moderators": [
        *[("home", "booking", f"{action}_booking") for action in ("view", "change", "delete")],
        ("wagtailforms", "formsubmission", "view_formsubmission"),
        ("wagtailforms", "formsubmission", "delete_formsubmission"),
    ],
}


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_event_bookings"),
        ("movement", "0008_roles"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, GRANTS), migrations.RunPython.noop
        )
    ]
