"""Who does what with the newsletter (docs/roles.md).

Editors keep the topics and Translators translate them; Moderators also see,
export and remove subscribers, keep the recipient lists a newsletter page is
sent to, send newsletters, and read the send log.
"""

from django.db import migrations

from movement.grants import grant


def topics(*actions):
    return [("movement", "newslettertopic", f"{a}_newslettertopic") for a in actions]


RECIPIENTS = [
    ("wagtail_newsletter", "newsletterrecipients", f"{action}_newsletterrecipients")
    for action in ("add", "change", "delete", "view")
]

GRANTS = {
    "Editors": topics("add", "change"),
    "Moderators": [
        *topics("add", "change", "delete"),
        ("movement", "newslettertopic", "send_newsletter"),
        *[("movement", "subscriber", f"{a}_subscriber") for a in ("view", "change", "delete")],
        ("movement", "newslettersending", "view_newslettersending"),
        *RECIPIENTS,
    ],
    "Translators": topics("change"),
}


class Migration(migrations.Migration):
    dependencies = [
        ("movement", "0015_newsletter"),
        ("movement", "0008_roles"),
        ("wagtail_newsletter", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, GRANTS), migrations.RunPython.noop
        )
    ]
