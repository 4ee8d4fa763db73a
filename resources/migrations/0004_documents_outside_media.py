"""Documents move out of MEDIA_ROOT into STORAGES["documents"] (PRIVATE_MEDIA_ROOT).

A web server in front may serve MEDIA_ROOT directly, which would hand out a
document from a private collection to anyone who guesses its name. Files
already uploaded are moved across; the database keeps the same names.
"""

from django.core.files.storage import default_storage, storages
from django.db import migrations, models

import resources.documents


def move_files(apps, schema_editor, source, target):
    """Copies each document across, then deletes the original. Safe to run again
    after an interruption: a copy already made is checked, not made twice."""
    for name in apps.get_model("resources", "PackDocument").objects.values_list(
        "file", flat=True
    ):
        if not name or not source.exists(name):
            continue
        if not target.exists(name):
            with source.open(name) as content:
                stored = target.save(name, content)
            if stored != name:  # never expected: the target held no such name
                raise RuntimeError(f"{name} was stored as {stored}")
        if target.size(name) != source.size(name):
            raise RuntimeError(
                f"{name} differs between {source.location} and {target.location}: "
                "keep the right one, delete the other, and migrate again."
            )
        source.delete(name)


def to_private(apps, schema_editor):
    move_files(apps, schema_editor, default_storage, storages["documents"])


def to_media(apps, schema_editor):
    move_files(apps, schema_editor, storages["documents"], default_storage)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_file_language"),
    ]

    operations = [
        migrations.AlterField(
            model_name="packdocument",
            name="file",
            field=models.FileField(
                storage=resources.documents.document_storage,
                upload_to="documents",
                verbose_name="file",
            ),
        ),
        migrations.RunPython(to_private, to_media),
    ]
