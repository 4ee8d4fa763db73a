"""Campaigns: the index, campaign pages, their updates and partners, the partner snippet."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    CampaignPartner,
    CampaignStatus,
    Partner,
)
from campaigns.models.campaign import UPDATES_SHOWN
from campaigns.models.index import CAMPAIGNS_PER_PAGE
from home.models import BlogPostPage, HomePage, StandardPage
from movement.demo import load_demo_content
from movement.demo.build import paragraph, stream
from movement.models import Fundamental
from tests.campaign_factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    CampaignPartnerFactory,
    PartnerFactory,
)
from tests.factories import BlogIndexPageFactory, BlogPostPageFactory, ImageFactory
from tests.resource_factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def blog(home_page):
    return BlogIndexPageFactory(parent=home_page, slug="campaign-test-blog")


@pytest.fixture
def polish():
    return Locale.objects.get_or_create(language_code="pl")[0]


def update(blog, campaign, **kwargs):
    return BlogPostPageFactory(parent=blog, campaign=campaign, **kwargs)


def translation_of(campaign, locale, parent):
    """A campaign in `locale` that wagtail-localize would link to `campaign`."""
    return CampaignPageFactory(
        parent=parent,
        locale=locale,
        translation_key=campaign.translation_key,
        slug=f"{campaign.slug}-{locale.language_code}",
    )


# The campaign page


def test_campaign_page_renders_every_field(client, index, blog, home_page):
    contact = StandardPage.objects.get(locale=home_page.locale, slug="contact")
    resource = ResourcePageFactory(
        parent=ResourceIndexPageFactory(parent=home_page), title="Know your pay pack"
    )
    campaign = CampaignPageFactory(
        parent=index,
        title="Same pay",
        status=CampaignStatus.WON,
        the_ask="<p>Equal rates for equal work.</p>",
        introduction="<p>Age should not set pay.</p>",
        hero_image=ImageFactory(title="Hero"),
        call_to_action=stream(
            (
                "call_to_action",
                {
                    "page": contact,
                    "url": "",
                    "text": "Tell us",
                    "heading": "Add your voice",
                    "description": "Share what happened to you.",
                },
            )
        ),
        key_facts=stream(
            (
                "key_facts",
                {
                    "heading": "The facts in short",
                    "facts": [
                        {
                            "figure": "18 vs 21",
                            "label": "A lower legal minimum at 18.",
                            "source": "Illustrative example",
                        }
                    ],
                },
            )
        ),
        body=stream(paragraph("<p>How the campaign works.</p>")),
        related_resources=stream(("resource", resource)),
    )
    CampaignPartnerFactory(
        page=campaign,
        partner=PartnerFactory(
            name="Fair Start Union",
            website="https://fairstart.example.org/",
            description="Rights at work.",
            logo=ImageFactory(title="Logo"),
        ),
    )
    update(blog, campaign, title="We met employers")

    html = client.get(campaign.url).content.decode()

    assert html.count("<h1") == 1
    assert "<h1>Same pay</h1>" in html
    assert "campaign-status--won" in html
    assert "Won</p>" in html
    assert "Equal rates for equal work." in html
    assert "Age should not set pay." in html
    assert "width-1280" in html
    assert "Add your voice" in html
    assert 'href="/en/contact/">Tell us</a>' in html
    assert "The facts in short" in html
    assert "18 vs 21" in html
    assert "A lower legal minimum at 18." in html
    assert "Illustrative example" in html
    assert "How the campaign works." in html
    assert '<a href="https://fairstart.example.org/">Fair Start Union</a>' in html
    assert "Rights at work." in html
    assert "max-192x96" in html
    assert "We met employers" in html
    assert "Know your pay pack" in html


@pytest.mark.parametrize("status", CampaignStatus.values)
def test_status_is_shown_as_a_label(client, index, status):
    campaign = CampaignPageFactory(parent=index, status=status)

    html = client.get(campaign.url).content.decode()

    label = CampaignStatus(status).label
    assert f'campaign-status--{status}"' in html
    assert f"</span>{label}</p>" in html


def test_campaign_is_listed_on_the_fundamentals_it_puts_into_practice(client, index):
    fundamental = Fundamental.objects.get(
        locale=Locale.get_default(), slug="social-justice"
    )
    campaign = CampaignPageFactory(parent=index, title="Fair fares for all")
    campaign.fundamentals = [fundamental]
    campaign.save()

    html = client.get(f"{fundamental.page.url}{fundamental.slug}/").content.decode()

    assert "Fair fares for all" in html


def test_card_uses_the_hero_image_unless_a_listing_image_is_set(index):
    hero, listing = ImageFactory(), ImageFactory()
    campaign = CampaignPageFactory(parent=index, hero_image=hero)
    assert campaign.card_image == hero

    campaign.listing_image = listing
    assert campaign.card_image == listing


def test_the_ask_is_searchable(index):
    CampaignPageFactory(parent=index, the_ask="<p>Abolish zebrafare surcharges.</p>")

    results = CampaignPage.objects.live().search("zebrafare")

    assert [page.the_ask for page in results] == [
        "<p>Abolish zebrafare surcharges.</p>"
    ]


# Partners


def test_partners_are_shown_in_the_editors_order(client, index):
    campaign = CampaignPageFactory(parent=index)
    for name, order in [("Second partner", 1), ("First partner", 0)]:
        CampaignPartnerFactory(
            page=campaign, partner=PartnerFactory(name=name), sort_order=order
        )

    html = client.get(campaign.url).content.decode()

    assert html.index("First partner") < html.index("Second partner")


def test_a_translated_campaign_shows_partners_in_its_language(index, polish):
    english = PartnerFactory(name="Youth union")
    untranslated = PartnerFactory(name="Advice network")
    PartnerFactory(
        name="Związek młodzieży", locale=polish, translation_key=english.translation_key
    )
    campaign = translation_of(CampaignPageFactory(parent=index), polish, index)
    # wagtail-localize copies the inline partners unchanged, so they point at English.
    CampaignPartnerFactory(page=campaign, partner=english, sort_order=0)
    CampaignPartnerFactory(page=campaign, partner=untranslated, sort_order=1)

    names = [partner.name for partner in campaign.ordered_partners()]

    assert names == ["Związek młodzieży", "Advice network"]


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "x")
    client.force_login(admin)
    return client


def test_partner_snippet_is_listed_in_the_admin(admin_client):
    client = admin_client
    PartnerFactory(name="Listed partner")

    listing = client.get(reverse("wagtailsnippets_campaigns_partner:list"))
    adding = client.get(reverse("wagtailsnippets_campaigns_partner:add"))

    assert listing.status_code == 200
    assert "Listed partner" in listing.content.decode()
    assert adding.status_code == 200


def test_campaign_editor_forms_load(admin_client, index):
    campaign = CampaignPageFactory(parent=index)
    CampaignPartnerFactory(page=campaign)

    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[campaign.pk]))
    add = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["campaigns", "campaignpage", index.pk])
    )

    assert edit.status_code == 200
    assert "Campaign updates</strong> are blog posts" in edit.content.decode()
    assert add.status_code == 200


def test_partner_is_translatable_with_revisions():
    partner = PartnerFactory()
    partner.save_revision()

    assert partner.revisions.count() == 1
    assert "translation_key" in {field.name for field in Partner._meta.fields}


# Campaign updates


def test_updates_are_listed_newest_first_and_limited(client, index, blog):
    campaign = CampaignPageFactory(parent=index)
    for day in range(1, UPDATES_SHOWN + 2):
        update(blog, campaign, title=f"Update {day}", date=datetime.date(2024, 1, day))

    response = client.get(campaign.url)

    titles = [post.title for post in response.context["updates"]]
    assert titles == [f"Update {day}" for day in range(UPDATES_SHOWN + 1, 1, -1)]
    assert f'href="{campaign.url}updates/"' in response.content.decode()


def test_no_see_all_link_when_every_update_is_shown(client, index, blog):
    campaign = CampaignPageFactory(parent=index)
    update(blog, campaign)

    html = client.get(campaign.url).content.decode()

    assert "updates/" not in html


def test_updates_are_only_live_posts_about_this_campaign_in_its_language(
    client, index, blog, polish
):
    campaign = CampaignPageFactory(parent=index)
    update(blog, campaign, title="Live update")
    update(blog, campaign, title="Draft update", live=False)
    update(blog, campaign, title="Polish update", locale=polish, slug="polish-update")
    update(blog, CampaignPageFactory(parent=index), title="Other campaign")
    BlogPostPageFactory(parent=blog, title="Not an update")

    response = client.get(campaign.url)

    assert [post.title for post in response.context["updates"]] == ["Live update"]


def test_a_translated_post_still_pointing_at_the_original_campaign_counts(
    index, blog, polish
):
    english = CampaignPageFactory(parent=index)
    polish_campaign = translation_of(english, polish, index)
    update(blog, english, title="Aktualizacja", locale=polish, slug="aktualizacja")

    titles = [post.title for post in polish_campaign.campaign_updates()]

    assert titles == ["Aktualizacja"]


def test_all_updates_page_lists_every_update(client, index, blog):
    campaign = CampaignPageFactory(parent=index)
    for day in range(1, UPDATES_SHOWN + 3):
        update(blog, campaign, title=f"Update {day}", date=datetime.date(2024, 2, day))

    response = client.get(campaign.url + "updates/")

    assert response.status_code == 200
    assert len(response.context["updates"]) == UPDATES_SHOWN + 2
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert f'href="{campaign.url}"' in html


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999999"])
def test_all_updates_page_rejects_bad_page_numbers(client, index, blog, page):
    campaign = CampaignPageFactory(parent=index)
    update(blog, campaign)

    response = client.get(campaign.url + "updates/", {"page": page})

    assert response.status_code == 404


# Related resources


def test_related_resources_skip_drafts_and_prefer_the_visitors_language(
    home_page, index, polish
):
    library = ResourceIndexPageFactory(parent=home_page)
    english = ResourcePageFactory(parent=library, title="English pack")
    draft = ResourcePageFactory(parent=library, title="Draft pack", live=False)
    ResourcePageFactory(
        parent=library,
        title="Polski pakiet",
        locale=polish,
        translation_key=english.translation_key,
        slug="polski-pakiet",
    )
    english_campaign = CampaignPageFactory(
        parent=index,
        related_resources=stream(("resource", english), ("resource", draft)),
    )
    polish_campaign = translation_of(english_campaign, polish, index)
    polish_campaign.related_resources = english_campaign.related_resources
    polish_campaign.save()

    english_titles = [page.title for page in english_campaign.resources_in_locale()]
    polish_titles = [page.title for page in polish_campaign.resources_in_locale()]

    assert english_titles == ["English pack"]
    assert polish_titles == ["Polski pakiet"]


# The campaign index


def test_index_lists_active_then_won_then_closed(client, index):
    for status in ["closed", "won", "active", "won"]:
        CampaignPageFactory(parent=index, status=status)

    response = client.get(index.url)

    statuses = [campaign.status for campaign in response.context["campaigns"]]
    assert statuses == ["active", "won", "won", "closed"]
    html = response.content.decode()
    assert '<p class="card__meta">Won</p>' in html
    assert "campaign-card--closed" in html


def test_index_lists_only_live_campaigns_in_its_own_language(client, index, polish):
    CampaignPageFactory(parent=index, title="Live campaign")
    CampaignPageFactory(parent=index, title="Draft campaign", live=False)
    CampaignPageFactory(parent=index, title="Kampania", locale=polish)

    response = client.get(index.url)

    assert [page.title for page in response.context["campaigns"]] == ["Live campaign"]


def test_index_paginates(client, index):
    CampaignPageFactory.create_batch(CAMPAIGNS_PER_PAGE + 1, parent=index)

    first = client.get(index.url)
    second = client.get(index.url, {"page": 2})

    assert len(first.context["campaigns"]) == CAMPAIGNS_PER_PAGE
    assert 'rel="next" href="?page=2"' in first.content.decode()
    assert len(second.context["campaigns"]) == 1


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999999"])
def test_index_rejects_bad_page_numbers(client, index, page):
    CampaignPageFactory(parent=index)

    assert client.get(index.url, {"page": page}).status_code == 404


def test_empty_index_says_so(client, index):
    html = client.get(index.url).content.decode()

    assert "There are no campaigns here yet." in html


# The page tree


def test_campaigns_live_only_under_a_campaign_index(home_page, index):
    blog = BlogIndexPageFactory(parent=home_page, slug="tree-test-blog")

    assert CampaignPage.can_exist_under(index)
    assert not CampaignPage.can_exist_under(home_page)
    assert not CampaignPage.can_exist_under(blog)
    assert CampaignPage.allowed_subpage_models() == []


def test_one_campaign_index_per_home_page(home_page, root_page):
    other_home = HomePage(title="Other home", slug="other-home", hero_heading="Hi")
    root_page.add_child(instance=other_home)

    assert not CampaignIndexPage.can_create_at(home_page)  # the demo has one
    assert CampaignIndexPage.can_create_at(other_home)
    assert not CampaignIndexPage.can_exist_under(root_page)


# Query budgets


def index_view_queries(client, url):
    client.get(url)  # the first view creates the renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_index_queries_do_not_grow_with_campaigns(client, home_page):
    hero, listing = ImageFactory(), ImageFactory()
    counts = []
    for size in (20, 200):
        index = CampaignIndexPageFactory(parent=home_page)
        CampaignPageFactory.create_batch(size // 2, parent=index, hero_image=hero)
        CampaignPageFactory.create_batch(
            size // 2, parent=index, hero_image=hero, listing_image=listing
        )
        counts.append(index_view_queries(client, index.url))

    assert counts[0] == counts[1]
    assert counts[0] <= QUERY_BUDGET


def test_all_updates_page_queries_do_not_grow_with_updates(client, index, blog):
    counts = []
    for size in (3, 12):
        campaign = CampaignPageFactory(parent=index)
        for _ in range(size):
            update(blog, campaign, featured_image=ImageFactory())
        counts.append(index_view_queries(client, campaign.url + "updates/"))

    assert counts[0] == counts[1]
    assert counts[0] <= QUERY_BUDGET


def test_campaign_page_query_budget(
    client, home_page, index, blog, django_assert_max_num_queries
):
    library = ResourceIndexPageFactory(parent=home_page)
    resources = ResourcePageFactory.create_batch(
        4, parent=library, cover_image=ImageFactory()
    )
    campaign = CampaignPageFactory(
        parent=index,
        hero_image=ImageFactory(),
        key_facts=stream(
            (
                "key_facts",
                {
                    "heading": "Facts",
                    "facts": [
                        {"figure": str(n), "label": "A fact", "source": ""}
                        for n in range(6)
                    ],
                },
            )
        ),
        related_resources=stream(*[("resource", page) for page in resources]),
    )
    for _ in range(5):
        CampaignPartnerFactory(page=campaign, partner__logo=ImageFactory())
        update(blog, campaign, featured_image=ImageFactory())
    client.get(campaign.url)  # renditions are created on the first view

    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get(campaign.url)

    assert len(response.context["partners"]) == 5
    assert len(response.context["related_resources"]) == 4


# Measured: 17 for the index and the updates page, 20 for the campaign page, of which 16 are the site's
# (routing, view restrictions, settings, banner, menu, breadcrumbs, footer).
QUERY_BUDGET = 20


# Preview, unknown addresses and the demo content


def test_preview_shows_unsaved_partners(index):
    campaign = CampaignPageFactory(parent=index)
    campaign.partners = [CampaignPartner(partner=PartnerFactory(name="Not saved yet"))]

    response = campaign.make_preview_request()

    assert response.status_code == 200
    assert "Not saved yet" in response.content.decode()


def test_unknown_addresses_under_a_campaign_are_404(client, index):
    campaign = CampaignPageFactory(parent=index)

    assert client.get(index.url + "no-such-campaign/").status_code == 404
    assert client.get(campaign.url + "updates/nothing-here/").status_code == 404


def test_demo_campaigns(client):
    same_pay = CampaignPage.objects.get(
        locale=Locale.get_default(), slug="same-pay-for-the-same-day"
    )
    index = same_pay.get_parent()

    assert index.slug == "campaigns" and index.show_in_menus
    assert same_pay.status == CampaignStatus.ACTIVE
    assert same_pay.partners.count() == 2
    assert same_pay.campaign_updates().count() >= 2
    statuses = set(
        CampaignPage.objects.child_of(index).values_list("status", flat=True)
    )
    assert {CampaignStatus.ACTIVE, CampaignStatus.WON} <= statuses
    assert client.get(same_pay.url).status_code == 200


def test_loading_the_demo_again_changes_no_campaign_content():
    def snapshot():
        return (
            list(CampaignPage.objects.values_list("pk", "latest_revision_id")),
            list(Partner.objects.values_list("pk", "latest_revision_id")),
            list(CampaignPartner.objects.values_list("pk", flat=True)),
            list(
                BlogPostPage.objects.exclude(campaign=None).values_list("pk", flat=True)
            ),
        )

    before = snapshot()
    load_demo_content()

    assert snapshot() == before
