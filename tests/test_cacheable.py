"""Public pages are the same for every anonymous visitor, so a shared cache can serve them."""

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

    for page in live_pages:
        first = client.get(page.url).content
        second = Client().get(page.url).content
        assert first == second, page.url


def test_editors_still_get_the_userbar(admin_client, home_page):
    html = admin_client.get(home_page.url).content.decode()
    assert "wagtail-userbar" in html
