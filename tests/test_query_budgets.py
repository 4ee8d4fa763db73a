"""Issue 15: every page type within its query budget, warm and on the first
request after a publish, and what is remembered until the next publish shows
each publish, unpublish and move at once."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import BlogPostPage
from tests.budgets import (
    after_a_publish,
    budget_for,
    empty_caches_query_count,
    first_request_query_count,
    warm_query_count,
)
from tests.factories import BlogIndexPageFactory, BlogPostPageFactory, ImageFactory

pytestmark = pytest.mark.django_db


def one_page_of_each_type(live_pages, languages=("en", "pl")):
    """A page of each type in each language, translations and aliases apart."""
    chosen = {}
    for page in live_pages:
        key = (type(page), page.locale.language_code, page.alias_of_id is None)
        if page.locale.language_code in languages:
            chosen.setdefault(key, page)
    return list(chosen.values())


def test_every_page_type_is_within_its_warm_budget(
    client, live_pages, django_assert_max_num_queries
):
    counts = {}
    for page in one_page_of_each_type(live_pages):
        counts[page.url] = warm_query_count(
            client, page.url, django_assert_max_num_queries, limit=budget_for(page)
        )
    assert len(counts) >= 20


def test_every_page_type_is_within_budget_after_a_publish(
    client, live_pages, django_assert_max_num_queries
):
    for page in one_page_of_each_type(live_pages, ("en", "pl", "ar")):
        first_request_query_count(client, page.url, django_assert_max_num_queries)


def test_every_page_type_is_within_budget_with_every_cache_empty(
    client, live_pages, django_assert_max_num_queries
):
    for page in one_page_of_each_type(live_pages):
        empty_caches_query_count(client, page.url, django_assert_max_num_queries)


@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=resilience",  # results of eight page types, a query each
        "/ar/search/?q=zzzqqq",  # none: a spelling hint, chosen and recent pages
    ],
)
def test_a_search_is_within_budget_after_a_publish_and_with_every_cache_empty(
    client, live_pages, url, django_assert_max_num_queries
):
    first_request_query_count(client, url, django_assert_max_num_queries)
    empty_caches_query_count(client, url, django_assert_max_num_queries)


def make_posts(blog, count):
    image = ImageFactory()
    for number in range(count):
        blog.add_child(
            instance=BlogPostPageFactory.build(
                title=f"Post {number}",
                slug=f"post-{number}",
                date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
                featured_image=image,
            )
        )


def test_an_index_costs_the_same_with_20_and_200_posts(
    client, home_page, django_assert_max_num_queries
):
    counts = {}
    for size in (20, 200):
        blog = BlogIndexPageFactory(parent=home_page, slug=f"flat-{size}")
        make_posts(blog, size)
        warm = warm_query_count(client, blog.url, django_assert_max_num_queries, 12)
        first = first_request_query_count(
            client, blog.url, django_assert_max_num_queries
        )
        counts[size] = (warm, first)
    assert counts[20] == counts[200]


def query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries), response


@pytest.fixture
def blog(home_page):
    blog = BlogIndexPageFactory(parent=home_page, slug="remembered")
    make_posts(blog, 3)
    return blog


def posts_of(blog):
    return list(BlogPostPage.objects.child_of(blog).order_by("date"))


# Routing


def test_a_route_is_remembered_until_the_next_publish(client, blog):
    post = posts_of(blog)[1]
    first, _response = query_count(client, post.url)
    second, _response = query_count(client, post.url)
    # Without the remembered route, Wagtail asks each level again (two queries
    # a level); remembered, the page comes in one.
    assert second <= first - 2
    # Forget it, and routing costs again.
    after_a_publish()
    query_count(client, post.url)
    routed_again, _response = query_count(client, post.url)
    assert routed_again == second


def test_an_unpublished_or_moved_page_leaves_its_old_address_at_once(
    client, home_page, blog
):
    first, second, third = posts_of(blog)
    for post in (first, second):
        assert client.get(post.url).status_code == 200  # routes remembered

    old_address = first.url
    first.unpublish()
    assert client.get(old_address).status_code == 404

    other_blog = BlogIndexPageFactory(parent=home_page, slug="elsewhere")
    old_address = second.url
    second.move(other_blog, pos="last-child")
    second.refresh_from_db()
    # Wagtail's automatic redirect, not the page from a remembered route.
    response = client.get(old_address)
    assert response.status_code == 301 and response["Location"] == second.url
    assert client.get(second.url).status_code == 200


def test_a_new_or_renamed_page_is_found_at_once(client, blog):
    post = posts_of(blog)[2]
    assert client.get(post.url).status_code == 200
    assert client.get(blog.url + "later/").status_code == 404

    post.slug = "later"
    post.save_revision().publish()
    assert client.get(blog.url + "later/").status_code == 200
    assert client.get(blog.url + "post-2/").status_code == 404


def test_a_remembered_route_never_shows_a_draft(client, blog):
    post = posts_of(blog)[0]
    assert client.get(post.url).status_code == 200
    post.title = "A draft title"
    post.save_revision()  # not published
    html = client.get(post.url).content.decode()
    assert "A draft title" not in html
    assert "Post 0" in html


def test_routable_page_routes_and_their_children_both_route(client, blog):
    post = posts_of(blog)[0]
    for url in (blog.url, blog.url + "tag/nothing/", post.url, post.url):
        expected = 404 if "tag/" in url else 200
        assert client.get(url).status_code == expected


# Previous/next and related posts


def test_previous_and_next_follow_each_publish_at_once(client, blog):
    first, second, third = posts_of(blog)
    assert client.get(third.url).context["next_post"] is None
    newest = BlogPostPageFactory.build(
        title="Newest", slug="newest", date=datetime.date(2030, 1, 1)
    )
    blog.add_child(instance=newest)
    newest.save_revision().publish()
    assert client.get(third.url).context["next_post"].pk == newest.pk

    newest.unpublish()
    assert client.get(third.url).context["next_post"] is None

    second.unpublish()
    assert client.get(third.url).context["previous_post"].pk == first.pk


def test_previous_next_and_related_are_remembered(client, blog):
    post = posts_of(blog)[1]
    client.get(post.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(post.url)
    assert response.context["previous_post"] and response.context["next_post"]
    assert response.context["related_posts"]
    assert not [
        query
        for query in queries.captured_queries
        if "home_blogpostpage" in query["sql"]
        and "date" in query["sql"]
        and 'page_ptr_id" = ' not in query["sql"]
    ]


def test_related_posts_follow_each_publish_at_once(client, blog):
    first, second, third = posts_of(blog)
    related = [page.pk for page in client.get(first.url).context["related_posts"]]
    assert second.pk in related
    second.unpublish()
    related = [page.pk for page in client.get(first.url).context["related_posts"]]
    assert second.pk not in related


# Card renditions


def test_card_renditions_are_remembered_and_follow_a_new_image(client, blog):
    first, second, third = posts_of(blog)
    client.get(first.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(first.url)
    assert not [
        query
        for query in queries.captured_queries
        if "wagtailimages_rendition" in query["sql"]
    ]

    image = ImageFactory(title="A new picture")
    second.listing_image = image
    second.save_revision().publish()
    html = client.get(first.url).content.decode()
    related = client.get(first.url).context["related_posts"]
    assert any(page.card_image.pk == image.pk for page in related)
    rendition = image.get_rendition("fill-400x225|format-jpeg")
    assert rendition.file.name.split("/")[-1].split(".")[0] in html


def test_a_preview_is_never_remembered(client, blog, staff_client):
    post = posts_of(blog)[0]
    editor = staff_client("Editors")
    post.title = "Previewed title"
    response = editor.post(
        f"/admin/pages/{post.pk}/edit/preview/",
        {
            "title": "Previewed title",
            "slug": post.slug,
            "date": post.date.isoformat(),
            "body-count": "0",
        },
    )
    assert response.status_code == 200
    client.logout()
    html = client.get(post.url).content.decode()
    assert "Previewed title" not in html


def test_related_posts_come_first_and_the_latest_fill_the_row(client, blog):
    first, second, third = posts_of(blog)
    for post in (first, second, third):
        post.tags.clear()
        post.categories.clear()
        post.save_revision().publish()
    first.tags.add("bouncing back")
    first.save_revision().publish()
    third.tags.add("bouncing back")
    third.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        related = client.get(first.url).context["related_posts"]
    assert [page.pk for page in related][:1] == [third.pk]  # shares a tag
    assert second.pk in [page.pk for page in related]  # the latest, filling in
    assert first.pk not in [page.pk for page in related]
    listings = [q for q in queries.captured_queries if "is_related" in q["sql"]]
    assert len(listings) == 1
