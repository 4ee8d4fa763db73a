from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.search import index

from movement.blocks import ContentStreamBlock, LinkBlock
from movement.models import (
    BasePage,
    Fundamental,
    live_pages_in_order,
    prefetch_card_renditions,
)
from movement.render_cache import remembered

from .routing import RemembersRoutes

LATEST_POSTS_SHOWN = 3


class HomePage(RemembersRoutes, BasePage):
    hero_heading = models.CharField(
        max_length=120, help_text=_("The big line at the top of the home page.")
    )
    hero_intro = models.TextField(
        max_length=400,
        blank=True,
        help_text=_("A sentence or two beneath the heading."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A wide photo or illustration; its alt text comes from the image library."
        ),
    )
    hero_call_to_action = StreamField(
        [("link", LinkBlock())],
        blank=True,
        max_num=1,
        help_text=_("The main button under the heading."),
    )
    featured_heading = models.CharField(
        max_length=120, blank=True, default="", help_text=_("e.g. 'Get involved'.")
    )
    featured_pages = StreamField(
        [("page", blocks.PageChooserBlock())],
        blank=True,
        max_num=6,
        help_text=_("Up to six pages to feature as cards, in order."),
    )
    fundamentals_heading = models.CharField(
        max_length=120,
        blank=True,
        default="",
        help_text=_(
            "Heading of the fundamentals teaser. Leave empty to hide the teaser."
        ),
    )
    fundamentals_intro = models.TextField(
        max_length=400,
        blank=True,
        help_text=_("A sentence under the teaser's heading."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        help_text=_("Anything else, below the blog posts."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_intro"),
                FieldPanel("hero_image"),
                FieldPanel("hero_call_to_action"),
            ],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [FieldPanel("featured_heading"), FieldPanel("featured_pages")],
            heading=_("Featured pages"),
        ),
        MultiFieldPanel(
            [FieldPanel("fundamentals_heading"), FieldPanel("fundamentals_intro")],
            heading=_("Fundamentals teaser"),
        ),
        FieldPanel("body"),
    ]
    summary_fields = BasePage.summary_fields + ("hero_intro",)
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.FormPage",
        "movement.FundamentalsPage",
        "movement.FrameworkPage",
        "home.BlogIndexPage",
        "home.EventIndexPage",
        "campaigns.CampaignIndexPage",
        "resources.ResourceIndexPage",
        "resources.CommunityIndexPage",
    ]
    max_count_per_parent = 1
    card_icon = "house"
    card_label = ""  # its card names no kind: its title says it

    class Meta:
        verbose_name = _("home page")

    @property
    def share_image(self):
        """The hero image, when no social or listing image is chosen."""
        return super().share_image or self.hero_image

    def structured_data(self, facts):
        """The home page is also where the WebSite is described."""
        website = {
            "@type": "WebSite",
            "@id": f"{facts.site.url}#website",
            "url": facts.site.url,
            "name": facts.site.name,
            "inLanguage": facts.language,
            "publisher": {"@id": facts.site.id},
        }
        return [*super().structured_data(facts), website]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Cards change only when something is published: remembered until then.
        context.update(
            remembered(
                request,
                "home-cards",
                self.pk,
                translation.get_language(),
                compute=self.cards,
            )
        )
        return context

    def cards(self):
        """The featured pages, the latest posts and the fundamentals teaser."""
        from .blog import BlogPostPage

        featured = live_pages_in_order(
            # The raw ids: reading the blocks would fetch every chosen page once more.
            [block["value"] for block in self.featured_pages.raw_data],
            prefetch=False,
        )
        latest = list(
            BlogPostPage.objects.listed()
            .in_language(self.locale_id)
            .for_cards()
            .newest_first()[:LATEST_POSTS_SHOWN]
        )
        prefetch_card_renditions([*featured, *latest])  # both at once
        cards = {"featured_pages": featured, "latest_posts": latest}
        if self.fundamentals_heading:
            # The fundamentals and their page in one query.
            cards["teaser_fundamentals"] = list(
                Fundamental.objects.filter(
                    page__live=True, page__locale_id=self.locale_id
                )
                .select_related("page")
                .order_by("page__path", "sort_order")
            )
        return cards
