"""Reading offline: what the service worker, the manifest and the offline page
are made of (tests/browser/test_offline.py switches the network off)."""

import json
import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_worker_is_served_from_the_root_and_never_kept(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Cache-Control"] == "no-cache"
    script = response.content.decode()
    offline_pages = json.loads(re.search(r"OFFLINE_PAGES = (\{.*?\});", script)[1])
    assert offline_pages == {
        "en": "/en/offline/",
        "pl": "/pl/offline/",
        "es": "/es/offline/",
        "ar": "/ar/offline/",
    }
    # A deploy that changes the worker changes its version; the same one does not.
    version = re.search(r'VERSION = "([0-9a-f]{16})"', script)[1]
    assert version in client.get("/sw.js").content.decode()
    # Pages come from the network first: a kept copy only when it fails.
    assert "fetch(event.request).then" in script


def test_the_offline_page_speaks_the_visitors_language_without_the_database(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/ar/offline/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html
    assert "أنت غير متصل بالإنترنت" in html
    assert 'content="noindex"' in html


def test_the_manifest_is_in_the_visitors_language(client):
    manifest = client.get("/ar/manifest.webmanifest")
    assert manifest["Content-Type"] == "application/manifest+json"
    data = manifest.json()
    assert (data["lang"], data["dir"], data["start_url"]) == ("ar", "rtl", "/ar/")
    assert data["icons"] and data["scope"] == "/"
    assert (
        'rel="manifest" href="/en/manifest.webmanifest"'
        in client.get("/en/").content.decode()
    )


def test_a_pack_offers_to_be_kept_only_to_browsers_that_can(client):
    html = client.get("/en/resources/bounce-forward-teacher-pack/").content.decode()
    keepers = re.findall(
        r'<p class="keep-offline js-only" data-keep-offline="([^"]+)">', html
    )
    assert keepers and all(url.startswith("/documents/") for url in keepers)
