"""An index on what "latest posts", listings, feeds and previous/next sort by."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("home", "0008_fundamentals_to_movement")]

    operations = [
        migrations.AddIndex(
            model_name="blogpostpage",
            index=models.Index(fields=["date", "page_ptr"], name="blog_post_date"),
        ),
    ]
