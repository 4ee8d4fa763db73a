"""Aliases published early by Wagtail (wagtail#11344) go back to waiting.

Before BasePage.update_aliases, scheduling a new page published its aliases in
every other language at once. Any alias that is live while the page it mirrors
is not is put back; `publish_scheduled` publishes both when the time comes.
"""

from django.db import migrations


def unpublish_early_aliases(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(live=True, alias_of__live=False).update(live=False)


class Migration(migrations.Migration):
    dependencies = [
        ("movement", "0004_content_generation"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(unpublish_early_aliases, migrations.RunPython.noop),
    ]
