import pytest
from django.utils.html import escape

from movement.demo.build import stream
from tests.budgets import warm_query_count
from tests.factories import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


def test_home_shows_hero_featured_pages_fundamentals_and_latest_posts(
    client, home_page
):
    html = client.get(home_page.url).content.decode()
    assert f"<h1>{escape(home_page.hero_heading)}</h1>" in html
    assert "Join the movement" in html  # the hero's call to action
    assert 'id="featured-heading"' in html
    assert "Co-production" in html  # the fundamentals teaser
    assert "Latest from the blog" in html


def test_featured_pages_keep_the_editors_order_and_skip_drafts(client, home_page):
    first = StandardPageFactory(parent=home_page, title="Zebra first")
    second = StandardPageFactory(parent=home_page, title="Aardvark second")
    draft = StandardPageFactory(parent=home_page, title="Unpublished", live=False)
    home_page.featured_pages = stream(
        ("page", first), ("page", draft), ("page", second)
    )
    home_page.save()
    featured = client.get(home_page.url).context["featured_pages"]
    assert [page.title for page in featured] == ["Zebra first", "Aardvark second"]


def test_latest_posts_are_the_newest_three_in_the_pages_language(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page, slug="latest-test")
    for day in range(1, 6):
        BlogPostPageFactory(parent=blog, title=f"Day {day}", date=f"2030-01-0{day}")
    latest = client.get(home_page.url).context["latest_posts"]
    assert [post.title for post in latest] == ["Day 5", "Day 4", "Day 3"]


def test_home_page_query_budget(client, home_page, django_assert_max_num_queries):
    # The demo home features six pages of six different types: the costly case.
    featured = client.get(home_page.url).context["featured_pages"]
    assert len({type(page) for page in featured}) == 6
    warm_query_count(client, home_page.url, django_assert_max_num_queries)


def test_standard_page_shows_its_section(
    client, home_page, django_assert_max_num_queries
):
    section = StandardPageFactory(
        parent=home_page, title="Get involved", slug="involved"
    )
    children = [StandardPageFactory(parent=section, title=f"Way {n}") for n in range(3)]
    response = client.get(children[1].url)
    html = response.content.decode()
    assert 'aria-label="In this section"' in html
    assert [page.title for page in response.context["section_pages"]] == [
        "Way 0",
        "Way 1",
        "Way 2",
    ]
    assert f'href="{children[1].url}" aria-current="page"' in html
    warm_query_count(client, children[1].url, django_assert_max_num_queries)


def test_standard_pages_nest_only_standard_pages():
    from home.models import BlogPostPage, StandardPage

    assert StandardPage.can_create_at(StandardPage())
    assert not BlogPostPage.can_create_at(StandardPage())
