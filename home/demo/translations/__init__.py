"""What home's demo translates: the home page, the fundamentals and get-involved pages, and one
blog post.

The fundamentals go with their page (they are its inline rows). The post's
authors and categories are linked through inline rows and a many-to-many field,
which wagtail-localize does not follow, so they are translated one by one;
movement.demo.translations puts them before every page.
"""

from home.models import BlogPostPage, SafeguardingNotice
from movement.models import FundamentalsPage

from . import ar, es, pl

LANGUAGES = {"pl": pl, "es": es, "ar": ar}

BLOG_POST = "blackpool-schools-community-of-practice"


def translated_objects(demo):
    post = BlogPostPage.objects.child_of(demo.pages["blog"]).get(slug=BLOG_POST)
    return [
        *[author.person for author in post.authors.select_related("person")],
        *post.categories.all(),
        *SafeguardingNotice.objects.filter(locale=demo.home.locale),
        demo.home,
        FundamentalsPage.objects.child_of(demo.home).get(slug="fundamentals"),
        demo.pages["get-involved"],
        post,
    ]
