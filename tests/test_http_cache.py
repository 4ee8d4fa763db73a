"""What each answer tells caches in front (movement/http_cache.py)."""

import time
from unittest import mock

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils.cache import get_max_age
from wagtail.models import Page, PageViewRestriction

from home.models import BlogPostPage
from movement.models import PreviewLink
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def directives(response):
    return {
        part.strip().split("=")[0]: (part.split("=")[1] if "=" in part else True)
        for part in response.get("Cache-Control", "").split(",")
        if part.strip()
    }


@pytest.fixture
def post():
    return BlogPostPage.objects.live().filter(locale__language_code="en").first()


def test_a_public_page_may_be_shared_and_served_stale_while_refetched(client, post):
    cache_control = directives(client.get(post.url))
    assert cache_control["public"] is True
    assert cache_control["s-maxage"] == "300"
    assert cache_control["stale-while-revalidate"] == "60"
    assert cache_control["max-age"] == "60"
    assert "private" not in cache_control


def test_every_live_page_in_every_language_is_public(client, live_pages):
    for page in live_pages:
        response = client.get(page.url)
        assert directives(response).get("public") is True, page.url


def test_the_shared_lifetime_is_a_setting(client, post, settings):
    settings.HTTP_CACHE_SECONDS = 30
    response = client.get(post.url)
    assert directives(response)["s-maxage"] == "30"
    assert get_max_age(response) == 30


def test_an_editor_gets_a_private_copy_no_cache_keeps(staff_client, post):
    response = staff_client("Editors").get(post.url)
    cache_control = directives(response)
    assert cache_control.get("private") is True
    assert cache_control.get("no-store") is True
    assert "public" not in cache_control


def test_the_admin_is_never_kept(staff_client):
    response = staff_client("Editors").get("/admin/")
    assert "public" not in directives(response)
    assert (
        "no-cache" in response["Cache-Control"]
        or "private" in response["Cache-Control"]
    )


def test_the_language_switch_and_the_root_are_never_kept(client, post):
    for response in (
        client.get("/", HTTP_ACCEPT_LANGUAGE="ar"),
        client.get(f"/language/pl/?next={post.url}"),
    ):
        assert response.status_code == 302
        assert directives(response).get("no-store") is True


def test_a_shared_preview_is_never_kept(staff_client, home_page):
    draft = StandardPageFactory(parent=home_page, title="Draft", live=False)
    draft.save_revision()
    editor = staff_client("Editors")
    editor.post(reverse("preview_links", args=[draft.pk]), {"days": 7, "note": "x"})
    link = PreviewLink.objects.get(page=draft)
    response = Client().get(link.get_absolute_url())
    assert response.status_code == 200
    assert directives(response).get("no-store") is True


def test_a_password_protected_page_is_never_shared(client, post):
    PageViewRestriction.objects.create(
        page=post, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = client.get(post.url)
    assert response.status_code == 200  # the password form
    assert "public" not in directives(response)


def test_not_found_is_not_marked_public(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "public" not in directives(response)


def test_a_browser_that_has_the_page_gets_a_304(client, post):
    # A post carries its comment form's signed time stamp, to the second; the
    # page warmed again at the end of the first request (the post was just
    # published) must not get a new ETag because a second ticked by meanwhile.
    now = time.time()
    with mock.patch("django.core.signing.time.time", return_value=now):
        first = client.get(post.url)
        assert first.has_header("ETag")
        again = client.get(post.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_search_results_may_be_shared(client):
    response = client.get("/en/search/?q=resilience")
    assert directives(response).get("public") is True
    # Shorter than a page: the popular-searches log counts rendered results.
    assert int(directives(response)["s-maxage"]) < settings.HTTP_CACHE_SECONDS


def test_searches_of_a_signed_in_editor_are_private(staff_client):
    response = staff_client("Editors").get("/en/search/?q=resilience")
    assert directives(response).get("private") is True


def test_a_route_of_a_page_is_public_too(client):
    blog = Page.objects.get(slug="blog", locale__language_code="en")
    response = client.get(blog.url + "feed/rss/")
    assert response.status_code == 200
    assert directives(response).get("public") is True
