"""Who may change the framework's compartments (docs/roles.md).

Editors add and change them, Moderators also delete them, Translators change
their translations (never the source language: movement/permissions.py). The
moves are edited on their framework page, under page permissions.
"""

from django.db import migrations


def permission(apps, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type = ContentType.objects.get_or_create(
        app_label="movement", model="compartment"
    )[0]
    name = "Can " + codename.replace("_", " ", 1)
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )[0]


GRANTS = {
    "Editors": ["add_compartment", "change_compartment"],
    "Moderators": ["add_compartment", "change_compartment", "delete_compartment"],
    "Translators": ["change_compartment"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*[permission(apps, codename) for codename in codenames])


class Migration(migrations.Migration):
    dependencies = [
        ("movement", "0011_resilience_framework"),
        ("movement", "0008_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
