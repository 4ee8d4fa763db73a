"""Communities of practice: the directory and each community's page."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale

from movement.models import Fundamental
from resources.models import CommunityIndexPage, CommunityOfPracticePage
from tests.budgets import warm_query_count
from tests.factories import ImageFactory
from tests.resource_factories import (
    CommunityDocumentFactory,
    CommunityIndexPageFactory,
    CommunityOfPracticePageFactory,
    CommunityRelatedResourceFactory,
    PackDocumentFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    assert_headings_in_order,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(home_page):
    return CommunityIndexPageFactory(parent=home_page)


def grouped_titles(response):
    return {
        group["slug"]: [community.title for community in group["communities"]]
        for group in response.context["community_groups"]
    }


def make_communities(directory, count, first=0):
    image = ImageFactory()
    return [
        CommunityOfPracticePageFactory(
            parent=directory,
            title=f"Community {number}",
            start_year=2000 + number % 20,
            end_year=2001 + number % 20,
            member_count=number + 1,
            listing_image=image if number % 2 else None,
        )
        for number in range(first, first + count)
    ]


# The directory


def test_directory_groups_communities_still_meeting_first(client, directory):
    CommunityOfPracticePageFactory(parent=directory, title="Old", end_year=2010)
    CommunityOfPracticePageFactory(parent=directory, title="Newer", end_year=2012)
    CommunityOfPracticePageFactory(
        parent=directory, title="Current", start_year=2021, is_ongoing=True
    )
    CommunityOfPracticePageFactory(parent=directory, title="Draft", live=False)
    response = client.get(directory.url)
    assert grouped_titles(response) == {
        "ongoing": ["Current"],
        "completed": ["Newer", "Old"],
    }
    html = response.content.decode()
    assert '<h2 id="ongoing-heading">Meeting now</h2>' in html
    assert 'href="#completed"' in html
    assert "Since 2021" in html
    assert "Draft" not in html


def test_directory_cards_show_years_and_members(client, directory):
    CommunityOfPracticePageFactory(
        parent=directory, start_year=2009, end_year=2010, member_count=21
    )
    assert "2009–2010 · 21 members" in client.get(directory.url).content.decode()


def test_directory_lists_only_its_own_language(client, directory):
    polish = Locale.objects.get(language_code="pl")
    CommunityOfPracticePageFactory(parent=directory, title="English group")
    CommunityOfPracticePageFactory(
        parent=directory, title="Polska grupa", locale=polish
    )
    assert grouped_titles(client.get(directory.url)) == {"completed": ["English group"]}


def test_empty_directory_says_so(client, directory):
    html = client.get(directory.url).content.decode()
    assert "There are no communities of practice here yet." in html


@pytest.mark.parametrize("query", ["?page=abc", "?page=-1", "?status=<script>"])
def test_directory_ignores_query_strings(client, directory, query):
    make_communities(directory, 2)
    response = client.get(directory.url + query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_directory_query_count_does_not_grow(
    client, directory, django_assert_max_num_queries
):
    make_communities(directory, 20)
    with_20 = warm_query_count(client, directory.url, django_assert_max_num_queries)
    make_communities(directory, 180, first=20)
    with_200 = warm_query_count(client, directory.url, django_assert_max_num_queries)
    assert with_200 == with_20


# A community's page


@pytest.fixture
def community(home_page, directory):
    library = ResourceIndexPageFactory(parent=home_page)
    made = ResourcePageFactory(parent=library, title="The summary pack")
    withdrawn = ResourcePageFactory(parent=library, title="Withdrawn pack", live=False)
    page = CommunityOfPracticePageFactory(
        parent=directory,
        title="Bouncing Back",
        introduction="<p>Finding new ways to build resilience.</p>",
        participants="<p>Academics, practitioners and parents.</p>",
        member_count=21,
        funder="A funding council",
        start_year=2009,
        end_year=2010,
        meeting_frequency="Monthly",
        outputs='[{"type": "paragraph", "value": "<p>A board game.</p>"}]',
    )
    page.fundamentals = [
        Fundamental.objects.get(locale=Locale.get_default(), slug="co-production")
    ]
    page.save()
    CommunityDocumentFactory(page=page, document=PackDocumentFactory(title="Summary"))
    CommunityDocumentFactory(page=page, title="Full report", description="On request.")
    CommunityRelatedResourceFactory(page=page, resource=made)
    CommunityRelatedResourceFactory(page=page, resource=withdrawn)
    return page


def test_community_page_renders_every_field(client, community):
    html = client.get(community.url).content.decode()
    assert html.count("<h1") == 1
    for text in (
        "Community of practice",
        "Finding new ways to build resilience.",
        "Academics, practitioners and parents.",
        "<dd>21</dd>",
        "<dd>A funding council</dd>",
        "<dd>2009–2010</dd>",
        "<dd>Monthly</dd>",
        "What it produced",
        "A board game.",
        "Summary",
        "Full report",
        "On request.",
        'href="/en/fundamentals/co-production/"',
        "The summary pack",
    ):
        assert text in html, text
    assert "PDF, " in html
    assert "Withdrawn pack" not in html


def test_community_page_headings_do_not_skip_levels(client, community):
    html = client.get(community.url).content.decode()
    assert_headings_in_order(html)


def test_community_page_query_budget(client, community, django_assert_max_num_queries):
    warm_query_count(client, community.url, django_assert_max_num_queries)


def test_related_resources_show_in_the_visitors_language(home_page, community):
    polish = Locale.objects.get(language_code="pl")
    resource = community.related_resources.first().resource
    assert home_page.get_translation(polish).alias_of_id is None  # the demo's
    resource.get_parent().copy_for_translation(polish).save_revision().publish()
    polish_resource = resource.copy_for_translation(polish)
    polish_resource.save_revision().publish()
    community.get_parent().copy_for_translation(polish).save_revision().publish()
    polish_community = community.copy_for_translation(polish)
    polish_community.save_revision().publish()
    with translation.override("pl"):
        shown = polish_community.specific.related_resources_in_own_language()
    assert [page.pk for page in shown] == [polish_resource.pk]


def test_when_it_ran_reads_naturally():
    assert CommunityOfPracticePage(start_year=2009, end_year=2010).years == "2009–2010"
    assert CommunityOfPracticePage(start_year=2012, end_year=2012).years == "2012"
    assert (
        CommunityOfPracticePage(start_year=2021, is_ongoing=True).years == "Since 2021"
    )
    assert CommunityOfPracticePage().years == ""


@pytest.mark.parametrize(
    "fields",
    [
        {"start_year": 2012, "end_year": 2010},
        {"start_year": 2012, "end_year": 2014, "is_ongoing": True},
    ],
)
def test_impossible_dates_are_refused(directory, fields):
    page = CommunityOfPracticePage(title="Group", slug="group", **fields)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "end_year" in error.value.message_dict


def test_communities_only_live_in_the_directory(home_page, directory):
    assert CommunityOfPracticePage.can_create_at(directory)
    assert not CommunityOfPracticePage.can_create_at(home_page)
    assert CommunityIndexPage.allowed_subpage_models() == [CommunityOfPracticePage]


# Demo content


def test_demo_directory_has_the_four_communities(client):
    directory = CommunityIndexPage.objects.get(
        locale=Locale.get_default(), slug="communities"
    )
    assert directory.show_in_menus
    communities = {
        page.slug: page for page in CommunityOfPracticePage.objects.child_of(directory)
    }
    assert set(communities) == {
        "bouncing-back",
        "east-sussex-resilient-therapy",
        "targeted-youth-service",
        "blackpool-schools",
    }
    bouncing_back = communities["bouncing-back"]
    assert (bouncing_back.member_count, bouncing_back.years) == (21, "2009–2010")
    east_sussex = communities["east-sussex-resilient-therapy"]
    assert east_sussex.member_count == 15
    assert east_sussex.documents.get().document.title.endswith("executive summary")
    assert east_sussex.related_resources.get().resource.slug == (
        "east-sussex-resilient-therapy-cop-executive-summary"
    )
    assert communities["targeted-youth-service"].documents.exists()
    for page in communities.values():
        assert client.get(page.url).status_code == 200
