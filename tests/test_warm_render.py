"""Issue 15: a page rendered in a warm process asks neither the database nor the
shared cache for what only a publish changes, and still shows each change at once.

movement/remembered_root.py (site and root page), movement/tiered_cache.py
(fragments in this process), BasePage (site root paths, view restrictions) and
{% responsive_image %} (drawn pictures).
"""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from home.models import BlogPostPage, HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def post():
    return BlogPostPage.objects.live().filter(locale__language_code="en").first()


@pytest.fixture
def shared_cache_reads():
    """Every key the "default" cache (Redis in production) is asked for."""
    cache = caches["default"]
    asked = []
    original_get, original_get_many = cache.get, cache.get_many
    cache.get = lambda key, *a, **k: asked.append(key) or original_get(key, *a, **k)
    cache.get_many = lambda keys, *a, **k: (
        asked.extend(keys) or original_get_many(keys, *a, **k)
    )
    yield asked
    del cache.get, cache.get_many


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("url", ["/en/", "/pl/", "/ar/blog/"])
def test_a_warm_page_finds_its_site_and_root_without_a_query(client, url):
    client.get(url)
    sql = queries_of(client, url)
    assert not [q for q in sql if 'FROM "wagtailcore_site"' in q]
    assert not [q for q in sql if 'FROM "wagtailcore_locale"' in q]


def test_a_public_page_costs_no_view_restriction_query_when_warm(client, post):
    client.get(post.url)
    sql = queries_of(client, post.url)
    assert not [q for q in sql if "wagtailcore_pageviewrestriction" in q]


def test_a_warm_page_makes_no_round_trip_to_the_shared_cache(
    client, post, shared_cache_reads
):
    client.get(post.url)
    client.get("/en/")
    shared_cache_reads.clear()
    client.get(post.url)
    client.get("/en/")
    assert shared_cache_reads == []


def test_the_home_page_shows_its_publish_at_once(client, home_page):
    client.get("/en/")
    home = HomePage.objects.get(pk=home_page.pk)
    home.title = "Beat the odds, change the odds"
    home.save_revision().publish()
    assert "Beat the odds, change the odds" in client.get("/en/").content.decode()


def test_a_new_site_root_is_routed_at_once(client, post):
    # Sites and their root pages are remembered; saving one is a new generation.
    assert client.get("/en/").status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.root_page = post.get_parent()
    site.save()
    response = client.get("/en/")
    assert response.status_code == 200
    assert response.context["page"].pk == post.get_parent().pk


def test_a_page_made_private_is_private_at_once_and_its_aliases_too(client, post):
    alias = Page.objects.filter(alias_of=post, locale__language_code="pl").first()
    assert client.get(post.url).status_code == 200
    assert client.get(alias.url).status_code == 200
    PageViewRestriction.objects.create(
        page=post, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(post.url).status_code == 302
    assert client.get(alias.url).status_code == 302


def test_a_restriction_on_a_section_covers_the_aliases_below_it(client, post):
    blog = post.get_parent()
    alias = Page.objects.filter(alias_of=post, locale__language_code="pl").first()
    client.get(alias.url)
    PageViewRestriction.objects.create(
        page=blog, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(alias.url).status_code == 302


def test_a_drawn_picture_outlives_a_publish_but_not_a_new_focal_point(
    client, post, monkeypatch
):
    from wagtail.images.models import AbstractImage

    from movement.furniture import forget_furniture

    drawn = []
    original = AbstractImage.get_renditions

    def counted(image, *filters):
        drawn.append(image.pk)
        return original(image, *filters)

    monkeypatch.setattr(AbstractImage, "get_renditions", counted)
    client.get(post.url)
    drawn.clear()
    forget_furniture()  # any publish
    client.get(post.url)
    assert drawn == []
    image = post.featured_image
    image.focal_point_x, image.focal_point_y = 10, 10
    image.focal_point_width = image.focal_point_height = 20
    image.save()
    client.get(post.url)
    assert image.pk in drawn


def test_an_alias_of_an_alias_of_an_alias_keeps_the_source_restriction(client, post):
    # Wagtail lets an editor alias an alias: the source's restriction applies at any depth.
    alias = post
    for depth in range(3):
        alias = alias.create_alias(update_slug=f"{post.slug}-alias-{depth}")
    assert client.get(alias.url).status_code == 200
    PageViewRestriction.objects.create(
        page=post, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(alias.url).status_code == 302


@pytest.mark.parametrize(
    "sites",
    [
        [("localhost", 80, True)],
        [("localhost", 80, True), ("example.org", 80, False)],
        [("localhost", 80, True), ("example.org", 8000, False)],
        [("other.example", 80, True), ("example.org", 8000, False)],
        [
            ("other.example", 80, True),
            ("example.org", 8000, False),
            ("example.org", 9000, False),
        ],
        [("example.org", 80, True), ("example.org", 8000, False)],
        [("other.example", 80, False), ("example.org", 8000, False)],
    ],
)
@pytest.mark.parametrize(
    "host, port",
    [
        ("example.org", 80),
        ("example.org", 8000),
        ("example.org", 9000),
        ("unknown.example", 80),
    ],
)
def test_the_site_for_a_host_is_the_one_wagtail_picks(home_page, sites, host, port):
    from wagtail.models.sites import get_site_for_hostname

    from movement.remembered_root import site_for_host

    Site.objects.all().delete()
    for hostname, site_port, is_default in sites:
        Site.objects.create(
            hostname=hostname,
            port=site_port,
            is_default_site=is_default,
            root_page=home_page,
            site_name=f"{hostname}:{site_port}",
        )
    try:
        wagtails = get_site_for_hostname(host, port)
    except Site.DoesNotExist:
        wagtails = None
    sites = list(Site.objects.all())
    assert site_for_host(sites, host, port) == wagtails
    assert site_for_host(sites, host, str(port)) == wagtails  # as Django gives it
