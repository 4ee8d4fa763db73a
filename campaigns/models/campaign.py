"""A campaign: what it asks for, why, who stands with it and how it is going."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from campaigns.blocks import CampaignFactsBlock
from home.models.events import events_of
from movement.blocks import (
    SIMPLE_RICH_TEXT_FEATURES,
    CallToActionBlock,
    ContentStreamBlock,
)
from movement.i18n import in_locale, same_in_every_language
from movement.models import (
    BasePage,
    PageManager,
    PageQuerySet,
    TopicTagging,
    prefetch_card_renditions,
)
from movement.pagination import paginate
from movement.palette import accent_field
from movement.search_groups import SearchGroup
from movement.seo import plain_text, web_page

from .partners import Partner
from .pledging import PledgingMixin

UPDATES_SHOWN = 3
UPDATES_PER_PAGE = 12


class CampaignStatus(models.TextChoices):
    # Listed in the order campaign indexes show them.
    # A context of its own: Wagtail's admin also says "Active" (of a user).
    ACTIVE = "active", pgettext_lazy("campaign status", "Active")
    WON = "won", _("Won")
    CLOSED = "closed", _("Closed")


class CampaignPageQuerySet(PageQuerySet):
    def by_status(self):
        """Active first, then won, then closed; the newest first within each."""
        status_order = models.Case(
            *[
                models.When(status=status, then=models.Value(position))
                for position, status in enumerate(CampaignStatus.values)
            ],
            output_field=models.IntegerField(),
        )
        return self.order_by(status_order, "-first_published_at", "-pk")


class CampaignPartner(Orderable):
    page = ParentalKey("campaigns.CampaignPage", related_name="partners")
    partner = models.ForeignKey(
        "campaigns.Partner",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Add new partners under Campaign partners in the menu."),
    )

    panels = [FieldPanel("partner")]


class CampaignPage(PledgingMixin, RoutablePageMixin, TopicTagging, BasePage):
    status = models.CharField(
        max_length=10,
        choices=CampaignStatus.choices,
        default=CampaignStatus.ACTIVE,
        help_text=_(
            "Shown as a label on the page and its card. Campaign lists show "
            "active campaigns first, then won, then closed."
        ),
    )
    accent = accent_field(
        _(
            "The campaign's colour, on its page and its card, from the movement's "
            "palette (each is readable in light and dark themes)."
        )
    )
    the_ask = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        verbose_name=_("the ask"),
        help_text=_(
            "What the campaign asks for, and from whom, in one or two sentences. "
            "e.g. 'We ask employers to pay young people the same rate as older "
            "colleagues for the same work.'"
        ),
    )
    introduction = RichTextField(
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Why this campaign matters, in a short paragraph shown under the title."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown at the top of the page and, unless a listing image is set, on "
            "its card. Landscape, at least 1200 pixels wide; its alt text comes "
            "from the image library."
        ),
    )
    call_to_action = StreamField(
        [("call_to_action", CallToActionBlock())],
        blank=True,
        max_num=1,
        help_text=_(
            "The one thing a visitor should do next: a page on this site (a form "
            "page, for instance) or a petition elsewhere. Shown under the ask."
        ),
    )
    key_facts = StreamField(
        [("key_facts", CampaignFactsBlock())],
        blank=True,
        max_num=1,
        help_text=_(
            "Short figures with a line each. Say where each comes from in its "
            "source; mark examples as illustrative."
        ),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        help_text=_("The full story: background, what has happened, how to help."),
    )
    related_resources = StreamField(
        [
            (
                "resource",
                blocks.PageChooserBlock(target_model="resources.ResourcePage"),
            )
        ],
        blank=True,
        max_num=6,
        help_text=_(
            "Packs and guides that help people act on this campaign, in order. "
            "Each is shown in the visitor's language where it has been translated."
        ),
    )

    override_translatable_fields = same_in_every_language("status", "accent")

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("accent"),
                FieldPanel("the_ask"),
                FieldPanel("call_to_action"),
            ],
            heading=_("The campaign"),
        ),
        InlinePanel(
            "pledges",
            heading=_("Pledges"),
            label=_("Pledge"),
            help_text=_(
                "Ask visitors to put their name to the campaign, with a live count "
                "towards a goal. Pledges people make are under Pledges in the menu."
            ),
        ),
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        FieldPanel("key_facts"),
        FieldPanel("body"),
        InlinePanel(
            "partners",
            heading=_("Partners"),
            label=_("Partner"),
            help_text=_("Organisations campaigning with us, in the order shown."),
        ),
        FieldPanel("related_resources"),
        HelpPanel(
            content=_(
                "<p><strong>Campaign updates</strong> are blog posts that name this "
                "campaign in their “Campaign” field (on the post's Promote tab). "
                "The newest three are shown on this page automatically, with a "
                "link to the rest.</p>"
            ),
            heading=_("Campaign updates"),
        ),
    ]
    promote_panels = BasePage.promote_panels + [TopicTagging.topics_panel()]
    search_fields = BasePage.search_fields + [
        index.SearchField("the_ask"),
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []
    objects = PageManager.from_queryset(CampaignPageQuerySet)()
    card_icon = "megaphone"

    class Meta:
        verbose_name = _("campaign page")

    card_image_fields = ("listing_image", "hero_image")
    summary_fields = BasePage.summary_fields + ("the_ask",)
    lists_events = True  # events can be part of a campaign (EventPage.part_of)
    search_group = SearchGroup("campaign", _("Campaigns"), _("Campaign"), order=20)

    @property
    def card_meta(self):
        """e.g. "Active · Supercharged": its status, and the level it works at."""
        parts = (self.get_status_display(), self.odds_level_label)
        return " · ".join(str(part) for part in parts if part)

    def structured_data(self, facts):
        """schema.org has no campaign type. A Project ("an enterprising endeavor,
        typically carried out by an organization") run by us is the closest fit,
        and the page is about it."""
        project = {
            "@type": "Project",
            "@id": f"{facts.url}#campaign",
            "name": self.title,
            "url": facts.url,
            "parentOrganization": {"@id": facts.site.id},
        }
        if ask := plain_text(self.the_ask):
            project["description"] = ask
        if facts.image:
            project["image"] = facts.image.url
        page_node = web_page(self, facts)
        page_node["about"] = {"@id": project["@id"]}
        return [page_node, project]

    def campaign_updates(self):
        """Live blog posts about this campaign in its language, newest first.

        Matching on translation_key also finds a translated post that still
        points at the campaign in the original language. The posts are found
        through their `campaign` field's reverse relation ("updates"): the
        blog knows campaigns, so campaigns need not import the blog.
        """
        post_model = self._meta.get_field("updates").related_model
        posts = post_model.objects.filter(
            locale_id=self.locale_id, campaign__translation_key=self.translation_key
        )
        return posts.listed().for_cards().order_by("-date", "-pk")

    def ordered_partners(self):
        links = self.partners.select_related("partner__logo")
        return in_locale(
            [link.partner for link in links],
            self.locale_id,
            Partner.objects.select_related("logo"),
        )

    def resources_in_locale(self):
        # The raw ids: reading the blocks would fetch every chosen page once more.
        chosen = [block["value"] for block in self.related_resources.raw_data]
        if not chosen:
            return []
        resources = (
            apps.get_model("resources", "ResourcePage").objects.visible().for_cards()
        )
        found = {page.pk: page for page in resources.filter(pk__in=chosen)}
        return prefetch_card_renditions(
            in_locale(
                [found[pk] for pk in chosen if pk in found], self.locale_id, resources
            )
        )

    @path("")
    def index_route(self, request, *args, **kwargs):
        """The campaign itself (this replaces RoutablePageMixin's default route)."""
        context = self.page_context()
        response = self.render(request, context_overrides=context)
        return self.with_pledges(response, context["pledges"])

    def page_context(self, posted=None):
        """What the campaign page shows beyond its fields; `posted`: a pledge form
        sent with mistakes, shown again.

        Gathered here rather than in get_context, so the updates route does not
        fetch partners and resources it never shows.
        """
        updates = prefetch_card_renditions(self.campaign_updates()[: UPDATES_SHOWN + 1])
        return {
            "pledges": self.pledge_panels(posted),
            "updates": updates[:UPDATES_SHOWN],
            "more_updates": len(updates) > UPDATES_SHOWN,
            "partners": self.ordered_partners(),
            "related_resources": self.resources_in_locale(),
            "events": events_of(self),
        }

    @path("updates/", name="updates")
    def all_updates(self, request):
        updates = paginate(request, self.campaign_updates(), UPDATES_PER_PAGE)
        return self.render(
            request,
            context_overrides={"updates": updates},
            template="campaigns/campaign_updates.html",
        )
