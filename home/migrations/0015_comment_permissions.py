"""Moderators read, approve, reject and reply to comments (docs/roles.md);
Editors write the safeguarding notice beside the comment form, Moderators may
also delete it, and Translators translate it (only outside English:
movement/permissions.py). Visitors comment on the post's page."""

from django.db import migrations

from movement.grants import grant

NOTICE = ("home", "safeguardingnotice")
GRANTS = {
    "Editors": [(*NOTICE, f"{action}_safeguardingnotice") for action in ("add", "change")],
    "Moderators": [
        *[("home", "comment", f"{action}_comment") for action in ("view", "change", "delete")],
        *[(*NOTICE, f"{action}_safeguardingnotice") for action in ("add", "change", "delete")],
    ],
    "Translators": [(*NOTICE, "change_safeguardingnotice")],
}


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0014_blog_comments"),
        ("movement", "0008_roles"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, GRANTS), migrations.RunPython.noop
        )
    ]
