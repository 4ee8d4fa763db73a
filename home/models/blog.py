from django.db import models
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.feeds import FEED_MAX_AGE, FEED_NAMES, FEED_TYPES, BlogFeed, feed_title
from home.filters import BlogFilterForm
from movement.blocks import SIMPLE_RICH_TEXT_FEATURES, ContentStreamBlock
from movement.i18n import chosen_in_language, in_locale, same_in_every_language
from movement.models import (
    BasePage,
    Fundamental,
    PageManager,
    PageQuerySet,
    SectionIndexPage,
    TopicTagging,
    prefetch_card_renditions,
)
from movement.pagination import paginate
from movement.render_cache import remembered
from movement.search_groups import SearchGroup
from movement.seo import FeedLink, described, iso_time

from .comment_routes import CommentRoutes
from .people import BlogCategory, Person

POSTS_PER_PAGE = 12
RELATED_POSTS_SHOWN = 3
HEADLINE_LENGTH = 110  # Google shows no more of an article's headline


class BlogPostQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-pk")


class BlogPostAuthor(Orderable):
    page = ParentalKey("home.BlogPostPage", related_name="authors")
    person = models.ForeignKey(
        "home.Person", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]


class BlogPostPage(CommentRoutes, RoutablePageMixin, TopicTagging, BasePage):
    date = models.DateField(
        default=timezone.localdate,
        help_text=_("The publication date shown on the post."),
    )
    introduction = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("The opening paragraph, shown larger and used as the summary."),
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the post and on its card."),
    )
    body = StreamField(
        ContentStreamBlock(),
        help_text=_("The post itself: paragraphs, headings, images, quotes and more."),
    )
    categories = ParentalManyToManyField(
        "home.BlogCategory",
        blank=True,
        related_name="+",
        help_text=_("The blog sections this post appears in, e.g. 'Young voices'."),
    )
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="updates",
        help_text=_("Makes this post an update on the campaign's page."),
    )
    comments_open = models.BooleanField(
        _("take comments"),
        default=True,
        help_text=_(
            "Visitors may comment; a moderator reads each comment before it is "
            "shown (under Comments in the menu). Untick to close comments: those "
            "already published stay on the post."
        ),
    )

    override_translatable_fields = same_in_every_language("date", "comments_open")

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        InlinePanel("authors", heading=_("Authors"), label=_("Author")),
        FieldPanel("introduction"),
        FieldPanel("featured_image"),
        FieldPanel("body"),
    ]
    promote_panels = BasePage.promote_panels + [
        TopicTagging.topics_panel(FieldPanel("categories"), FieldPanel("campaign"))
    ]
    settings_panels = BasePage.settings_panels + [
        FieldPanel("comments_open", heading=_("Comments"))
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields(
            "authors", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
    ]
    parent_page_types = ["home.BlogIndexPage"]
    subpage_types = []
    objects = PageManager.from_queryset(BlogPostQuerySet)()
    card_icon = "pencil"

    class Meta:
        verbose_name = _("blog post")
        # "Latest posts", a blog's listing, feeds and previous/next all read
        # posts newest first (newest_first(): date, then id).
        indexes = [models.Index(fields=["date", "page_ptr"], name="blog_post_date")]

    card_image_fields = ("listing_image", "featured_image")
    search_group = SearchGroup("blog", _("Blog posts"), _("Blog post"), order=10)
    open_graph_type = "article"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every visitor until something is published (not in a preview).
        context.update(
            remembered(request, "blog-post", self.pk, compute=self.reading_context)
        )
        context["comments"] = self.comments_panel(context)
        return context

    def reading_context(self):
        """The blog, authors, categories, tags, previous/next and related posts."""
        # The parent, specific, in one query (get_parent().specific takes two).
        parent_path = self.path[: -self.steplen]
        blog_index = BlogIndexPage.objects.filter(path=parent_path).first()
        if blog_index is None:  # not under a blog index (only in tests)
            blog_index = self.get_parent().specific
        siblings = (
            BlogPostPage.objects.child_of(blog_index)
            .listed()
            .in_language(self.locale_id)
            .newest_first()
            .defer("body")  # cards and links never show it; kept out of the cache
        )
        tags = list(self.tags.all())
        previous_post, next_post = self.neighbours(siblings)
        return {
            "blog_index": blog_index,
            # Authors and categories in the page's language, one query for each kind.
            "authors": in_locale(
                [
                    author.person
                    for author in self.authors.select_related("person__photo")
                ],
                self.locale_id,
                Person.objects.select_related("photo"),
            ),
            "post_categories": chosen_in_language(
                self.categories.all(), self.locale_id
            ),
            "post_tags": tags,
            "previous_post": previous_post,
            "next_post": next_post,
            "related_posts": self.related_posts(siblings, tags),
            # Published comments: a moderator's change advances the generation.
            **self.comments_context(),
        }

    @property
    def card_meta(self):
        """The date, and the level the post's work acts at, if it has one."""
        date = date_format(self.date)
        return f"{date} · {self.odds_level_label}" if self.odds_level else date

    def open_graph_article(self):
        return {
            "published": self.date.isoformat(),
            "modified": iso_time(self.last_published_at),
        }

    def structured_data(self, facts):
        """A BlogPosting by its authors (from get_context), else by us."""
        authors = facts.context.get("authors") or ()
        node = {
            "@type": "BlogPosting",
            "@id": f"{facts.url}#article",
            "headline": Truncator(self.title).chars(HEADLINE_LENGTH),
            "url": facts.url,
            "mainEntityOfPage": {"@id": f"{facts.url}#webpage"},
            "datePublished": self.date.isoformat(),
            "inLanguage": facts.language,
            "publisher": {"@id": facts.site.id},
            "author": [{"@type": "Person", "name": person.name} for person in authors]
            or {"@id": facts.site.id},
        }
        if self.last_published_at:
            node["dateModified"] = iso_time(self.last_published_at)
        return [*super().structured_data(facts), described(node, facts)]

    def feed_links(self, request, context):
        """The feeds of the blog this post is in."""
        blog_index = context.get("blog_index")
        return blog_index.feed_links(request, context) if blog_index else []

    def neighbours(self, siblings):
        """The posts just before and after this one by date, found in one query."""
        older = (
            siblings.filter(Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk))
            .order_by("-date", "-pk")
            .values("pk")[:1]
        )
        newer = (
            siblings.filter(Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk))
            .order_by("date", "pk")
            .values("pk")[:1]
        )
        found = siblings.filter(Q(pk__in=older) | Q(pk__in=newer))
        previous = next_ = None
        for post in found:
            if (post.date, post.pk) < (self.date, self.pk):
                previous = post
            else:
                next_ = post
        return previous, next_

    def related_posts(self, siblings, tags):
        """Posts sharing a category or a tag, newest first, then the latest posts to
        fill the row: one query."""
        chosen = self.categories.all()
        category_ids = (  # a subquery, not a query of its own; in a preview, a list
            chosen.values("pk")
            if isinstance(chosen, QuerySet)
            else [category.pk for category in chosen]
        )
        tag_ids = [tag.pk for tag in tags]
        sharing = BlogPostPage.objects.filter(pk=OuterRef("pk")).filter(
            Q(categories__in=category_ids) | Q(tagged_items__tag__in=tag_ids)
        )
        related = (
            siblings.exclude(pk=self.pk)
            .for_cards()
            .annotate(is_related=Exists(sharing))
            .order_by("-is_related", "-date", "-pk")
        )
        return prefetch_card_renditions(related[:RELATED_POSTS_SHOWN])


class BlogIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["home.BlogPostPage", "home.NewsletterPage"]
    card_icon = "pencil"
    card_label = ""  # its card names no kind: its title says it

    class Meta:
        verbose_name = _("blog index page")

    def posts(self):
        return self.listed_children(BlogPostPage).newest_first()

    def render_listing(self, request, posts, **filters):
        return self.render(
            request,
            context_overrides={
                "posts": paginate(request, posts, POSTS_PER_PAGE),
                "categories": self.categories_in_use(),
                **filters,
            },
        )

    def categories_in_use(self):
        return BlogCategory.objects.filter(locale_id=self.locale_id).order_by("name")

    @path("")
    def all_posts(self, request):
        """Every post, or those the framework filters chose (a 404 for a filter
        value that does not exist, as with an unknown category)."""
        form = BlogFilterForm(request.GET, self.url, self.locale_id)
        if not form.is_valid():
            raise Http404(_("No such filter"))
        return self.render_listing(
            request,
            form.apply_framework(self.posts()),
            feed_urls=self.feed_urls(request),
            filter_form=form,
            active_filters=form.active_filters(self.url),
            filter_query=form.query_string(),
        )

    def category_named(self, slug):
        category = BlogCategory.objects.filter(
            locale_id=self.locale_id, slug=slug
        ).first()
        if category is None:
            raise Http404(_("No such category"))
        return category

    @path("category/<str:slug>/", name="category")
    def posts_in_category(self, request, slug):
        category = self.category_named(slug)
        posts = self.posts().filter(
            categories__translation_key=category.translation_key
        )
        return self.render_listing(
            request,
            posts.distinct(),
            category=category,
            feed_urls=self.feed_urls(request, category),
        )

    @path("tag/<str:tag>/", name="tag")
    def posts_with_tag(self, request, tag):
        posts = self.posts().filter(tagged_items__tag__slug=tag).distinct()
        if not posts.exists():
            raise Http404(_("No posts with this tag"))
        return self.render_listing(request, posts, tag=tag)

    @path("fundamental/<str:slug>/", name="fundamental")
    def posts_for_fundamental(self, request, slug):

        fundamental = Fundamental.objects.filter(
            locale_id=self.locale_id, slug=slug
        ).first()
        if fundamental is None:
            raise Http404(_("No such fundamental"))
        posts = self.posts().filter(
            fundamentals__translation_key=fundamental.translation_key
        )
        return self.render_listing(request, posts.distinct(), fundamental=fundamental)

    @path("feed/<str:feed_format>/", name="feed")
    def feed(self, request, feed_format):
        return self.feed_response(request, feed_format)

    @path("category/<str:slug>/feed/<str:feed_format>/", name="category_feed")
    def category_feed(self, request, slug, feed_format):
        return self.feed_response(request, feed_format, self.category_named(slug))

    def feed_response(self, request, feed_format, category=None):
        """An RSS or Atom feed of the posts the listing at the same address shows."""
        if feed_format not in FEED_TYPES:
            raise Http404(f"{feed_format}: not a feed format")
        response = BlogFeed(self, feed_format, category)(request)
        patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
        return response

    def feed_urls(self, request, category=None):
        """{"rss": url, "atom": url}: the whole blog's feeds, or a category's."""
        route, args = ("category_feed", [category.slug]) if category else ("feed", [])
        base = self.get_url(request)
        return {
            feed_format: base + self.reverse_subpage(route, args=[*args, feed_format])
            for feed_format in FEED_TYPES
        }

    def feed_links(self, request, context):
        """The whole blog's feeds, or those of the category listed (in `context`)."""
        category = context.get("category")
        title = feed_title(self, category)
        return [
            FeedLink(
                FEED_TYPES[feed_format].content_type.split(";")[0],
                f"{title} ({FEED_NAMES[feed_format]})",
                url,
            )
            for feed_format, url in self.feed_urls(request, category).items()
        ]
