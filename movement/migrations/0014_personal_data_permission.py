"""Moderators handle a person's requests for their data (docs/roles.md)."""

from django.db import migrations

from movement.grants import grant

GRANTS = {
    "Moderators": [("movement", "personaldataaction", "handle_personal_data")],
}


class Migration(migrations.Migration):
    dependencies = [
        ("movement", "0013_personal_data_actions"),
        ("movement", "0008_roles"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, GRANTS), migrations.RunPython.noop
        )
    ]
