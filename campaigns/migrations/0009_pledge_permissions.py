"""Moderators look after pledges: approve organisations, correct, delete, export
(docs/roles.md). Nobody adds one in the admin: visitors pledge on the site."""

from django.db import migrations

from movement.grants import grant

GRANTS = {
    "Moderators": [
        ("campaigns", "pledge", f"{action}_pledge") for action in ("view", "change", "delete")
    ],
}


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0008_pledges"),
        ("movement", "0008_roles"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, GRANTS), migrations.RunPython.noop
        )
    ]
