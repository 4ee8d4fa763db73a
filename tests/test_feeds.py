"""RSS and Atom feeds of the blog, whole and per category, in each language (home/feeds.py)."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from home.feeds import FEED_ITEMS
from home.models import BlogIndexPage, BlogPostAuthor, BlogPostPage
from tests.factories import (
    BlogCategoryFactory,
    BlogIndexPageFactory,
    BlogPostPageFactory,
    PersonFactory,
)
from tests.translating import translate

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"


@pytest.fixture
def blog(home_page):
    return BlogIndexPageFactory(parent=home_page, title="News", slug="news")


@pytest.fixture
def category():
    return BlogCategoryFactory(name="Our voices", slug="our-voices")


def add_posts(blog, count, category=None, start=datetime.date(2024, 1, 1)):
    """`count` posts a day apart, each with an author (and the category, if given)."""
    person = PersonFactory(name="Ellie")
    posts = []
    for number in range(count):
        date = start + datetime.timedelta(days=number)
        post = BlogPostPageFactory.build(
            title=f"Post {number}",
            slug=f"post-{date:%Y%m%d}",
            date=date,
            listing_summary=f"Summary {number}",
        )
        post.authors = [BlogPostAuthor(person=person)]
        post.categories = [category] if category else []
        blog.add_child(instance=post)
        posts.append(post)
    return posts


def rss_items(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def test_rss_lists_the_newest_posts_first_with_absolute_links(client, blog, category):
    newest = add_posts(blog, 3, category=category)[-1]
    channel, items = rss_items(client, f"{blog.url}feed/rss/")
    assert channel.findtext("title") == "News"
    assert channel.findtext("link") == "http://testserver/en/news/"
    assert channel.findtext("language") == "en"
    assert [item.findtext("title") for item in items] == ["Post 2", "Post 1", "Post 0"]
    item = items[0]
    assert item.findtext("link") == f"http://testserver{newest.url}"
    assert item.findtext("description") == "Summary 2"
    assert item.findtext(f"{DC}creator") == "Ellie"
    assert item.findtext("category") == "Our voices"
    assert "2024" in item.findtext("pubDate")


def test_atom_feed_has_entries_authors_and_a_self_link(client, blog):
    add_posts(blog, 2)
    response = client.get(f"{blog.url}feed/atom/")
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links["self"] == "http://testserver/en/news/feed/atom/"
    assert links["alternate"] == "http://testserver/en/news/"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Post 1",
        "Post 0",
    ]
    assert entries[0].find(f"{ATOM}author").findtext(f"{ATOM}name") == "Ellie"
    assert entries[0].findtext(f"{ATOM}updated")


def test_feeds_leave_out_drafts_private_posts_and_other_blogs(client, blog, home_page):
    add_posts(blog, 1)
    BlogPostPageFactory(parent=blog, title="A draft", live=False)
    private = BlogPostPageFactory(parent=blog, title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    other = BlogIndexPageFactory(parent=home_page, title="Other", slug="other")
    BlogPostPageFactory(parent=other, title="Elsewhere")
    _channel, items = rss_items(client, f"{blog.url}feed/rss/")
    assert [item.findtext("title") for item in items] == ["Post 0"]


def test_a_category_feed_lists_only_that_category(client, blog, category):
    add_posts(blog, 2, category=category)
    add_posts(blog, 1, start=datetime.date(2025, 1, 1))  # newer, no category
    channel, items = rss_items(client, f"{blog.url}category/our-voices/feed/rss/")
    assert channel.findtext("title") == "Our voices – News"
    assert [item.findtext("title") for item in items] == ["Post 1", "Post 0"]
    atom = client.get(f"{blog.url}category/our-voices/feed/atom/")
    assert atom.status_code == 200


@pytest.mark.parametrize(
    "suffix",
    [
        "feed/xml/",
        "feed/",
        "category/no-such-category/feed/rss/",
        "category/our-voices/feed/json/",
    ],
)
def test_unknown_feeds_and_categories_are_404(client, blog, category, suffix):
    add_posts(blog, 1, category=category)
    assert client.get(blog.url + suffix).status_code == 404


def test_a_feed_holds_the_latest_posts_only(client, blog):
    add_posts(blog, FEED_ITEMS + 2)
    _channel, items = rss_items(client, f"{blog.url}feed/rss/")
    assert len(items) == FEED_ITEMS
    assert items[0].findtext("title") == f"Post {FEED_ITEMS + 1}"


def test_each_language_has_its_own_feed_of_its_own_posts(client):
    polish = Locale.objects.get(language_code="pl")
    english_post = (
        BlogPostPage.objects.live()
        .filter(locale__language_code="en")
        .exclude(
            translation_key__in=BlogPostPage.objects.filter(
                locale=polish, alias_of__isnull=True
            ).values("translation_key")
        )
        .first()
    )
    polish_post = translate(english_post, "pl")
    polish_blog = BlogIndexPage.objects.get(locale=polish)
    channel, items = rss_items(client, f"{polish_blog.url}feed/rss/")
    assert channel.findtext("language") == "pl"
    titles = [item.findtext("title") for item in items]
    listed = BlogPostPage.objects.live().filter(locale=polish, alias_of__isnull=True)
    assert polish_post.title in titles
    assert sorted(titles) == sorted(post.title for post in listed)
    for item in items:
        assert item.findtext("link").startswith("http://testserver/pl/")
    english = client.get(
        f"{BlogIndexPage.objects.get(locale__language_code='en').url}feed/rss/"
    )
    assert polish_post.title not in english.content.decode()


def feed_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("suffix", ["feed/rss/", "category/our-voices/feed/atom/"])
def test_feed_queries_do_not_grow_with_the_number_of_posts(
    client, blog, category, suffix
):
    add_posts(blog, 2, category=category)
    with_two = feed_queries(client, blog.url + suffix)
    add_posts(blog, 15, category=category, start=datetime.date(2025, 1, 1))
    with_seventeen = feed_queries(client, blog.url + suffix)
    assert with_two == with_seventeen
    assert with_seventeen <= 12


def test_feeds_may_be_cached_by_anyone(client, blog):
    add_posts(blog, 1)
    response = client.get(f"{blog.url}feed/rss/")
    assert "public" in response["Cache-Control"]
    assert "max-age=900" in response["Cache-Control"]
    assert not response.cookies


def test_blog_pages_name_their_feeds_in_the_head(client, blog, category):
    post = add_posts(blog, 1, category=category)[0]
    rss = '<link rel="alternate" type="application/rss+xml" title="News (RSS)" href="/en/news/feed/rss/">'
    atom = '<link rel="alternate" type="application/atom+xml" title="News (Atom)" href="/en/news/feed/atom/">'
    for url in [blog.url, post.url]:
        html = client.get(url).content.decode()
        assert rss in html and atom in html, url
    html = client.get(f"{blog.url}category/our-voices/").content.decode()
    assert 'href="/en/news/category/our-voices/feed/rss/"' in html.split("</head>")[0]


def test_the_index_and_category_listings_offer_a_subscribe_link(client, blog, category):
    add_posts(blog, 1, category=category)
    body = client.get(blog.url).content.decode().split("</head>")[1]
    assert (
        '<a href="/en/news/feed/rss/" type="application/rss+xml">RSS feed</a>' in body
    )
    assert (
        '<a href="/en/news/feed/atom/" type="application/atom+xml">Atom feed</a>'
        in body
    )
    body = client.get(f"{blog.url}category/our-voices/").content.decode()
    assert 'href="/en/news/category/our-voices/feed/atom/"' in body.split("</head>")[1]


def test_a_tag_listing_does_not_offer_the_whole_blog_as_its_feed(client, blog):
    post = add_posts(blog, 1)[0]
    post.tags.add("schools")
    post.save_revision().publish()
    body = client.get(f"{blog.url}tag/schools/").content.decode().split("</head>")[1]
    assert "Subscribe:" not in body
