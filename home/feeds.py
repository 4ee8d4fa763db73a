"""RSS 2.0 and Atom feeds of a blog, whole or one category, in the blog's language.

Django's syndication framework writes the XML; these classes say what goes in.
A feed lists the posts the blog's own listing shows (real posts of its
language, live and public), newest first, in four queries whatever their number.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from movement.i18n import in_locale
from movement.seo import plain_text, summary_text

FEED_ITEMS = 20
FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}
FEED_NAMES = {"rss": "RSS", "atom": "Atom"}  # names of formats: not translated
FEED_MAX_AGE = 15 * 60  # feed readers poll; a quarter of an hour old is fresh enough


class BlogFeed(Feed):
    """One blog's posts; a category's only when `category` is given."""

    def __init__(self, blog, feed_format, category=None):
        super().__init__()
        self.blog = blog
        self.feed_type = FEED_TYPES[feed_format]
        self.category = category
        self.language = blog.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return feed_title(self.blog, self.category)

    def link(self):
        return self.blog.get_url(self.request)

    def description(self):
        if self.category is not None:
            return plain_text(self.category.description) or self.category.name
        return summary_text(self.blog) or self.blog.title

    def items(self):
        from .models import BlogCategory, BlogPostAuthor, Person

        posts = self.blog.posts().select_related("locale")
        if self.category is not None:
            posts = posts.filter(
                categories__translation_key=self.category.translation_key
            ).distinct()
        posts = list(
            posts.prefetch_related(
                Prefetch(
                    "authors",
                    BlogPostAuthor.objects.select_related("person").order_by(
                        "sort_order"
                    ),
                ),
                "categories",
            )[:FEED_ITEMS]
        )
        # Names in the blog's language, as the post page shows them: one query
        # for all the posts' authors and one for their categories.
        locale_id = self.blog.locale_id
        authors = in_language(
            [author.person for post in posts for author in post.authors.all()],
            locale_id,
            Person.objects.all(),
        )
        categories = in_language(
            [item for post in posts for item in post.categories.all()],
            locale_id,
            BlogCategory.objects.all(),
        )
        for post in posts:
            post.feed_authors = [
                authors[author.person_id].name for author in post.authors.all()
            ]
            post.feed_categories = [
                categories[item.pk].name for item in post.categories.all()
            ]
        return posts

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.share_text or summary_text(post)

    def item_link(self, post):
        return self.request.build_absolute_uri(post.get_url(self.request))

    def item_guid(self, post):
        return self.item_link(post)

    def item_pubdate(self, post):
        """The post's date, at the moment it was first published if that was the same day."""
        published = post.first_published_at
        if published and timezone.localdate(published) == post.date:
            return published
        return timezone.make_aware(
            datetime.datetime.combine(post.date, datetime.time())
        )

    def item_updateddate(self, post):
        return post.last_published_at or self.item_pubdate(post)

    def item_author_name(self, post):
        return ", ".join(post.feed_authors) or None

    def item_categories(self, post):
        return post.feed_categories


def in_language(items, locale_id, translations):
    """{pk: the item in `locale_id` where it is translated, else the item itself}."""
    unique = list({item.pk: item for item in items}.values())
    return {
        item.pk: translated
        for item, translated in zip(
            unique, in_locale(unique, locale_id, translations), strict=True
        )
    }


def feed_title(blog, category=None):
    return f"{category.name} – {blog.title}" if category is not None else blog.title
