"""404 and 500 pages use the site's layout; the 500 page needs no database."""

import pytest
from django.test import RequestFactory

from movement.views import server_error


@pytest.mark.django_db
def test_404_uses_the_layout_and_helps(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'role="search"' in html
    assert 'class="site-footer"' in html


def test_500_renders_without_the_database():
    # No django_db mark: any query here raises, so this proves the page needs none.
    response = server_error(RequestFactory().get("/en/broken/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert 'href="#main"' in html
    assert "Resilience Revolution" in html
