"""Django's record of the fundamentals moves to the core (movement 0010); the
tables stay. Nothing in the database changes here."""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('campaigns', '0006_fundamentals_in_movement'),
        ('home', '0007_block_picker_descriptions'),
        ('movement', '0010_fundamentals_from_home'),
        ('resources', '0006_fundamentals_in_movement'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
        migrations.RemoveField(
            model_name='fundamentalspage',
            name='listing_image',
        ),
        migrations.RemoveField(
            model_name='fundamentalspage',
            name='page_ptr',
        ),
        migrations.RemoveField(
            model_name='fundamentalspage',
            name='social_image',
        ),
        migrations.RemoveField(
            model_name='fundamentalspage',
            name='tags',
        ),
        migrations.AlterField(
            model_name='blogpostpage',
            name='fundamentals',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='The fundamentals this puts into practice.', related_name='+', to='movement.fundamental'),
        ),
        migrations.AlterField(
            model_name='eventpage',
            name='fundamentals',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='The fundamentals this puts into practice.', related_name='+', to='movement.fundamental'),
        ),
        migrations.DeleteModel(
            name='Fundamental',
        ),
        migrations.DeleteModel(
            name='FundamentalsPage',
        ),
                ],
        ),
    ]
