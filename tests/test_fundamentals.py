import pytest
from wagtail.models import Locale

from movement.models import Fundamental, FundamentalsPage
from tests.budgets import warm_query_count
from tests.factories import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    FundamentalFactory,
    FundamentalsPageFactory,
)

pytestmark = pytest.mark.django_db

SEVEN = [
    "Co-production",
    "Whole system change",
    "Social justice",
    "Asset based",
    "One approach, one language",
    "Research and evaluation",
    "Brave and innovative",
]


@pytest.fixture
def fundamentals_page(home_page):
    """The English fundamentals page (the demo also has it in pl, es and ar)."""
    return FundamentalsPage.objects.get(locale=home_page.locale, slug="fundamentals")


def test_demo_has_all_seven_in_order_with_anchors(client, fundamentals_page):
    response = client.get(fundamentals_page.url)
    html = response.content.decode()
    assert [f.title for f in response.context["fundamentals"]] == SEVEN
    for fundamental in response.context["fundamentals"]:
        assert f'id="{fundamental.slug}"' in html
        assert f'href="#{fundamental.slug}"' in html  # the table of contents


def test_editors_control_the_order(client, fundamentals_page):
    last = fundamentals_page.fundamentals.get(slug="brave-and-innovative")
    last.sort_order = -1
    last.save()
    response = client.get(fundamentals_page.url)
    assert response.context["fundamentals"][0].title == "Brave and innovative"


def test_slug_defaults_to_the_title():
    fundamental = FundamentalFactory(title="Whole system change", slug="")
    assert fundamental.slug == "whole-system-change"


def test_each_fundamental_lists_what_puts_it_into_practice(client, fundamentals_page):
    response = client.get(fundamentals_page.url + "co-production/")
    assert response.status_code == 200
    titles = [page.title for page in response.context["tagged_pages"]]
    for number in response.context["tagged_pages"].paginator.page_range[1:]:
        later = client.get(fundamentals_page.url + f"co-production/?page={number}")
        titles += [page.title for page in later.context["tagged_pages"]]
    assert "What the Blackpool schools community of practice learned" in titles
    assert "Highlighting achievements: a Resilient Move" not in titles


def test_unknown_fundamental_is_404(client, fundamentals_page):
    assert client.get(fundamentals_page.url + "no-such-thing/").status_code == 404


def test_tagged_listing_queries_do_not_grow(
    client, home_page, django_assert_max_num_queries
):
    page = FundamentalsPageFactory(parent=home_page, slug="budget-fundamentals")
    fundamental = FundamentalFactory(page=page, slug="budget")
    counts = []
    for size in (20, 200):
        blog = BlogIndexPageFactory(parent=home_page, slug=f"budget-blog-{size}")
        for number in range(size if not counts else size - 20):
            post = BlogPostPageFactory.build(title=f"Post {number}", slug=f"p-{number}")
            post.fundamentals = [fundamental]
            blog.add_child(instance=post)
        counts.append(
            warm_query_count(
                client, page.url + "budget/", django_assert_max_num_queries
            )
        )
    assert counts[0] == counts[1]


def test_fundamentals_page_query_budget(
    client, fundamentals_page, django_assert_max_num_queries
):
    warm_query_count(client, fundamentals_page.url, django_assert_max_num_queries)


def test_only_one_fundamentals_page_per_home(home_page):
    assert not FundamentalsPage.can_create_at(home_page)
    english = Fundamental.objects.filter(
        locale=Locale.get_default(), page__slug="fundamentals"
    )
    assert english.count() == 7


@pytest.mark.parametrize("page", ["abc", "-1", "999999"])
def test_bad_page_numbers_on_a_fundamental_are_404(client, fundamentals_page, page):
    url = f"{fundamentals_page.url}co-production/?page={page}"
    assert client.get(url).status_code == 404


def test_mixed_page_types_listing_query_budget(
    client, fundamentals_page, django_assert_max_num_queries
):
    url = fundamentals_page.url + "co-production/"
    tagged = client.get(url).context["tagged_pages"]
    assert len({type(page) for page in tagged}) >= 4
    warm_query_count(client, url, django_assert_max_num_queries)
