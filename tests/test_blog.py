import datetime

import pytest
from django.core.exceptions import ValidationError

from home.models import BlogPostAuthor, BlogPostPage
from tests.budgets import warm_query_count
from tests.factories import (
    BlogCategoryFactory,
    BlogIndexPageFactory,
    BlogPostPageFactory,
    FundamentalFactory,
    ImageFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog(home_page):
    return BlogIndexPageFactory(parent=home_page, title="News", slug="news")


def make_posts(blog, count, fundamentals=()):
    """Posts with every relation a listing shows, saved once each (modelcluster)."""
    image = ImageFactory()
    category = BlogCategoryFactory()
    person = PersonFactory(photo=image)
    posts = []
    for number in range(count):
        post = BlogPostPageFactory.build(
            title=f"Post {number}",
            slug=f"post-{number}",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
            featured_image=image,
        )
        post.categories = [category]
        post.fundamentals = list(fundamentals)
        post.authors = [BlogPostAuthor(person=person)]
        post.tags.add("schools")
        blog.add_child(instance=post)
        posts.append(post)
    return posts


def test_index_lists_newest_first_and_paginates(client, blog):
    make_posts(blog, 14)
    response = client.get(blog.url)
    posts = list(response.context["posts"])
    assert [post.title for post in posts[:2]] == ["Post 13", "Post 12"]
    assert len(posts) == 12
    second = client.get(blog.url + "?page=2")
    assert len(list(second.context["posts"])) == 2


def test_index_hides_drafts(client, blog):
    make_posts(blog, 2)
    BlogPostPageFactory(parent=blog, title="Secret draft", live=False)
    assert "Secret draft" not in client.get(blog.url).content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999999", "1.5"])
def test_bad_page_numbers_are_404_not_500(client, blog, page):
    make_posts(blog, 2)
    assert client.get(f"{blog.url}?page={page}").status_code == 404


def test_unknown_query_parameters_are_ignored(client, blog):
    make_posts(blog, 2)
    assert client.get(blog.url + "?colour=blue&sort=<script>").status_code == 200


@pytest.mark.parametrize(
    "suffix",
    [
        "category/no-such-category/",
        "tag/no-such-tag/",
        "fundamental/no-such-fundamental/",
        "no-such-route/",
    ],
)
def test_unknown_filters_are_404(client, blog, suffix):
    make_posts(blog, 1)
    assert client.get(blog.url + suffix).status_code == 404


def test_category_filter_has_a_clean_url(client, blog):
    make_posts(blog, 2)
    other = BlogCategoryFactory(name="Elsewhere", slug="elsewhere")
    extra = BlogPostPageFactory(parent=blog, title="Only elsewhere")
    extra.categories.set([other])
    extra.save()
    response = client.get(blog.url + "category/elsewhere/")
    assert response.status_code == 200
    assert [post.title for post in response.context["posts"]] == ["Only elsewhere"]
    assert response.context["category"] == other


def test_tag_filter(client, blog):
    make_posts(blog, 1)
    untagged = BlogPostPageFactory(parent=blog, title="No tags")
    response = client.get(blog.url + "tag/schools/")
    titles = [post.title for post in response.context["posts"]]
    assert titles == ["Post 0"]
    assert untagged.title not in titles


def test_fundamental_filter(client, blog):
    fundamental = FundamentalFactory(title="Asset based", slug="asset-based-test")
    tagged = BlogPostPageFactory(parent=blog, title="Strengths first")
    tagged.fundamentals.set([fundamental])
    tagged.save()
    BlogPostPageFactory(parent=blog, title="Untagged")
    response = client.get(blog.url + "fundamental/asset-based-test/")
    assert [post.title for post in response.context["posts"]] == ["Strengths first"]


def test_post_shows_authors_categories_and_neighbours(client, blog):
    older, middle, newer = make_posts(blog, 3)
    response = client.get(middle.url)
    html = response.content.decode()
    assert response.context["previous_post"].pk == older.pk
    assert response.context["next_post"].pk == newer.pk
    assert "Young leader" in html  # the author card's role
    assert 'rel="prev"' in html and 'rel="next"' in html
    assert {post.pk for post in response.context["related_posts"]} == {
        older.pk,
        newer.pk,
    }


def test_posts_on_the_same_day_still_have_neighbours(client, blog):
    day = datetime.date(2024, 5, 1)
    first = BlogPostPageFactory(parent=blog, title="First", date=day)
    second = BlogPostPageFactory(parent=blog, title="Second", date=day)
    assert client.get(first.url).context["next_post"].pk == second.pk
    assert client.get(second.url).context["previous_post"].pk == first.pk


def test_post_requires_a_body_to_publish(blog):
    post = BlogPostPage(title="Empty", slug="empty", body=None)
    with pytest.raises(ValidationError):
        post.full_clean()


def test_index_queries_do_not_grow_with_posts(
    client, home_page, django_assert_max_num_queries
):
    fundamental = FundamentalFactory(slug="budget-fundamental")
    counts = {}
    for size in (20, 200):
        blog = BlogIndexPageFactory(parent=home_page, slug=f"budget-{size}")
        posts = make_posts(blog, size, fundamentals=[fundamental])
        category = posts[0].categories.first()
        for suffix in (
            "",
            f"category/{category.slug}/",
            "tag/schools/",
            "fundamental/budget-fundamental/",
            "?page=2",
        ):
            counts[size, suffix.split("/")[0]] = warm_query_count(
                client, blog.url + suffix, django_assert_max_num_queries
            )
    for (_size, route), count in counts.items():
        assert count == counts[20, route], f"{route or 'index'} grew with posts"


def test_post_page_query_budget(client, blog, django_assert_max_num_queries):
    posts = make_posts(blog, 25)
    warm_query_count(client, posts[10].url, django_assert_max_num_queries)


def test_a_post_shows_the_fundamentals_it_puts_into_practice(client, blog):
    from movement.models import Fundamental

    fundamental = Fundamental.objects.filter(locale=blog.locale).first()
    (post,) = make_posts(blog, 1, fundamentals=[fundamental])
    html = client.get(post.url).content.decode()
    assert "Puts into practice:" in html
    assert f">{fundamental.title}</a>" in html


def test_a_card_without_a_picture_shows_what_kind_of_page_it_leads_to(client, blog):
    BlogPostPageFactory(parent=blog, title="Words only", featured_image=None)
    html = client.get(blog.url).content.decode()
    card = html[html.index("Words only") - 1500 : html.index("Words only")]
    assert '<div class="card__placeholder" aria-hidden="true">' in card
    assert '<span class="card__label">Blog post</span>' in card


def test_a_preview_shows_unsaved_categories_and_fundamentals(blog):
    from movement.models import Fundamental

    (post,) = make_posts(blog, 1)
    category = BlogCategoryFactory(name="Young voices")
    fundamental = Fundamental.objects.filter(locale=blog.locale).first()
    post.categories = [category]  # chosen in the editor, not saved yet
    post.fundamentals = [fundamental]
    html = post.make_preview_request().content.decode()
    assert "Young voices" in html
    assert f">{fundamental.title}</a>" in html
