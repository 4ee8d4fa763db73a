"""robots.txt: crawl everything but the admin, the language switch and search."""

import pytest

pytestmark = pytest.mark.django_db


def test_robots_txt_allows_pages_and_keeps_crawlers_out_of_the_rest(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert {line for line in lines if line.startswith("Disallow:")} == {
        "Disallow: /admin/",
        "Disallow: /language/",
        "Disallow: /*/search/",
    }
    assert "Allow: /" in lines


def test_robots_txt_names_the_sitemap_by_its_full_address(client):
    lines = client.get("/robots.txt", HTTP_HOST="localhost").content.decode()
    assert lines.splitlines()[-1] == "Sitemap: http://localhost/sitemap.xml"
    assert client.get("/sitemap.xml").status_code == 200


def test_robots_txt_is_cacheable_and_sets_no_cookie(client):
    response = client.get("/robots.txt")
    assert "public" in response["Cache-Control"]
    assert "max-age=86400" in response["Cache-Control"]
    assert not response.cookies


def test_robots_txt_lives_at_the_root_only(client):
    assert client.get("/en/robots.txt").status_code == 404
    assert client.post("/robots.txt").status_code == 405
    assert client.head("/robots.txt").status_code == 200
