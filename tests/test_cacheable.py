"""Public pages are the same for every anonymous visitor, so a shared cache can serve them."""

from unittest import mock

import pytest

pytestmark = pytest.mark.django_db


def test_pages_set_no_cookies_and_vary_on_nothing_personal(client, live_pages):
    for page in live_pages:
        response = client.get(page.url)
        assert response.cookies == {}, page.url
        assert "Cookie" not in response.get("Vary", ""), page.url
        html = response.content.decode()
        assert "csrfmiddlewaretoken" not in html, page.url


def test_two_visitors_get_the_same_page(
    client, django_user_model, home_page, live_pages
):
    from django.test import Client

    # A visitor's form carries the second it was made (movement/visitor_forms/guard.py):
    # the same for everyone in that second, so two renders are compared in one.
    with mock.patch("django.core.signing.time.time", return_value=1_800_000_000):
        for page in live_pages:
            first = client.get(page.url).content
            second = Client().get(page.url).content
            assert first == second, page.url


def test_editors_still_get_the_userbar(admin_client, home_page):
    html = admin_client.get(home_page.url).content.decode()
    assert "wagtail-userbar" in html
