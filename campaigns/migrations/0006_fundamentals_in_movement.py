"""Campaigns tag the fundamentals where they now live (movement 0010); the
relation's table and column stay as they were. Nothing in the database changes."""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('campaigns', '0005_block_picker_descriptions'),
        ('movement', '0010_fundamentals_from_home'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
        migrations.AlterField(
            model_name='campaignpage',
            name='fundamentals',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='The fundamentals this puts into practice.', related_name='+', to='movement.fundamental'),
        ),
                ],
        ),
    ]
