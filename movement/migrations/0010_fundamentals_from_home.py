"""The fundamentals move from the home app to the core (issue #14).

Only Django's record of where the models live changes: their tables keep their
names (home_fundamental, home_fundamentalspage), and their content types are
renamed rather than replaced, so every page, revision, translation source,
permission and search entry that points at them by id still does.
"""

import django.db.models.deletion
import modelcluster.fields
import movement.models.pages
import uuid
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.db import migrations, models


MOVED = ("fundamental", "fundamentalspage")


def move_content_types(apps, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(
                app_label=target
            )


def rename_content_types(apps, schema_editor):
    move_content_types(apps, "home", "movement")


def rename_content_types_back(apps, schema_editor):
    move_content_types(apps, "movement", "home")


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('movement', '0009_preview_links'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
        migrations.CreateModel(
            name='FundamentalsPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.page')),
                ('listing_title', models.CharField(blank=True, help_text='A shorter title for cards. Defaults to the page title.', max_length=120)),
                ('listing_summary', models.TextField(blank=True, help_text='One or two sentences for cards and search results.', max_length=300)),
                ('social_text', models.CharField(blank=True, help_text='Shown when the page is shared. Defaults to the search description.', max_length=200)),
                ('introduction', wagtail.fields.RichTextField(blank=True, help_text='Says what the fundamentals are, above the table of contents.')),
                ('body', wagtail.fields.StreamField([('heading', 3), ('paragraph', 4), ('image', 8), ('quote', 11), ('call_to_action', 16), ('embed', 20), ('documents', 25), ('link_list', 29), ('key_facts', 35), ('accordion', 40), ('odds_comparison', 45), ('page_cards', 48), ('table', 55)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading'), ('h3', 'Sub-heading')], 'help_text': 'Use sub-headings only under a section heading.'}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': "Optional link name, e.g. 'how-to-use' makes #how-to-use. Defaults to the heading text.", 'max_length': 60, 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1), ('anchor', 2)]], {}), 4: ('wagtail.blocks.RichTextBlock', (), {'description': 'Text: paragraphs, lists and links.', 'features': ['h3', 'h4', 'bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'icon': 'pilcrow', 'preview_value': '<p>Resilience is not only about coping: it is also about changing what makes things hard in the first place.</p>', 'template': 'blocks/paragraph_block.html'}), 5: ('wagtail.images.blocks.ImageBlock', [], {'help_text': 'Describe the image for people who cannot see it, or mark it decorative.'}), 6: ('wagtail.blocks.CharBlock', (), {'max_length': 250, 'required': False}), 7: ('wagtail.blocks.CharBlock', (), {'max_length': 120, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 5), ('caption', 6), ('credit', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {}), 10: ('wagtail.blocks.CharBlock', (), {'help_text': "e.g. 'Young leader, Blackpool'", 'max_length': 120, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('quote', 9), ('attribution', 7), ('role', 10)]], {}), 12: ('wagtail.blocks.PageChooserBlock', (), {'help_text': 'A page on this site.', 'required': False}), 13: ('wagtail.blocks.URLBlock', (), {'help_text': 'Or a full address elsewhere.', 'label': 'URL', 'required': False}), 14: ('wagtail.blocks.CharBlock', (), {'help_text': "What the link says. Defaults to the page's title.", 'max_length': 80, 'required': False}), 15: ('wagtail.blocks.TextBlock', (), {'max_length': 300, 'required': False}), 16: ('wagtail.blocks.StructBlock', [[('page', 12), ('url', 13), ('text', 14), ('heading', 7), ('description', 15)]], {}), 17: ('wagtail.embeds.blocks.EmbedBlock', (), {'help_text': 'A YouTube, Vimeo or similar address.'}), 18: ('wagtail.blocks.CharBlock', (), {'help_text': 'Names the video for screen readers and before it loads.', 'max_length': 120}), 19: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'required': False}), 20: ('wagtail.blocks.StructBlock', [[('embed', 17), ('title', 18), ('transcript', 19)]], {}), 21: ('wagtail.documents.blocks.DocumentChooserBlock', (), {}), 22: ('wagtail.blocks.CharBlock', (), {'help_text': "Defaults to the document's title.", 'max_length': 120, 'required': False}), 23: ('wagtail.blocks.StructBlock', [[('document', 21), ('title', 22)]], {}), 24: ('wagtail.blocks.ListBlock', (23,), {'min_num': 1}), 25: ('wagtail.blocks.StructBlock', [[('heading', 7), ('documents', 24)]], {}), 26: ('wagtail.blocks.TextBlock', (), {'max_length': 400, 'required': False}), 27: ('wagtail.blocks.StructBlock', [[('page', 12), ('url', 13), ('text', 14), ('description', 26)]], {}), 28: ('wagtail.blocks.ListBlock', (27,), {'min_num': 1}), 29: ('wagtail.blocks.StructBlock', [[('heading', 7), ('links', 28)]], {}), 30: ('wagtail.blocks.CharBlock', (), {'help_text': "e.g. '£4.20' or '42'", 'max_length': 20}), 31: ('wagtail.blocks.CharBlock', (), {'max_length': 160}), 32: ('wagtail.blocks.CharBlock', (), {'max_length': 160, 'required': False}), 33: ('wagtail.blocks.StructBlock', [[('figure', 30), ('label', 31), ('source', 32)]], {}), 34: ('wagtail.blocks.ListBlock', (33,), {'min_num': 1}), 35: ('wagtail.blocks.StructBlock', [[('heading', 7), ('facts', 34)]], {}), 36: ('wagtail.blocks.CharBlock', (), {'max_length': 250}), 37: ('wagtail.blocks.RichTextBlock', (), {'features': ['h3', 'h4', 'bold', 'italic', 'ol', 'ul', 'link', 'document-link']}), 38: ('wagtail.blocks.StructBlock', [[('question', 36), ('answer', 37)]], {}), 39: ('wagtail.blocks.ListBlock', (38,), {'min_num': 1}), 40: ('wagtail.blocks.StructBlock', [[('heading', 7), ('items', 39)]], {}), 41: ('wagtail.blocks.CharBlock', (), {'help_text': "The everyday situation, e.g. 'No breakfast before school'.", 'max_length': 200}), 42: ('wagtail.blocks.TextBlock', (), {'help_text': 'Helping one person get past it.'}), 43: ('wagtail.blocks.TextBlock', (), {'help_text': 'Changing things for everyone in that spot.'}), 44: ('wagtail.blocks.TextBlock', (), {'help_text': 'Tackling the system that causes it.', 'required': False}), 45: ('wagtail.blocks.StructBlock', [[('situation', 41), ('beat_the_odds', 42), ('change_the_odds', 43), ('supercharged', 44)]], {}), 46: ('wagtail.blocks.PageChooserBlock', (), {}), 47: ('wagtail.blocks.ListBlock', (46,), {'max_num': 12, 'min_num': 1}), 48: ('wagtail.blocks.StructBlock', [[('heading', 7), ('pages', 47)]], {}), 49: ('wagtail.blocks.CharBlock', (), {'help_text': 'Says what the table shows.', 'max_length': 200}), 50: ('wagtail.blocks.ListBlock', (0,), {'label': 'Column headings'}), 51: ('wagtail.blocks.CharBlock', (), {'max_length': 500, 'required': False}), 52: ('wagtail.blocks.ListBlock', (51,), {'label': 'Cells'}), 53: ('wagtail.blocks.ListBlock', (52,), {'label': 'Rows'}), 54: ('wagtail.blocks.BooleanBlock', (), {'default': False, 'required': False}), 55: ('wagtail.blocks.StructBlock', [[('caption', 49), ('header', 50), ('rows', 53), ('first_column_is_header', 54)]], {})}, help_text='Shown after the fundamentals.')),
                ('listing_image', models.ForeignKey(blank=True, help_text='Shown on cards. Landscape, at least 1200 pixels wide.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image')),
                ('social_image', models.ForeignKey(blank=True, help_text='Shown when the page is shared. Defaults to the listing image.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image')),
                ('tags', movement.models.pages.PageTagsManager(blank=True, help_text="Topics, e.g. 'schools' or 'young leaders'. Used to link related pages.", through='movement.PageTag', to='taggit.Tag', verbose_name='Tags')),
            ],
            options={
                'verbose_name': 'fundamentals page',
                'db_table': 'home_fundamentalspage',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='Fundamental',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('title', models.CharField(max_length=80)),
                ('slug', models.SlugField(allow_unicode=True, blank=True, help_text="The link name, e.g. 'co-production' makes #co-production. Defaults to the title. Keep it once published: links use it.", max_length=80)),
                ('summary', models.TextField(help_text='One or two sentences.', max_length=300)),
                ('body', wagtail.fields.RichTextField()),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='fundamentals', to='movement.fundamentalspage')),
            ],
            options={
                'verbose_name': 'fundamental',
                'db_table': 'home_fundamental',
                'ordering': ['sort_order'],
                'abstract': False,
                'unique_together': {('translation_key', 'locale')},
            },
        ),
                ],
        ),
        migrations.RunPython(rename_content_types, rename_content_types_back),
    ]
