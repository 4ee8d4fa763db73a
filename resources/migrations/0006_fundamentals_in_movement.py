"""Packs and communities tag the fundamentals where they now live (movement
0010); the relations' tables and columns stay. Nothing in the database changes."""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('movement', '0010_fundamentals_from_home'),
        ('resources', '0005_block_picker_descriptions'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
        migrations.AlterField(
            model_name='communityofpracticepage',
            name='fundamentals',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='The fundamentals this puts into practice.', related_name='+', to='movement.fundamental'),
        ),
        migrations.AlterField(
            model_name='resourcepage',
            name='fundamentals',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='The fundamentals this puts into practice.', related_name='+', to='movement.fundamental'),
        ),
                ],
        ),
    ]
