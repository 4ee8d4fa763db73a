"""The content generation: one row, one number (movement/models/generation.py)."""

from django.db import migrations, models


def create_the_row(apps, schema_editor):
    apps.get_model("movement", "ContentGeneration").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [
        ("movement", "0003_translators_group"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContentGeneration",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("value", models.BigIntegerField(default=1)),
            ],
            options={"verbose_name": "content generation"},
        ),
        migrations.RunPython(create_the_row, migrations.RunPython.noop),
    ]
